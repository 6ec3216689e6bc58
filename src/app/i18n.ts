/**
 * i18next with the words the start page needs bundled (Russian `common`) and
 * everything else loaded when a page needs it, so a parent's phone downloads
 * only what the first screen shows. English is loaded only when chosen.
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

type Loader = () => Promise<{ default: unknown }>;
const loaders: Record<Language, Record<Namespace, Loader>> = {
  ru: {
    common: () => Promise.resolve({ default: ruCommon }),
    questions: () => import('@locales/ru/questions.json'),
    checklist: () => import('@locales/ru/checklist.json'),
    troubles: () => import('@locales/ru/troubles.json'),
    legal: () => import('@locales/ru/legal.json'),
    teacher: () => import('@locales/ru/teacher.json'),
  },
  en: {
    common: () => import('@locales/en/common.json'),
    questions: () => import('@locales/en/questions.json'),
    checklist: () => import('@locales/en/checklist.json'),
    troubles: () => import('@locales/en/troubles.json'),
    legal: () => import('@locales/en/legal.json'),
    teacher: () => import('@locales/en/teacher.json'),
  },
};

/** Loads one namespace of one language (e.g. the other language's teacher message). */
export async function loadBundle(instance: i18n, lang: Language, ns: Namespace): Promise<void> {
  if (instance.hasResourceBundle(lang, ns)) return;
  const { default: words } = await loaders[lang][ns]();
  instance.addResourceBundle(lang, ns, words, true, true);
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
