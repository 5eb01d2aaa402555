import { describe, expect, it } from 'vitest';
import { siteOrigin } from './siteUrl.mjs';

describe('siteOrigin', () => {
  it('takes SITE_URL without its trailing slashes', () => {
    expect(siteOrigin({ SITE_URL: 'https://kaste.example.fi//' })).toBe('https://kaste.example.fi');
  });

  it('prefers SITE_URL to the origin GitHub Actions would give', () => {
    const env = { SITE_URL: 'https://kaste.example.fi', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'Owner' };
    expect(siteOrigin(env)).toBe('https://kaste.example.fi');
  });

  it('derives the Pages origin from the repository owner in GitHub Actions', () => {
    expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'Väli-Org' })).toBe(
      'https://väli-org.github.io',
    );
    expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Owner/kaste-dashboard' })).toBe(
      'https://owner.github.io',
    );
  });

  it('refuses a build that would write localhost addresses: no SITE_URL outside Actions', () => {
    expect(() => siteOrigin({})).toThrow(/^SITE_URL: not set/);
    expect(() => siteOrigin({ GITHUB_REPOSITORY_OWNER: 'owner' })).toThrow(/^SITE_URL: not set/);
    expect(() => siteOrigin({ SITE_URL: '  ' })).toThrow(/^SITE_URL: not set/);
  });

  it('refuses an address that is not an absolute http(s) origin', () => {
    expect(() => siteOrigin({ SITE_URL: 'owner.github.io' })).toThrow('SITE_URL: not an absolute URL: owner.github.io');
    expect(() => siteOrigin({ SITE_URL: 'ftp://owner.github.io' })).toThrow(/not an http\(s\) address/);
  });
});
