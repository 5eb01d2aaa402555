// The Observable Framework peer of the dashboard's overview (npm run bench:peer builds it in a scratch folder).
// One page, no sidebar, search or pager; no global stylesheets, since the default is a Google Fonts link and the
// build machine reaches no host but the npm registry.
export default {
  title: 'Kaste Väli-Suomi',
  root: 'src',
  sidebar: false,
  pager: false,
  search: false,
  toc: false,
  globalStylesheets: [],
  footer: 'Lähde: Väli-Suomen Kaste-asiakirjat 2005–2015 (public/data).',
};
