/**
 * The geometry of a horizontal bar chart (categories down the side, a linear value axis along the bottom): the static
 * drawing's (StaticBarChart) in full, and the size, value axis band, category gap, domain and ticks that the Recharts
 * drawing (InteractiveBarChart) is given, so both take the same room and read the same.
 */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface BarLayoutInput {
  /** Each category's values: the segments of its stack, or its series side by side. */
  rows: number[][];
  stacking: 'stacked' | 'grouped';
  width: number;
  /** Height per category; the chart is `rows × rowHeight + extraHeight` high (at least `minHeight`). */
  rowHeight: number;
  /** The height besides the categories' rows: margins and the value axis. */
  extraHeight: number;
  minHeight?: number;
  margin: Margin;
  /** The width of the category labels' column, left of the bars. */
  axisWidth: number;
  /** Space between the bars of one category (grouped). */
  barGap?: number;
  /** Counts: whole-number ticks only. */
  integer?: boolean;
  /** The least room one tick's label needs along the axis. */
  tickSpacing?: number;
}

export interface Band {
  /** Top edge and height of the category's band; `centre` is where its label sits. */
  y: number;
  size: number;
  centre: number;
}

export interface BarRect {
  row: number;
  /** The segment (stacked) or series (grouped) the value belongs to. */
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  x: number;
}

export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bands: Band[];
  /** Bars of value 0 are left out: nothing to see or to click. */
  bars: BarRect[];
  /** The value axis runs from 0 to its last tick. */
  domain: [number, number];
  ticks: Tick[];
}

/** The height of the value axis along the bottom: tick line, margin, one line of labels. */
export const X_AXIS_HEIGHT = 30;
/** The share of a category's band left free at either side of its bars. */
export const CATEGORY_GAP = 0.1;
const MULTIPLIERS = [1, 2, 2.5, 5, 10];

/**
 * Tick values from 0 to at least `max` in steps of 1, 2, 2.5 or 5 × 10ⁿ, at most `count` of them where the steps
 * allow (whole steps for counts). `niceTicks(3_700_000)` → [0, 1e6, 2e6, 3e6, 4e6]; `niceTicks(7, 5, true)` →
 * [0, 2, 4, 6, 8]. Nothing to show (`max` ≤ 0) still gets an axis: [0, 1].
 */
export function niceTicks(max: number, count = 5, integer = false): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = MULTIPLIERS.map((m) => m * power).find((s) => s >= rough * (1 - 1e-9))!;
  const whole = integer ? Math.max(1, Math.ceil(step)) : step;
  const n = Math.ceil(max / whole - 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * whole).toPrecision(12)));
}

export function barLayout(input: BarLayoutInput): BarLayout {
  const { rows, stacking, width, margin, axisWidth, barGap = 4, integer = false, tickSpacing = 80 } = input;
  const height = Math.max(input.minHeight ?? 0, rows.length * input.rowHeight + input.extraHeight);
  const left = margin.left + axisWidth;
  const plot = {
    left,
    right: Math.max(left + 1, width - margin.right),
    top: margin.top,
    bottom: height - margin.bottom - X_AXIS_HEIGHT,
  };
  const plotWidth = plot.right - plot.left;

  const total = (values: number[]) =>
    stacking === 'stacked' ? values.reduce((s, v) => s + v, 0) : Math.max(0, ...values);
  const count = Math.min(5, Math.max(2, Math.round(plotWidth / tickSpacing) + 1));
  const tickValues = niceTicks(Math.max(0, ...rows.map(total)), count, integer);
  const domainMax = tickValues[tickValues.length - 1]!;
  const x = (v: number) => plot.left + (v / domainMax) * plotWidth;

  const bandSize = rows.length ? (plot.bottom - plot.top) / rows.length : 0;
  const bands = rows.map((_, i) => ({
    y: plot.top + i * bandSize,
    size: bandSize,
    centre: plot.top + (i + 0.5) * bandSize,
  }));
  // A gap at either end of the band; whole pixels once wider than one, so bars have crisp edges.
  const offset = bandSize * CATEGORY_GAP;
  const perBand = stacking === 'stacked' ? 1 : Math.max(1, ...rows.map((r) => r.length));
  const gap = bandSize - 2 * offset - (perBand - 1) * barGap > 0 ? barGap : 0;
  const exact = (bandSize - 2 * offset - (perBand - 1) * gap) / perBand;
  const size = exact > 1 ? Math.round(exact) : exact;

  const bars: BarRect[] = rows.flatMap((values, row) => {
    let start = 0;
    return values.flatMap((value, series) => {
      const from = stacking === 'stacked' ? start : 0;
      start += value;
      if (!(value > 0)) return [];
      const y = bands[row]!.y + offset + (stacking === 'stacked' ? 0 : (size + gap) * series);
      return [{ row, series, value, x: x(from), y, width: x(from + value) - x(from), height: size }];
    });
  });

  return {
    width,
    height,
    plot,
    bands,
    bars,
    domain: [0, domainMax],
    ticks: tickValues.map((value) => ({ value, x: x(value) })),
  };
}
