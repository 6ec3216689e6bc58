/**
 * The one waiting update, if any: set by the service-worker registration (offerUpdate), read by
 * the UpdateNotice component through useSyncExternalStore. Apart from update-notice.tsx, so that
 * module exports only its component (Fast Refresh) and the registration does not import React.
 */
type Apply = () => void;

let pending: Apply | null = null;
const listeners = new Set<() => void>();

/** Called by the service-worker registration when a new version is waiting. */
export function offerUpdate(apply: Apply): void {
  pending = apply;
  for (const listener of listeners) listener();
}

export const subscribeToUpdate = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const pendingUpdate = (): Apply | null => pending;
