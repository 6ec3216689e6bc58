// Russian is the source language; English mirrors every key. Compares the two locale trees after
// removing i18next plural suffixes, checks each language has the plural forms its grammar needs,
// that no text is empty and that both languages use the same {{variables}} for each key.
import { createInstance, type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  flatLanguage,
  loadLanguage,
  splitPlural,
  variablesOf,
  type Json,
  type Lang,
} from './support/locale-files';

const ru = flatLanguage('ru');
const en = flatLanguage('en');
const flat: Record<Lang, Map<string, Json>> = { ru, en };
/** checklist:steps.<id>.clicks — the one key whose value is a list (an array of strings). */
const isClickPath = (key: string) => /^checklist:steps\.\w+\.clicks$/.test(key);
/** A text or a list of texts as one string, for the {{variable}} checks. */
const textOf = (value: Json | undefined): string =>
  typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string').join('\n')
      : '';

/** base key -> the plural forms present ("" for a key without a suffix). */
function formsByBase(map: Map<string, Json>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of map.keys()) {
    const { base, form } = splitPlural(key);
    const set = out.get(base) ?? new Set<string>();
    set.add(form ?? '');
    out.set(base, set);
  }
  return out;
}
const forms: Record<Lang, Map<string, Set<string>>> = { ru: formsByBase(ru), en: formsByBase(en) };

/** The cardinal plural categories a language needs, from the platform's CLDR data. */
const categories = (lang: Lang) =>
  new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

describe('ru ⇄ en locale parity', () => {
  it('both languages have the same namespace files', () => {
    expect(Object.keys(loadLanguage('en')).sort()).toEqual(Object.keys(loadLanguage('ru')).sort());
    expect(Object.keys(loadLanguage('ru')).length).toBeGreaterThan(0);
  });

  it('both languages have the same keys once plural suffixes are removed', () => {
    const ruBases = [...forms.ru.keys()];
    const enBases = [...forms.en.keys()];
    expect(
      enBases.filter((k) => !forms.ru.has(k)),
      'keys only in English',
    ).toEqual([]);
    expect(
      ruBases.filter((k) => !forms.en.has(k)),
      'keys only in Russian',
    ).toEqual([]);
  });

  it('no key is both a plural and a plain key, and a key is never a plural in one language only', () => {
    const problems: string[] = [];
    for (const lang of ['ru', 'en'] as const) {
      for (const [base, set] of forms[lang]) {
        if (set.has('') && set.size > 1) problems.push(`${lang} ${base}: plain and plural forms`);
        const other = forms[lang === 'ru' ? 'en' : 'ru'].get(base);
        if (other && set.has('') !== other.has(''))
          problems.push(`${lang} ${base}: plural in one language only`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the CLDR categories assumed here are the ones i18next uses', () => {
    expect(categories('ru').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(categories('en').sort()).toEqual(['one', 'other']);
  });

  it.each(['ru', 'en'] as const)(
    '%s plural keys have every form the language needs and no form it lacks',
    (lang) => {
      const needed = categories(lang);
      const problems: string[] = [];
      for (const [base, set] of forms[lang]) {
        if (set.has('')) continue;
        const missing = needed.filter((c) => !set.has(c));
        // _zero is i18next's optional special case for count 0 in any language.
        const extra = [...set].filter((f) => f !== 'zero' && !needed.includes(f));
        if (missing.length) problems.push(`${base}: missing _${missing.join(', _')}`);
        if (extra.length)
          problems.push(`${base}: _${extra.join(', _')} is not a ${lang} plural form`);
      }
      expect(problems).toEqual([]);
      // The Russian source must really carry plurals (children.count, checklist.doneCount …).
      expect([...forms[lang].values()].some((s) => !s.has(''))).toBe(true);
    },
  );

  it.each(['ru', 'en'] as const)('%s has no empty or non-string texts', (lang) => {
    // A step's click path is the one list: an array of non-empty strings, one action per item.
    const ok = (k: string, v: Json) =>
      isClickPath(k)
        ? Array.isArray(v) &&
          v.length > 0 &&
          v.every((item) => typeof item === 'string' && item.trim() !== '')
        : typeof v === 'string' && v.trim() !== '';
    const bad = [...flat[lang]]
      .filter(([k, v]) => !ok(k, v))
      .map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
    expect(bad).toEqual([]);
  });

  it('every click path has the same number of actions in both languages, each with the same {{variables}}', () => {
    const paths = [...ru.keys()].filter(isClickPath);
    expect(paths.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const key of paths) {
      const r = ru.get(key);
      const e = en.get(key);
      if (!Array.isArray(r) || !Array.isArray(e)) continue; // reported above
      if (r.length !== e.length)
        problems.push(`${key}: ${r.length} items in ru, ${e.length} in en`);
      r.forEach((item, i) => {
        const other = e[i];
        if (typeof item !== 'string' || typeof other !== 'string') return;
        if (JSON.stringify(variablesOf(item)) !== JSON.stringify(variablesOf(other)))
          problems.push(`${key}[${i}]: different variables`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('each key uses the same {{variables}} in both languages', () => {
    const problems: string[] = [];
    for (const [base, set] of forms.ru) {
      if (!forms.en.has(base)) continue; // reported by the key test
      const varsOf = (lang: Lang, s: Set<string>) =>
        [...s].map((f) => {
          const key = f === '' ? base : `${base}_${f}`;
          const value = flat[lang].get(key);
          return { key, vars: JSON.stringify(variablesOf(textOf(value))) };
        });
      const all = [...varsOf('ru', set), ...varsOf('en', forms.en.get(base) ?? new Set())];
      const first = all[0]?.vars;
      const odd = all.filter((x) => x.vars !== first);
      if (odd.length) problems.push(`${base}: ${all.map((x) => `${x.key}=${x.vars}`).join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('interpolation only uses the documented variables', () => {
    // docs/content-keys.md: school facts are always interpolated; the rest are per-screen values.
    const known = new Set([
      'schoolName',
      'schoolShortName',
      'inn',
      'officeRoom',
      'officeFloor',
      'dnevnikHost',
      'classLabel',
      'question',
      'title',
      'current',
      'total',
      'count',
      'url',
      'link',
      // the checklist's own words (locales/*/checklist.json view): a step's title, a date
      'step',
      'date',
    ]);
    const unknown = [...ru, ...en].flatMap(([k, v]) =>
      variablesOf(textOf(v))
        .filter((x) => !known.has(x))
        .map((x) => `${k}: ${x}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('plurals through i18next itself', () => {
  let ruI18n: i18n;
  let enI18n: i18n;
  beforeAll(async () => {
    const init = async (lang: Lang) => {
      const instance = createInstance();
      await instance.init({
        lng: lang,
        fallbackLng: false,
        defaultNS: 'common',
        resources: { [lang]: loadLanguage(lang) },
        interpolation: { escapeValue: false },
        initAsync: false,
      });
      return instance;
    };
    ruI18n = await init('ru');
    enI18n = await init('en');
  });

  it.each([
    [1, '1 ребёнок'],
    [2, '2 ребёнка'],
    [4, '4 ребёнка'],
    [5, '5 детей'],
    [11, '11 детей'],
    [12, '12 детей'],
    [21, '21 ребёнок'],
    [22, '22 ребёнка'],
    [25, '25 детей'],
    [111, '111 детей'],
  ])('ru children.count with count %i is «%s»', (count, expected) => {
    expect(ruI18n.t('children.count', { count })).toBe(expected);
  });

  it.each([
    [1, '1 child'],
    [2, '2 children'],
    [5, '5 children'],
    [21, '21 children'],
  ])('en children.count with count %i is "%s"', (count, expected) => {
    expect(enI18n.t('children.count', { count })).toBe(expected);
  });

  it('ru checklist.doneCount resolves for every plural category', () => {
    for (const count of [1, 2, 5, 21]) {
      expect(ruI18n.t('checklist.doneCount', { count, total: 30 })).toBe(`Сделано ${count} из 30`);
    }
  });
});
