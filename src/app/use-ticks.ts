import { useCallback, useState } from 'react';
import { encodeLink, type Answers } from '@machines/index';
import { loadStore, saveStore } from './storage';

/** The family's ticked steps, kept on this device under its answers. */
export function useTicks(answers: Answers) {
  const family = encodeLink({ answers });
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(loadStore().store.ticks[family] ?? []),
  );
  const toggle = useCallback(
    (stepId: string, done: boolean) => {
      setTicked((current) => {
        const next = new Set(current);
        if (done) next.add(stepId);
        else next.delete(stepId);
        const { store } = loadStore();
        saveStore({ ...store, ticks: { ...store.ticks, [family]: [...next] } });
        return next;
      });
    },
    [family],
  );
  return { ticked, toggle };
}
