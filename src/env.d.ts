/** Build-time settings the app reads (README, "Feedback channel"). */
interface ImportMetaEnv {
  readonly VITE_REPOSITORY_URL?: string;
  readonly VITE_FEEDBACK_EMAIL?: string;
}
