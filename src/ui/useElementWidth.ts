import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { PAPER_CONTENT_WIDTH, usePrinting } from './usePrinting';

/**
 * The element's content width, following resizes. It starts at `fallback` where layout is unknown (tests, the
 * prerender and the hydration that must match it); `null` says so to a drawing that can do without a width.
 * While printing, `printWidth` whatever the screen: drawn for a wide screen it would be cut at the paper's edge,
 * drawn for a phone it would waste the page. A drawing wider than the paper is scaled down to it by print.css.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback?: number,
  printWidth?: number,
): readonly [RefObject<T | null>, number];
export function useElementWidth<T extends HTMLElement>(
  fallback: null,
  printWidth?: number,
): readonly [RefObject<T | null>, number | null];
export function useElementWidth<T extends HTMLElement>(
  fallback: number | null = 720,
  printWidth = PAPER_CONTENT_WIDTH,
) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // In a transition: redrawing a map or a flow diagram at the measured width right after hydration would
    // otherwise be one synchronous render of the whole drawing.
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
