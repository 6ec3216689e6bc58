// Types for scripts/chromium-flags.mjs, so TypeScript (tests/e2e) can import it without allowJs.
/** The flags every Chromium this project starts runs with. */
export declare const CHROMIUM_FLAGS: readonly string[];
