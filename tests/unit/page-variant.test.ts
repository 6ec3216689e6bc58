// scripts/page-variant.mjs makes an edited copy of the built page servable as itself, so that
// scripts/perf-variants.mjs times the variant and not the original (or an unstyled page).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTRY_LOADER, ENTRY_LOADER_HASH } from '../../scripts/entry-loader.mjs';
import { INLINE_STYLE, INLINE_STYLE_HASH } from '../../scripts/inline-style.mjs';
import { inlineHashes, preparePageVariant, withPolicyHashes } from '../../scripts/page-variant.mjs';
import { CONTENT_SECURITY_POLICY_META } from '../../scripts/security-headers.mjs';
import { SERVER_BLOCK } from '../../scripts/serve-nginx.mjs';

const page = (style: string, loader: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />` +
  `<style>${style}</style></head><body><div id="root"></div>` +
  `<script type="module" src="./assets/boot.js"></script><script data-entry="x">${loader}</script></body></html>`;
const nginx = readFileSync(SERVER_BLOCK, 'utf8');

describe('inlineHashes', () => {
  it('hashes the real inline blocks as the build does, and skips scripts with src', () => {
    expect(inlineHashes(page(INLINE_STYLE, ENTRY_LOADER))).toEqual({
      styles: [INLINE_STYLE_HASH],
      scripts: [ENTRY_LOADER_HASH],
    });
  });
});

describe('withPolicyHashes', () => {
  const hashes = { styles: ["'sha256-STYLE='"], scripts: ["'sha256-SCRIPT='"] };

  it("rewrites nginx's header policy and leaves every other directive as it was", () => {
    const rewritten = withPolicyHashes(nginx, hashes);
    expect(rewritten).toContain("script-src 'self' 'sha256-SCRIPT=';");
    expect(rewritten).toContain("style-src 'self' 'sha256-STYLE=';");
    expect(rewritten).not.toContain(ENTRY_LOADER_HASH);
    expect(rewritten).not.toContain(INLINE_STYLE_HASH);
    const back = withPolicyHashes(rewritten, {
      styles: [INLINE_STYLE_HASH],
      scripts: [ENTRY_LOADER_HASH],
    });
    expect(back).toBe(nginx);
  });

  it('leaves a policy that already lists the right hashes as it is', () => {
    const hashes = { styles: [INLINE_STYLE_HASH], scripts: [ENTRY_LOADER_HASH] };
    expect(withPolicyHashes(nginx, hashes)).toBe(nginx);
  });

  it('refuses a text with no policy to rewrite', () => {
    expect(() => withPolicyHashes('server { }', hashes)).toThrow(/script-src/);
  });
});

describe('preparePageVariant', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives an edited page its own hashes in the meta and the server block, and a new .gz', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'page-variant-'));
    const file = path.join(dir, 'index.html');
    const edited = page(`${INLINE_STYLE}.extra{color:red}`, 'void 0');
    writeFileSync(file, edited);
    writeFileSync(`${file}.gz`, 'the stale original');

    const { html, hashes, serverBlock } = preparePageVariant(dir, nginx);

    expect(hashes.styles[0]).not.toBe(INLINE_STYLE_HASH);
    expect(inlineHashes(html)).toEqual(hashes);
    for (const hash of [...hashes.styles, ...hashes.scripts]) {
      expect(html).toContain(hash);
      expect(serverBlock).toContain(hash);
    }
    expect(readFileSync(file, 'utf8')).toBe(html);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString('utf8')).toBe(html);
  });
});
