import { useState, type KeyboardEvent } from 'react';
import type { Lookups } from '../data/rows';
import { seriesColour } from '../ui/palette';
import { useLang, useMessages } from '../i18n';
import type { MapGeometry } from './geometry';
import type { MunicipalityFacts } from './layers';
import { mapMessages } from './messages';
import { LASSE_2014_PATTERN, type Symboliser } from './symbolise';

interface Props {
  geometry: MapGeometry;
  facts: Map<string, MunicipalityFacts>;
  symboliser: Symboliser;
  lookups: Lookups;
  selected: string[];
  onToggle: (code: string) => void;
  label: string;
}

/** The municipalities as focusable SVG shapes; hover or focus shows the tooltip, click or Enter filters. */
export function MapCanvas({ geometry, facts, symboliser, lookups, selected, onToggle, label }: Props) {
  const m = useMessages(mapMessages);
  const lang = useLang();
  const [active, setActive] = useState<string | null>(null);
  const [vx, vy, vw, vh] = geometry.viewBox;
  const describe = (f: MunicipalityFacts) => {
    const mu = f.municipality;
    const province = lookups.provinces.get(mu.provinceId);
    const modules = province?.lasseModules.length ? province.lasseModules.join(', ') : m('modulesNone');
    return {
      title: mu.name.fi === mu.name.sv ? mu.name.fi : `${mu.name.fi} – ${mu.name.sv}`,
      lines: [
        province?.name[lang] ?? mu.provinceId,
        f.area?.name ?? m('noArea'),
        `LasSe: ${!mu.lasse ? m('lasseNone') : mu.lasse.joined === 2014 ? m('lasse2014') : m('lasse2013')} · ${m('lasseModules', { modules })}`,
        symboliser.describe(f),
      ],
    };
  };
  const onKey = (e: KeyboardEvent, code: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(code);
    }
  };
  const activeFacts = active ? facts.get(active) : undefined;
  const activeShape = active ? geometry.shapes.find((s) => s.code === active) : undefined;
  const tip = activeFacts && describe(activeFacts);
  const fontSize = geometry.unit * 0.62;

  return (
    <div className="map-canvas">
      <svg data-chart viewBox={`${vx} ${vy} ${vw} ${vh}`} role="group" aria-label={label} className="map-svg" preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern id={LASSE_2014_PATTERN} patternUnits="userSpaceOnUse" width={geometry.unit / 3} height={geometry.unit / 3} patternTransform="rotate(45)">
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
              tabIndex={0}
              role="button"
              aria-pressed={isSelected}
              aria-label={`${d.title}: ${d.lines.join('; ')}`}
              data-code={shape.code}
              onClick={() => onToggle(shape.code)}
              onKeyDown={(e) => onKey(e, shape.code)}
              onMouseEnter={() => setActive(shape.code)}
              onMouseLeave={() => setActive((a) => (a === shape.code ? null : a))}
              onFocus={() => setActive(shape.code)}
              onBlur={() => setActive((a) => (a === shape.code ? null : a))}
            >
              <path d={shape.d} fill={sym.fill} />
              {sym.mark && (
                <text x={shape.labelX} y={shape.labelY + fontSize * 0.35} textAnchor="middle" className="map-mark" fontSize={fontSize}>
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
        {geometry.provinceLabels
          .filter((p) => lookups.provinces.get(p.id)?.core)
          .map((p) => (
            <text key={p.id} x={p.x} y={p.y} textAnchor="middle" className="province-label" fontSize={geometry.unit * 0.7} aria-hidden="true">
              {lookups.provinces.get(p.id)?.name[lang]}
            </text>
          ))}
      </svg>
      {tip && activeShape && (
        <div className="map-tooltip chart-tooltip" role="tooltip" style={{ left: `${((activeShape.labelX - vx) / vw) * 100}%`, top: `${((activeShape.labelY - vy) / vh) * 100}%` }}>
          <strong>{tip.title}</strong>
          {tip.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
