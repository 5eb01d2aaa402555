import { describe, expect, it } from 'vitest';
import { feedbackChannel } from './feedback';

describe('feedbackChannel', () => {
  it('links the repository issue form and the build-time address', () => {
    expect(
      feedbackChannel({
        VITE_REPOSITORY_URL: 'https://github.com/owner/kaste/',
        VITE_FEEDBACK_EMAIL: 'palaute@example.fi',
      }),
    ).toEqual({
      issueUrl: 'https://github.com/owner/kaste/issues/new',
      email: 'palaute@example.fi',
    });
  });
  it('leaves out what is missing or malformed', () => {
    expect(feedbackChannel({})).toEqual({ issueUrl: null, email: null });
    expect(
      feedbackChannel({ VITE_REPOSITORY_URL: 'javascript:alert(1)', VITE_FEEDBACK_EMAIL: 'not an address' }),
    ).toEqual({ issueUrl: null, email: null });
  });
});
