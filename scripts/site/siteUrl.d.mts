/** See siteUrl.mjs. */
export function siteOrigin(env: Record<string, string | undefined>): string;
