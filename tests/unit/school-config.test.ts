// The school configuration: the default file is valid and is the one the app uses, the second
// school's fixture is valid and different, every kind of mistake a school's IT person can make gives
// one line naming the field and the fix, and the build plugin stops on those lines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { school } from '@/school';
import {
  describeSchoolErrors,
  innProblem,
  isValidInn,
  schoolSchema,
  type SchoolConfig,
} from '@/school/school-schema';
import {
  checkSchoolConfigFile,
  DEFAULT_SCHOOL_CONFIG,
  schoolConfig,
  schoolConfigPath,
} from '../../scripts/school-config-plugin';
import { root } from './support/locale-files';

const defaultFile = path.join(root, DEFAULT_SCHOOL_CONFIG);
const secondFile = path.join(root, 'tests/fixtures/school-2.json');
const readJson = (file: string): SchoolConfig => JSON.parse(readFileSync(file, 'utf8'));
const gymnasium = readJson(defaultFile);
const second = readJson(secondFile);

/** The default configuration with one change; `undefined` removes the field. */
function withChange(change: (config: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(gymnasium) as unknown as Record<string, unknown>;
  change(copy);
  return copy;
}
const nested = (config: Record<string, unknown>, key: string) =>
  config[key] as Record<string, unknown>;

describe('the default school configuration (src/school/school.json)', () => {
  it('is the documented file and is valid', () => {
    expect(DEFAULT_SCHOOL_CONFIG).toBe('src/school/school.json');
    expect(describeSchoolErrors(gymnasium)).toEqual([]);
    expect(checkSchoolConfigFile(defaultFile)).toEqual([]);
  });

  it("holds Gymnasium No. 25's facts", () => {
    expect(gymnasium.inn).toBe('2901030910');
    expect(gymnasium.office).toMatchObject({ room: '54', floor: '1' });
    expect(gymnasium.dnevnikUrl).toBe('https://29.dnevnik.ru/');
  });

  it('is what the app imports (the same file the build validated)', () => {
    // vite.config.ts points '@school-config' at schoolConfigPath(): the default file here,
    // the SCHOOL_CONFIG file when that is set.
    expect(school).toEqual(schoolSchema.parse(readJson(schoolConfigPath(root))));
    expect(schoolConfigPath(root, {})).toBe(defaultFile);
    expect(schoolConfigPath(root, { SCHOOL_CONFIG: 'tests/fixtures/school-2.json' })).toBe(
      secondFile,
    );
  });
});

describe('the second school (tests/fixtures/school-2.json)', () => {
  it('is valid', () => {
    expect(describeSchoolErrors(second)).toEqual([]);
  });

  it('shares no fact with Gymnasium No. 25', () => {
    expect(isValidInn(second.inn)).toBe(true);
    expect(second.inn).not.toBe(gymnasium.inn);
    expect(second.office.room).not.toBe(gymnasium.office.room);
    expect(second.office.floor).not.toBe(gymnasium.office.floor);
    expect(second.name.ru).not.toBe(gymnasium.name.ru);
    expect(second.shortName.ru).not.toBe(gymnasium.shortName.ru);
    const host = (url: string) => new URL(url).host;
    expect(host(second.dnevnikUrl)).toMatch(/^\d+\.dnevnik\.ru$/);
    expect(host(second.dnevnikUrl)).not.toBe(host(gymnasium.dnevnikUrl));
    expect(host(second.websiteUrl)).not.toBe(host(gymnasium.websiteUrl));
    expect(host(second.publicOrigin)).not.toBe(host(gymnasium.publicOrigin));
  });
});

describe('an invalid field gives one line naming it and the fix', () => {
  const cases: { mistake: string; input: unknown; line: string | RegExp }[] = [
    {
      mistake: 'INN with a wrong check digit',
      input: withChange((c) => (c.inn = '2901030911')),
      line: /^inn: the last digit \(the check digit\) does not match the first nine .*registration record/,
    },
    {
      mistake: 'INN of 9 digits',
      input: withChange((c) => (c.inn = '290103091')),
      line: /^inn: must be exactly 10 digits, no spaces or letters \(found 9 characters\)/,
    },
    {
      mistake: 'INN with a space',
      input: withChange((c) => (c.inn = '29010 30910')),
      line: /^inn: must be exactly 10 digits, no spaces or letters \(found 11 characters\)/,
    },
    {
      mistake: 'INN written as a number',
      input: withChange((c) => (c.inn = 2901030910)),
      line: 'inn: must be text in double quotes, e.g. "2901030910"',
    },
    {
      mistake: 'missing office.room',
      input: withChange((c) => delete nested(c, 'office').room),
      line: 'office.room: missing — add this field to the school configuration',
    },
    {
      mistake: 'empty office.floor',
      input: withChange((c) => (nested(c, 'office').floor = '')),
      line: 'office.floor: write the floor of that room, e.g. "1"',
    },
    {
      mistake: 'missing name.ru',
      input: withChange((c) => delete nested(c, 'name').ru),
      line: 'name.ru: missing — add this field to the school configuration',
    },
    {
      mistake: 'missing whole office group',
      input: withChange((c) => delete c.office),
      line: 'office: missing — add this field to the school configuration',
    },
    ...[
      'https://dnevnik.example.ru/',
      'https://29.dnevnik.ru.evil.example/',
      'https://29.dnevnik.ru/login',
      'http://29.dnevnik.ru/',
      'https://29.dnevnik.ru',
    ].map((url) => ({
      mistake: `dnevnikUrl ${url}`,
      input: withChange((c) => (c.dnevnikUrl = url)),
      line: /^dnevnikUrl: must be your region's official Dnevnik\.ru address, https:\/\/<region code>\.dnevnik\.ru\/ — e\.g\. https:\/\/29\.dnevnik\.ru\//,
    })),
    {
      mistake: 'http: website',
      input: withChange((c) => (c.websiteUrl = 'http://gym25.arkh-edu.ru/')),
      line: /^websiteUrl: must be a full address starting with https:\/\/ \(not http:\/\/\)/,
    },
    {
      mistake: 'publicOrigin without the slash after the host',
      input: withChange((c) => (c.publicOrigin = 'https://gym25.arkh-edu.ru')),
      line: /^publicOrigin: must be a full address starting with https:\/\//,
    },
    {
      mistake: 'a misspelt optional field',
      input: withChange((c) => (c.appFeedbackURL = 'https://gym25.arkh-edu.ru/feedback')),
      line: /^\(top level\): unknown field "appFeedbackURL" — check the spelling/,
    },
  ];

  it.each(cases)('$mistake', ({ input, line }) => {
    expect(describeSchoolErrors(input)).toEqual([
      typeof line === 'string' ? line : expect.stringMatching(line),
    ]);
  });

  it('lists every problem of a file at once', () => {
    const input = withChange((c) => {
      c.inn = '2901030911';
      delete nested(c, 'office').room;
      c.websiteUrl = 'http://gym25.arkh-edu.ru/';
    });
    expect(describeSchoolErrors(input).map((line) => line.split(':')[0])).toEqual([
      'inn',
      'office.room',
      'websiteUrl',
    ]);
  });
});

describe('isValidInn', () => {
  it.each([
    '2901030910', // Gymnasium No. 25
    '7728123459', // the fictional second school
    '7707083893',
    '7736207543',
    '7702070139',
  ])('accepts the valid organisation INN %s', (inn) => {
    expect(isValidInn(inn)).toBe(true);
    expect(innProblem(inn)).toBeUndefined();
  });

  it.each([
    '2901030911', // check digit off by one
    '2901030901', // two digits swapped
    '290103091', // 9 digits
    '29010309100', // 11 digits
    '500100732259', // 12 digits: a person's INN, not a school's
    '290103091a',
    ' 2901030910',
    '',
  ])('rejects %j', (inn) => {
    expect(isValidInn(inn)).toBe(false);
    expect(innProblem(inn)).toEqual(expect.any(String));
  });
});

describe('the build plugin (scripts/school-config-plugin.ts)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'school-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fileWith = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  /** Runs the plugin's `config` hook, which is what `vite build` runs first. */
  const runPlugin = (file: string) => () => (schoolConfig(file).config as unknown as () => void)();

  it('lets a valid file through', () => {
    expect(runPlugin(defaultFile)).not.toThrow();
    expect(runPlugin(secondFile)).not.toThrow();
  });

  it('stops on an invalid file with one line per field and how to fix it', () => {
    const bad = withChange((c) => {
      c.inn = '2901030911';
      c.dnevnikUrl = 'https://dnevnik.example.ru/';
    });
    const file = fileWith('bad.json', JSON.stringify(bad));
    expect(runPlugin(file)).toThrow(
      new RegExp(
        [
          `The school configuration ${file} is not valid:`,
          '  • inn: the last digit \\(the check digit\\)[^\\n]+',
          "  • dnevnikUrl: must be your region's official Dnevnik\\.ru address[^\\n]+",
          'Fix these fields and build again',
        ].join('\\n'),
      ),
    );
  });

  it('names a file that is not JSON or does not exist', () => {
    expect(checkSchoolConfigFile(fileWith('broken.json', '{ "inn": '))).toEqual([
      expect.stringMatching(/^not valid JSON: /),
    ]);
    expect(checkSchoolConfigFile(path.join(dir, 'missing.json'))).toEqual([
      expect.stringMatching(/^cannot read the file: .*ENOENT/),
    ]);
  });
});
