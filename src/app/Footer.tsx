import { useT, type MessageKey } from '../i18n';
import type { View } from '../state/types';
import { ViewLink } from '../ui/ViewLink';

const FOOTER_LINKS: Array<[View, MessageKey]> = [
  ['accessibility', 'footerAccessibility'],
  ['data', 'footerData'],
  ['glossary', 'footerGlossary'],
  ['changes', 'footerChanges'],
];

export function Footer() {
  const t = useT();
  return (
    <footer className="footer">
      <p>{t('footerSource')}</p>
      <ul className="footer-links">
        {FOOTER_LINKS.map(([view, label]) => (
          <li key={view}>
            <ViewLink view={view}>{t(label)}</ViewLink>
          </li>
        ))}
      </ul>
    </footer>
  );
}
