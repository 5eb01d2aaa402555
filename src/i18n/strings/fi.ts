import changes from './fi/changes';
import cite from './fi/cite';
import compare from './fi/compare';
import context from './fi/context';
import dataPage from './fi/dataPage';
import error from './fi/error';
import explain from './fi/explain';
import facts from './fi/facts';
import frame from './fi/frame';
import map from './fi/map';
import meta from './fi/meta';
import overview from './fi/overview';
import page from './fi/page';
import release from './fi/release';
import shell from './fi/shell';
import timeline from './fi/timeline';

/**
 * Every Finnish string of the app, one part per view or shared piece (./fi/<part>.ts). A new string goes into its
 * Finnish part; the type checker then asks for it in the Swedish and English parts (./types.ts).
 */
export default {
  shell,
  meta,
  overview,
  compare,
  map,
  timeline,
  context,
  dataPage,
  changes,
  frame,
  page,
  error,
  cite,
  release,
  explain,
  facts,
};
