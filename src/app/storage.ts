/**
 * What the device keeps: the language and the ticked steps per family (keyed by
 * the family's answers as a link). Nothing else. Stored data are untrusted: they
 * are parsed with zod, and anything unreadable is dropped, never thrown.
 */
import * as z from 'zod/mini';
import { languages, type Language } from './language';

export const STORAGE_KEY = 'gosuslugi-school-wizard';
export const STORAGE_VERSION = 1;
const MAX_BYTES = 64 * 1024;
const MAX_FAMILIES = 20;

const stepId = z.string().check(z.maxLength(64), z.regex(/^[A-Za-z0-9.]+$/));
const storedSchema = z.object({
  v: z.literal(STORAGE_VERSION),
  lang: z.optional(z.enum(languages)),
  ticks: z.record(z.string().check(z.maxLength(600)), z.array(stepId).check(z.maxLength(200))),
});
export type Stored = z.infer<typeof storedSchema>;

export const emptyStore = (): Stored => ({ v: STORAGE_VERSION, ticks: {} });

export interface LoadResult {
  readonly store: Stored;
  /** True when something was stored but could not be used (and was dropped). */
  readonly dropped: boolean;
}

/** Parses a stored string; older or broken values are dropped cleanly. */
export function parseStore(raw: string | null): LoadResult {
  if (raw === null) return { store: emptyStore(), dropped: false };
  if (raw.length > MAX_BYTES) return { store: emptyStore(), dropped: true };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { store: emptyStore(), dropped: true };
  }
  const parsed = storedSchema.safeParse(json);
  if (parsed.success) return { store: parsed.data, dropped: false };
  // Version 0 never shipped; any other shape is from a future or broken build: keep only the language.
  const lang = (json as { lang?: unknown } | null)?.lang;
  const store = emptyStore();
  return {
    store:
      typeof lang === 'string' && (languages as readonly string[]).includes(lang)
        ? { ...store, lang: lang as Language }
        : store,
    dropped: true,
  };
}

export function serializeStore(store: Stored): string {
  // Keep the newest families only, so the store cannot grow without bound.
  const entries = Object.entries(store.ticks)
    .filter(([, ids]) => ids.length > 0)
    .slice(-MAX_FAMILIES);
  return JSON.stringify({ ...store, ticks: Object.fromEntries(entries) });
}

/** localStorage may be missing or throw (private mode, quota): the app then works without it. */
function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function loadStore(): LoadResult {
  try {
    return parseStore(safeStorage()?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return { store: emptyStore(), dropped: true };
  }
}

export function saveStore(store: Stored): void {
  try {
    safeStorage()?.setItem(STORAGE_KEY, serializeStore(store));
  } catch {
    // Quota or privacy mode: ticks then live for this visit only.
  }
}

export function clearStore(keepLanguage: Language | undefined): void {
  try {
    const storage = safeStorage();
    if (!storage) return;
    if (keepLanguage)
      storage.setItem(STORAGE_KEY, serializeStore({ ...emptyStore(), lang: keepLanguage }));
    else storage.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
