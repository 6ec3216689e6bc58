// Types for scripts/serve-dist.mjs, so TypeScript (tests/e2e) can import it without allowJs.
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
export declare function contentTypeOf(file: string): string;

export interface ServeDistOptions {
  /** Directory to serve; defaults to dist/ of this repository. */
  root?: string;
  /** 0 (the default) lets the OS choose a free port. */
  port?: number;
  /** Defaults to 127.0.0.1 (loopback only). */
  host?: string;
  /** Compress text like the production nginx (gzip level 6); off by default. */
  gzip?: boolean;
}

export interface ServedDist {
  /** Base URL, ending with "/", e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

export declare function serveDist(options?: ServeDistOptions): Promise<ServedDist>;
