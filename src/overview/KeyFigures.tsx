import { Citation } from '../ui/Citation';
import { ViewLink } from '../ui/ViewLink';
import { formatMoney, formatNumber, useLang, useMessages } from '../i18n';
import type { KeyFigures as Figures } from './aggregate';
import { chartMessages } from './messages';

/** The sources' own headline numbers beside what their rows add up to; a mismatch is called out, not fixed. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const m = useMessages(chartMessages);
  const lang = useLang();
  const { stated, summed, projectsPerYear } = figures;
  const diff = stated?.amount != null ? summed.amount - stated.amount : 0;
  return (
    <>
      <dl className="key-figures" data-testid="key-figures">
        {stated?.amount != null && (
          <div>
            <dt>{m('kfStated')}</dt>
            <dd>{formatMoney(lang, stated.amount)}</dd>
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
        </div>
        <div>
          <dt>{m('kfWithoutCost')}</dt>
          <dd>
            {m('kfWithoutCostValue', {
              count: formatNumber(lang, summed.withoutCost),
              total: formatNumber(lang, summed.projects),
            })}
          </dd>
        </div>
      </dl>
      <div className="key-figures-cite needs-js">
        <Citation figure={m('kfHeading')} />
      </div>
    </>
  );
}
