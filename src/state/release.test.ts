import { describe, expect, it } from 'vitest';
import { ignoredParts } from './ignored';
import { DEFAULT_URL_STATE } from './types';
import { decodeLocation, encodeLocation, pinRelease, releaseParam } from './url';

describe('?release=', () => {
  it('reads a version of 12 hex digits, and nothing else', () => {
    expect(releaseParam('?year=2008&release=cef4dca37256')).toBe('cef4dca37256');
    expect(releaseParam('?release=CEF4DCA37256')).toBeNull();
    expect(releaseParam('?release=latest')).toBeNull();
    expect(releaseParam('')).toBeNull();
  });

  it('is written last and read back, so every link of a release’s page stays in that release', () => {
    const state = { ...decodeLocation('/sv/projects/', '?year=2008&release=cef4dca37256', '/'), view: 'map' as const };
    const address = encodeLocation(state, '/');
    expect(address).toBe('/sv/map/?year=2008&release=cef4dca37256');
    expect(decodeLocation('/sv/map/', address.slice(address.indexOf('?')), '/')).toEqual(state);
    expect(encodeLocation({ ...DEFAULT_URL_STATE, release: null }, '/')).toBe('/');
  });

  it('pins a cited address to its release as the app would write it', () => {
    expect(pinRelease('https://x.fi/k/projects/?year=2008,2009#t', 'abac7776aaa4')).toBe(
      'https://x.fi/k/projects/?year=2008,2009&release=abac7776aaa4#t',
    );
    expect(pinRelease('https://x.fi/k/?release=cef4dca37256', 'abac7776aaa4')).toBe(
      'https://x.fi/k/?release=abac7776aaa4',
    );
  });

  it('names an unreadable release in the ignored parts', () => {
    expect(ignoredParts('?release=latest', {})).toEqual([{ param: 'release', value: 'latest' }]);
    expect(ignoredParts('?release=cef4dca37256', {})).toEqual([]);
  });
});
