import type { ReactNode } from 'react';
import { useDataState } from '../data/DataContext';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { ErrorPanel } from './ErrorPanel';

/** Loading state, then the error panel or the views. The accessibility statement needs no data and always shows. */
export function DataGate({ children }: { children: ReactNode }) {
  const t = useT();
  const state = useDataState();
  const view = useAppStore((s) => s.view);
  if (view === 'accessibility') return <>{children}</>;
  if (!('ok' in state)) {
    return (
      <p className="loading" role="status" data-loading>
        {t('loading')}
      </p>
    );
  }
  if (!state.ok) return <ErrorPanel errors={state.errors} />;
  return <>{children}</>;
}
