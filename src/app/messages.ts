import { lazyCatalogue } from '../i18n';
import type { View } from '../state/types';

export type MetaKey = 'site' | 'project' | 'notFound.title' | 'notFound.intro';
/** A view's own description is optional: one without has the site's. */
export type MetaStrings = Record<MetaKey, string> & Partial<Record<`view.${View}`, string>>;

/** Each page's meta description and the 404 page's words (pageMeta.ts, NotFound.tsx). */
export const metaMessages = lazyCatalogue<MetaKey>({
  fi: () => import('./strings/pageMeta.fi'),
  sv: () => import('./strings/pageMeta.sv'),
  en: () => import('./strings/pageMeta.en'),
});
