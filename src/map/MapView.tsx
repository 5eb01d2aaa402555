import { useMemo } from 'react';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import { useElementWidth } from '../ui/useElementWidth';
import { useDataset } from '../data/DataContext';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/format';
import { formatMoney, formatNumber, useLang, useMessages, type Vars } from '../i18n';
import { useAppStore } from '../state/store';
import { rowsMatching } from '../state/selectors';
import { FilteredProjects } from '../ui/FilteredProjects';
import { useProjectRows } from '../state/useProjectRows';
import { boundaryGeometry, tileGeometry } from './geometry';
import { areasOf, municipalityFacts, type MunicipalityFacts } from './layers';
import { Legend } from './Legend';
import { MapCanvas } from './MapCanvas';
import { MapControls } from './MapControls';
import { mapMessages, type MapKey } from './messages';
import { symboliser } from './symbolise';
import { useBoundaries } from './useBoundaries';
import '../ui/charts.css';
import './map.css';

export default function MapView() {
  const m = useMessages(mapMessages);
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
  const facts = useMemo(() => municipalityFacts(d, shown, map), [d, shown, map]);
  const sym = useMemo(() => symboliser(d, facts, map, lang, m), [d, facts, map, lang, m]);
  const municipalities = d.regions.municipalities;
  const geometry = useMemo(
    () => (boundaries.status === 'ready' && map.geometry === 'boundaries' ? boundaryGeometry(boundaries.topology, municipalities, Math.max(320, width), map.zoomProvince) : tileGeometry(municipalities, map.zoomProvince)),
    [boundaries, map.geometry, map.zoomProvince, municipalities, width],
  );
  const drawsBoundaries = boundaries.status === 'ready' && map.geometry === 'boundaries';
  const layerLabel = m(`layer.${map.layer}`);
  const list = [...facts.values()].sort((a, b) => a.municipality.name.fi.localeCompare(b.municipality.name.fi, 'fi'));

  const tableRows: DataRow[] = list.map((f) => {
    const lasse = !f.municipality.lasse ? m('lasseNone') : f.municipality.lasse.joined === 2014 ? m('lasse2014') : m('lasse2013');
    const value = sym.describe(f);
    const csvValue = map.layer === 'cost' ? Math.round(f.cost2008) : map.layer === 'projects' ? f.projects : value;
    const cell = (text: string) => ({ text, csv: text });
    return {
      key: f.municipality.code,
      onFilter: () => toggle('municipalities', f.municipality.code),
      active: selected.includes(f.municipality.code),
      cells: [cell(f.municipality.name.fi), cell(f.municipality.name.sv), cell(lookups.provinces.get(f.municipality.provinceId)?.name[lang] ?? ''), cell(f.area?.name ?? m('noArea')), cell(lasse), { text: value, csv: csvValue }],
    };
  });

  return (
    <section aria-labelledby="map-title" className="map-view">
      <h1 id="map-title">{m('heading')}</h1>
      <p className="prose">{m('intro')}</p>
      <MapControls />
      {map.geometry === 'boundaries' && boundaries.status === 'loading' && <p role="status" data-loading>{m('boundariesLoading')}</p>}
      {map.geometry === 'boundaries' && boundaries.status === 'missing' && <p className="notice">{m('boundariesMissing')}</p>}
      <ChartFrame
        id={`map-${map.layer}`}
        title={layerLabel}
        summary={summary(map.layer, list, d, map.ytaYear, lang, m)}
        columns={[m('colMunicipality'), m('colSwedish'), m('colProvince'), m('colArea'), m('colLasse'), layerLabel]}
        rows={tableRows}
        notes={drawsBoundaries ? undefined : <p className="muted">{m('tileNote')}</p>}
      >
        <div className="map-layout" ref={ref}>
          <MapCanvas geometry={geometry} facts={facts} symboliser={sym} lookups={lookups} selected={selected} onToggle={(code) => toggle('municipalities', code)} label={m('mapLabel', { layer: layerLabel })} />
          <Legend title={layerLabel} items={sym.legend} showUncertain={map.layer === 'projects'} />
        </div>
        {drawsBoundaries && <p className="map-attribution">{m('attribution')}</p>}
      </ChartFrame>
      <FilteredProjects />
    </section>
  );
}

function summary(layer: string, list: MunicipalityFacts[], d: Dataset, ytaYear: 2013 | 2014, lang: Lang, say: (key: MapKey, vars?: Vars) => string): string {
  switch (layer) {
    case 'yta': {
      const areas = areasOf(d, ytaYear);
      return say('summary.yta', { year: ytaYear, members: formatNumber(lang, list.filter((f) => f.area).length), areas: formatNumber(lang, areas.length) });
    }
    case 'lasse':
      return say('summary.lasse', { count2013: formatNumber(lang, list.filter((f) => f.municipality.lasse?.joined === 2013).length), count2014: formatNumber(lang, list.filter((f) => f.municipality.lasse?.joined === 2014).length) });
    case 'projects': {
      const top = [...list].sort((a, b) => b.projects - a.projects)[0];
      return say('summary.projects', { count: formatNumber(lang, list.filter((f) => f.projects + f.uncertainProjects > 0).length), top: top?.municipality.name.fi ?? '', value: formatNumber(lang, top?.projects ?? 0) });
    }
    case 'cost': {
      const top = [...list].sort((a, b) => b.cost2008 - a.cost2008)[0];
      return say('summary.cost', { count: formatNumber(lang, list.filter((f) => f.cost2008 > 0).length), top: top?.municipality.name.fi ?? '', value: formatMoney(lang, Math.round(top?.cost2008 ?? 0)) });
    }
    default:
      return say('summary.province', { count: formatNumber(lang, list.length) });
  }
}
