// Every address a family can be sent to is an official one or the school's own: each http(s) URL in
// the locale files, in the school configuration and in machines/links.ts passes isAllowedUrl with the
// school's hosts — and a URL that is not allowed really fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowedHosts,
  isAllowedUrl,
  officialLinks,
  resolveLink,
  stepCatalogue,
  type LinkId,
  type StepDefinition,
} from '@machines/index';
import { school, schoolSchema } from '@/school';
import { schoolHosts } from '@/school/school-schema';
import { flatten, localesDir, root, type Json } from './support/locale-files';

const hosts = schoolHosts(school);

/** http(s) URLs in a text, without trailing sentence punctuation. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>«»()[\]{}]+/gi)].map((m) =>
    m[0].replace(/[.,;:!?]+$/, ''),
  );
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

/** Every string value of a JSON file, with its dotted key. */
function stringsOf(file: string): { where: string; text: string }[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Json;
  return [...flatten(data)]
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([key, text]) => ({ where: `${path.relative(root, file)} ${key}`, text }));
}

const localeStrings = jsonFiles(localesDir).flatMap(stringsOf);
const schoolStrings = stringsOf(path.join(root, 'src/school/school.json'));

const urls = (entries: { where: string; text: string }[]) =>
  entries.flatMap((e) => urlsIn(e.text).map((url) => ({ where: e.where, url })));

describe('outbound links', () => {
  it('the school configuration is valid and names its own hosts', () => {
    expect(schoolSchema.safeParse(school).success).toBe(true);
    expect(hosts).toContain(new URL(school.websiteUrl).hostname);
  });

  it('every http(s) URL in locales/**/*.json is allowed', () => {
    expect(localeStrings.length).toBeGreaterThan(100);
    const bad = urls(localeStrings).filter(({ url }) => !isAllowedUrl(url, hosts));
    expect(bad).toEqual([]);
  });

  it('every host named in locale text (gosuslugi.ru, myschool.edu.ru …) is an allowed host', () => {
    // Sentences name sites without a scheme; a typo or a third-party site must not slip in.
    const named = localeStrings.flatMap((e) =>
      [
        ...e.text.matchAll(
          /(?<![\p{L}\p{N}@.-])((?:[a-z0-9-]+\.)+(?:ru|com|org|net|su|рф))(?![\p{L}\p{N}-])/giu,
        ),
      ].map((m) => ({ where: e.where, host: (m[1] ?? '').toLowerCase() })),
    );
    expect(named.length).toBeGreaterThan(0);
    const bad = named.filter(({ host }) => !isAllowedUrl(`https://${host}/`, hosts));
    expect(bad).toEqual([]);
  });

  it('every http(s) URL in src/school/school.json is allowed', () => {
    const found = urls(schoolStrings);
    expect(found.map((f) => f.url)).toEqual(
      expect.arrayContaining([school.dnevnikUrl, school.websiteUrl]),
    );
    const bad = found.filter(({ url }) => !isAllowedUrl(url, hosts));
    expect(bad).toEqual([]);
  });

  it.each(Object.entries(officialLinks))('officialLinks.%s (%s) is allowed', (_id, url) => {
    expect(isAllowedUrl(url, hosts)).toBe(true);
    // Official links must not need the school's hosts.
    expect(isAllowedUrl(url)).toBe(true);
  });

  it('every link a checklist step can render resolves to an allowed URL for this school', () => {
    const ids = new Set(
      Object.values(stepCatalogue as Record<string, StepDefinition>).flatMap((d) => d.links ?? []),
    );
    expect(ids.size).toBeGreaterThan(0);
    const bad = [...ids]
      .map((id: LinkId) => resolveLink(id, school))
      .filter((ref) => ref !== undefined && !isAllowedUrl(ref.href, hosts));
    expect(bad).toEqual([]);
  });
});

describe('negative controls: isAllowedUrl rejects what it should', () => {
  it.each([
    ['a foreign host', 'https://example.com/'],
    ['a look-alike host', 'https://gosuslugi.ru.evil.example/'],
    ['a host that only ends with the same letters', 'https://notgosuslugi.ru/'],
    ['plain http', 'http://www.gosuslugi.ru/'],
    ['credentials in the URL', 'https://user:secret@www.gosuslugi.ru/'],
    ['not a URL at all', 'gosuslugi.ru'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('rejects %s (%s)', (_what, url) => {
    expect(isAllowedUrl(url, hosts)).toBe(false);
  });

  it('the school’s own site is allowed only through schoolHosts', () => {
    expect(isAllowedUrl(school.websiteUrl)).toBe(false);
    expect(isAllowedUrl(school.websiteUrl, hosts)).toBe(true);
  });

  it('a bad URL placed in locale-like text is caught by the same check', () => {
    const found = urlsIn('Откройте https://evil.example/login, затем https://www.gosuslugi.ru/.');
    expect(found).toEqual(['https://evil.example/login', 'https://www.gosuslugi.ru/']);
    expect(found.map((u) => isAllowedUrl(u, hosts))).toEqual([false, true]);
  });

  it('the allowed list is the official one', () => {
    expect(allowedHosts).toEqual(
      expect.arrayContaining(['gosuslugi.ru', 'dnevnik.ru', 'sferum.ru', 'myschool.edu.ru']),
    );
  });
});
