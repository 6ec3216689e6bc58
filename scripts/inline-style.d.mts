// Types for scripts/inline-style.mjs, so TypeScript (vite.config.ts, tests) can import it without allowJs.
export declare const INLINE_STYLE_SOURCE: string;
/** The inline <style>'s exact text (its hash is in the Content-Security-Policy). */
export declare const INLINE_STYLE: string;
/** The CSP source that allows exactly INLINE_STYLE: 'sha256-…'. */
export declare const INLINE_STYLE_HASH: string;
