/**
 * i18next with the words the start page needs bundled (Russian `common`, part of the app's code)
 * and every other namespace fetched as a JSON file when a page needs it, so a parent's phone
 * downloads only what the screen shows, and words stay data: the build emits each locale file as
 * a hashed .json asset (cached for a year, precached by the service worker), never as JavaScript.
 * English is loaded only when chosen.
 *
 * Where the words come from is the WordSource: fetched in the browser (fetchWords), read as
 * modules by the build's prerendering and the tests (src/app/module-words.ts, setWordSource),
 * which run without a server to fetch from.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ruCommon from '@locales/ru/common.json';
import type { SchoolConfig } from '@/school';
import type { Language } from './language';

export interface Resources {
  common: typeof ruCommon;
  questions: typeof import('@locales/ru/questions.json');
  checklist: typeof import('@locales/ru/checklist.json');
  troubles: typeof import('@locales/ru/troubles.json');
  legal: typeof import('@locales/ru/legal.json');
  teacher: typeof import('@locales/ru/teacher.json');
}
export type Namespace = keyof Resources;
export const namespaces: readonly Namespace[] = [
  'common',
  'questions',
  'checklist',
  'troubles',
  'legal',
  'teacher',
];

/** Reads one namespace of one language: its words as the locale file holds them. */
export type WordSource = (lang: Language, ns: Namespace) => Promise<unknown>;

// Every locale file but the bundled Russian `common`, as the address of the .json file the build
// emits (build.assetsInlineLimit keeps them files: the CSP allows no fetch of data: URLs).
const wordFiles = import.meta.glob<string>(['/locales/*/*.json', '!/locales/ru/common.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The browser's WordSource: fetches the locale file from the app's own origin. */
export const fetchWords: WordSource = async (lang, ns) => {
  const url = wordFiles[`/locales/${lang}/${ns}.json`];
  if (!url) throw new Error(`No locale file for ${lang}/${ns}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
};

let wordSource: WordSource = fetchWords;

/**
 * Where the words come from, for every instance: the build's prerendering and the tests read them
 * as modules (src/app/module-words.ts); the browser keeps fetchWords.
 */
export function setWordSource(source: WordSource): void {
  wordSource = source;
}

// The loads under way, per instance: a page asked for while the start page's prefetch is still
// fetching the same file waits for that request instead of making a second one.
const pending = new WeakMap<i18n, Map<string, Promise<void>>>();

/** Loads one namespace of one language (e.g. the other language's teacher message). */
export function loadBundle(instance: i18n, lang: Language, ns: Namespace): Promise<void> {
  if (instance.hasResourceBundle(lang, ns)) return Promise.resolve();
  const loads = pending.get(instance) ?? new Map<string, Promise<void>>();
  pending.set(instance, loads);
  const key = lang + ns;
  let load = loads.get(key);
  if (!load) {
    load = wordSource(lang, ns)
      .then((words) => void instance.addResourceBundle(lang, ns, words, true, true))
      // Done or failed, it is no longer under way: a failed load is tried again next time.
      .finally(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/** Loads namespaces for the current language and for Russian, the fallback. */
export async function loadNamespaces(instance: i18n, list: readonly Namespace[]): Promise<void> {
  const lang: Language = instance.language === 'en' ? 'en' : 'ru';
  const langs: Language[] = lang === 'ru' ? ['ru'] : ['ru', 'en'];
  await Promise.all(langs.flatMap((l) => list.map((ns) => loadBundle(instance, l, ns))));
}

/** The school's facts, interpolated into every sentence that names them. */
export function schoolVariables(school: SchoolConfig, lang: Language) {
  return {
    schoolName: school.name[lang],
    schoolShortName: school.shortName[lang],
    inn: school.inn,
    officeRoom: school.office.room,
    officeFloor: school.office.floor,
    dnevnikHost: new URL(school.dnevnikUrl).host,
  };
}

/** Switches language, loading every namespace already in use for the new one first. */
export async function setLanguage(
  instance: i18n,
  lang: Language,
  school: SchoolConfig,
): Promise<void> {
  const inUse = namespaces.filter((ns) => instance.hasResourceBundle('ru', ns));
  await Promise.all(inUse.map((ns) => loadBundle(instance, lang, ns)));
  instance.options.interpolation = {
    ...instance.options.interpolation,
    defaultVariables: schoolVariables(school, lang),
  };
  await instance.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** A fresh, initialised i18next instance (tests make their own). */
export async function createI18n(lang: Language, school: SchoolConfig): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'ru',
    fallbackLng: 'ru',
    supportedLngs: ['ru', 'en'],
    ns: ['common'],
    defaultNS: 'common',
    resources: { ru: { common: ruCommon } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false, defaultVariables: schoolVariables(school, 'ru') },
    returnNull: false,
    initAsync: false,
  });
  if (lang !== 'ru') await setLanguage(instance, lang, school);
  return instance;
}
