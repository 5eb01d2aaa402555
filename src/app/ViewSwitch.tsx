import { Suspense } from 'react';
import { useAppStore } from '../state/store';
import { useT } from '../i18n';
import { VIEW_PAGES } from './views';

export function ViewSwitch() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const { Component } = VIEW_PAGES[view];
  return (
    <Suspense
      fallback={
        <p className="loading" role="status" data-loading>
          {t('loadingView')}
        </p>
      }
    >
      <Component />
    </Suspense>
  );
}
