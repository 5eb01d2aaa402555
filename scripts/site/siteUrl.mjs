/**
 * The absolute origin of the published site, for canonical, hreflang and sitemap addresses: SITE_URL, or in GitHub
 * Actions the Pages origin of the repository's owner. Anything else throws: a build whose canonical links point to
 * localhost would be indexed and shared under addresses nobody can open.
 */
export function siteOrigin(env) {
  const explicit = env.SITE_URL?.trim();
  const owner = env.GITHUB_REPOSITORY_OWNER || env.GITHUB_REPOSITORY?.split('/')[0];
  const origin = explicit
    ? explicit.replace(/\/+$/, '')
    : env.GITHUB_ACTIONS === 'true' && owner
      ? `https://${owner.toLowerCase()}.github.io`
      : null;
  if (!origin)
    throw new Error(
      'SITE_URL: not set. The canonical, hreflang and sitemap addresses need the published origin, e.g. ' +
        'SITE_URL=https://owner.github.io npm run build (SITE_URL=http://localhost:4173 for a local preview).',
    );
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`SITE_URL: not an absolute URL: ${origin}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL: not an http(s) address: ${origin}`);
  return origin;
}
