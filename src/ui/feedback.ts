/**
 * The accessibility feedback channel, fixed at build time (docs/deploy.md, "Feedback channel"): the repository's issue form
 * from VITE_REPOSITORY_URL (GitHub Actions derives it from GITHUB_REPOSITORY) and an address from
 * VITE_FEEDBACK_EMAIL. Either may be missing in a local build; the statement then says so instead of a dead link.
 */
export interface FeedbackChannel {
  issueUrl: string | null;
  email: string | null;
}

export function feedbackChannel(env: { VITE_REPOSITORY_URL?: string; VITE_FEEDBACK_EMAIL?: string }): FeedbackChannel {
  const repo = env.VITE_REPOSITORY_URL?.trim().replace(/\/+$/, '');
  const email = env.VITE_FEEDBACK_EMAIL?.trim();
  return {
    issueUrl: repo && /^https:\/\/\S+$/.test(repo) ? `${repo}/issues/new` : null,
    email: email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null,
  };
}
