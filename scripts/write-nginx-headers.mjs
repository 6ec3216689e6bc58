#!/usr/bin/env node
// `npm run headers`: writes the security headers of scripts/security-headers.mjs into
// deploy/nginx.conf (between its BEGIN/END markers). Run it after changing the policy, the entry
// loader or src/styles/global.css (their hashes are in the policy); tests/unit/security-headers.test.ts
// fails until it is run.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withNginxHeaders } from './security-headers.mjs';

const file = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const before = readFileSync(file, 'utf8');
const after = withNginxHeaders(before);
if (after === before) console.log('deploy/nginx.conf: security headers already current');
else {
  writeFileSync(file, after);
  console.log('deploy/nginx.conf: security headers written');
}
