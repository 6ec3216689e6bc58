// One definition of the security headers (scripts/security-headers.mjs): deploy/nginx.conf carries
// exactly the lines generated from it, and the policy allows the two inline blocks of the built
// page by the hashes of their current text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_LOADER, ENTRY_LOADER_HASH } from '../../scripts/entry-loader.mjs';
import { INLINE_STYLE, INLINE_STYLE_HASH } from '../../scripts/inline-style.mjs';
import {
  CONTENT_SECURITY_POLICY,
  nginxHeaderBlock,
  SECURITY_HEADERS,
  withNginxHeaders,
} from '../../scripts/security-headers.mjs';
import { parseCsp } from '../support/html-security';

const nginxConf = readFileSync(
  fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url)),
  'utf8',
);
const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('security headers, one definition', () => {
  it('deploy/nginx.conf carries exactly the generated lines (else: npm run headers)', () => {
    expect(nginxConf, 'deploy/nginx.conf is stale: run `npm run headers`').toContain(
      nginxHeaderBlock(),
    );
    expect(withNginxHeaders(nginxConf)).toBe(nginxConf);
    // No other add_header line for these headers anywhere else in the file.
    for (const name of Object.keys(SECURITY_HEADERS)) {
      expect(nginxConf.split(`add_header ${name} `).length - 1, name).toBe(1);
    }
  });

  it('a stale nginx.conf is noticed and rewritten', () => {
    const stale = nginxConf.replace(INLINE_STYLE_HASH, "'sha256-old='");
    expect(stale).not.toContain(nginxHeaderBlock());
    expect(withNginxHeaders(stale)).toBe(nginxConf);
    expect(() => withNginxHeaders('server {}')).toThrow(/missing/);
  });

  it('allows the inline loader and the inline stylesheet by the hashes of their text', () => {
    expect(ENTRY_LOADER_HASH).toBe(sha256(ENTRY_LOADER));
    expect(INLINE_STYLE_HASH).toBe(sha256(INLINE_STYLE));
    const policy = parseCsp(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'", ENTRY_LOADER_HASH]);
    expect(policy.get('style-src')).toEqual(["'self'", INLINE_STYLE_HASH]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });
});
