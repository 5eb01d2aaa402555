import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lookups } from '../data/rows';
import { seriesColour } from '../ui/palette';
import { useLang, useT } from '../i18n';
import { localName } from '../data/names';
import { firstInReadingOrder, isDirection, neighbourInDirection, shortLabels } from './keyboardNav';
import { provinceNameBox, type MapGeometry } from './geometry';
import type { MunicipalityFacts } from './layers';
import { LASSE_2014_PATTERN, type Symboliser } from './symbolise';

interface Props {
  geometry: MapGeometry;
  facts: Map<string, MunicipalityFacts>;
  symboliser: Symboliser;
  lookups: Lookups;
  selected: string[];
  onToggle: (code: string) => void;
  label: string;
  /** Draw short municipality names on the shapes (the tiles); the drawing is then never narrower than they read. */
  showNames: boolean;
  /** A municipality to move the map's focus to (the municipality search), with a counter so the same one refocuses. */
  focusRequest: { code: string; n: number } | null;
}

/** Name size on a tile, in shape units, and how many characters of it fit across a hexagon. */
const NAME_SIZE = 0.36;
/** The smallest size, in CSS pixels, at which a tile's name is readable. */
const READABLE_NAME_PX = 9;

/** The view box grown to take in the province names placed beside the outermost tiles. */
function widened(
  [x, y, w, h]: [number, number, number, number],
  names: ReadonlyArray<{ name: string; x: number; y: number }>,
  size: (name: string) => { width: number; height: number },
): [number, number, number, number] {
  let [x0, y0, x1, y1] = [x, y, x + w, y + h];
  for (const n of names) {
    const { width, height } = size(n.name);
    x0 = Math.min(x0, n.x - width / 2);
    x1 = Math.max(x1, n.x + width / 2);
    y0 = Math.min(y0, n.y - height / 2);
    y1 = Math.max(y1, n.y + height / 2);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}
const NAME_CHARS = 8;

/** "Vasa (Vaasa)" on a Swedish page, "Vaasa (Vasa)" on a Finnish one; one name where both are the same. */
function titleOf(name: { fi: string; sv: string }, lang: 'fi' | 'sv' | 'en') {
  const own = localName(name, lang);
  const other = lang === 'sv' ? name.fi : name.sv;
  return own === other ? own : `${own} (${other})`;
}

/** The municipalities as focusable SVG shapes; hover or focus shows the tooltip, click or Enter filters. */
export function MapCanvas({
  geometry,
  facts,
  symboliser,
  lookups,
  selected,
  onToggle,
  label,
  showNames,
  focusRequest,
}: Props) {
  const m = useT('map');
  const lang = useLang();
  const [active, setActive] = useState<string | null>(null);
  // One tab stop for the whole map (roving tabindex): the last focused municipality, else a selected one, else
  // the first in reading order; arrow keys move between neighbours.
  const [current, setCurrent] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drawn = geometry.shapes.filter((s) => facts.has(s.code));
  const tabStop =
    current && facts.has(current) ? current : (selected.find((c) => facts.has(c)) ?? firstInReadingOrder(drawn));
  const focusCode = (code: string) => {
    setCurrent(code);
    svg.current?.querySelector<SVGGElement>(`[data-code="${code}"]`)?.focus();
  };
  // Only a new request moves focus; re-renders of the map must not steal it.
  const [handledRequest, setHandledRequest] = useState(focusRequest);
  if (focusRequest !== handledRequest) {
    setHandledRequest(focusRequest);
    if (focusRequest) setCurrent(focusRequest.code);
  }
  useEffect(() => {
    if (focusRequest) svg.current?.querySelector<SVGGElement>(`[data-code="${focusRequest.code}"]`)?.focus();
  }, [focusRequest]);
  const names = useMemo(
    () =>
      shortLabels(
        [...facts.values()].map((f) => localName(f.municipality.name, lang)),
        NAME_CHARS,
      ),
    [facts, lang],
  );
  const provinceSize = geometry.unit * 0.7;
  const labelSize = useCallback((name: string) => provinceNameBox(name, provinceSize), [provinceSize]);
  const provinceNames = useMemo(() => {
    const shown = geometry.provinceLabels
      .filter((p) => lookups.provinces.get(p.id)?.core)
      .map((p) => ({ ...p, name: lookups.names.province(p.id, lang) }));
    if (!geometry.placeLabels) return shown;
    const placed = geometry.placeLabels(shown.map((p) => ({ id: p.id, ...labelSize(p.name) })));
    return shown.map((p, i) => ({ ...p, x: placed[i]!.x, y: placed[i]!.y }));
  }, [geometry, lookups, lang, labelSize]);
  const [vx, vy, vw, vh] = geometry.placeLabels
    ? widened(geometry.viewBox, provinceNames, labelSize)
    : geometry.viewBox;
  const describe = (f: MunicipalityFacts) => {
    const mu = f.municipality;
    const province = lookups.provinces.get(mu.provinceId);
    const modules = province?.lasseModules.length ? province.lasseModules.join(', ') : m('modulesNone');
    return {
      title: titleOf(mu.name, lang),
      lines: [
        lookups.names.province(mu.provinceId, lang),
        f.area ? localName(f.area.names, lang) : m('noArea'),
        `LasSe: ${!mu.lasse ? m('lasseNone') : mu.lasse.joined === 2014 ? m('lasse2014') : m('lasse2013')} · ${m('lasseModules', { modules })}`,
        symboliser.describe(f),
      ],
    };
  };
  const onKey = (e: KeyboardEvent, code: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(code);
    } else if (isDirection(e.key)) {
      e.preventDefault();
      const next = neighbourInDirection(drawn, code, e.key);
      if (next) focusCode(next);
    }
  };
  const activeFacts = active ? facts.get(active) : undefined;
  const activeShape = active ? geometry.shapes.find((s) => s.code === active) : undefined;
  const tip = activeFacts && describe(activeFacts);
  const fontSize = geometry.unit * 0.62;
  const nameSize = geometry.unit * NAME_SIZE;
  // The narrowest drawing whose names are readable: on a phone the map is that wide and scrolls sideways (map.css).
  const readableWidth = Math.ceil((READABLE_NAME_PX * vw) / nameSize);

  return (
    <div className="map-canvas">
      <svg
        ref={svg}
        data-chart
        viewBox={`${vx} ${vy} ${vw} ${vh}`}
        role="group"
        aria-label={label}
        className="map-svg"
        width={showNames ? readableWidth : '100%'}
        preserveAspectRatio="xMidYMid meet"
      >
        <defs>
          <pattern
            id={LASSE_2014_PATTERN}
            patternUnits="userSpaceOnUse"
            width={geometry.unit / 3}
            height={geometry.unit / 3}
            patternTransform="rotate(45)"
          >
            <rect width={geometry.unit / 3} height={geometry.unit / 3} fill={seriesColour(1)} />
            <line x1="0" y1="0" x2="0" y2={geometry.unit / 3} stroke="var(--bg)" strokeWidth={geometry.unit / 8} />
          </pattern>
        </defs>
        {geometry.shapes.map((shape) => {
          const f = facts.get(shape.code);
          if (!f) return null;
          const sym = symboliser.symbol(f);
          const d = describe(f);
          const isSelected = selected.includes(shape.code);
          return (
            <g
              key={shape.code}
              className={`municipality${isSelected ? ' selected' : ''}${sym.uncertain ? ' uncertain' : ''}`}
              tabIndex={shape.code === tabStop ? 0 : -1}
              role="button"
              aria-pressed={isSelected}
              aria-label={`${d.title}: ${d.lines.join('; ')}`}
              data-code={shape.code}
              onClick={() => onToggle(shape.code)}
              onKeyDown={(e) => onKey(e, shape.code)}
              onMouseEnter={() => setActive(shape.code)}
              onMouseLeave={() => setActive((a) => (a === shape.code ? null : a))}
              onFocus={() => {
                setActive(shape.code);
                setCurrent(shape.code);
              }}
              onBlur={() => setActive((a) => (a === shape.code ? null : a))}
            >
              <path d={shape.d} fill={sym.fill} />
              {showNames && (
                <text
                  x={shape.labelX}
                  y={shape.labelY + (sym.mark ? -nameSize * 0.55 : nameSize * 0.35)}
                  textAnchor="middle"
                  className="map-name"
                  fontSize={nameSize}
                  aria-hidden="true"
                >
                  {names.get(localName(f.municipality.name, lang))}
                </text>
              )}
              {sym.mark && (
                <text
                  x={shape.labelX}
                  y={shape.labelY + (showNames ? fontSize * 0.75 : fontSize * 0.35)}
                  textAnchor="middle"
                  className="map-mark"
                  fontSize={showNames ? fontSize * 0.8 : fontSize}
                >
                  {sym.mark}
                </text>
              )}
            </g>
          );
        })}
        <path d={geometry.outline} className="province-outline" />
        {geometry.shapes
          .filter((s) => selected.includes(s.code))
          .map((s) => (
            <path key={s.code} d={s.d} className="selected-outline" />
          ))}
        {provinceNames.map((p) => (
          <text
            key={p.id}
            x={p.x}
            y={p.y}
            dominantBaseline="central"
            textAnchor="middle"
            className="province-label"
            fontSize={provinceSize}
            aria-hidden="true"
          >
            {p.name}
          </text>
        ))}
      </svg>
      {tip && activeShape && (
        <div
          className="map-tooltip chart-tooltip"
          role="tooltip"
          style={{
            left: `${((activeShape.labelX - vx) / vw) * 100}%`,
            top: `${((activeShape.labelY - vy) / vh) * 100}%`,
          }}
        >
          <strong>{tip.title}</strong>
          {/* Two lines may read the same (a province and a cooperation area both "Pirkanmaa"): keyed by place. */}
          {tip.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
