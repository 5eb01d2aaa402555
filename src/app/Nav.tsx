import { useT } from '../i18n';
import type { View } from '../state/types';
import { ViewLink } from '../ui/ViewLink';

export const MAIN_VIEWS: View[] = ['overview', 'projects', 'compare', 'map', 'timeline', 'context', 'sources'];

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
