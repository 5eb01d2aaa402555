import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * A table's horizontal scroll container. When its content is wider than the screen (a phone), keyboard users must
 * be able to scroll it, so it becomes a focusable, named region; when everything fits it adds no tab stop. The
 * prerendered page cannot measure, and a phone reads it before the app takes over, so it starts as a region.
 * While it scrolls, a line above it says that the table goes on to the side: on a phone its cost and source
 * columns are out of sight (before the app measures, app.css shows that line on narrow screens only).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useT();
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
    <>
      {scrolls && (
        // Seen, not heard: a screen reader reads every column of the named region anyway.
        <p className="scroll-cue no-print" aria-hidden="true">
          {t('scrollCue')}
        </p>
      )}
      <div
        ref={ref}
        className="table-scroll"
        {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      >
        {children}
      </div>
    </>
  );
}
