import type { Lookups } from '../data/rows';
import { collator, formatNumber, useLang, useT } from '../i18n';
import { useAppStore } from '../state/store';
import type { AdminOverlap as Overlap, YearPair } from './compare';

/** Administrators active in both plan years, or in one only, as three lists of filter buttons. */
export function AdminOverlap({ overlap, lookups, years }: { overlap: Overlap; lookups: Lookups; years: YearPair }) {
  const m = useT('compare');
  const lang = useLang();
  const selected = useAppStore((s) => s.filters.admins);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const groups = [
    ['both', overlap.both],
    ['onlyFrom', overlap.onlyFrom],
    ['onlyTo', overlap.onlyTo],
  ] as const;
  const yearVars = { from: String(years.from), to: String(years.to) };
  const name = (id: string) => lookups.names.organisation(id, lang);
  return (
    <section aria-labelledby="admins-title" className="chart">
      <h2 id="admins-title">{m('adminsTitle', yearVars)}</h2>
      <p className="chart-summary">
        {m('adminsSummary', {
          ...yearVars,
          both: overlap.both.length,
          onlyFromCount: overlap.onlyFrom.length,
          onlyToCount: overlap.onlyTo.length,
        })}
      </p>
      <div className="overlap">
        {groups.map(([key, ids]) => (
          <div key={key} className={`overlap-group overlap-${key}`}>
            <h3>
              {m(key, yearVars)} ({formatNumber(lang, ids.length)})
            </h3>
            <ul className="plain-list">
              {[...ids]
                .sort((a, b) => collator(lang).compare(name(a), name(b)))
                .map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="link-button needs-js"
                      aria-pressed={selected.includes(id)}
                      onClick={() => toggle('admins', id)}
                    >
                      {name(id)}
                    </button>
                    {/* Without JavaScript the name cannot filter: it is plain text. */}
                    <noscript>{name(id)}</noscript>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
