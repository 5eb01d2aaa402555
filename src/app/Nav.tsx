import type { MouseEvent } from 'react';
import { useT } from '../i18n';
import { useAppStore, urlStateOf } from '../state/store';
import { encodeUrlState } from '../state/url';
import type { View } from '../state/types';

const MAIN_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'sources'];

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

export function Nav() {
  const t = useT();
  return (
    <nav className="nav" aria-label={t('navLabel')}>
      <ul>
        {MAIN_VIEWS.map((v) => (
          <li key={v}>
            <ViewLink view={v}>{t(`view.${v}`)}</ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
