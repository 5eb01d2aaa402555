import type { DataFileError } from '../data/load';
import { useT } from '../i18n';

export function ErrorPanel({ errors }: { errors: DataFileError[] }) {
  const t = useT();
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorTitle')}</h1>
      <p>{t('errorIntro')}</p>
      <ul>
        {errors.map((e) => (
          <li key={e.file}>
            <code>data/{e.file}</code>: {e.detail}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errorReload')}
      </button>
    </section>
  );
}
