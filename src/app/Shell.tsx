import { useT } from '../i18n';
import { usePruneUnknownIds } from '../state/usePruneUnknownIds';
import { Header } from './Header';
import { Nav } from './Nav';
import { DataGate } from './DataGate';
import { ViewSwitch } from './ViewSwitch';
import { Footer } from './Footer';

export function Shell() {
  const t = useT();
  usePruneUnknownIds();
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Header />
      <Nav />
      <main id="content" tabIndex={-1} className="main">
        <DataGate>
          <ViewSwitch />
        </DataGate>
      </main>
      <Footer />
    </div>
  );
}
