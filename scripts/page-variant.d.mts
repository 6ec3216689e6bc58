// Types for scripts/page-variant.mjs, so TypeScript (tests) can import it without allowJs.
export interface InlineHashes {
  /** 'sha256-…' of every inline <style>, in page order. */
  styles: string[];
  /** 'sha256-…' of every <script> without src, in page order. */
  scripts: string[];
}
/** The CSP hash sources of a page's inline blocks. */
export declare function inlineHashes(html: string): InlineHashes;
/** `text` with every script-src and style-src set to 'self' plus the hashes; throws if it has none. */
export declare function withPolicyHashes(text: string, hashes: InlineHashes): string;
/** Gives dir/index.html its own hashes, rewrites index.html.gz, returns the matching server block. */
export declare function preparePageVariant(
  dir: string,
  serverBlockText: string,
): { html: string; hashes: InlineHashes; serverBlock: string };
