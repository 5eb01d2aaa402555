import { useT } from '../i18n';

export default function MapView() {
  const t = useT();
  return (
    <section aria-labelledby="map-title">
      <h1 id="map-title">{t('view.map')}</h1>
    </section>
  );
}
