#!/usr/bin/env node
// The dependency audit stage of `npm test`: `npm audit --omit=dev --audit-level=high`, read as JSON
// and sorted into three outcomes, so that a closed network is not mistaken for a vulnerability and
// a vulnerability is never mistaken for a closed network:
//
//   passed       the registry answered; no high or critical advisory for a runtime dependency
//   failed       the registry answered with a high or critical advisory, or npm itself broke
//                (no lock file, unreadable output…)
//   unavailable  the audit request did not get an answer: no network, DNS, a timeout, or a registry
//                or mirror that does not serve the audit endpoint (HTTP 4xx/5xx, e.g. a 405 from a
//                read-only mirror). A warning, not a failure.
//
//   node scripts/npm-audit.mjs [--registry URL]     prints the outcome, exits 1 only when failed
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The same flags as `npm run audit`, plus --json so the outcome is read, not guessed. */
export const AUDIT_ARGS = Object.freeze(['audit', '--omit=dev', '--audit-level=high', '--json']);

/** Error codes and messages that mean "no answer from the network", never "a vulnerability". */
const NETWORK_CODES = [
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EPROTO',
  'ECONNABORTED',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'ERR_SOCKET_TIMEOUT',
];

/** The first JSON object in npm's stdout (npm prints one; be lenient about stray lines). */
function parseJson(stdout) {
  const start = stdout.indexOf('{');
  const end = stdout.lastIndexOf('}');
  if (start === -1 || end < start) return undefined;
  try {
    return JSON.parse(stdout.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/**
 * Sorts one run of `npm audit --json` into passed / failed / unavailable.
 * @param {{ code: number | null, stdout: string, stderr: string, timedOut?: boolean, spawnError?: string }} run
 * @returns {{ status: 'passed' | 'failed' | 'unavailable', summary: string, counts?: Record<string, number> }}
 */
export function classifyAudit(run) {
  if (run.spawnError) return { status: 'failed', summary: `could not run npm: ${run.spawnError}` };
  if (run.timedOut)
    return {
      status: 'unavailable',
      summary: 'the audit request timed out (no answer from the registry)',
    };
  const json = parseJson(run.stdout);
  const vulnerabilities = json?.metadata?.vulnerabilities;
  if (json && typeof json.auditReportVersion === 'number' && vulnerabilities) {
    const counts = Object.fromEntries(
      ['info', 'low', 'moderate', 'high', 'critical'].map((level) => [
        level,
        Number(vulnerabilities[level] ?? 0),
      ]),
    );
    const serious = counts.high + counts.critical;
    const names = Object.values(json.vulnerabilities ?? {})
      .filter((v) => v && (v.severity === 'high' || v.severity === 'critical'))
      .map((v) => `${v.name} (${v.severity})`);
    const lower = counts.info + counts.low + counts.moderate;
    if (serious > 0)
      return {
        status: 'failed',
        summary: `${serious} high or critical: ${names.join(', ')}`,
        counts,
      };
    return {
      status: 'passed',
      summary:
        lower > 0
          ? `no high or critical; ${lower} lower-severity (run npm audit)`
          : 'no known vulnerabilities',
      counts,
    };
  }
  const text = `${json?.message ?? ''}\n${json?.error?.code ?? ''}\n${json?.code ?? ''}\n${run.stderr}`;
  const networkCode = NETWORK_CODES.find((code) => text.includes(code));
  if (networkCode)
    return { status: 'unavailable', summary: `no answer from the registry (${networkCode})` };
  // npm's own wording when the advisories request got an HTTP error or no response at all.
  const endpoint =
    /audit endpoint returned an error|request to \S+ failed|\b(4\d\d|5\d\d) [A-Za-z ]+ - (POST|GET) /i;
  if (endpoint.test(text)) {
    const status = /\b([45]\d\d) [A-Za-z ]+/.exec(text)?.[0];
    return {
      status: 'unavailable',
      summary: `the registry did not answer the audit request${status ? ` (${status.trim()})` : ''}`,
    };
  }
  const first = (json?.error?.summary || json?.message || run.stderr || run.stdout || '')
    .trim()
    .split('\n')[0];
  return {
    status: 'failed',
    summary: `npm audit failed (exit ${run.code}): ${first || 'no output'}`,
  };
}

/** How to start npm: the one running `npm test` if any, else npm from PATH. */
function npmCommand() {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.c?js$/.test(cli)) return { command: process.execPath, prefix: [cli] };
  return { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', prefix: [] };
}

/**
 * Runs the audit and classifies it. Never rejects.
 * @param {{ cwd?: string, registry?: string, timeoutMs?: number }} [options]
 */
export function runAudit({ cwd = repoRoot, registry, timeoutMs = 120_000 } = {}) {
  const { command, prefix } = npmCommand();
  const args = [...prefix, ...AUDIT_ARGS, ...(registry ? ['--registry', registry] : [])];
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (run) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...classifyAudit(run), stderr: run.stderr });
    };
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => finish({ code: null, stdout, stderr, spawnError: error.message }));
    child.on('close', (code) => finish({ code, stdout, stderr, timedOut }));
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values } = parseArgs({ options: { registry: { type: 'string' } } });
  const result = await runAudit({ registry: values.registry });
  const label = { passed: 'ok', failed: 'FAILED', unavailable: 'WARNING (not counted as failed)' };
  console.log(
    `npm audit (runtime dependencies, high and critical): ${label[result.status]} — ${result.summary}`,
  );
  process.exitCode = result.status === 'failed' ? 1 : 0;
}
