import { describe, expect, it } from 'vitest';
import { decodeLocation, decodeUrlState, encodeLocation, encodeQuery, legacyRedirect } from './url';
import { DEFAULT_URL_STATE, type UrlState } from './types';

const state = (patch: Omit<Partial<UrlState>, 'filters'> & { filters?: Partial<UrlState['filters']> }): UrlState => ({
  ...DEFAULT_URL_STATE,
  ...patch,
  filters: { ...DEFAULT_URL_STATE.filters, ...patch.filters },
});

describe('URL state', () => {
  it('leaves defaults out so links stay short', () => {
    expect(encodeLocation(DEFAULT_URL_STATE, '/')).toBe('/');
    expect(encodeQuery(DEFAULT_URL_STATE)).toBe('');
    expect(decodeLocation('/', '', '/')).toEqual(DEFAULT_URL_STATE);
  });

  it('puts the language, the view and a project of the projects view in the path, below the base', () => {
    expect(
      encodeLocation(
        state({ view: 'projects', lang: 'sv', selectedProjectId: '2008-proomu-hanke' }),
        '/kaste-dashboard/',
      ),
    ).toBe('/kaste-dashboard/sv/projects/2008-proomu-hanke/');
    expect(encodeLocation(state({ view: 'map', lang: 'en', selectedProjectId: 'p' }), '/k/')).toBe(
      '/k/en/map/?project=p',
    );
    expect(encodeLocation(state({ view: 'compare', filters: { years: ['2008'] } }), '/k/')).toBe(
      '/k/compare/?year=2008',
    );
    expect(decodeLocation('/k/sv/projects/2008-proomu-hanke/', '?year=2008', '/k/')).toEqual(
      state({ view: 'projects', lang: 'sv', selectedProjectId: '2008-proomu-hanke', filters: { years: ['2008'] } }),
    );
  });

  it('round-trips the evidence filter ("only stated figures") and ignores unknown statuses', () => {
    for (const evidence of ['stated', 'computed', 'curated', 'uncertain'] as const) {
      const url = `/k/projects/?year=2008&evidence=${evidence}`;
      const decoded = decodeLocation('/k/projects/', `?year=2008&evidence=${evidence}`, '/k/');
      expect(decoded.filters.evidence).toBe(evidence);
      expect(encodeLocation(decoded, '/k/')).toBe(url);
    }
    expect(decodeUrlState('?evidence=proven').filters.evidence).toBe('any');
    expect(encodeQuery(state({ filters: { evidence: 'any' } }))).toBe('');
  });

  it('round-trips URL → state → URL', () => {
    const url =
      '/k/sv/projects/2008-proomu-hanke/?year=2008&theme=plan-2008-2,plan-2008-4&admin=phsotey&province=paijat-hame&kunta=398&cost=known&min=100000&max=2000000&q=h%C3%A4meenlinna&sort=-cost&hide=planYear,sources&geo=boundaries&layer=cost&yta=2014&mapyear=2008&zoom=pirkanmaa&split=administrator';
    const [path, query] = url.split('?') as [string, string];
    expect(encodeLocation(decodeLocation(path, `?${query}`, '/k/'), '/k/')).toBe(url);
  });

  it('round-trips the compared plan years, leaving the defaults 2008 and 2009 out', () => {
    const url = '/k/sv/compare/?from=2009&to=2010';
    const [path, query] = url.split('?') as [string, string];
    const s = decodeLocation(path, `?${query}`, '/k/');
    expect(s.chart.compare).toEqual({ from: 2009, to: 2010 });
    expect(encodeLocation(s, '/k/')).toBe(url);
    expect(encodeLocation(decodeLocation(path, '?from=2008&to=2009', '/k/'), '/k/')).toBe('/k/sv/compare/');
    expect(decodeLocation(path, '?from=2010&to=2010', '/k/').chart.compare).toEqual({ from: 2008, to: 2009 });
  });

  it('round-trips state → URL → state', () => {
    const s = state({
      view: 'map',
      lang: 'en',
      filters: { years: ['2009', 'none'], q: 'Vaasa ja Tampere', cost: 'unknown' },
      sort: { id: 'name', desc: false },
    });
    const url = new URL(encodeLocation(s, '/k/'), 'http://x');
    expect(decodeLocation(url.pathname, url.search, '/k/')).toEqual(s);
  });

  it('sends old query-only links to their page, filters kept, and leaves page addresses alone', () => {
    expect(legacyRedirect('/k/', '?view=projects&lang=sv&year=2008&project=2008-proomu-hanke', '/k/')).toBe(
      '/k/sv/projects/2008-proomu-hanke/?year=2008',
    );
    expect(legacyRedirect('/k/', '?view=map&layer=cost', '/k/')).toBe('/k/map/?layer=cost');
    expect(legacyRedirect('/k/', '?lang=en', '/k/')).toBe('/k/en/');
    expect(legacyRedirect('/k/projects/', '?project=2009-lasse', '/k/')).toBe('/k/projects/2009-lasse/');
    expect(legacyRedirect('/k/map/', '?project=2009-lasse&year=2009', '/k/')).toBeNull();
    expect(legacyRedirect('/k/sv/compare/', '?year=2008', '/k/')).toBeNull();
    expect(legacyRedirect('/k/projects/2009-lasse/', '?view=map&year=2009', '/k/')).toBe(
      '/k/map/?year=2009&project=2009-lasse',
    );
  });

  it('takes what it cannot read along as written, for the page it leads to to name', () => {
    expect(legacyRedirect('/k/projects/', '?project=2009-lasse&layer=nosuch&year=2008,2010', '/k/')).toBe(
      '/k/projects/2009-lasse/?layer=nosuch&year=2008,2010',
    );
    expect(legacyRedirect('/k/', '?view=map&layer=nosuch&theme=%3Cx%3E', '/k/')).toBe(
      '/k/map/?layer=nosuch&theme=%3Cx%3E',
    );
    expect(legacyRedirect('/k/', '?lang=sv&view=nosuch', '/k/')).toBe('/k/sv/?view=nosuch');
    // Nothing readable to act on: the page stays, and names the values.
    expect(legacyRedirect('/k/', '?view=nosuch&lang=de', '/k/')).toBeNull();
  });

  it("opens a project's page only for an id the data has, in the page's language", () => {
    const projects = new Set(['2009-lasse']);
    expect(legacyRedirect('/k/sv/projects/', '?project=nosuch', '/k/', projects)).toBeNull();
    expect(legacyRedirect('/k/sv/projects/', '?project=2009-lasse&year=2009', '/k/', projects)).toBe(
      '/k/sv/projects/2009-lasse/?year=2009',
    );
    expect(legacyRedirect('/k/', '?view=projects&lang=sv&project=nosuch', '/k/', projects)).toBe(
      '/k/sv/projects/?project=nosuch',
    );
    expect(legacyRedirect('/k/projects/', '?project=Not%20an%20id', '/k/', projects)).toBeNull();
  });

  it('ignores unknown and malformed parameters without failing', () => {
    const s = decodeUrlState(
      '?view=admin&lang=de&year=2007,2008,,2008&theme=<script>,plan-2008-1&kunta=39,398&min=-5&max=1e9&sort=evil&project=../../etc&yta=1999&zoom=Ä&foo=bar&cost=maybe&layer=x',
    );
    expect(s.view).toBe('overview');
    expect(s.lang).toBe('fi');
    expect(s.filters.years).toEqual(['2008']);
    expect(s.filters.themes).toEqual(['plan-2008-1']);
    expect(s.filters.municipalities).toEqual(['398']);
    expect(s.filters.costMin).toBeNull();
    expect(s.filters.costMax).toBeNull();
    expect(s.filters.cost).toBe('any');
    expect(s.sort).toBeNull();
    expect(s.selectedProjectId).toBeNull();
    expect(s.map).toEqual(DEFAULT_URL_STATE.map);
  });

  it('drops a maximum below the minimum', () => {
    expect(decodeUrlState('?min=500&max=100').filters).toMatchObject({ costMin: 500, costMax: null });
  });

  it('reads percent-encoding garbage as text, never as a value it does not allow', () => {
    const s = decodeUrlState('?q=%E0%A4%A&view=%&project=%41&hide=%&sort=%2Dcost');
    expect(s.filters.q).toBe('\ufffd%A');
    expect(s.view).toBe('overview');
    expect(s.selectedProjectId).toBeNull();
    expect(s.hiddenColumns).toEqual([]);
    expect(s.sort).toEqual({ id: 'cost', desc: true });
  });

  it('keeps hidden columns in table order, and never hides the project name', () => {
    expect(decodeUrlState('?hide=sources,name,planYear,bogus,planYear').hiddenColumns).toEqual(['planYear', 'sources']);
    expect(encodeQuery(state({ hiddenColumns: ['provinces', 'cost'] }))).toBe('?hide=provinces,cost');
  });
});
