/**
 * The one render helper for component tests: real i18next with the Russian files (or the
 * English ones, `lang`), the real school configuration, and the wizard at a given URL.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@/app/app';
import { createI18n } from '@/app/i18n';
import type { Language } from '@/app/language';
import { loadFlow } from '@/app/lazy-pages';
import { readLocation } from '@/app/location';
import type { Notice } from '@/app/wizard-context';
import { school } from '@/school';

export async function renderApp(search = '', notices: Notice[] = [], lang: Language = 'ru') {
  window.history.replaceState(null, '', `/${search}`);
  document.documentElement.lang = lang;
  const i18n = await createI18n(lang, school);
  const initial = readLocation(search);
  // A URL inside the question flow: load the lazy flow (code and words) before rendering, so the
  // first findBy… does not race a cold module transform on a busy machine.
  if (initial.page === 'flow') await loadFlow(i18n);
  const user = userEvent.setup();
  const view = render(<App i18n={i18n} initial={initial} notices={notices} />);
  return { ...view, user, i18n };
}
