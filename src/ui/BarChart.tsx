import { Suspense, startTransition, useState, type PointerEvent } from 'react';
import { barLayout } from './barLayout';
import { reloadableLazy } from './reloadableLazy';
import { BarLegend, StaticBarChart, type BarChartSpec, type BarShape, type DrawingProps } from './StaticBarChart';
import { useElementWidth } from './useElementWidth';
import { usePrinting } from './usePrinting';

const InteractiveBarChart = reloadableLazy(() => import('./InteractiveBarChart'));

/** Below this width a chart draws its narrow shape (wrapped labels, taller rows); charts.css picks it likewise. */
export const NARROW_BELOW = 640;
/** The widths the two shapes are drawn at before the box is measured: a phone's and a laptop's column. */
const DRAFT = { narrow: 350, wide: 720 };

interface Props extends BarChartSpec {
  /** The drawing's geometry at a width (charts wrap their labels and size their rows by it), on paper or screen. */
  shape: (width: number, paper: boolean) => BarShape;
}

/**
 * A bar chart. The prerendered page draws it as static SVG in both its shapes at the heights they keep, and the
 * box's width shows one (charts.css), so nothing moves when the app measures the box and draws the one shape at its
 * width. When a mouse comes over it, Recharts draws it at that size, for its tooltips; the static drawing stands in
 * until it has loaded, and on a touch screen, on paper and where Recharts cannot load, it stays: its bars filter on
 * a click like Recharts' own, and the chart's table has every figure.
 * The drawing is swapped only once Recharts' code is here, in one commit: a drawing swapped while its code loads
 * (a Suspense fallback) is a new element, and a click pressed on the old one and released on the new is no click.
 */
export function BarChart({ shape, ...spec }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(null);
  const printing = usePrinting();
  // Tooltips are for a pointer that hovers: a touch screen's tap (which also enters the box) filters at once.
  const [hovered, setHovered] = useState(false);
  const live = hovered && !printing;
  const enter = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || hovered) return;
    InteractiveBarChart.preload().then(
      () => startTransition(() => setHovered(true)),
      // The static drawing stays: its bars filter, and the chart's table has every figure.
      () => undefined,
    );
  };
  const drawing = (w: number, patternId: string, paper = printing): DrawingProps => {
    const s = shape(w, paper);
    const layout = barLayout({
      rows: spec.rows.map((r) => r.values),
      stacking: spec.stacking,
      width: w,
      rowHeight: s.rowHeight,
      extraHeight: s.extraHeight,
      minHeight: s.minHeight,
      margin: s.margin,
      axisWidth: s.axisWidth,
      barGap: spec.barGap,
      integer: spec.integer,
    });
    return { spec, shape: s, layout, patternId };
  };
  const patternId = `${spec.id}-hatch`;
  const measured = width === null ? null : drawing(width, patternId);
  return (
    <div ref={ref} className="chart-canvas" onPointerEnter={enter}>
      {spec.legend && <BarLegend series={spec.series} patternId={`${patternId}-key`} />}
      {measured === null ? (
        // Each in a Suspense boundary, which hydrates after the rest of the page: the measured drawing replaces both
        // first, so they are not hydrated, unless a tap on one comes before (React then hydrates that one at once).
        <>
          <Suspense>
            <StaticBarChart {...drawing(DRAFT.narrow, `${patternId}-n`, false)} fluid className="chart-if-narrow" />
          </Suspense>
          <Suspense>
            <StaticBarChart {...drawing(DRAFT.wide, `${patternId}-w`, false)} fluid className="chart-if-wide" />
          </Suspense>
        </>
      ) : live ? (
        <InteractiveBarChart {...measured} />
      ) : (
        <StaticBarChart {...measured} />
      )}
    </div>
  );
}
