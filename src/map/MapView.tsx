import { useMemo, useState, type FormEvent } from 'react';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { useElementWidth } from '../ui/useElementWidth';
import { useDataset } from '../data/DataContext';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/format';
import { collator, formatList, formatMoney, useLang, useT, type Translate } from '../i18n';
import { leaders } from '../data/leaders';
import { explainContext, explainMunicipalityCost, explainProvinceCost } from '../data/explain';
import { FigureNotes, type ExplainItem } from '../ui/ExplainNumber';
import { notesOf, type Figure } from '../data/figureNotes';
import type { Lookups, ProjectRow } from '../data/rows';
import { areaName, municipalityName, provinceName } from '../data/names';
import { findMunicipality } from './findMunicipality';
import { activeFilterCount, useAppStore } from '../state/store';
import type { Filters, MapState } from '../state/types';
import { rowsMatching } from '../state/selectors';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useProjectRows } from '../state/useProjectRows';
import { boundaryGeometry, tileGeometry } from './geometry';
import { areasOf, costOfMunicipalities, municipalityFacts, type MunicipalityFacts } from './layers';
import { Legend } from './Legend';
import { MapCanvas } from './MapCanvas';
import { MapControls } from './MapControls';
import { keepEarlyEdit } from '../ui/earlyEdit';
import { symboliser } from './symbolise';
import { useBoundaries } from './useBoundaries';
import '../ui/charts.css';
import './map.css';

export default function MapView() {
  const m = useT('map');
  const lang = useLang();
  const d = useDataset();
  const { rows, lookups } = useProjectRows();
  const map = useAppStore((s) => s.map);
  const selected = useAppStore((s) => s.filters.municipalities);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  const boundaries = useBoundaries(map.geometry === 'boundaries');
  const [ref, width] = useElementWidth<HTMLDivElement>();

  const filters = useAppStore((s) => s.filters);
  // Every filter but its own applies, like a facet: a clicked municipality must not empty the others.
  const shown = useMemo(() => rowsMatching(rows, filters, 'municipalities'), [rows, filters]);
  const facts = useMemo(() => municipalityFacts(d, shown, map, lookups), [d, shown, map, lookups]);
  const outside = useMemo(() => outsideMapYears(rows, filters, map), [rows, filters, map]);
  const sym = useMemo(() => symboliser(d, facts, map, lang, m), [d, facts, map, lang, m]);
  const municipalities = d.regions.municipalities;
  // The tiles do not depend on the drawing's width (measured after hydration); tileGeometry lays them out once.
  const tiles = tileGeometry(municipalities, map.zoomProvince);
  const topology = boundaries.status === 'ready' && map.geometry === 'boundaries' ? boundaries.topology : null;
  const borders = useMemo(
    () => topology && boundaryGeometry(topology, municipalities, Math.max(320, width), map.zoomProvince),
    [topology, municipalities, width, map.zoomProvince],
  );
  const geometry = borders ?? tiles;
  const drawsBoundaries = borders !== null;
  const layerLabel = m(`layer.${map.layer}`);
  const list = [...facts.values()].sort((a, b) =>
    collator(lang).compare(municipalityName(a.municipality, lang), municipalityName(b.municipality, lang)),
  );
  // The summary speaks of what the map shows: zoomed to a province, its municipalities only.
  const zoomed = map.zoomProvince ? list.filter((f) => f.municipality.provinceId === map.zoomProvince) : list;
  // Names go on the tiles; the drawing is never narrower than they read (MapCanvas), so a phone scrolls it sideways.
  const showNames = !drawsBoundaries;
  const [focusRequest, setFocusRequest] = useState<{ code: string; n: number } | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState('');
  const search = (e: FormEvent) => {
    e.preventDefault();
    const hit = findMunicipality(municipalities, query);
    if (!hit || !facts.has(hit.code)) {
      setFound(m('searchNone', { query: query.trim() }));
      return;
    }
    if (!selected.includes(hit.code)) toggle('municipalities', hit.code);
    setFound(m('searchFound', { name: municipalityName(hit, lang) }));
    setFocusRequest((r) => ({ code: hit.code, n: (r?.n ?? 0) + 1 }));
  };

  // A province, cooperation-area or LasSe layer shows what a column already holds; only counts and costs add one.
  const valueLayer = map.layer === 'projects' || map.layer === 'cost';
  const tableRows: DataRow[] = list.map((f) => {
    const lasse = !f.municipality.lasse
      ? m('lasseNone')
      : f.municipality.lasse.joined === 2014
        ? m('lasse2014')
        : m('lasse2013');
    const value = sym.describe(f);
    const csvValue = map.layer === 'cost' ? Math.round(f.cost2008) : f.projects;
    const cell = (text: string) => ({ text, csv: text });
    return {
      key: f.municipality.code,
      onFilter: () => toggle('municipalities', f.municipality.code),
      active: selected.includes(f.municipality.code),
      cells: [
        cell(municipalityName(f.municipality, lang)),
        cell(lang === 'sv' ? f.municipality.name.fi : f.municipality.name.sv),
        cell(lookups.names.province(f.municipality.provinceId, lang)),
        cell(f.area ? areaName(f.area, lang) : m('noArea')),
        cell(lasse),
        ...(valueLayer ? [{ text: value, csv: csvValue }] : []),
      ],
    };
  });

  return (
    <section aria-labelledby="map-title" className="map-view">
      <h1 id="map-title">{m('heading')}</h1>
      <p className="prose">
        {m('intro')} <span className="needs-js">{m('introAction')}</span>
      </p>
      <MapControls />
      <form className="map-search needs-js" role="search" onSubmit={search}>
        <label className="field">
          <span>{m('search')}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            ref={keepEarlyEdit(({ value }) => setQuery(value))}
            list="map-municipality-names"
            autoComplete="off"
          />
        </label>
        <datalist id="map-municipality-names">
          {list.map((f) => (
            <option key={f.municipality.code} value={municipalityName(f.municipality, lang)} />
          ))}
        </datalist>
        <button type="submit">{m('searchButton')}</button>
        <p role="status" className="muted">
          {found}
        </p>
      </form>
      {map.geometry === 'boundaries' && boundaries.status === 'loading' && (
        <p role="status" data-loading>
          {m('boundariesLoading')}
        </p>
      )}
      {map.geometry === 'boundaries' && boundaries.status === 'missing' && (
        <p className="notice">{m('boundariesMissing')}</p>
      )}
      <ChartFrame
        id={`map-${map.layer}`}
        title={layerLabel}
        summary={summary(map.layer, zoomed, d, map, lang, m)}
        rule={map.layer === 'cost' || map.layer === 'projects' ? 'administrator-home' : undefined}
        columns={[
          m('colMunicipality'),
          m('colOtherName'),
          m('colProvince'),
          m('colArea'),
          m('colLasse'),
          ...(valueLayer ? [layerLabel] : []),
        ]}
        rows={tableRows}
        explanations={
          map.layer === 'cost' ? costExplanations(d, shown, zoomed, map, lookups, lang, sym.describe) : undefined
        }
        explanationsHeading={m('costExplainHeading')}
        notes={
          <>
            {!drawsBoundaries && <p className="muted">{m('tileNote')}</p>}
            <p className="muted">{m('mapKeys')}</p>
            {outside > 0 && (
              // The list under the map counts every project; the map only the plan years it shows: said where both are seen.
              <p className="chart-filter-note" data-testid="map-list-differs">
                {m('listOutside', { years: formatList(lang, mapYears(map).map(String)), count: outside })}
              </p>
            )}
            <FigureNotes notes={layerNotes(d, shown, map)} />
          </>
        }
      >
        {showNames && (
          <p className="scroll-cue map-scroll-cue no-print" aria-hidden="true">
            {m('scrollCue')}
          </p>
        )}
        <div className="map-layout" ref={ref}>
          <MapCanvas
            geometry={geometry}
            facts={facts}
            symboliser={sym}
            lookups={lookups}
            selected={selected}
            onToggle={(code) => toggle('municipalities', code)}
            label={m('mapLabel', { layer: layerLabel })}
            showNames={showNames}
            focusRequest={focusRequest}
          />
          <Legend title={layerLabel} items={sym.legend} showUncertain={map.layer === 'projects'} />
        </div>
        {drawsBoundaries && <p className="map-attribution">{m('attribution')}</p>}
      </ChartFrame>
      <FilteredProjects />
    </section>
  );
}

/**
 * The cost layer's sums explained: the zoomed province's total its summary gives, then each municipality's, with
 * the projects' equal parts (rule `administrator-home`).
 */
function costExplanations(
  d: Dataset,
  rows: ProjectRow[],
  shownFacts: MunicipalityFacts[],
  map: MapState,
  l: Lookups,
  lang: Lang,
  describe: (f: MunicipalityFacts) => string,
): ExplainItem[] {
  const ctx = explainContext(d);
  const rows2008 = rows.filter((r) => r.project.planYear === 2008);
  const total = costOfMunicipalities(shownFacts);
  const province =
    map.zoomProvince && total !== null
      ? [
          {
            key: map.zoomProvince,
            label: `${l.names.province(map.zoomProvince, lang)}: ${formatMoney(lang, Math.round(total))}`,
            explanation: explainProvinceCost(rows2008, map.zoomProvince, l, ctx),
          },
        ]
      : [];
  return [
    ...province,
    ...shownFacts
      .filter((f) => f.hasCost2008 || f.withoutCost2008 > 0)
      .map((f) => ({
        key: f.municipality.code,
        label: `${municipalityName(f.municipality, lang)}: ${describe(f)}`,
        explanation: explainMunicipalityCost(rows2008, f.municipality.code, l, ctx),
      })),
  ];
}

/** The plan years the layer counts: the cost layer 2008 (the only plan with costs), the projects layer its pick. */
const mapYears = (map: MapState) =>
  map.layer === 'cost' ? [2008] : map.projectYear === 'both' ? [2008, 2009] : [Number(map.projectYear)];

/** How many projects the list under the map shows that the projects layer does not count (outside its plan years). */
function outsideMapYears(rows: ProjectRow[], filters: Filters, map: MapState): number {
  if (map.layer !== 'projects' || activeFilterCount(filters) === 0) return 0;
  const years = mapYears(map);
  return rowsMatching(rows, filters).filter((r) => r.project.planYear === null || !years.includes(r.project.planYear))
    .length;
}

/** The quality notes on what the layer counts (figureNotes.ts): LasSe's list, or the projects and costs shown. */
function layerNotes(d: Dataset, rows: ProjectRow[], map: MapState): string[] {
  const years = mapYears(map);
  const counted = rows.filter((r) => r.project.planYear !== null && years.includes(r.project.planYear));
  const figure: Figure | null =
    map.layer === 'lasse'
      ? { kind: 'lasse' }
      : map.layer === 'projects' || map.layer === 'cost'
        ? {
            kind: map.layer === 'cost' ? 'cost' : 'projects',
            planYears: years,
            projectIds: counted.map((r) => r.project.id),
          }
        : null;
  return figure ? notesOf(d.quality, figure) : [];
}

function summary(
  layer: string,
  list: MunicipalityFacts[],
  d: Dataset,
  map: MapState,
  lang: Lang,
  say: Translate<'map'>,
): string {
  const names = (items: MunicipalityFacts[]) =>
    formatList(
      lang,
      items.map((f) => municipalityName(f.municipality, lang)),
    );
  switch (layer) {
    case 'yta': {
      const areas = areasOf(d, map.ytaYear);
      return say('summary.yta', {
        year: String(map.ytaYear),
        members: list.filter((f) => f.area).length,
        areas: areas.length,
      });
    }
    case 'lasse':
      return say('summary.lasse', {
        count2013: list.filter((f) => f.municipality.lasse?.joined === 2013).length,
        count2014: list.filter((f) => f.municipality.lasse?.joined === 2014).length,
      });
    case 'projects': {
      const top = leaders(list, (f) => f.projects);
      return say('summary.projects', {
        count: list.filter((f) => f.projects + f.uncertainProjects > 0).length,
        leaders: top.length,
        top: names(top),
        value: top[0]?.projects ?? 0,
      });
    }
    case 'cost': {
      const top = leaders(list, (f) => f.cost2008);
      const total = costOfMunicipalities(list);
      if (total === null) return say('summary.costNone');
      const most = say('summary.cost', {
        count: list.filter((f) => f.cost2008 > 0).length,
        leaders: top.length,
        top: names(top),
        value: formatMoney(lang, Math.round(top[0]?.cost2008 ?? 0)),
      });
      const province = map.zoomProvince && d.regions.provinces.find((p) => p.id === map.zoomProvince);
      return province
        ? `${say('summary.costProvince', { province: provinceName(province, lang), total: formatMoney(lang, Math.round(total)) })} ${most}`
        : most;
    }
    default:
      return say('summary.province', { count: list.length });
  }
}
