import type { ReactNode } from 'react';
import { useDataState } from '../data/DataContext';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';

/**
 * Loading state, then the views. A file that failed to load does not stop them here: a view that reads it shows
 * the data error panel in its error boundary, the others work. The accessibility statement needs no data.
 */
export function DataGate({ children }: { children: ReactNode }) {
  const t = useT();
  const state = useDataState();
  const view = useAppStore((s) => s.view);
  if (view === 'accessibility' || 'ok' in state) return <>{children}</>;
  return (
    <p className="loading" role="status" data-loading>
      {t('loading')}
    </p>
  );
}
