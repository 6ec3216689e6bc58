// Types for scripts/serve-nginx.mjs, so TypeScript (tests/e2e) can import it without allowJs.

export interface ServeDistOptions {
  /** Directory to serve; defaults to dist/ of this repository. */
  root?: string;
  /** 0 (the default) lets the OS choose a free port. */
  port?: number;
  /** Defaults to 127.0.0.1 (loopback only). */
  host?: string;
  /** The server block to serve with, instead of deploy/nginx.conf (a page variant's copy). */
  source?: string;
}

export interface ServedDist {
  /** Base URL, ending with "/", e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

/** deploy/nginx.conf: the production server block the tests run. */
export declare const SERVER_BLOCK: string;
export declare const DEFAULT_NGINX_PATH: string;

/** The nginx executable (NGINX_PATH or /usr/sbin/nginx); throws with the install command if missing. */
export declare function findNginx(env?: NodeJS.ProcessEnv): string;

/** deploy/nginx.conf with one loopback `listen` and the given `root`. */
export declare function serverBlockFor(options: {
  root: string;
  port: number;
  host?: string;
  source?: string;
}): string;

/** Serves a build with nginx and deploy/nginx.conf from a temporary prefix; close() stops it. */
export declare function serveNginx(options?: ServeDistOptions): Promise<ServedDist>;
