/**
 * The colour scheme, the one personal setting the site remembers (in this browser's localStorage, the store's
 * `persist` entry). Kept free of React and zustand: the entry script applies it before the app's code is here.
 */
export type ColorScheme = 'system' | 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['system', 'light', 'dark'];

/** The localStorage key of the store's remembered settings. */
export const SETTINGS_KEY = 'kaste-settings';

/**
 * The scheme remembered in `storage` (the store writes `{ state: { colorScheme }, version }`). Storage is the
 * user's to edit: anything but a known scheme is the system's.
 */
export function storedColorScheme(storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null) {
  try {
    const saved = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null') as { state?: { colorScheme?: unknown } } | null;
    const scheme = saved?.state?.colorScheme;
    return COLOR_SCHEMES.includes(scheme as ColorScheme) ? (scheme as ColorScheme) : 'system';
  } catch {
    return 'system';
  }
}

/** Sets the colour scheme on <html>; the entry script calls it before the page is painted, so it does not flash. */
export function applyColorScheme(scheme: ColorScheme, root: HTMLElement = document.documentElement) {
  if (scheme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', scheme);
}
