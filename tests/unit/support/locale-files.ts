/**
 * The locale files as the content tests see them: read from disk (so a new
 * namespace file is checked without touching the tests), flattened to dotted keys.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const localesDir = path.join(root, 'locales');
export const languages = ['ru', 'en'] as const;
export type Lang = (typeof languages)[number];

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Bundle = Record<string, Json>;

/** Namespace -> parsed JSON object, for one language. */
export function loadLanguage(lang: Lang): Record<string, Bundle> {
  const dir = path.join(localesDir, lang);
  const out: Record<string, Bundle> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[file.replace(/\.json$/, '')] = JSON.parse(
      readFileSync(path.join(dir, file), 'utf8'),
    ) as Bundle;
  }
  return out;
}

/** Leaf values by dotted key ("start.forClass.students"); non-object leaves of any type. */
export function flatten(value: Json, prefix = ''): Map<string, Json> {
  const out = new Map<string, Json>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else out.set(prefix, value);
  return out;
}

/** Every leaf of a language as "namespace:dotted.key" -> value. */
export function flatLanguage(lang: Lang): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const [ns, bundle] of Object.entries(loadLanguage(lang))) {
    for (const [k, v] of flatten(bundle)) out.set(`${ns}:${k}`, v);
  }
  return out;
}

/** i18next's plural suffixes (cardinal). */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const pluralRe = new RegExp(`_(${pluralSuffixes.join('|')})$`);

/** "children.count_few" -> { base: "children.count", form: "few" }; other keys: form undefined. */
export function splitPlural(key: string): { base: string; form: string | undefined } {
  const m = pluralRe.exec(key);
  return m ? { base: key.slice(0, m.index), form: m[1] } : { base: key, form: undefined };
}

/** The set of base keys (plural suffixes removed) of a flattened language. */
export const baseKeys = (flat: Map<string, Json>): Set<string> =>
  new Set([...flat.keys()].map((k) => splitPlural(k).base));

/** {{variable}} names in a string (i18next interpolation, with or without a format). */
export function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? '').sort();
}
