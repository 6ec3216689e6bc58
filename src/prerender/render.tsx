/**
 * Server-side entry for the build's prerendering (scripts/prerender-plugin.ts):
 *   - the start page for the default visit in each language — the real App with the real i18n
 *     instance, exactly what src/main.tsx renders for `/` — with, in its <noscript>, the link to
 *     the guide page. dist/index.html carries the Russian one in #root and the English one in a
 *     <template> the inline loader swaps in for an English-speaking browser; main.tsx hydrates
 *     whichever is shown when the visit shows exactly that page;
 *   - the guide page for browsers without JavaScript (dist/guide.html), in Russian.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { App } from '@/app/app';
import { createI18n, loadNamespaces, setWordSource } from '@/app/i18n';
import type { Language } from '@/app/language';
import { moduleWords } from '@/app/module-words';
import { readLocation } from '@/app/location';
import { school } from '@/school';
import { GuideLink, GuidePage } from './guide-page';

export async function renderStartPage(lang: Language): Promise<string> {
  // At build time there is no server to fetch the locale files from: read them as modules.
  setWordSource(moduleWords);
  const i18n = await createI18n(lang, school);
  return renderToString(
    <StrictMode>
      <App i18n={i18n} initial={readLocation('')} notices={[]} noscript={<GuideLink />} />
    </StrictMode>,
  );
}

export async function renderGuidePage(): Promise<string> {
  setWordSource(moduleWords);
  const i18n = await createI18n('ru', school);
  // The guide's words; the start page itself needs only `common`.
  await loadNamespaces(i18n, ['questions', 'checklist', 'troubles']);
  return renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <GuidePage />
      </I18nextProvider>
    </StrictMode>,
  );
}
