/**
 * The build's settings as the app reads them. scripts/config.mjs reads them from the environment and vite.config.ts
 * hands them in; nothing else in src/ reads import.meta.env.
 */

/** The site's base path, e.g. `/kaste-dashboard/` (BASE_PATH). */
export const BASE_URL: string = import.meta.env.BASE_URL ?? '/';

/** The published origin, e.g. `https://owner.github.io` (SITE_URL): the prerendered page's own address starts with it. */
export const SITE_URL: string = import.meta.env.VITE_SITE_URL ?? '';

/** The accessibility statement's feedback channel; empty when the build was given none (app/feedback.ts). */
export const FEEDBACK_ENV = {
  VITE_REPOSITORY_URL: import.meta.env.VITE_REPOSITORY_URL,
  VITE_FEEDBACK_EMAIL: import.meta.env.VITE_FEEDBACK_EMAIL,
};

/** Who is responsible for the published service, as the accessibility statement names it; empty when not given. */
export const SERVICE_OWNER: string = import.meta.env.VITE_SERVICE_OWNER?.trim() ?? '';
