// The build's settings, read from the environment here and nowhere else (README, "Pages and URLs": configuration). vite.config.ts
// hands them to the app (import.meta.env, read by src/data/config.ts); scripts/site/build.mjs writes the pages'
// addresses with them.
//   BASE_PATH            the sub-path the site is served under (default /), e.g. /kaste-dashboard/
//   SITE_URL             the absolute origin of canonical, hreflang and sitemap addresses, e.g. https://owner.github.io;
//                        the production build requires it, except in GitHub Actions, where it is the repository
//                        owner's Pages origin (siteOrigin); the dev server defaults to http://localhost:4173
//   VITE_REPOSITORY_URL  the repository of the accessibility feedback channel; GitHub Actions' GITHUB_SERVER_URL and
//                        GITHUB_REPOSITORY name it when this is not set
//   VITE_FEEDBACK_EMAIL  the feedback address (or FEEDBACK_EMAIL)
//   VITE_SERVICE_OWNER   who is responsible for the published service, as the accessibility statement names it (or
//                        SERVICE_OWNER); GitHub Actions' GITHUB_REPOSITORY_OWNER when this is not set

/** `kaste-dashboard`, `/kaste-dashboard` and `/kaste-dashboard/` are the same base: `/kaste-dashboard/`. */
export const normaliseBase = (raw) => `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * The published origin: SITE_URL, or in GitHub Actions the Pages origin of the repository's owner. Anything else
 * throws: a site whose canonical links point to localhost would be indexed and shared under addresses nobody can open.
 */
export function siteOrigin(env) {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  const owner = env.GITHUB_REPOSITORY_OWNER || env.GITHUB_REPOSITORY?.split('/')[0];
  if (env.GITHUB_ACTIONS === 'true' && owner) return `https://${owner.toLowerCase()}.github.io`;
  throw new Error(
    'SITE_URL: not set. The canonical, hreflang and sitemap addresses need the published origin, e.g. ' +
      'SITE_URL=https://owner.github.io npm run build (SITE_URL=http://localhost:4173 for a local preview).',
  );
}

/**
 * The settings of a build from `env`; throws `NAME: message` for a value that cannot be used. `production` (the
 * site build) requires the published origin (siteOrigin); the dev server is at home on localhost.
 */
export function siteConfig(env = process.env, { production = false } = {}) {
  const siteUrl = production ? siteOrigin(env) : (env.SITE_URL?.trim() || 'http://localhost:4173').replace(/\/+$/, '');
  if (!URL.canParse(siteUrl) || !/^https?:\/\//.test(siteUrl))
    throw new Error(`SITE_URL: not an absolute URL: ${siteUrl}`);
  const repository = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : undefined;
  return {
    base: normaliseBase(env.BASE_PATH || '/'),
    siteUrl,
    repositoryUrl: env.VITE_REPOSITORY_URL || repository,
    feedbackEmail: env.VITE_FEEDBACK_EMAIL || env.FEEDBACK_EMAIL,
    serviceOwner: env.VITE_SERVICE_OWNER || env.SERVICE_OWNER || env.GITHUB_REPOSITORY_OWNER || undefined,
  };
}
