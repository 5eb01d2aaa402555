// The build's settings, read from the environment here and nowhere else (README, "Configuration"). vite.config.ts
// hands them to the app (import.meta.env, read by src/data/config.ts); scripts/site/build.mjs writes the pages'
// addresses with them.
//   BASE_PATH            the sub-path the site is served under (default /), e.g. /kaste-dashboard/
//   SITE_URL             the absolute origin of canonical, hreflang and sitemap addresses (default
//                        http://localhost:4173), e.g. https://owner.github.io
//   VITE_REPOSITORY_URL  the repository of the accessibility feedback channel; GitHub Actions' GITHUB_SERVER_URL and
//                        GITHUB_REPOSITORY name it when this is not set
//   VITE_FEEDBACK_EMAIL  the feedback address (or FEEDBACK_EMAIL)

/** `kaste-dashboard`, `/kaste-dashboard` and `/kaste-dashboard/` are the same base: `/kaste-dashboard/`. */
export const normaliseBase = (raw) => `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The settings of a build from `env`; throws `NAME: message` for a value that cannot be used. */
export function siteConfig(env = process.env) {
  const siteUrl = (env.SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');
  if (!URL.canParse(siteUrl)) throw new Error(`SITE_URL: not an absolute URL: ${siteUrl}`);
  const repository = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : undefined;
  return {
    base: normaliseBase(env.BASE_PATH || '/'),
    siteUrl,
    repositoryUrl: env.VITE_REPOSITORY_URL || repository,
    feedbackEmail: env.VITE_FEEDBACK_EMAIL || env.FEEDBACK_EMAIL,
  };
}
