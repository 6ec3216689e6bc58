/**
 * i18next with Russian bundled (the source language and the common case) and
 * English loaded on demand, so a Russian-speaking parent downloads no English.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ruChecklist from '@locales/ru/checklist.json';
import ruCommon from '@locales/ru/common.json';
import ruLegal from '@locales/ru/legal.json';
import ruQuestions from '@locales/ru/questions.json';
import ruTeacher from '@locales/ru/teacher.json';
import ruTroubles from '@locales/ru/troubles.json';
import type { SchoolConfig } from '@/school';
import type { Language } from './language';

export const ruResources = {
  common: ruCommon,
  questions: ruQuestions,
  checklist: ruChecklist,
  troubles: ruTroubles,
  legal: ruLegal,
  teacher: ruTeacher,
};
export type Resources = typeof ruResources;
export const namespaces = Object.keys(ruResources) as (keyof Resources)[];

async function loadEnglish(): Promise<Resources> {
  const [common, questions, checklist, troubles, legal, teacher] = await Promise.all([
    import('@locales/en/common.json'),
    import('@locales/en/questions.json'),
    import('@locales/en/checklist.json'),
    import('@locales/en/troubles.json'),
    import('@locales/en/legal.json'),
    import('@locales/en/teacher.json'),
  ]);
  return {
    common: common.default,
    questions: questions.default,
    checklist: checklist.default,
    troubles: troubles.default,
    legal: legal.default,
    teacher: teacher.default,
  } as Resources;
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

export async function ensureLanguage(instance: i18n, lang: Language): Promise<void> {
  if (lang === 'en' && !instance.hasResourceBundle('en', 'common')) {
    const en = await loadEnglish();
    for (const ns of namespaces) instance.addResourceBundle('en', ns, en[ns], true, true);
  }
}

export async function setLanguage(
  instance: i18n,
  lang: Language,
  school: SchoolConfig,
): Promise<void> {
  await ensureLanguage(instance, lang);
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
    ns: namespaces,
    defaultNS: 'common',
    resources: { ru: ruResources },
    interpolation: { escapeValue: false, defaultVariables: schoolVariables(school, 'ru') },
    returnNull: false,
    initAsync: false,
  });
  if (lang !== 'ru') await setLanguage(instance, lang, school);
  return instance;
}
