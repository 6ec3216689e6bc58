// Types for scripts/security-headers.mjs, so TypeScript (vite.config.ts, tests) can import it without allowJs.
export declare const CONTENT_SECURITY_POLICY: string;
/** The policy minus what a <meta> cannot carry (frame-ancestors). */
export declare const CONTENT_SECURITY_POLICY_META: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const NGINX_BEGIN: string;
export declare const NGINX_END: string;
export declare function nginxHeaderBlock(): string;
export declare function withNginxHeaders(config: string): string;
