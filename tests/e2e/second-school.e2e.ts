// Any school can run it: a build with SCHOOL_CONFIG pointing at another school's file shows that
// school's facts and none of Gymnasium No. 25's, and a wrong file stops the build. Each build here
// is a real `vite build` into a temporary folder (~2 s), served by nginx with deploy/nginx.conf —
// in a sub-folder, /wizard/, as the fixture's publicOrigin says (the build's asset URLs are relative).
// (Link previews / OG tags arrive with a later issue; when they do, check them here too.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ruChecklist from '@locales/ru/checklist.json';
import ruCommon from '@locales/ru/common.json';
import { serveNginx } from '../../scripts/serve-nginx.mjs';
import { openPage, recordOf } from './support/browser';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const gymnasium = readJson('src/school/school.json');
const second = readJson('tests/fixtures/school-2.json');

/** A parent with one child under 14: the checklist names the school's INN and office. */
const CHECKLIST = '?r=p&pa=c&n=1&a1=y&k1=n&d1=e&f1=n&m1=n&ap=n&s=checklist';

/** `vite build` with SCHOOL_CONFIG set, as a school's IT person would run it. */
function buildFor(schoolConfig: string, outDir: string): Promise<{ code: number; output: string }> {
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, SCHOOL_CONFIG: schoolConfig, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every file of a build, as text. */
function filesOf(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file: path.relative(dir, file), text: readFileSync(file, 'utf8') };
    });
}

const gymnasiumFacts = [
  gymnasium.inn,
  gymnasium.name.ru,
  gymnasium.shortName.ru,
  gymnasium.name.en,
  new URL(gymnasium.dnevnikUrl).host,
  new URL(gymnasium.websiteUrl).host,
];

const tmp = mkdtempSync(path.join(tmpdir(), 'second-school-'));
const webRoot = path.join(tmp, 'www');
const outDir = path.join(webRoot, 'wizard');
let server: { url: string; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  const build = await buildFor('tests/fixtures/school-2.json', outDir);
  expect(build.code, build.output).toBe(0);
  server = await serveNginx({ root: webRoot });
});

afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a build for a second school (SCHOOL_CONFIG=tests/fixtures/school-2.json)', () => {
  it("shows that school's INN and office on the checklist, and nothing of Gymnasium No. 25", async () => {
    const url = new URL(`wizard/${CHECKLIST}`, server?.url).href;
    const { page } = await openPage(url);
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    await page.locator('h1').first().waitFor({ state: 'visible' });
    // Details are closed by default: open every step, so its facts are on the screen to read.
    await page.getByRole('button', { name: ruChecklist.view.showAll, exact: true }).click();

    const text = await page.locator('body').innerText();
    expect(text).toContain(second.inn);
    const office = ruCommon.checklist.office
      .replace('{{officeRoom}}', second.office.room)
      .replace('{{officeFloor}}', second.office.floor)
      .replace('{{schoolShortName}}', second.shortName.ru);
    expect(text).toContain(office);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toContain(second.dnevnikUrl);

    const html = await page.content();
    for (const fact of gymnasiumFacts)
      expect(html, `the page mentions ${fact}`).not.toContain(fact);

    // Clean: only its own origin, no console error, no CSP violation.
    const record = recordOf(page);
    const origin = new URL(url).origin;
    expect(record.requests.filter((request) => new URL(request).origin !== origin)).toEqual([]);
    expect([...record.consoleErrors, ...record.pageErrors, ...record.cspViolations]).toEqual([]);
  });

  it("carries no fact of Gymnasium No. 25 in any built file, and the second school's INN", () => {
    const files = filesOf(outDir);
    expect(files.some(({ text }) => text.includes(second.inn))).toBe(true);
    const leaks = files.flatMap(({ file, text }) =>
      [gymnasium.inn, gymnasium.name.ru, gymnasium.shortName.ru, gymnasium.name.en]
        .filter((fact) => text.includes(fact))
        .map((fact) => `${file}: ${fact}`),
    );
    expect(leaks).toEqual([]);
  });

  it('serves from its sub-folder with the production cache headers', async () => {
    const base = new URL('wizard/', server?.url);
    const html = await (await fetch(base)).text();
    // The entry, as the inline loader names it (data-entry, scripts/entry-loader.mjs).
    const script = /data-entry="(\.\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    expect(script, 'index.html refers to its script relatively').not.toBe('');
    const asset = await fetch(new URL(script, base));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(base)).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('a build with a wrong school configuration', () => {
  it('stops, naming each wrong field and how to fix it', async () => {
    const bad = structuredClone(second);
    bad.inn = '7728123450'; // wrong check digit
    delete bad.office.room;
    bad.dnevnikUrl = 'https://dnevnik.example.ru/';
    const file = path.join(tmp, 'bad-school.json');
    writeFileSync(file, JSON.stringify(bad));
    const badOut = path.join(tmp, 'bad-dist');

    const build = await buildFor(file, badOut);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(`The school configuration ${file} is not valid:`);
    expect(build.output).toMatch(/• inn: the last digit \(the check digit\) does not match/);
    expect(build.output).toContain('• office.room: missing — add this field');
    expect(build.output).toMatch(/• dnevnikUrl: must be your region's official Dnevnik\.ru/);
    expect(existsSync(path.join(badOut, 'index.html'))).toBe(false);
  });
});
