export interface SiteConfig {
  base: string;
  siteUrl: string;
  repositoryUrl: string | undefined;
  feedbackEmail: string | undefined;
  serviceOwner: string | undefined;
}
export function normaliseBase(raw: string): string;
export function siteOrigin(env: Record<string, string | undefined>): string;
export function siteConfig(env?: Record<string, string | undefined>, options?: { production?: boolean }): SiteConfig;
