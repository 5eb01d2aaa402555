import { useDataset } from '../data/DataContext';
import { formatNumber, useLang, useT } from '../i18n';

export default function OverviewView() {
  const t = useT();
  const lang = useLang();
  const d = useDataset();
  const counts: Array<[string, number]> = [
    [t('countsProjects'), d.projects.length],
    [t('countsThemes'), d.themes.length],
    [t('countsMunicipalities'), d.regions.municipalities.length],
    [t('countsQuality'), d.quality.length],
  ];
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('view.overview')}</h1>
      <dl className="key-figures">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(lang, n)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
