import { useSyncExternalStore } from 'react';
import { useT } from '../i18n';
import { onUpdateOffered, updateOffered } from './updateNote';

/**
 * 'A new release is available – reload the page', with the button that does: shown once the service worker has
 * the new release's pages and data (src/app/serviceWorker.ts); the prerendered page never has it.
 */
export function UpdateNote() {
  const t = useT();
  const reload = useSyncExternalStore(onUpdateOffered, updateOffered, () => null);
  if (!reload) return null;
  return (
    <div className="notice update-note no-print" role="status" data-testid="update-note">
      <p>{t('updateAvailable')}</p>
      <button type="button" onClick={reload}>
        {t('updateReload')}
      </button>
    </div>
  );
}
