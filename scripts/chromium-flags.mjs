// The flags every Chromium this project starts runs with (the e2e tests, `npm run perf`, the
// variants tool): headless, and nothing that reaches for the network on its own (this machine has
// none). No --user-data-dir: Playwright and chrome-launcher each make a fresh profile per browser.
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
