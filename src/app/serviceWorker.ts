import { Workbox } from 'workbox-window';
import { offerUpdate } from './updateNote';

/**
 * Registers the service worker the site build writes (dist/sw.js, Workbox: the release's pages, assets and data for
 * offline use), scoped to the site's base path. When a new release's worker has stored its files and waits, or
 * another tab has let it take over, the page offers a reload (UpdateNote.tsx): the waiting worker takes over first,
 * then the page reloads into the new release.
 */
export function registerServiceWorker(base: string): void {
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  wb.addEventListener('waiting', () =>
    offerUpdate(() => {
      wb.addEventListener('controlling', reload);
      wb.messageSkipWaiting();
    }),
  );
  wb.addEventListener('controlling', (event) => {
    if (event.isExternal) offerUpdate(reload);
  });
  wb.register().catch((error: unknown) => console.warn('The site will not work offline:', error));
}
