import { useT } from '../i18n';
import { Header } from './Header';
import { Nav } from './Nav';
import { DataGate } from './DataGate';
import { ViewSwitch } from './ViewSwitch';
import { Footer } from './Footer';
import { UpdateNote } from './UpdateNote';
import { usePageTitle } from './useDocumentSettings';
import { PageTools } from '../ui/PageTools';
import { Citation } from '../ui/Citation';
import { ReleaseNotice } from '../ui/ReleaseNotice';
import { useAppStore } from '../state/store';

export function Shell() {
  const t = useT();
  usePageTitle();
  const view = useAppStore((s) => s.view);
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Header />
      <Nav />
      <div className="page-bar">
        <PageTools title={`${t('appTitle')} – ${t(`view.${view}`)}`} />
        <Citation />
      </div>
      <main id="content" tabIndex={-1} className="main">
        <ReleaseNotice />
        <DataGate>
          <ViewSwitch />
        </DataGate>
      </main>
      <Footer />
      <UpdateNote />
    </div>
  );
}
