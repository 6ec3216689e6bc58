/**
 * scripts/system-setup.sh, the one place that installs the system packages the tests need (the
 * README's test command and .ci/run both call it). Run for real against a fake machine: an empty
 * (or partly filled) root directory for the presence checks (SYSTEM_SETUP_ROOT), and a PATH of
 * stubs for `id`, `sudo` and `apt-get` that only record how they were called. Nothing is installed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/system-setup.sh', import.meta.url));
const EVERY_FILE = [
  '/usr/bin/chromium',
  '/usr/sbin/nginx',
  '/usr/bin/Xvfb',
  '/usr/bin/WebKitWebDriver',
  '/usr/bin/firefox-esr',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the script as `uid` on a machine that has `present` (and stubs only; no sudo if !sudo). */
function runSetup({
  uid,
  present,
  sudo = true,
}: {
  uid: number;
  present: string[];
  sudo?: boolean;
}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'system-setup-'));
  made.push(dir);
  const machine = path.join(dir, 'root');
  for (const file of present) {
    mkdirSync(path.dirname(path.join(machine, file)), { recursive: true });
    writeFileSync(path.join(machine, file), '');
    chmodSync(path.join(machine, file), 0o755);
  }
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'calls.log');
  mkdirSync(bin);
  const stub = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  stub('id', `echo ${uid}`);
  stub('env', `shift; exec "$@"`); // drops the DEBIAN_FRONTEND=… argument, keeps the command
  stub('apt-get', `echo "apt-get $*" >> "${log}"`);
  if (sudo) stub('sudo', `echo "sudo $1" >> "${log}"; exec "$@"`);
  const result = spawnSync('/bin/bash', [script], {
    env: { PATH: bin, SYSTEM_SETUP_ROOT: machine },
    encoding: 'utf8',
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n');
  } catch {
    // no stub was called
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

describe('scripts/system-setup.sh', () => {
  it('changes nothing when every package is present', () => {
    const run = runSetup({ uid: 1000, present: EVERY_FILE });
    expect(run.code).toBe(0);
    expect(run.calls).toEqual([]);
    expect(run.stdout).toContain('nothing to do');
  });

  it('as root on a fresh machine: updates the lists first, installs everything, never calls sudo', () => {
    const run = runSetup({ uid: 0, present: [], sudo: false });
    expect(run.code, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      'apt-get update',
      'apt-get install -y chromium nginx-light xvfb webkit2gtk-driver firefox-esr',
    ]);
  });

  it('as a user with sudo: the same two commands through sudo, only what is missing', () => {
    const present = EVERY_FILE.filter(
      (file) => !file.includes('firefox') && !file.includes('Xvfb'),
    );
    const run = runSetup({ uid: 1000, present });
    expect(run.code, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      'sudo env',
      'apt-get update',
      'sudo env',
      'apt-get install -y xvfb firefox-esr',
    ]);
  });

  it('counts WebKitWebDriver without MiniBrowser as missing webkit2gtk-driver', () => {
    const present = EVERY_FILE.filter((file) => !file.endsWith('MiniBrowser'));
    const run = runSetup({ uid: 0, present, sudo: false });
    expect(run.calls.at(-1)).toBe('apt-get install -y webkit2gtk-driver');
  });

  it('fails naming the packages when it is neither root nor has sudo', () => {
    const run = runSetup({ uid: 1000, present: ['/usr/bin/chromium'], sudo: false });
    expect(run.code).toBe(1);
    expect(run.calls).toEqual([]);
    expect(run.stderr).toContain('nginx-light xvfb webkit2gtk-driver firefox-esr');
  });
});
