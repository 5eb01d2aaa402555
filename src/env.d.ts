/** Build-time settings the app reads (docs/deploy.md, "Feedback channel"). */
interface ImportMetaEnv {
  readonly VITE_SITE_URL?: string;
  readonly VITE_REPOSITORY_URL?: string;
  readonly VITE_FEEDBACK_EMAIL?: string;
  readonly VITE_SERVICE_OWNER?: string;
}
