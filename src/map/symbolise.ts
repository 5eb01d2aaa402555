import { seriesColour } from '../ui/palette';
import type { Dataset } from '../data/schema';
import { formatMoney, formatNumber, type Lang } from '../i18n/format';
import type { Translate } from '../i18n/core';
import { areaName, provinceName } from '../data/names';
import type { MapState } from '../state/types';
import { areasOf, classOf, sequentialBreaks, type MunicipalityFacts } from './layers';

export const SEQUENTIAL = Array.from({ length: 5 }, (_, i) => `var(--seq-${i + 1})`);
export const NONE_FILL = 'var(--map-none)';
export const LASSE_2014_PATTERN = 'lasse-2014';

/** How one municipality is drawn on the chosen layer. */
export interface Symbol {
  fill: string;
  /** A short text drawn on the shape (area number, project count), so categories are not told by colour alone. */
  mark: string;
  /** Uncertain administrators sit here: dashed outline and "?". */
  uncertain: boolean;
}

export interface LegendItem {
  fill: string;
  label: string;
  mark?: string;
}

export interface Symboliser {
  symbol: (f: MunicipalityFacts) => Symbol;
  legend: LegendItem[];
  /** The layer's value in words, for the tooltip and the table. */
  describe: (f: MunicipalityFacts) => string;
}

export function symboliser(
  d: Dataset,
  facts: Map<string, MunicipalityFacts>,
  map: MapState,
  lang: Lang,
  words: Translate<'map'>,
): Symboliser {
  const values = [...facts.values()];
  switch (map.layer) {
    case 'province': {
      const core = d.regions.provinces.filter((p) => p.core);
      const coreIndex = new Map(core.map((p, i) => [p.id, i]));
      const names = new Map(d.regions.provinces.map((p) => [p.id, p.name[lang]]));
      const colour = (id: string) => {
        const i = coreIndex.get(id);
        return i === undefined ? NONE_FILL : seriesColour(i);
      };
      const name = (id: string) => names.get(id) ?? id;
      return {
        symbol: (f) => ({ fill: colour(f.municipality.provinceId), mark: '', uncertain: false }),
        legend: [
          ...core.map((p) => ({ fill: colour(p.id), label: provinceName(p, lang) })),
          { fill: NONE_FILL, label: words('outside') },
        ],
        describe: (f) => name(f.municipality.provinceId),
      };
    }
    case 'yta': {
      const areas = areasOf(d, map.ytaYear);
      const index = new Map(areas.map((a, i) => [a.id, i]));
      return {
        symbol: (f) =>
          f.area
            ? { fill: seriesColour(index.get(f.area.id)!), mark: String(index.get(f.area.id)! + 1), uncertain: false }
            : { fill: NONE_FILL, mark: '', uncertain: false },
        legend: [
          ...areas.map((a, i) => ({ fill: seriesColour(i), label: areaName(a, lang), mark: String(i + 1) })),
          { fill: NONE_FILL, label: words('noArea') },
        ],
        describe: (f) => (f.area ? areaName(f.area, lang) : words('noArea')),
      };
    }
    case 'lasse': {
      const fill = (f: MunicipalityFacts) =>
        !f.municipality.lasse
          ? NONE_FILL
          : f.municipality.lasse.joined === 2014
            ? `url(#${LASSE_2014_PATTERN})`
            : seriesColour(0);
      const status = (f: MunicipalityFacts) =>
        !f.municipality.lasse
          ? words('lasseNone')
          : f.municipality.lasse.joined === 2014
            ? words('lasse2014')
            : words('lasse2013');
      return {
        symbol: (f) => ({ fill: fill(f), mark: '', uncertain: false }),
        legend: [
          { fill: seriesColour(0), label: words('lasse2013') },
          { fill: `url(#${LASSE_2014_PATTERN})`, label: words('lasse2014') },
          { fill: NONE_FILL, label: words('lasseNone') },
        ],
        describe: status,
      };
    }
    case 'projects': {
      const breaks = sequentialBreaks(Math.max(0, ...values.map((f) => f.projects)), 4).map(Math.ceil);
      const unique = [...new Set(breaks)];
      const label = (i: number) => {
        const lo = i === 0 ? 1 : unique[i - 1]! + 1;
        return lo === unique[i]
          ? formatNumber(lang, lo)
          : `${formatNumber(lang, lo)}–${formatNumber(lang, unique[i]!)}`;
      };
      return {
        symbol: (f) => ({
          fill: f.projects > 0 ? SEQUENTIAL[classOf(f.projects, unique)]! : NONE_FILL,
          mark: f.projects || f.uncertainProjects ? `${f.projects || ''}${f.uncertainProjects ? '?' : ''}` : '',
          uncertain: f.uncertainProjects > 0,
        }),
        legend: [
          { fill: NONE_FILL, label: words('none') },
          ...unique.map((_, i) => ({ fill: SEQUENTIAL[i]!, label: label(i) })),
        ],
        describe: (f) =>
          [
            f.projects ? words('projectsValue', { count: f.projects }) : words('none'),
            f.uncertainProjects ? words('uncertainValue', { count: f.uncertainProjects }) : '',
          ]
            .filter(Boolean)
            .join(' '),
      };
    }
    case 'cost': {
      const breaks = sequentialBreaks(Math.max(0, ...values.map((f) => f.cost2008)), 5);
      return {
        symbol: (f) => ({
          fill: f.cost2008 > 0 ? SEQUENTIAL[classOf(f.cost2008, breaks)]! : NONE_FILL,
          mark: '',
          uncertain: false,
        }),
        legend: [
          { fill: NONE_FILL, label: formatMoney(lang, 0) },
          ...breaks.map((b, i) => ({
            fill: SEQUENTIAL[i]!,
            label: `${i === 0 ? '> 0' : `> ${formatMoney(lang, breaks[i - 1]!)}`} … ${formatMoney(lang, b)}`,
          })),
        ],
        describe: (f) =>
          [
            f.hasCost2008 || !f.withoutCost2008 ? formatMoney(lang, Math.round(f.cost2008)) : words('noCostData'),
            f.withoutCost2008 ? `(${words('withoutCostValue', { count: f.withoutCost2008 })})` : '',
          ]
            .filter(Boolean)
            .join(' '),
      };
    }
  }
}
