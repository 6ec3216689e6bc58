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
//   const param = ?lang= if it is ru or en;             // read from location.search by a pattern
//   let other;                                          // the page #root does not show, once found
//   function show(lang) {                               // the start page in `lang`
//     look up #root and the <template id="start-other"> (only now: see below);
//     if #root holds the prerendered page in the other language: swap its markup with the
//     template's content, keeping what it showed as the new `other` (a fragment of this document:
//     moving nodes there costs nothing before the first paint, unlike a move into the template's
//     own document), remove the template, set data-lang and <html lang>;
//   }
//   let started = false;
//   function start() {                                  // once, after the first paint
//     if (started) return; started = true;
//     if (no param) show(the saved language, if any: localStorage, src/app/storage.ts);
//     in the next task (so neither makes one long task): read the file names from this script's
//       data-* attributes (data-entry, data-manifest, data-icon) and add
//       <script type="module" src=entry>, <link rel="manifest">, <link rel="icon"> to <head>;
//   }
//   if (the query has s= or page=) { empty #root if it holds the prerendered page; start(); }
//   else {
//     lang = param, else the browser's first language: English if it starts with "en";
//     if (lang is not PRERENDERED_LANGUAGE) show(lang), so the first paint is in the family's
//       language and main.tsx hydrates it;
//     if (the tab is hidden, or the browser has no paint timing) start();
//     else { on the 'first-contentful-paint' entry: start() in the next task;
//            and start() after 3 s whatever happens (a paint entry that never comes). }
//   }
// It runs where it stands, at the end of <body>, before the browser paints anything.
//
// Before the paint it touches as little of the page as it can: on this machine every DOM
// interface a page's script touches first costs it 0.3–1 ms (its bindings are set up then), and
// Lighthouse counts that task 4× (1.6 ms instead of 2.8 ms for a Russian browser on the start page,
// measured by timing the script in 25 fresh pages). So a Russian browser on the start page, the
// usual case, runs only two patterns, reads navigator.languages and asks for the paint; the
// markup is looked up only when it must change, and the file names only after the paint.
//
// The saved language is read only after the first paint: the first localStorage access of a page
// is a synchronous round trip to the browser process (3–20 ms measured here in Chromium, on a
// loaded machine; Lighthouse counts that task 4×), and a first visit, the usual case, has nothing
// saved. The order of choice is that of src/app/language.ts (?lang=, the saved one, the browser's);
// a family that chose the language the browser does not prefer sees its own one frame later.
export const STORAGE_KEY_IN_LOADER = 'gosuslugi-school-wizard';
/** The <template> with the start page in the language #root does not show (prerender-plugin). */
export const OTHER_START_PAGE_ID = 'start-other';
/** The language of the start page prerendered in #root (the template holds the other one). */
export const PRERENDERED_LANGUAGE = 'ru';
export const ENTRY_LOADER =
  '(()=>{const d=document,q=location.search,P=window.PerformanceObserver,' +
  "k=v=>(v=='ru'||v=='en')&&v,p=k((/[?&]lang=([^&]*)/.exec(q)||[])[1]);let s,o,e;" +
  "const w=l=>{const r=d.getElementById('root');" +
  `if(!o&&(e=d.getElementById('${OTHER_START_PAGE_ID}')))o=e.content;` +
  'if(o&&r&&r.dataset.prerendered&&r.dataset.lang!==l){' +
  'const n=d.createDocumentFragment();n.append(...r.childNodes);r.replaceChildren(o);o=n;' +
  'e&&e.remove();r.dataset.lang=l;d.documentElement.lang=l}},' +
  'a=(n,x)=>d.head.append(Object.assign(d.createElement(n),x)),' +
  'go=()=>{if(!s){s=1;if(!p){let g;' +
  `try{g=JSON.parse(localStorage.getItem('${STORAGE_KEY_IN_LOADER}')).lang}catch(z){}k(g)&&w(g)}` +
  "setTimeout(()=>{const f=d.querySelector('script[data-entry]').dataset;" +
  "a('script',{type:'module',src:f.entry});a('link',{rel:'manifest',href:f.manifest});" +
  "a('link',{rel:'icon',href:f.icon})})}};" +
  "if(/[?&](s|page)(=|&|$)/.test(q)){const r=d.getElementById('root');" +
  "r&&r.dataset.prerendered&&(r.replaceChildren(),r.removeAttribute('data-prerendered'));go()}" +
  "else{const l=p||(/^en/i.test(navigator.languages&&navigator.languages[0]||'')?'en':'ru');" +
  `l!='${PRERENDERED_LANGUAGE}'&&w(l);` +
  "if(d.hidden||!(P&&(P.supportedEntryTypes||[]).includes('paint')))go();" +
  "else{new P((m,b)=>{m.getEntriesByName('first-contentful-paint').length&&(b.disconnect()," +
  "setTimeout(go))}).observe({type:'paint',buffered:!0});setTimeout(go,3e3)}}})()";

/** The CSP source that allows exactly ENTRY_LOADER: 'sha256-…' (base64 of the UTF-8 text's digest). */
export const ENTRY_LOADER_HASH = `'sha256-${createHash('sha256').update(ENTRY_LOADER, 'utf8').digest('base64')}'`;
