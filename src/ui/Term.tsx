import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { AppLink } from './AppLink';

/** The terms the glossary page defines; each is the fragment `#term-<id>` there. */
export const GLOSSARY_TERMS = [
  'kaste',
  'stm',
  'vali-suomi',
  'project',
  'administrator',
  'priority-area',
  'theme',
  'costs',
  'state-grant',
  'province',
  'municipality',
  'cooperation-area',
  'joint-authority',
  'hospital-district',
  'competence-centre',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export const termAnchor = (id: GlossaryTerm) => `term-${id}`;

let pending: GlossaryTerm | null = null;
/** The term a link in the app just asked for (the glossary scrolls to it); read once. */
export function takePendingTerm(): GlossaryTerm | null {
  const term = pending;
  pending = null;
  return term;
}

/**
 * A term's use linked to its definition in the glossary. With `children` the words themselves are the link (a
 * label in the detail panel); without, a small "?" after a label that is already a control (a sortable column),
 * drawn by CSS so that the label's own text stays the header's text.
 */
export function Term({ id, label, children }: { id: GlossaryTerm; label: string; children?: ReactNode }) {
  const m = useT('cite');
  return (
    <AppLink
      to={{ view: 'glossary', project: null, hash: termAnchor(id) }}
      className={children ? 'term' : 'term term-mark'}
      aria-label={children ? undefined : m('term', { term: label })}
      title={m('term', { term: label })}
      onNavigate={() => {
        pending = id;
      }}
    >
      {children}
    </AppLink>
  );
}
