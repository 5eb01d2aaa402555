import { createContext, Suspense, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n';

/** The width the deferred box measured when its charts mounted; charts start at it instead of a guess. */
const MeasuredWidth = createContext<number | null>(null);
export const useMeasuredWidth = () => useContext(MeasuredWidth);

/**
 * Holds the place of charts until they come near the viewport, then loads their chunk and renders them at the
 * measured width. The box keeps its reserved height (`reserveClass`, CSS) meanwhile, so nothing below it moves; the
 * prerendered page and the hydration render the placeholder, and Recharts' code and work wait for a reader.
 */
export function ChartsSuspense({ children, reserveClass }: { children: ReactNode; reserveClass: string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = box.current!;
    const show = () => setWidth(el.clientWidth);
    if (typeof IntersectionObserver === 'undefined') return show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && (observer.disconnect(), show()), { rootMargin: '300px 0px' });
    observer.observe(el);
    return () => observer.disconnect();
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
        placeholder(false)
      ) : (
        <MeasuredWidth.Provider value={width || null}>
          <Suspense fallback={placeholder(true)}>{children}</Suspense>
        </MeasuredWidth.Provider>
      )}
    </div>
  );
}
