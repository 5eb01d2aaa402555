import { createContext, Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

/** The width the deferred box measured when its charts mounted; charts start at it instead of a guess. */
const MeasuredWidth = createContext<number | null>(null);
export const useMeasuredWidth = () => useContext(MeasuredWidth);

/** Set for charts rendered for a reader without JavaScript: their frames show the table alternative, no drawing. */
const TablesOnly = createContext(false);
export const useTablesOnly = () => useContext(TablesOnly);

let revealed = false;
const revealListeners = new Set<() => void>();

/** Paper has no viewport to come near: printing draws every deferred chart, not only those a reader scrolled to. */
export function revealAllCharts() {
  if (revealed) return;
  revealed = true;
  revealListeners.forEach((show) => show());
}

/** Resolves once no chart on the page is waiting for its code or its turn, or after `limitMs`. */
export function chartsDrawn(limitMs = 8000): Promise<void> {
  const until = Date.now() + limitMs;
  return new Promise((done) => {
    const check = () =>
      !document.querySelector('.chart-placeholder') || Date.now() > until ? done() : setTimeout(check, 100);
    check();
  });
}

/**
 * Holds the place of charts until they come near the viewport, then loads their chunk and renders them at the
 * measured width. The box keeps its reserved height (`reserveClass`, CSS) meanwhile, so nothing below it moves; the
 * prerendered page and the hydration render the placeholder, and Recharts' code and work wait for a reader.
 * Without JavaScript nothing comes: the prerendered page carries the charts' tables in a <noscript> instead.
 */
export function ChartsSuspense({ children, reserveClass }: { children: ReactNode; reserveClass: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = box.current!;
    const show = () => setWidth(el.clientWidth);
    if (revealed || typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && (observer.disconnect(), show()),
      { rootMargin: '300px 0px' },
    );
    observer.observe(el);
    revealListeners.add(show);
    return () => {
      observer.disconnect();
      revealListeners.delete(show);
    };
  }, []);
  // Only a requested chunk is marked data-loading: a box still waiting for the reader has nothing on the way.
  const placeholder = (loading: boolean) => (
    <p className="loading chart-placeholder" role="status" data-loading={loading || undefined}>
      {t('loadingView')}
    </p>
  );
  return (
    <div ref={box} className={width === null ? `deferred ${reserveClass}` : 'deferred'}>
      {width === null ? (
        <>
          {placeholder(false)}
          {/* The client never renders a noscript's children; the prerender needs the charts' code (app/views). */}
          <noscript>
            <TablesOnly.Provider value={true}>
              <Suspense fallback={null}>{children}</Suspense>
            </TablesOnly.Provider>
          </noscript>
        </>
      ) : (
        <MeasuredWidth.Provider value={width || null}>
          <Suspense fallback={placeholder(true)}>{children}</Suspense>
        </MeasuredWidth.Provider>
      )}
    </div>
  );
}
