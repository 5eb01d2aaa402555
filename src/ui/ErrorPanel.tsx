import type { DataFileError } from '../data/fetchData';
import { useLang, useT } from '../i18n';

/** The data files a view needs that could not be used, each problem worded in the page's language. */
export function ErrorPanel({ errors }: { errors: DataFileError[] }) {
  const t = useT();
  const m = useT('error');
  const lang = useLang();
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorTitle')}</h1>
      <p>{t('errorIntro')}</p>
      <ul>
        {errors.map(({ file, problem }) => (
          <li key={file}>
            <code>data/{file}</code>:{' '}
            {problem.kind === 'http' ? m('problem.http', { status: problem.status }) : m(`problem.${problem.kind}`)}
            {problem.kind !== 'http' && (
              <>
                {' '}
                <span className="error-technical">
                  ({m('technical')}: <span lang={lang === 'en' ? undefined : 'en'}>{problem.message}</span>)
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errorReload')}
      </button>
    </section>
  );
}
