import { startTransition, useLayoutEffect, useRef, useState } from 'react';
import { useMeasuredWidth } from './ChartsSuspense';
import { PAPER_CONTENT_WIDTH, usePrinting } from './usePrinting';

/**
 * The element's content width, following resizes. It starts at the width its deferred charts box measured (so the
 * first render is at the real size), else at `fallback` where layout is unknown (tests, the prerender).
 * While printing, `printWidth` whatever the screen: drawn for a wide screen it would be cut at the paper's edge,
 * drawn for a phone it would waste the page. A drawing wider than the paper is scaled down to it by print.css.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 720, printWidth = PAPER_CONTENT_WIDTH) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(useMeasuredWidth() ?? fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // In a transition: redrawing a map or a flow diagram at the measured width right after hydration would
    // otherwise be one synchronous render of the whole drawing, the longest task of a phone's page load.
    const measure = () => {
      if (el.clientWidth > 0) startTransition(() => setWidth(el.clientWidth));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const printing = usePrinting();
  return [ref, printing ? printWidth : width] as const;
}
