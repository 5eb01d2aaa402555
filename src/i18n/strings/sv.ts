import changes from './sv/changes';
import cite from './sv/cite';
import compare from './sv/compare';
import context from './sv/context';
import dataPage from './sv/dataPage';
import error from './sv/error';
import explain from './sv/explain';
import facts from './sv/facts';
import frame from './sv/frame';
import map from './sv/map';
import meta from './sv/meta';
import overview from './sv/overview';
import page from './sv/page';
import release from './sv/release';
import shell from './sv/shell';
import timeline from './sv/timeline';
import type { Catalogue } from './types';

/** Every Swedish string of the app, the same parts and keys as ./fi.ts. */
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
} satisfies Catalogue;
