import { describe, expect, it } from 'vitest';
import { toggled } from './facets';
import { linkHref, linkState } from './links';
import { DEFAULT_URL_STATE, type UrlState } from './types';
import { decodeLocation } from './url';

const filtered: UrlState = decodeLocation('/sv/map/', '?year=2008&province=paijat-hame&sort=-cost&layer=cost', '/');

describe('in-app links', () => {
  it('keep the language and the filters, and change only the view and the open project', () => {
    expect(linkHref(filtered, { view: 'projects', project: '2008-proomu-hanke' }, '/')).toBe(
      '/sv/projects/2008-proomu-hanke/?year=2008&province=paijat-hame&sort=-cost&layer=cost',
    );
    expect(linkState(filtered, { project: 'x' })).toEqual({ ...filtered, selectedProjectId: 'x' });
  });

  it('stay in the current view unless told otherwise, and can close the open project', () => {
    const open = { ...filtered, selectedProjectId: 'a' };
    expect(linkState(open, { project: 'b' }).view).toBe('map');
    expect(linkState(open, { view: 'sources' }).selectedProjectId).toBe('a');
    expect(linkState(open, { project: null }).selectedProjectId).toBeNull();
  });

  it('point at the page below the base path and add a fragment', () => {
    expect(linkHref({ ...DEFAULT_URL_STATE, view: 'map' }, { view: 'overview' }, '/kaste-dashboard/')).toBe(
      '/kaste-dashboard/',
    );
    expect(
      linkHref(DEFAULT_URL_STATE, { view: 'projects', project: 'p', hash: 'provenance' }, '/kaste-dashboard/'),
    ).toBe('/kaste-dashboard/projects/p/#provenance');
  });

  it('decode back to the state a plain click produces', () => {
    const to = { view: 'projects' as const, project: '2009-lasse' };
    const url = new URL(linkHref(filtered, to, '/'), 'http://x');
    expect(decodeLocation(url.pathname, url.search, '/')).toEqual(linkState(filtered, to));
  });

  it('lead to the same page with a filter toggled or another sort, as a bar or a sort header does', () => {
    const bar = { change: (s: UrlState) => ({ filters: toggled(s.filters, 'themes', 'plan-2008-1') }) };
    expect(linkHref(filtered, bar, '/')).toBe(
      '/sv/map/?year=2008&theme=plan-2008-1&province=paijat-hame&sort=-cost&layer=cost',
    );
    const on = decodeLocation('/sv/map/', '?theme=plan-2008-1,plan-2008-2', '/');
    expect(linkHref(on, bar, '/')).toBe('/sv/map/?theme=plan-2008-2');
    const single = { change: (s: UrlState) => ({ filters: toggled(s.filters, 'cost', 'unknown') }) };
    expect(linkHref(decodeLocation('/', '?cost=known', '/'), single, '/')).toBe('/?cost=unknown');
    expect(linkHref(filtered, { change: () => ({ sort: { id: 'name', desc: false } }) }, '/')).toBe(
      '/sv/map/?year=2008&province=paijat-hame&sort=name&layer=cost',
    );
    const url = new URL(linkHref(filtered, bar, '/'), 'http://x');
    expect(decodeLocation(url.pathname, url.search, '/')).toEqual(linkState(filtered, bar));
  });
});
