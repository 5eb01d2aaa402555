import type { Theme } from '../data/schema';
import { useLang, useT } from '../i18n';
import { columnLabel, type ThemeFlow, type YearPair } from './compare';
import { ScrollRegion } from '../ui/ScrollRegion';

/** Rows: the seven national theme areas; columns: which regional themes of each period map onto them. */
export function NationalMatrix({ flow, years }: { flow: ThemeFlow; years: YearPair }) {
  const m = useT('compare');
  const lang = useLang();
  const national = flow.columns.find((c) => c.scheme === 'national')?.themes ?? [];
  const regional = flow.columns.filter((c) => c.scheme !== 'national');
  const mapped = (n: Theme, themes: Theme[]) => themes.filter((t) => t.nationalThemeIds.includes(n.id));
  const covered = (scheme: string) =>
    national.filter((n) => mapped(n, regional.find((c) => c.scheme === scheme)?.themes ?? []).length > 0).length;
  return (
    <section aria-labelledby="national-title" className="chart">
      <h2 id="national-title">{m('nationalTitle')}</h2>
      <p className="chart-summary">
        {m('nationalSummary', {
          from: String(years.from),
          to: String(years.to),
          coveredFrom: covered(`plan-${years.from}`),
          coveredTo: covered(`plan-${years.to}`),
        })}
      </p>
      <ScrollRegion label={m('nationalTitle')}>
        <table className="data-table national-matrix">
          <caption className="visually-hidden">{m('nationalTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{m('colNational')}</th>
              {regional.map((c) => (
                <th key={c.scheme} scope="col">
                  {m(columnLabel(c.scheme).key, columnLabel(c.scheme).vars)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {national.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.name[lang]}</th>
                {regional.map((c) => {
                  const themes = mapped(n, c.themes);
                  return (
                    <td key={c.scheme}>
                      {themes.length ? (
                        <ul className="plain-list">
                          {themes.map((t) => (
                            <li
                              key={t.id}
                              title={t.nationalMappingReasonText?.[lang] ?? t.nationalMappingReason ?? undefined}
                            >
                              {t.name[lang]}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        m('none')
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
