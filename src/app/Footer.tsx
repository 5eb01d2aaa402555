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
          <a href={`${import.meta.env.BASE_URL}data/projects.json`}>{t('footerData')}</a>
        </li>
      </ul>
    </footer>
  );
}
