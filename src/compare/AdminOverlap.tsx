import type { Lookups } from '../data/rows';
import { collator, formatNumber, useLang, useMessages } from '../i18n';
import { useAppStore } from '../state/store';
import type { AdminOverlap as Overlap } from './compare';
import { compareMessages } from './messages';

/** Administrators active in both plan years, or in one only, as three lists of filter buttons. */
export function AdminOverlap({ overlap, lookups }: { overlap: Overlap; lookups: Lookups }) {
  const m = useMessages(compareMessages);
  const lang = useLang();
  const selected = useAppStore((s) => s.filters.admins);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const groups = [
    ['both', overlap.both],
    ['only2008', overlap.only2008],
    ['only2009', overlap.only2009],
  ] as const;
  const name = (id: string) => lookups.names.organisation(id, lang);
  return (
    <section aria-labelledby="admins-title" className="chart">
      <h2 id="admins-title">{m('adminsTitle')}</h2>
      <p className="chart-summary">
        {m('adminsSummary', {
          both: overlap.both.length,
          only2008: overlap.only2008.length,
          only2009: overlap.only2009.length,
        })}
      </p>
      <div className="overlap">
        {groups.map(([key, ids]) => (
          <div key={key} className={`overlap-group overlap-${key}`}>
            <h3>
              {m(key)} ({formatNumber(lang, ids.length)})
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
