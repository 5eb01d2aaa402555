import { describe, expect, it } from 'vitest';
import { allRoutes, routeOf, routePath } from './routes';

describe('routes', () => {
  it('map every page to a path below the base and back', () => {
    for (const route of allRoutes(['2008-proomu-hanke', '2009-lasse'])) {
      expect(routeOf(routePath(route, '/kaste-dashboard/'), '/kaste-dashboard/')).toEqual(route);
    }
  });

  it('put Finnish at the root and Swedish and English under their prefix, with language-neutral slugs', () => {
    expect(routePath({ lang: 'fi', view: 'overview', project: null }, '/k/')).toBe('/k/');
    expect(routePath({ lang: 'sv', view: 'compare', project: null }, '/k/')).toBe('/k/sv/compare/');
    expect(routePath({ lang: 'en', view: 'projects', project: 'p-1' }, '/')).toBe('/en/projects/p-1/');
  });

  it('accept a missing trailing slash and index.html, and know no other paths', () => {
    expect(routeOf('/k', '/k/')).toEqual({ lang: 'fi', view: 'overview', project: null });
    expect(routeOf('/k/sv/map', '/k/')).toEqual({ lang: 'sv', view: 'map', project: null });
    expect(routeOf('/k/projects/p/index.html', '/k/')).toEqual({ lang: 'fi', view: 'projects', project: 'p' });
    for (const path of [
      '/other/',
      '/k/de/',
      '/k/map/x/',
      '/k/projects/a/b/',
      '/k/projects/Ä/',
      '/k/sv/sv/',
      '/k/%E0%A4%A/',
    ])
      expect(routeOf(path, '/k/')).toBeNull();
  });

  it('list each view in each language and each project in each language', () => {
    const routes = allRoutes(['a', 'b']);
    expect(routes).toHaveLength(3 * (11 + 2));
    expect(routes.filter((r) => r.project === 'a').map((r) => r.lang)).toEqual(['fi', 'sv', 'en']);
  });
});
