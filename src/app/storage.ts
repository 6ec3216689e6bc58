/**
 * What the device keeps: the language, the ticked steps per family (keyed by the
 * family's answers as a link) and the link of the last checklist shown. Nothing else. Stored
 * data are untrusted: they are checked field by field, and anything unreadable is dropped,
 * never thrown.
 */
import { languages, type Language } from './language';

export const STORAGE_KEY = 'gosuslugi-school-wizard';
export const STORAGE_VERSION = 1;
const MAX_BYTES = 64 * 1024;
const MAX_FAMILIES = 20;
const MAX_FAMILY_KEY = 600;
const MAX_TICKS = 200;
const STEP_ID = /^[A-Za-z0-9.]{1,64}$/;
/** A link's query as the app writes it: bounded, and only characters a query can hold. */
const LAST_QUERY = /^[A-Za-z0-9=&._~%-]{1,600}$/;

export interface Stored {
  v: typeof STORAGE_VERSION;
  lang?: Language | undefined;
  ticks: Record<string, string[]>;
  /** The last checklist shown here, as its link's query (no "?"), for «Продолжить мой список». */
  last?: string | undefined;
}

/**
 * Checked by hand, not with zod: the start page reads the store while it boots, and zod would add
 * ~6 KB gzip to its JavaScript (README, "Performance"). Exactly the keys v, lang, ticks, last
 * (others are stripped); every family key and step id bounded.
 */
function readStored(json: unknown): Stored | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { v, lang, ticks, last } = json as Record<string, unknown>;
  if (v !== STORAGE_VERSION) return undefined;
  if (lang !== undefined && !(languages as readonly unknown[]).includes(lang)) return undefined;
  if (last !== undefined && !(typeof last === 'string' && LAST_QUERY.test(last))) return undefined;
  if (typeof ticks !== 'object' || ticks === null || Array.isArray(ticks)) return undefined;
  const read: Record<string, string[]> = {};
  for (const [family, ids] of Object.entries(ticks)) {
    if (family.length > MAX_FAMILY_KEY || !Array.isArray(ids) || ids.length > MAX_TICKS)
      return undefined;
    if (!ids.every((id) => typeof id === 'string' && STEP_ID.test(id))) return undefined;
    read[family] = [...(ids as string[])];
  }
  return {
    v,
    ...(lang === undefined ? {} : { lang: lang as Language }),
    ticks: read,
    ...(last === undefined ? {} : { last: last as string }),
  };
}

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
  const parsed = readStored(json);
  if (parsed) return { store: parsed, dropped: false };
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

/** Remembers the checklist just shown (its link's query), so the start page can offer it again. */
export function rememberChecklist(query: string): void {
  const { store } = loadStore();
  if (store.last !== query) saveStore({ ...store, last: query });
}

/** The query of the last checklist shown on this device, if any. */
export const lastChecklist = (): string | undefined => loadStore().store.last;

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
