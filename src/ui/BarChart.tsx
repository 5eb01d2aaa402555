import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { barLayout } from './barLayout';
import { reloadableLazy } from './reloadableLazy';
import { BarLegend, StaticBarChart, type BarChartSpec, type BarShape, type DrawingProps } from './StaticBarChart';
import { useElementWidth } from './useElementWidth';
import { PAPER_CONTENT_WIDTH, usePrinting } from './usePrinting';

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
 * A bar chart drawn as static SVG, which Recharts replaces on the first interaction with it (pointer over it, a
 * press or a touch), for its tooltips: the page's first load carries no charting code. Before its box is measured
 * (the prerendered page, its hydration, a reader without JavaScript) the drawing comes in both shapes at the height
 * it keeps, and the box's width shows one (charts.css), so nothing moves when the measured drawing replaces them;
 * a third, paper's, is printed. On paper the static drawing is printed.
 */
export function BarChart({ shape, ...spec }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(null);
  const printing = usePrinting();
  const loaded = useLoadedOnInteraction(ref, InteractiveBarChart.preload);
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
  return (
    <div ref={ref} className="chart-canvas">
      {spec.legend && <BarLegend series={spec.series} patternId={`${patternId}-key`} />}
      {width === null ? (
        <>
          <StaticBarChart {...drawing(DRAFT.narrow, `${patternId}-n`, false)} fluid className="chart-if-narrow" />
          <StaticBarChart {...drawing(DRAFT.wide, `${patternId}-w`, false)} fluid className="chart-if-wide" />
          <StaticBarChart {...drawing(PAPER_CONTENT_WIDTH, `${patternId}-p`, true)} fluid className="chart-if-paper" />
        </>
      ) : loaded && !printing ? (
        <InteractiveBarChart {...drawing(width, patternId)} />
      ) : (
        <StaticBarChart {...drawing(width, patternId)} />
      )}
    </div>
  );
}

/**
 * Starts `load` on the first pointer, press or touch on the element; true once it has arrived. A press under way
 * holds the swap until its click has reached the static bar (replacing the bar under it would lose the click).
 * A failed download leaves the static drawing, which does all but the tooltips.
 */
function useLoadedOnInteraction(ref: RefObject<HTMLElement | null>, load: () => Promise<unknown>) {
  const [loaded, setLoaded] = useState(false);
  const [pressed, setPressed] = useState(false);
  const requested = useRef(false);
  const swapped = loaded && !pressed;
  useEffect(() => {
    const el = ref.current;
    if (!el || swapped) return;
    const request = () => {
      if (requested.current) return;
      requested.current = true;
      load().then(
        () => startTransition(() => setLoaded(true)),
        () => (requested.current = false),
      );
    };
    const press = () => {
      request();
      setPressed(true);
    };
    // After the click's own handlers: the static bar filters first.
    const release = () => setTimeout(() => setPressed(false));
    const listeners = [
      ['pointerenter', request],
      ['touchstart', press],
      ['pointerdown', press],
      ['click', release],
      ['pointercancel', release],
    ] as const;
    for (const [type, listener] of listeners) el.addEventListener(type, listener, { passive: true });
    return () => {
      for (const [type, listener] of listeners) el.removeEventListener(type, listener);
    };
  }, [ref, load, swapped]);
  return swapped;
}
