import { useMemo } from 'react';
import { Citation } from '../ui/Citation';
import { ViewLink } from '../ui/ViewLink';
import { ExplainNumber, FigureNotes } from '../ui/ExplainNumber';
import { useDataset } from '../data/DataContext';
import {
  explainAdministratorCount,
  explainProjectCount,
  explainStatedTotal,
  explainSummedTotal,
  explainWithoutCost,
} from '../data/explain';
import { useProjectRows } from '../state/useProjectRows';
import { formatMoney, formatNumber, useLang, useT } from '../i18n';
import type { KeyFigures as Figures } from './aggregate';

/** Each key figure's arithmetic, from all data like the figures themselves. */
function useExplanations() {
  const d = useDataset();
  const lang = useLang();
  const { rows, lookups } = useProjectRows();
  return useMemo(
    () => ({
      stated: explainStatedTotal(d, 2008),
      summed: explainSummedTotal(d, rows, 2008),
      projects2008: explainProjectCount(d, rows, 2008),
      projects2009: explainProjectCount(d, rows, 2009),
      admins: explainAdministratorCount(d, rows, 2008, lang, lookups),
      withoutCost: explainWithoutCost(d, rows, 2008),
    }),
    [d, rows, lang, lookups],
  );
}

/** The sources' own headline numbers beside what their rows add up to; a mismatch is called out, not fixed. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const m = useT('overview');
  const lang = useLang();
  const { stated, summed, projectsPerYear } = figures;
  const e = useExplanations();
  const diff = stated?.amount != null ? summed.amount - stated.amount : 0;
  return (
    <>
      <dl className="key-figures" data-testid="key-figures">
        {stated?.amount != null && (
          <div>
            <dt>{m('kfStated')}</dt>
            <dd>{formatMoney(lang, stated.amount)}</dd>
            {e.stated && (
              <dd className="key-figure-explain">
                {/* The two totals are read together: a note on both stands once, at the sum that differs. */}
                <FigureNotes notes={e.stated.notes.filter((id) => !e.summed.notes.includes(id))} />
                <ExplainNumber explanation={e.stated} label={m('kfStated')} />
              </dd>
            )}
          </div>
        )}
        <div className={diff ? 'key-figure-warning' : undefined}>
          <dt>{m('kfSummed')}</dt>
          <dd>{formatMoney(lang, summed.amount)}</dd>
          {diff !== 0 && (
            <dd className="key-figure-note">
              {m('kfDifference', { diff: formatMoney(lang, diff) })} ·{' '}
              <ViewLink view="sources">{m('kfDifferenceLink')}</ViewLink>
            </dd>
          )}
          <dd className="key-figure-explain">
            <FigureNotes notes={e.summed.notes} />
            <ExplainNumber explanation={e.summed} label={m('kfSummed')} />
          </dd>
        </div>
        <div>
          <dt>{m('kfProjects')}</dt>
          <dd>
            {m('kfProjectsValue', {
              y2008: formatNumber(lang, projectsPerYear[2008]),
              y2009: formatNumber(lang, projectsPerYear[2009]),
            })}
          </dd>
          {projectsPerYear.other > 0 && (
            <dd className="key-figure-note">{m('kfOther', { count: projectsPerYear.other })}</dd>
          )}
          <dd className="key-figure-explain">
            <FigureNotes notes={[...e.projects2008.notes, ...e.projects2009.notes]} />
            <ExplainNumber explanation={e.projects2008} label={`${m('kfProjects')} 2008`} />
            <ExplainNumber explanation={e.projects2009} label={`${m('kfProjects')} 2009`} />
          </dd>
        </div>
        <div
          className={
            stated?.administrators != null && stated.administrators !== summed.administrators
              ? 'key-figure-warning'
              : undefined
          }
        >
          <dt>{m('kfAdmins')}</dt>
          <dd>
            {m('kfAdminsValue', {
              stated: stated?.administrators != null ? formatNumber(lang, stated.administrators) : '—',
              counted: formatNumber(lang, summed.administrators),
            })}
          </dd>
          <dd className="key-figure-explain">
            <FigureNotes notes={e.admins.notes} />
            <ExplainNumber explanation={e.admins} label={m('kfAdmins')} />
          </dd>
        </div>
        <div>
          <dt>{m('kfWithoutCost')}</dt>
          <dd>
            {m('kfWithoutCostValue', {
              count: formatNumber(lang, summed.withoutCost),
              total: formatNumber(lang, summed.projects),
            })}
          </dd>
          <dd className="key-figure-explain">
            <FigureNotes notes={e.withoutCost.notes} />
            <ExplainNumber explanation={e.withoutCost} label={m('kfWithoutCost')} />
          </dd>
        </div>
      </dl>
      <div className="key-figures-cite needs-js">
        <Citation figure={m('kfHeading')} />
      </div>
    </>
  );
}
