import type { MouseEvent } from 'react';
import { useAppStore, urlStateOf } from '../state/store';
import { encodeUrlState } from '../state/url';
import type { View } from '../state/types';

/** Real links (they open in a new tab and work without script); a plain click switches the view in place. */
export function ViewLink({ view, children, className }: { view: View; children: React.ReactNode; className?: string }) {
  const current = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const href = useAppStore((s) => encodeUrlState({ ...urlStateOf(s), view }) || '?');
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    setView(view);
    window.scrollTo(0, 0);
    document.getElementById('content')?.focus({ preventScroll: true });
  };
  return (
    <a href={href} className={className} aria-current={current === view ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
