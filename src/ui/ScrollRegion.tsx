import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table's horizontal scroll container. When its content is wider than the screen (a phone), keyboard users must
 * be able to scroll it, so it becomes a focusable, named region; when everything fits it adds no tab stop. The
 * prerendered page cannot measure, and a phone reads it before the app takes over, so it starts as a region.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
