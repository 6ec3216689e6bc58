/**
 * The audit stage of `npm test` (scripts/npm-audit.mjs): a high or critical advisory for a runtime
 * dependency fails it; a registry that does not answer the audit request only warns. Proved twice:
 * on npm's real outputs (recorded below), and end to end with the real npm against a fake registry
 * on loopback that answers the advisories request with what each case needs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAudit, runAudit } from '../../scripts/npm-audit.mjs';

/** npm 11's --json report, shortened to what the classifier reads. */
const report = (counts: Partial<Record<string, number>>, vulnerable: Record<string, string> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      Object.entries(vulnerable).map(([name, severity]) => [name, { name, severity }]),
    ),
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
      dependencies: { prod: 22 },
    },
  });

describe('classifyAudit on npm’s outputs', () => {
  it.each([
    ['a high advisory', report({ high: 1, total: 1 }, { react: 'high' }), 'failed'],
    ['a critical advisory', report({ critical: 2 }, { a: 'critical', b: 'critical' }), 'failed'],
    ['moderate and low only', report({ moderate: 3, low: 1 }), 'passed'],
    ['nothing found', report({}), 'passed'],
  ] as const)('%s → %s', (_what, stdout, status) => {
    expect(classifyAudit({ code: status === 'failed' ? 1 : 0, stdout, stderr: '' }).status).toBe(
      status,
    );
  });

  it('names the vulnerable packages when it fails', () => {
    const outcome = classifyAudit({
      code: 1,
      stdout: report({ high: 1, critical: 1 }, { react: 'high', 'react-dom': 'critical' }),
      stderr: '',
    });
    expect(outcome.summary).toContain('react (high)');
    expect(outcome.summary).toContain('react-dom (critical)');
  });

  it('a mirror that refuses the audit request (HTTP 405, as on this network) only warns', () => {
    const outcome = classifyAudit({
      code: 1,
      stdout: JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        method: 'POST',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
      stderr:
        'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n',
    });
    expect(outcome).toMatchObject({ status: 'unavailable' });
    expect(outcome.summary).toContain('405');
  });

  it.each([
    ['connection refused', 'connect ECONNREFUSED 127.0.0.1:9'],
    ['no DNS', 'getaddrinfo ENOTFOUND registry.npmjs.org'],
    ['a dropped connection', 'read ECONNRESET'],
  ])('no network (%s) only warns', (_what, reason) => {
    const message = `request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: ${reason}`;
    expect(
      classifyAudit({
        code: 1,
        stdout: JSON.stringify({ message, error: { summary: '', detail: '' } }),
        stderr: `npm warn audit ${message}\nnpm error audit endpoint returned an error\n`,
      }).status,
    ).toBe('unavailable');
    expect(classifyAudit({ code: null, stdout: '', stderr: '', timedOut: true }).status).toBe(
      'unavailable',
    );
  });

  it('npm’s own failures are failures, not warnings (no lock file, no npm, garbage)', () => {
    const noLock = JSON.stringify({
      error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' },
    });
    expect(
      classifyAudit({ code: 1, stdout: noLock, stderr: 'npm error code ENOLOCK' }).status,
    ).toBe('failed');
    expect(classifyAudit({ code: null, stdout: '', stderr: '', spawnError: 'ENOENT' }).status).toBe(
      'failed',
    );
    expect(classifyAudit({ code: 1, stdout: 'Segmentation fault', stderr: '' }).status).toBe(
      'failed',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// End to end: the real npm, this project's lock file, a fake registry on loopback.
// ---------------------------------------------------------------------------------------------

/** critical and "nothing found" are covered by the recorded outputs above; four npm runs suffice. */
type Mode = 'high' | 'moderate' | 'refuse';

/**
 * One advisory against react (a runtime dependency), any version, at the given severity. npm caches
 * what it derives from an advisory by id, across runs: each severity gets its own id.
 */
function advisories(severity: string) {
  return {
    react: [
      {
        id: 9_000_000 + ['low', 'moderate', 'high', 'critical'].indexOf(severity),
        url: 'https://github.com/advisories/GHSA-test-test-test',
        title: 'Test advisory',
        severity,
        vulnerable_versions: '<1000.0.0',
        cwe: [],
        cvss: { score: 0, vectorString: null },
      },
    ],
  };
}

const servers: Server[] = [];

async function fakeRegistry(mode: Mode): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (!req.url?.includes('/-/npm/v1/security/advisories/bulk')) {
        res.writeHead(404).end();
      } else if (mode === 'refuse') {
        res.writeHead(405, { allow: 'GET,HEAD' }).end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(advisories(mode)));
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

describe('the audit stage with the real npm and a fake registry', () => {
  const outcomes = new Map<string, Awaited<ReturnType<typeof runAudit>>>();

  beforeAll(async () => {
    const cases: [string, Promise<string>][] = [
      ['high', fakeRegistry('high')],
      ['moderate', fakeRegistry('moderate')],
      ['refuse', fakeRegistry('refuse')],
      ['offline', closedPort()],
    ];
    await Promise.all(
      cases.map(async ([name, registry]) => {
        outcomes.set(name, await runAudit({ registry: await registry, timeoutMs: 60_000 }));
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it.each([
    ['high', 'failed'],
    ['moderate', 'passed'],
    ['refuse', 'unavailable'],
    ['offline', 'unavailable'],
  ])('registry answering %s → %s', (name, status) => {
    const outcome = outcomes.get(name);
    expect(outcome?.status, `${outcome?.summary}\n${outcome?.stderr}`).toBe(status);
    if (status === 'failed') expect(outcome?.summary).toContain('react (');
  });
});
