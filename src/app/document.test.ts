import { describe, expect, it } from 'vitest';
import { pageHead, robotsTxt, sitemap } from './document';
import { pageMeta } from './pageMeta';

const projects = { projects: [{ id: '2008-proomu-hanke', name: 'Proomu-hanke' }] } as NonNullable<
  Parameters<typeof pageMeta>[1]
>;

describe('page documents', () => {
  it('give each page its title, description, absolute canonical and hreflang alternates under the base path', () => {
    const route = { lang: 'sv' as const, view: 'projects' as const, project: '2008-proomu-hanke' };
    const head = pageHead(route, pageMeta(route, projects), '/kaste-dashboard/', 'https://example.github.io/');
    expect(head).toContain('<title>Proomu-hanke – Projekt – Kaste');
    expect(head).toContain(
      '<link rel="canonical" href="https://example.github.io/kaste-dashboard/sv/projects/2008-proomu-hanke/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="fi" href="https://example.github.io/kaste-dashboard/projects/2008-proomu-hanke/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="en" href="https://example.github.io/kaste-dashboard/en/projects/2008-proomu-hanke/" />',
    );
    expect(head).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://example.github.io/kaste-dashboard/projects/2008-proomu-hanke/" />',
    );
    expect(head).toMatch(/<meta name="description" content="Proomu-hanke: huvudman, /);
    expect(head).toContain('<noscript><link rel="stylesheet" href="/kaste-dashboard/nojs.css" /></noscript>');
    expect(head).toContain('<link rel="expect" href="#content" blocking="render" />');
  });

  it('escape what goes into attributes', () => {
    const head = pageHead(
      { lang: 'fi', view: 'map', project: null },
      { title: 'a < b', description: 'say "x" & y' },
      '/',
      'https://e.org',
    );
    expect(head).toContain('<title>a &lt; b</title>');
    expect(head).toContain('content="say &quot;x&quot; &amp; y"');
  });

  it('list every page in the sitemap and point robots.txt at it', () => {
    const xml = sitemap(
      [
        { lang: 'fi', view: 'overview', project: null },
        { lang: 'sv', view: 'map', project: null },
      ],
      '/k/',
      'https://e.org',
    );
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://e.org/k/sv/map/</loc>');
    expect(xml).toContain('hreflang="en" href="https://e.org/k/en/map/"');
    expect(robotsTxt('/k/', 'https://e.org')).toContain('Sitemap: https://e.org/k/sitemap.xml');
  });
});
