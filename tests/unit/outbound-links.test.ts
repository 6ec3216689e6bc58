// Every address a family can be sent to is an official one or the school's own: each http(s) URL in
// the locale files, in the school configuration and in machines/links.ts passes isAllowedUrl with the
// school's hosts — and a URL that is not allowed really fails. The school's hosts are a list of their
// own (src/school/allowed-hosts.json), never derived from the addresses they must allow: otherwise
// any address put into school.json would allow itself.
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
import { school } from '@/school';
import { schoolSchema } from '@/school/school-schema';
import { schoolAllowedHosts } from '@/school/allowed-hosts';
import { flatten, localesDir, root, type Json } from './support/locale-files';

const hosts = schoolAllowedHosts;
const schoolFile = path.join(root, 'src/school/school.json');

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

/** Every string value of parsed JSON, with its dotted key. */
function stringsIn(data: Json, where: string): { where: string; text: string }[] {
  return [...flatten(data)]
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([key, text]) => ({ where: `${where} ${key}`, text }));
}
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;
const stringsOf = (file: string) => stringsIn(readJson(file), path.relative(root, file));

const localeStrings = jsonFiles(localesDir).flatMap(stringsOf);
const schoolStrings = stringsOf(schoolFile);

const urls = (entries: { where: string; text: string }[]) =>
  entries.flatMap((e) => urlsIn(e.text).map((url) => ({ where: e.where, url })));

/** The URLs in a school configuration that go neither to an official host nor to a listed one. */
const disallowedSchoolUrls = (config: Json, allowed: readonly string[]) =>
  urls(stringsIn(config, 'school.json')).filter(({ url }) => !isAllowedUrl(url, allowed));

describe('outbound links', () => {
  it('the school configuration is valid, and its site is on the list of allowed hosts', () => {
    expect(schoolSchema.safeParse(school).success).toBe(true);
    expect(isAllowedUrl(school.websiteUrl, hosts)).toBe(true);
  });

  it('the list of allowed school hosts holds plain host names, none wider than a site', () => {
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      // A bare host (no scheme, path or port), with at least a name and a zone: "ru" or "com"
      // alone would allow every site under it.
      expect(host, host).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
      expect(host.split('.').length, host).toBeGreaterThanOrEqual(2);
      // Official hosts are allowed by machines/links.ts already: listing one here would hide it.
      expect(isAllowedUrl(`https://${host}/`), `${host} is already official`).toBe(false);
    }
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

  it('every http(s) URL in src/school/school.json is allowed (official, or a listed school host)', () => {
    const found = urls(schoolStrings);
    expect(found.map((f) => f.url)).toEqual(
      expect.arrayContaining([school.dnevnikUrl, school.websiteUrl]),
    );
    expect(disallowedSchoolUrls(readJson(schoolFile), hosts)).toEqual([]);
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

  it('the school’s own site is allowed only through the list of school hosts', () => {
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

describe('mutation: a school.json address on a host nobody allowed', () => {
  // The mutation the check exists for, applied to a copy in memory: the feedback form moved to a
  // tracker's site. The list of school hosts is unchanged, so the check must fail.
  const mutated: Record<string, Json> = {
    ...(readJson(schoolFile) as Record<string, Json>),
    appFeedbackUrl: 'https://forms.tracker-example.com/collect',
  };

  it('is caught by the school.json check', () => {
    expect(disallowedSchoolUrls(mutated, hosts)).toEqual([
      { where: 'school.json appFeedbackUrl', url: 'https://forms.tracker-example.com/collect' },
    ]);
  });

  it('would pass if the allowed hosts were derived from school.json itself (why the list is separate)', () => {
    const derived = [mutated['websiteUrl'], mutated['appFeedbackUrl']].map(
      (u) => new URL(String(u)).hostname,
    );
    expect(disallowedSchoolUrls(mutated, derived)).toEqual([]);
  });
});
