import { Suspense, type ReactNode } from 'react';
import { useT } from '../i18n';

/** Holds the place of a lazily loaded chart chunk (Recharts arrives after the view's text has painted). */
export function ChartsSuspense({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <Suspense
      fallback={
        <p className="loading chart-placeholder" role="status" data-loading>
          {t('loadingView')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
