import { useMemo } from 'react';
import { useDataset } from '../data/DataContext';
import { formatList, formatMoney, useLang, useT } from '../i18n';
import { leaders } from '../data/leaders';
import { useAppStore } from '../state/store';
import { toggled } from '../state/facets';
import type { Filters } from '../state/types';
import type { ProjectRow } from '../data/rows';
import { useProjectRows } from '../state/useProjectRows';
import { costByAdministrator, costByProvince } from './aggregate';
import { explainAdministratorCost, explainContext, explainProvinceCost } from '../data/explain';
import { CostByAreaChart } from './CostByAreaChart';
import { RankedCostChart } from './RankedCostChart';

/**
 * The overview's cost charts: per priority area, per administrator, per province. `without2008`: the filters
 * keep projects, none of them from the 2008 plan, the only one that states costs.
 */
export default function OverviewCharts({ rows2008, without2008 }: { rows2008: ProjectRow[]; without2008: boolean }) {
  const m = useT('overview');
  const lang = useLang();
  const d = useDataset();
  const { lookups } = useProjectRows();
  const filters = useAppStore((s) => s.filters);
  const admins = useMemo(() => costByAdministrator(rows2008, lookups, lang), [rows2008, lookups, lang]);
  const provinces = useMemo(() => costByProvince(rows2008, lookups, lang), [rows2008, lookups, lang]);
  const ctx = explainContext(d);
  // Why a chart has nothing to draw: no cost is stated for what the filters keep, never a row of "0 €".
  const noCost = without2008 ? m('costsOnly2008') : rows2008.length ? m('noCostSummary') : m('areaNone');
  const topOf = (items: typeof admins) => {
    const top = leaders(items, (i) => i.amount);
    return {
      leaders: top.length,
      top: formatList(
        lang,
        top.map((i) => i.label),
      ),
      topAmount: formatMoney(lang, Math.round(top[0]?.amount ?? 0)),
      count: items.length,
    };
  };
  // The province chart groups by the administrators' home municipalities, so its click filters by those
  // municipalities (the table's province facet is where a project works, which is not always the same).
  const homeCodes = (provinceId: string) =>
    [...new Set(rows2008.flatMap((r) => r.municipalityCodes))].filter(
      (c) => lookups.municipalities.get(c)?.provinceId === provinceId,
    );
  const provinceSelected = provinces.filter((p) => {
    const codes = homeCodes(p.id);
    return codes.length > 0 && codes.every((c) => filters.municipalities.includes(c));
  });
  const provinceFilters = (provinceId: string, f: Filters): Filters => {
    const codes = homeCodes(provinceId);
    const on = codes.every((c) => f.municipalities.includes(c));
    return {
      ...f,
      municipalities: on
        ? f.municipalities.filter((c) => !codes.includes(c))
        : [...new Set([...f.municipalities, ...codes])],
    };
  };

  return (
    <>
      <CostByAreaChart rows={rows2008} themes={d.themes} noCost={noCost} />
      <div className="chart-grid">
        <RankedCostChart
          id="cost-by-administrator"
          title={m('adminTitle')}
          summary={admins.some((a) => a.hasCost) ? m('adminSummary', topOf(admins)) : noCost}
          labelColumn={m('colAdministrator')}
          items={admins}
          selected={filters.admins}
          filterTo={(id, f) => toggled(f, 'admins', id)}
          colourIndex={4}
          explain={(item) => explainAdministratorCost(rows2008, item.id, ctx)}
          rule="split-equally"
        />
        <RankedCostChart
          id="cost-by-province"
          title={m('provinceTitle')}
          summary={provinces.some((p) => p.hasCost) ? m('provinceSummary', topOf(provinces)) : noCost}
          labelColumn={m('colProvince')}
          items={provinces}
          selected={provinceSelected.map((p) => p.id)}
          filterTo={provinceFilters}
          colourIndex={2}
          explain={(item) => explainProvinceCost(rows2008, item.id, lookups, ctx)}
          rule="administrator-home"
        />
      </div>
    </>
  );
}
