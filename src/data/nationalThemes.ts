import type { Theme } from './schema';

/**
 * Whether a project of `theme` counts in a national theme, through the theme's curated mapping: every project of
 * the theme, unless the mapping names the projects that alone work in that national theme.
 */
export const countsInNationalTheme = (theme: Theme | undefined, projectId: string, nationalId: string): boolean =>
  theme !== undefined &&
  theme.nationalThemeIds.includes(nationalId) &&
  (theme.nationalProjectIds?.[nationalId]?.includes(projectId) ?? true);
