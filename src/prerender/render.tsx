/**
 * Server-side entry for the build's prerendering (scripts/prerender-plugin.ts): the start page in
 * Russian for the default visit — the real App with the real i18n instance, exactly what
 * src/main.tsx renders for `/` — plus the static guide inside its <noscript>. main.tsx hydrates
 * this markup when a visit shows exactly that page.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { createI18n, loadNamespaces, setWordSource } from '@/app/i18n';
import { moduleWords } from '@/app/module-words';
import { readLocation } from '@/app/location';
import { school } from '@/school';
import { StaticGuide } from './static-guide';

export async function renderStartPage(): Promise<string> {
  // At build time there is no server to fetch the locale files from: read them as modules.
  setWordSource(moduleWords);
  const i18n = await createI18n('ru', school);
  // The guide's words; the start page itself needs only `common`, bundled in the app.
  await loadNamespaces(i18n, ['questions', 'checklist', 'troubles']);
  return renderToString(
    <StrictMode>
      <App i18n={i18n} initial={readLocation('')} notices={[]} staticGuide={<StaticGuide />} />
    </StrictMode>,
  );
}
