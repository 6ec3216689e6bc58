// The start page's only inline script: it loads the app's entry (src/boot.ts) after the first
// contentful paint, so nothing but the HTML and the stylesheet stands between a parent's tap on the
// class chat's link and the first screen (npm run perf; README "Performance").
//
// Why inline: any <script src> in the page is fetched by the browser's preload scanner at once,
// racing the stylesheet on a slow line, and Lighthouse's model counts every request made before the
// first paint as holding it up. The same goes for the web manifest and the icon, which this script
// also adds after the paint (none of them is needed to read the start page).
//
// It runs under the strict Content-Security-Policy by its hash (ENTRY_LOADER_HASH), which
// scripts/security-headers.mjs puts in the policy (the page's <meta>, `vite preview`, and
// deploy/nginx.conf after `npm run headers`; tests/unit/entry-loader-csp.test.ts checks them all).
// The file names come from data-* attributes (written at build time by
// scripts/deferred-entry-plugin.ts), so the script itself — and its hash — is the same in every
// build.
//
// A link to another page (`s=` a question or a checklist, `page=` the legal page; see
// src/app/location.ts) must not show the prerendered start page meanwhile: its markup is removed
// before the first paint and the app loads at once. So does a hidden tab, which paints nothing.
import { createHash } from 'node:crypto';

// Written out compactly (every byte is in the first response); the same code, spelled out:
//
//   const files = document.currentScript.dataset;      // data-entry, data-manifest, data-icon
//   let started = false;
//   function start() {                                  // once: the app, then manifest and icon
//     if (started) return; started = true;
//     add <script type="module" src=entry>, <link rel="manifest" href=manifest>,
//         <link rel="icon" href=icon> to <head>;
//   }
//   if (the query has s= or page=) { empty #root if it holds the prerendered page; start(); }
//   else {
//     the language, as src/app/language.ts chooses it: ?lang=, else the saved one (localStorage,
//     src/app/storage.ts), else the browser's first; if English, move the English start page out
//     of <template id="start-en"> into #root (data-lang="en", <html lang="en">), so the first
//     paint is already in the family's language and main.tsx hydrates it;
//     if (the tab is hidden, or the browser has no paint timing) start();
//     else { on the 'first-contentful-paint' entry: start() in the next task;
//            and start() after 3 s whatever happens (a paint entry that never comes). }
//   }
// It runs where it stands, at the end of <body>, before the browser paints anything.
export const STORAGE_KEY_IN_LOADER = 'gosuslugi-school-wizard';
export const ENTRY_LOADER =
  '(()=>{const d=document,f=d.currentScript.dataset,q=new URLSearchParams(location.search),' +
  "r=d.getElementById('root'),P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[]," +
  "a=(n,o)=>d.head.append(Object.assign(d.createElement(n),o)),k=v=>['ru','en'].includes(v)&&v;let s,g;" +
  "const go=()=>{s||(s=a('script',{type:'module',src:f.entry})||1," +
  "a('link',{rel:'manifest',href:f.manifest}),a('link',{rel:'icon',href:f.icon}))};" +
  "if(q.has('s')||q.has('page')){r&&r.dataset.prerendered&&(r.replaceChildren()," +
  "r.removeAttribute('data-prerendered'));go()}else{" +
  `try{g=JSON.parse(localStorage.getItem('${STORAGE_KEY_IN_LOADER}')).lang}catch(e){}` +
  "const l=k(q.get('lang'))||k(g)||(/^en/i.test(navigator.languages&&navigator.languages[0]||'')?'en':'ru')," +
  "e=d.getElementById('start-en');" +
  "if(l==='en'&&e&&r&&r.dataset.prerendered){r.replaceChildren(e.content);e.remove();" +
  "r.dataset.lang='en';d.documentElement.lang='en'}" +
  "if(d.hidden||!t.includes('paint'))go();" +
  "else{new P((l,o)=>{l.getEntriesByName('first-contentful-paint').length&&(o.disconnect()," +
  "setTimeout(go))}).observe({type:'paint',buffered:!0});setTimeout(go,3e3)}}})()";

/** The CSP source that allows exactly ENTRY_LOADER: 'sha256-…' (base64 of the UTF-8 text's digest). */
export const ENTRY_LOADER_HASH = `'sha256-${createHash('sha256').update(ENTRY_LOADER, 'utf8').digest('base64')}'`;
