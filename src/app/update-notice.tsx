/**
 * "A new version is out — Update": shown when the service worker has installed a newer build and
 * is waiting (vite-plugin-pwa, registerType 'prompt'). The page keeps running the version it
 * started with until the family presses the button, so old and new files never mix. The
 * registration itself (src/app/service-worker.ts) loads lazily after the page is idle and calls
 * offerUpdate(); this module is tiny and has no dependency.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

type Apply = () => void;

let pending: Apply | null = null;
const listeners = new Set<() => void>();

/** Called by the service-worker registration when a new version is waiting. */
export function offerUpdate(apply: Apply): void {
  pending = apply;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function UpdateNotice() {
  const { t } = useTranslation();
  // The server (prerendering) and the first client render see no update: hydration matches.
  const apply = useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
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
