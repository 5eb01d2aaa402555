import { wrap } from '../ui/AxisTick';
import { ChartFrame, type DataRow } from '../ui/ChartFrame';
import type { Theme } from '../data/schema';
import { useLang, useT } from '../i18n';
import { useAppStore } from '../state/store';
import { useElementWidth } from '../ui/useElementWidth';
import { columnLabel, themeReason, type ThemeFlow as Flow, type YearPair } from './compare';

const COL_W = 250;
const GAP = 110;
/** The stacked shape's width before the box is measured (a phone's); drawn fluid, compare.css picks the shape. */
const DRAFT_NARROW = 360;
const LINE = 17;
const PAD = 10;

interface Node {
  theme: Theme;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** Stacked, where the theme went or came from ("→ Tjänster för äldre"), and those lines wrapped to the box. */
  links: string[];
  linkLines: string[];
}

/**
 * Node boxes per column, the schemes left to right; below `stackBelow` pixels the columns are stacked instead
 * (a phone), and the links give way to the change written on each box.
 */
function layout(flow: Flow, lang: 'fi' | 'sv' | 'en', available: number) {
  const columns = flow.columns.filter((c) => c.scheme !== 'national');
  const wide = columns.length * COL_W + (columns.length - 1) * GAP;
  const stacked = available < wide;
  const w = stacked ? Math.max(200, available - 4) : COL_W;
  const nodes = new Map<string, Node>();
  const headings: Array<{ scheme: Theme['scheme']; x: number; y: number }> = [];
  const themeById = new Map(flow.columns.flatMap((c) => c.themes.map((t) => [t.id, t] as const)));
  let height = 0;
  let y = 0;
  columns.forEach((col, ci) => {
    const x = stacked ? 0 : ci * (COL_W + GAP);
    y = stacked ? y + 24 : 24;
    headings.push({ scheme: col.scheme, x, y: y - 4 });
    y += 12;
    for (const theme of col.themes) {
      const lines = wrap(theme.name[lang], Math.floor(w / 8.3));
      const links = stacked
        ? flow.links
            .filter((l) => l.from === theme.id || l.to === theme.id)
            .map((l) => {
              const other = themeById.get(l.from === theme.id ? l.to : l.from);
              return `${l.from === theme.id ? '→' : '←'} ${other?.name[lang] ?? ''}`;
            })
        : [];
      // The smaller italic detail fits about 7.5 px a character.
      const linkLines = links.flatMap((l) => wrap(l, Math.floor((w - PAD * 2) / 7.5)));
      const h = (lines.length + 1 + linkLines.length) * LINE + PAD * 2;
      nodes.set(theme.id, { theme, x, y, w, h, lines, links, linkLines });
      y += h + 14;
    }
    height = Math.max(height, y);
  });
  return { columns, nodes, headings, stacked, width: stacked ? w : wide, height };
}

/** The 2005–2006 priorities and those of the two compared years as connected columns; the change is written on every box. */
export function ThemeFlow({
  flow,
  projectCounts,
  years,
}: {
  flow: Flow;
  projectCounts: Map<string, number>;
  years: YearPair;
}) {
  const m = useT('compare');
  const label = (scheme: Flow['columns'][number]['scheme']) => m(columnLabel(scheme).key, columnLabel(scheme).vars);
  const lang = useLang();
  const selected = useAppStore((s) => s.filters.themes);
  const toggle = useAppStore((s) => s.toggleFilterValue);
  // On paper the three columns side by side, scaled to the page, read better than the phone's stacked layout.
  const [ref, available] = useElementWidth<HTMLDivElement>(null, 1000);
  // Not yet measured (the prerendered page and its hydration): both shapes, the box's width shows one (compare.css).
  const shapes =
    available === null
      ? [layout(flow, lang, DRAFT_NARROW), layout(flow, lang, Number.POSITIVE_INFINITY)]
      : [layout(flow, lang, available)];
  const { columns, nodes } = shapes[0]!;
  const yearVars = { from: String(years.from), to: String(years.to) };
  const count = (c: string) =>
    [...flow.change.entries()].filter(
      ([id, ch]) => ch === c && id.startsWith(`plan-${c === 'new' ? years.to : years.from}-`),
    ).length;
  const national = new Map(
    (flow.columns.find((c) => c.scheme === 'national')?.themes ?? []).map((n) => [n.id, n.name[lang]]),
  );
  const nationalNames = (t: Theme) => t.nationalThemeIds.map((id) => national.get(id) ?? id).join('; ');
  const neighbours = (t: Theme) =>
    flow.links
      .filter((l) => l.from === t.id || l.to === t.id)
      .map((l) => nodes.get(l.from === t.id ? l.to : l.from)?.theme.name[lang])
      .join('; ');

  const rows: DataRow[] = columns.flatMap((col) =>
    col.themes.map((t) => {
      const change = flow.change.get(t.id);
      return {
        key: t.id,
        onFilter: col.scheme === 'pohjanmaa-2005-2006' ? undefined : () => toggle('themes', t.id),
        active: selected.includes(t.id),
        cells: [
          { text: t.name[lang], csv: t.name[lang] },
          { text: label(col.scheme), csv: label(col.scheme) },
          { text: change ? m(`change.${change}`) : '', csv: change ? m(`change.${change}`) : '' },
          { text: neighbours(t), csv: neighbours(t) },
          { text: nationalNames(t), csv: nationalNames(t) },
          { text: themeReason(t, lang), csv: themeReason(t, lang) },
        ],
      };
    }),
  );

  return (
    <ChartFrame
      id="theme-flow"
      title={m('flowTitle', yearVars)}
      summary={m('flowSummary', {
        ...yearVars,
        continued: count('continued'),
        renamed: count('renamed'),
        dropped: count('dropped'),
        new: count('new'),
      })}
      columns={[m('colTheme'), m('colYear'), m('colChange'), m('colTo'), m('colNational'), m('reason')]}
      rows={rows}
      notes={
        <ul className="flow-legend">
          <li>
            <svg width="40" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="40" y2="5" className="flow-link" />
            </svg>{' '}
            {m('legendContinued')}
          </li>
          <li>
            <svg width="40" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="40" y2="5" className="flow-link flow-link-renamed" />
            </svg>{' '}
            {m('legendRenamed')}
          </li>
          {columns.length > 2 && <li>{m('earlierNote', yearVars)}</li>}
        </ul>
      }
    >
      <div className="flow-scroll" ref={ref}>
        {shapes.map(({ nodes, headings, stacked, width, height }) => (
          <svg
            key={stacked ? 'narrow' : 'wide'}
            data-chart
            viewBox={`-2 0 ${width + 4} ${height}`}
            width={width + 4}
            height={height}
            role="group"
            aria-label={m('flowTitle', yearVars)}
            className={`theme-flow${available === null ? (stacked ? ' flow-if-narrow' : ' flow-if-wide') : ''}`}
          >
            {headings.map((h) => (
              <text key={h.scheme} x={h.x} y={h.y} className="flow-heading">
                {label(h.scheme)}
              </text>
            ))}
            {!stacked &&
              flow.links.map((l) => {
                const a = nodes.get(l.from);
                const b = nodes.get(l.to);
                if (!a || !b) return null;
                const x1 = a.x + a.w;
                const y1 = a.y + a.h / 2;
                const x2 = b.x;
                const y2 = b.y + b.h / 2;
                const mid = (x1 + x2) / 2;
                return (
                  <path
                    key={`${l.from}-${l.to}`}
                    d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
                    className={`flow-link${l.change === 'renamed' ? ' flow-link-renamed' : ''}`}
                  />
                );
              })}
            {[...nodes.values()].map((n) => {
              const change = flow.change.get(n.theme.id);
              const clickable = n.theme.scheme !== 'pohjanmaa-2005-2006';
              const projects = projectCounts.get(n.theme.id);
              const detail = [
                change ? m(`change.${change}`) : '',
                projects !== undefined ? m('projects', { count: projects }) : '',
              ]
                .filter(Boolean)
                .join(' · ');
              // Stacked, there are no link lines: the box names where its theme went or came from.
              const label = `${n.theme.name[lang]}${detail ? ` (${detail})` : ''}${n.links.length ? ` ${n.links.join(', ')}` : ''}`;
              const activate = () => clickable && toggle('themes', n.theme.id);
              return (
                <g
                  key={n.theme.id}
                  className={`flow-node flow-${change ?? 'earlier'}${selected.includes(n.theme.id) ? ' flow-selected' : ''}`}
                  transform={`translate(${n.x},${n.y})`}
                  tabIndex={clickable ? 0 : undefined}
                  role={clickable ? 'button' : undefined}
                  aria-pressed={clickable ? selected.includes(n.theme.id) : undefined}
                  aria-label={label}
                  onClick={activate}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      activate();
                    }
                  }}
                >
                  <title>{label}</title>
                  <rect width={n.w} height={n.h} rx={6} />
                  {n.lines.map((line, i) => (
                    <text key={i} x={PAD} y={PAD + (i + 1) * LINE - 4} className="flow-name">
                      {line}
                    </text>
                  ))}
                  {[detail, ...n.linkLines].map((line, i) => (
                    <text key={i} x={PAD} y={PAD + (n.lines.length + 1 + i) * LINE - 2} className="flow-detail">
                      {line}
                    </text>
                  ))}
                </g>
              );
            })}
          </svg>
        ))}
      </div>
    </ChartFrame>
  );
}
