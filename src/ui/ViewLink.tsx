import type { ReactNode } from 'react';
import { useAppStore } from '../state/store';
import type { View } from '../state/types';
import { AppLink } from './AppLink';

const focusContent = () => {
  window.scrollTo(0, 0);
  document.getElementById('content')?.focus({ preventScroll: true });
};

/** A link to a view, marked as the current page where it is; a plain click switches the view in place. */
export function ViewLink({ view, children, className }: { view: View; children: ReactNode; className?: string }) {
  const current = useAppStore((s) => s.view);
  return (
    <AppLink
      to={{ view }}
      className={className}
      aria-current={current === view ? 'page' : undefined}
      onNavigate={focusContent}
    >
      {children}
    </AppLink>
  );
}
