import { useLayoutEffect, useRef, useState } from 'react';
import { useMeasuredWidth } from './ChartsSuspense';

/**
 * The element's content width, following resizes. It starts at the width its deferred charts box measured (so the
 * first render is at the real size), else at `fallback` where layout is unknown (tests, the prerender).
 */
export function useElementWidth<T extends HTMLElement>(fallback = 720) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(useMeasuredWidth() ?? fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
