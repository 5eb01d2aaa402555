import { describe, expect, it } from 'vitest';
import { normaliseBase, siteConfig, siteOrigin } from './config.mjs';

describe('siteConfig', () => {
  it('has local defaults for a build without settings', () => {
    expect(siteConfig({})).toEqual({
      base: '/',
      siteUrl: 'http://localhost:4173',
      repositoryUrl: undefined,
      feedbackEmail: undefined,
      serviceOwner: undefined,
    });
  });

  it('normalises the base path and the origin', () => {
    const config = siteConfig({ BASE_PATH: 'kaste-dashboard', SITE_URL: 'https://owner.github.io/' });
    expect(config.base).toBe('/kaste-dashboard/');
    expect(config.siteUrl).toBe('https://owner.github.io');
    expect(['/', '', '//', '/a/b'].map(normaliseBase)).toEqual(['/', '/', '/', '/a/b/']);
  });

  it("derives the repository from GitHub Actions' variables; an explicit one wins", () => {
    const actions = { GITHUB_REPOSITORY: 'owner/kaste', FEEDBACK_EMAIL: 'palaute@example.fi' };
    expect(siteConfig(actions)).toMatchObject({
      repositoryUrl: 'https://github.com/owner/kaste',
      feedbackEmail: 'palaute@example.fi',
    });
    expect(
      siteConfig({ ...actions, VITE_REPOSITORY_URL: 'https://git.example.fi/kaste', VITE_FEEDBACK_EMAIL: 'a@b.fi' }),
    ).toMatchObject({ repositoryUrl: 'https://git.example.fi/kaste', feedbackEmail: 'a@b.fi' });
  });

  it("names the service's owner as given, else the repository's owner in GitHub Actions", () => {
    expect(siteConfig({ GITHUB_REPOSITORY_OWNER: 'kaste-org' }).serviceOwner).toBe('kaste-org');
    expect(
      siteConfig({ GITHUB_REPOSITORY_OWNER: 'kaste-org', SERVICE_OWNER: 'Väli-Suomen Kaste-aluejohtoryhmä' })
        .serviceOwner,
    ).toBe('Väli-Suomen Kaste-aluejohtoryhmä');
  });

  it('names a SITE_URL that is not an absolute address', () => {
    expect(() => siteConfig({ SITE_URL: 'owner.github.io' })).toThrow('SITE_URL: not an absolute URL: owner.github.io');
  });

  it('requires the published origin for the production build: SITE_URL, or the owner’s Pages origin in Actions', () => {
    expect(() => siteConfig({}, { production: true })).toThrow(/^SITE_URL: not set/);
    expect(() => siteConfig({ GITHUB_REPOSITORY_OWNER: 'owner' }, { production: true })).toThrow(/^SITE_URL: not set/);
    expect(() => siteConfig({ SITE_URL: '  ' }, { production: true })).toThrow(/^SITE_URL: not set/);
    expect(siteConfig({ SITE_URL: 'https://kaste.example.fi/' }, { production: true }).siteUrl).toBe(
      'https://kaste.example.fi',
    );
    expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'Väli-Org' })).toBe(
      'https://väli-org.github.io',
    );
    expect(siteOrigin({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Owner/kaste-dashboard' })).toBe(
      'https://owner.github.io',
    );
    const both = { SITE_URL: 'https://kaste.example.fi', GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY_OWNER: 'owner' };
    expect(siteOrigin(both)).toBe('https://kaste.example.fi');
    expect(() => siteConfig({ SITE_URL: 'ftp://owner.github.io' }, { production: true })).toThrow(
      /not an absolute URL/,
    );
  });
});
