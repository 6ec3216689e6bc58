// Types for scripts/entry-loader.mjs, so TypeScript (vite.config.ts, tests) can import it without allowJs.
/** The inline loader's exact text (its hash is in every copy of the Content-Security-Policy). */
export declare const ENTRY_LOADER: string;
/** The CSP source that allows exactly ENTRY_LOADER: 'sha256-…'. */
export declare const ENTRY_LOADER_HASH: string;
/** The localStorage key the loader reads the saved language from (src/app/storage.ts STORAGE_KEY). */
export declare const STORAGE_KEY_IN_LOADER: string;
/** The id of the <template> holding the start page in the language #root does not show. */
export declare const OTHER_START_PAGE_ID: string;
/** The language of the start page prerendered in #root; the template holds the other one. */
export declare const PRERENDERED_LANGUAGE: 'ru';
