import { useT } from '../i18n';

export default function CompareView() {
  const t = useT();
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t('view.compare')}</h1>
    </section>
  );
}
