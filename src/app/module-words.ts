/**
 * The WordSource of the build's prerendering (src/prerender/render.tsx) and of the tests: the
 * locale files read as modules, where there is no server to fetch them from. Never imported by the
 * app in the browser, which fetches them (fetchWords in i18n.ts).
 */
import type { WordSource } from './i18n';

// The Russian `common` is bundled in i18n.ts and set up with the instance.
const modules = import.meta.glob<{ default: unknown }>([
  '/locales/*/*.json',
  '!/locales/ru/common.json',
]);

export const moduleWords: WordSource = async (lang, ns) => {
  const load = modules[`/locales/${lang}/${ns}.json`];
  if (!load) throw new Error(`No locale file for ${lang}/${ns}`);
  return (await load()).default;
};
