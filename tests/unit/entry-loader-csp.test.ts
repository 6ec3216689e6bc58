// The inline loader of the built page (scripts/entry-loader.mjs) runs under the strict
// Content-Security-Policy only by its hash: every copy of the policy must carry that hash (and
// still no 'unsafe-inline'). Change the loader and this names the new hash to put in them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_LOADER_HASH } from '../../scripts/entry-loader.mjs';
import { withPolicyMeta } from '../../scripts/security-headers-plugin';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { parseCsp } from '../support/html-security';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');

const policies = {
  'the <meta> copy (scripts/security-headers-plugin.ts)':
    /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      withPolicyMeta(read('index.html')),
    )?.[1],
  'deploy/nginx.conf': /add_header Content-Security-Policy "([^"]+)"/.exec(
    read('deploy/nginx.conf'),
  )?.[1],
  'scripts/security-headers.mjs': SECURITY_HEADERS['Content-Security-Policy'],
};

describe('the inline entry loader’s hash', () => {
  it.each(Object.entries(policies))('is allowed by its hash in %s', (_where, policy) => {
    expect(policy, 'policy found').toBeTruthy();
    const scriptSources = parseCsp(policy ?? '').get('script-src') ?? [];
    expect(
      scriptSources,
      `script-src must list ${ENTRY_LOADER_HASH} (the loader's text changed?)`,
    ).toContain(ENTRY_LOADER_HASH);
    expect(scriptSources).not.toContain("'unsafe-inline'");
  });
});
