import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n } from './app/i18n';
import { chooseLanguage } from './app/language';
import { readLocation } from './app/location';
import { loadStore, saveStore } from './app/storage';
import type { Notice } from './app/wizard-context';
import { school } from './school';
import './styles/global.css';

async function boot() {
  const initial = readLocation(window.location.search);
  const { store, dropped } = loadStore();
  const choice = chooseLanguage({
    param: initial.lang,
    stored: store.lang,
    browser: navigator.languages,
  });
  if (initial.lang !== null && !choice.unknownParam) saveStore({ ...store, lang: choice.lang });
  const notices: Notice[] = [
    ...(initial.errors.length > 0 ? (['badLink'] as const) : []),
    ...(dropped ? (['badStorage'] as const) : []),
    ...(choice.unknownParam ? (['badLang'] as const) : []),
  ];
  const i18n = await createI18n(choice.lang, school);
  document.documentElement.lang = choice.lang;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} initial={initial} notices={notices} />
    </StrictMode>,
  );
}

void boot();
