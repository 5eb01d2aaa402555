import { Suspense, useCallback, useMemo, useState } from 'react';
import { useDataset } from '../data/DataContext';
import { explainContext, explainRowsCost, type Explanation, type ExplanationTerm } from '../data/explain';
import type { ProjectRow } from '../data/rows';
import type { SourceRef } from '../data/schema';
import { formatMoney, formatNumber, formatPercent, useLang, useT, type Lang, type Translate } from '../i18n';
import { qualityNames } from '../i18n/qualityText';
import { ProjectName } from './ProjectName';
import { QualityNoteText } from './QualityNoteText';
import { noteScope } from '../data/figureNotes';
import { linkHref } from '../state/links';
import { urlStateOf, useAppStore } from '../state/store';
import { useProjectRows } from '../state/useProjectRows';
import { usePrerendered } from './usePrerendered';
import { sourceLabel } from './documentName';
import { useSourceHref } from './SourceLines';
import './explain.css';

const show = (lang: Lang, e: Pick<Explanation, 'unit'>, v: number) =>
  e.unit === 'eur'
    ? formatMoney(lang, Math.round(v))
    : e.unit === 'share'
      ? formatPercent(lang, v)
      : formatNumber(lang, v);

/** A plain link to the sources page at the note: a page load that lands on it, with or without JavaScript. */
function useSourcesHref(hash: string) {
  return useAppStore((s) => linkHref(urlStateOf(s), { view: 'sources', project: null, hash }));
}

/** The document by its reader's name and the lines, linked to those lines on the sources page. */
function SourceLink({ source }: { source: SourceRef }) {
  const lang = useLang();
  const { sources } = useDataset();
  return (
    <a href={useSourceHref(source)} className="explain-source">
      {sourceLabel(source, sources, lang)}
    </a>
  );
}

const SourceCell = ({ source }: { source: SourceRef | null }) => (source ? <SourceLink source={source} /> : null);

function NoteItem({ id }: { id: string }) {
  const m = useT('explain');
  const { quality, regions, themes, projects } = useDataset();
  const names = useMemo(() => qualityNames({ regions, themes, projects }), [regions, themes, projects]);
  const href = useSourcesHref(`quality-${id}`);
  const { lookups } = useProjectRows();
  const note = quality.find((q) => q.id === id);
  if (!note) return null;
  const project = note.projectId ? lookups.projects.get(note.projectId) : undefined;
  return (
    <li data-note={id}>
      {project && (
        <>
          <ProjectName project={project} rendered="inline" />:{' '}
        </>
      )}
      <QualityNoteText issue={note} names={names} /> <a href={href}>{m('noteLink')}</a>
    </li>
  );
}

/**
 * The notes on a figure, beside it: a plan's or a document's notes in full, a project's counted (they are listed in
 * the figure's explanation with their projects). Nothing when no note bears on it.
 */
export function FigureNotes({ notes }: { notes: readonly string[] }) {
  const m = useT('explain');
  const { quality } = useDataset();
  const issues = notes.flatMap((id) => quality.filter((q) => q.id === id));
  const whole = issues.filter((q) => noteScope(q) !== 'project');
  const ofProjects = issues.length - whole.length;
  if (issues.length === 0) return null;
  return (
    <div className="figure-notes" data-testid="figure-notes">
      <strong>{m('besideNotes')}</strong>
      <ul>
        {whole.map((q) => (
          <NoteItem key={q.id} id={q.id} />
        ))}
        {ofProjects > 0 && <li>{m('projectNotes', { count: ofProjects, open: m('open') })}</li>}
      </ul>
    </div>
  );
}

/** A row's label: a project by its name in the reader's language with its rendering, else the label as written. */
function TermLabel({
  term,
  inline = false,
}: {
  term: Pick<ExplanationTerm, 'label' | 'labelLang' | 'projectId'>;
  inline?: boolean;
}) {
  const lang = useLang();
  const { lookups } = useProjectRows();
  const project = term.projectId ? lookups.projects.get(term.projectId) : undefined;
  if (project) return <ProjectName project={project} rendered={inline ? 'inline' : true} />;
  // Project names are Finnish or Swedish as written; on a page in another language they say so (WCAG 3.1.2).
  return <span lang={term.labelLang && term.labelLang !== lang ? term.labelLang : undefined}>{term.label}</span>;
}

function ruleText(e: Explanation, m: Translate<'explain'>) {
  if (e.kind === 'stated') return m('rule.stated');
  if (e.kind === 'count') return m('rule.count', { count: e.terms.length });
  return e.rule ? m(`rule.${e.rule}`) : '';
}

/**
 * "How this number is made": a disclosure that opens a figure's arithmetic — the rows it adds with their values
 * and source lines, the rows left out and why, the quality notes that bear on it. A native <details>, so it
 * opens without JavaScript and from the keyboard. Printed, it appears only if the reader opened it. The live page
 * draws the panel only while it is open: a listing of 10 000 projects explains its total with 10 000 rows.
 */
export function ExplainNumber({
  explanation: e,
  label,
}: {
  /** The explanation, or how to make it when the panel opens (a long listing's). */
  explanation: Explanation | (() => Explanation);
  /** What the figure is ("Rivien summa"): names the disclosure for screen readers and the table's caption. */
  label: string;
}) {
  const m = useT('explain');
  const prerendered = usePrerendered();
  const [open, setOpen] = useState(false);
  return (
    // The browser opens a disclosure on its own too (find in page): its state follows.
    <details className="explain" data-testid="explain" open={open} onToggle={(ev) => setOpen(ev.currentTarget.open)}>
      <summary
        onClick={(ev) => {
          // Opened by the click's own update, so the panel is drawn when the click has done.
          ev.preventDefault();
          setOpen((o) => !o);
        }}
      >
        {m('open')}
        <span className="visually-hidden">: {label}</span>
      </summary>
      {open ? (
        <ExplainPanel explanation={e} label={label} />
      ) : (
        prerendered && (
          // For readers without JavaScript. A Suspense boundary hydrates after the rest of the page, and this one is
          // removed right after the page's hydration, so the app never hydrates it (half of a chart page's HTML).
          <Suspense>
            <ExplainPanel explanation={e} label={label} />
          </Suspense>
        )
      )}
    </details>
  );
}

/** The opened explanation: drawn when its disclosure opens (and in the prerendered page, for readers without JavaScript). */
function ExplainPanel({ explanation, label }: { explanation: Explanation | (() => Explanation); label: string }) {
  const e = useMemo(() => (typeof explanation === 'function' ? explanation() : explanation), [explanation]);
  const m = useT('explain');
  const lang = useLang();
  const totalRow = e.kind === 'sum' || e.kind === 'count';
  const termsTotal = e.terms.reduce((s, t) => s + t.value, 0);
  return (
    <div className="explain-panel">
      <p className="explain-rule">{ruleText(e, m)}</p>
      <table className="data-table explain-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{m('colRow')}</th>
            <th scope="col" className="num">
              {m('colValue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.terms.map((term, i) => (
            <tr key={i}>
              <th scope="row">
                <TermLabel term={term} />
                <SourceCell source={term.source} />
              </th>
              <td className="num">
                {show(lang, e.unit === 'share' ? { unit: 'eur' } : e, term.value)}
                {term.parts !== undefined && term.parts > 1 && (
                  <span className="explain-part">
                    {m('part', {
                      whole: formatMoney(lang, term.whole ?? 0),
                      count: term.count ?? 1,
                      parts: term.parts,
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        {(totalRow || e.kind === 'share') && (
          <tfoot>
            <tr>
              <th scope="row">{m('total')}</th>
              <td className="num">
                {
                  // Rows without a cost add up to no cost data, never to 0 €.
                  e.unit === 'eur' && e.terms.length === 0
                    ? m('reason.no-cost')
                    : show(lang, e.kind === 'share' ? { unit: 'eur' } : e, totalRow ? e.value : termsTotal)
                }
              </td>
            </tr>
          </tfoot>
        )}
      </table>
      {e.kind === 'share' && (
        <p>
          {m('share', {
            part: formatMoney(lang, Math.round(termsTotal)),
            whole: formatMoney(lang, Math.round(e.whole ?? 0)),
            share: formatPercent(lang, e.value),
          })}
        </p>
      )}
      {e.excluded.length > 0 && (
        <>
          <p className="explain-subhead">{m('excluded')}</p>
          <ul>
            {e.excluded.map((x, i) => (
              <li key={i}>
                <TermLabel term={x} inline />: {m(`reason.${x.reason}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.notes.length > 0 && (
        <>
          <p className="explain-subhead">{m('notes')}</p>
          <ul>
            {e.notes.map((id) => (
              <NoteItem key={id} id={id} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The explanation of a listing's "known costs in total": the rows' full costs, the rows without one left out. */
export function RowsCostExplain({ rows, label }: { rows: ProjectRow[]; label: string }) {
  const d = useDataset();
  const explanation = useCallback(() => explainRowsCost(rows, explainContext(d)), [rows, d]);
  return <ExplainNumber explanation={explanation} label={label} />;
}

export interface ExplainItem {
  key: string;
  /** The bar and its value as the chart shows them ("Lahti: 3 302 000 €"). */
  label: string;
  explanation: Explanation;
}

/** One disclosure holding the explanation of each bar of a chart: closed, it costs the page one line. */
export function ExplainList({ items, heading }: { items: ExplainItem[]; heading?: string }) {
  const m = useT('explain');
  if (items.length === 0) return null;
  return (
    <details className="explain explain-list" data-testid="explain-list">
      <summary>{heading ?? m('barsHeading')}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span className="explain-subhead">{item.label}</span>
            <ExplainNumber explanation={item.explanation} label={item.label} />
          </li>
        ))}
      </ul>
    </details>
  );
}
