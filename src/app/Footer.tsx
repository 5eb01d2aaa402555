import { useT } from '../i18n';
import { ViewLink } from '../ui/ViewLink';

export function Footer() {
  const t = useT();
  return (
    <footer className="footer">
      <p>{t('footerSource')}</p>
      <ul className="footer-links">
        <li>
          <ViewLink view="accessibility">{t('footerAccessibility')}</ViewLink>
        </li>
        <li>
          <ViewLink view="data">{t('footerData')}</ViewLink>
        </li>
        <li>
          <ViewLink view="glossary">{t('footerGlossary')}</ViewLink>
        </li>
        <li>
          <ViewLink view="changes">{t('footerChanges')}</ViewLink>
        </li>
      </ul>
    </footer>
  );
}
