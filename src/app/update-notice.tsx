/**
 * "A new version is out — Update": shown when the service worker has installed a newer build and
 * is waiting (vite-plugin-pwa, registerType 'prompt'). The page keeps running the version it
 * started with until the family presses the button, so old and new files never mix. The
 * registration itself (src/app/service-worker.ts) loads lazily after the page is idle and calls
 * offerUpdate() (./update-offer.ts); this module is tiny and has no dependency.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingUpdate, subscribeToUpdate } from './update-offer';

export function UpdateNotice() {
  const { t } = useTranslation();
  // The server (prerendering) and the first client render see no update: hydration matches.
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null);
  if (!apply) return null;
  return (
    <div className="notice notice--update" role="status">
      <p>{t('notice.newVersion')}</p>
      <button type="button" className="button button--secondary" onClick={apply}>
        {t('notice.update')}
      </button>
    </div>
  );
}
