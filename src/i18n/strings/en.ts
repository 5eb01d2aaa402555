import changes from './en/changes';
import cite from './en/cite';
import compare from './en/compare';
import context from './en/context';
import dataPage from './en/dataPage';
import error from './en/error';
import explain from './en/explain';
import facts from './en/facts';
import frame from './en/frame';
import map from './en/map';
import meta from './en/meta';
import overview from './en/overview';
import page from './en/page';
import release from './en/release';
import shell from './en/shell';
import timeline from './en/timeline';
import type { Catalogue } from './types';

/** Every English string of the app, the same parts and keys as ./fi.ts. */
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
