import { LANGS } from '../i18n';
import { routePath, type Route } from '../state/routes';
import type { PageMeta } from './pageMeta';

/** Text for an HTML text node or a double-quoted attribute. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An absolute address of a page: SITE_URL (the origin, e.g. https://owner.github.io) plus the path with the base. */
export const absoluteUrl = (siteUrl: string, path: string) => `${siteUrl.replace(/\/+$/, '')}${path}`;

/**
 * The head of a prerendered page: title, description, canonical address, and the same page in the other languages
 * (hreflang; x-default is the Finnish page at the root).
 */
export function pageHead(route: Route, meta: PageMeta, base: string, siteUrl: string): string {
  const url = (lang: Route['lang']) => escapeHtml(absoluteUrl(siteUrl, routePath({ ...route, lang }, base)));
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${url(route.lang)}" />`,
    ...LANGS.map((lang) => `<link rel="alternate" hreflang="${lang}" href="${url(lang)}" />`),
    `<link rel="alternate" hreflang="x-default" href="${url('fi')}" />`,
    // The first paint waits until the parser has reached the main content (the header and its page tools complete):
    // a paint between a disclosure's start tag and its summary showed the browser's own summary, and the page tools
    // beside it, aligned to the right, moved when the real one came (compare, sv: CLS 0.002 in Lighthouse).
    `<link rel="expect" href="#content" blocking="render" />`,
    // Without JavaScript the page hides the controls that need it (public/nojs.css).
    `<noscript><link rel="stylesheet" href="${escapeHtml(base)}nojs.css" /></noscript>`,
  ].join('\n    ');
}

/** sitemap.xml of every page, each with its language alternates. */
export function sitemap(routes: Route[], base: string, siteUrl: string): string {
  const url = (route: Route) => escapeHtml(absoluteUrl(siteUrl, routePath(route, base)));
  const entries = routes.map(
    (route) =>
      `  <url>\n    <loc>${url(route)}</loc>\n${LANGS.map((lang) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url({ ...route, lang })}"/>\n`).join('')}  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}

export const robotsTxt = (base: string, siteUrl: string) =>
  `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(siteUrl, `${base}sitemap.xml`)}\n`;
