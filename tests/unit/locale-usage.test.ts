// Every key the code can ask for exists (in both languages), and every key in the locale files is
// used by the code — or explicitly reserved for a feature that has not landed yet.
//
// "Used" is built from (a) the static keys in src/ (t('…'), t("…"), text('…'), has('…'), namespaced
// string literals such as 'common:app.name', and useTranslation('legal') as the default namespace of
// bare t() in its file) and (b) the dynamic key patterns the screens build at run time, expanded
// here from the registries in machines/ (questions, step catalogue, stages …) and from the small
// tables the screens keep (the audience banner keys, the step fields, the notices). An expanded key
// counts as used only when a template in the code matches it: the registry says which keys a
// family can have, the template shows that a screen still asks for them.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages as appLanguages } from '@/app/language';
import {
  MAX_CHILDREN,
  choiceQuestionIds,
  reminderDays,
  optionsOf,
  questionIds,
  stageIds,
  stepCatalogue,
  stepContentIds,
  type StepDefinition,
} from '@machines/index';
import { baseKeys, flatLanguage, loadLanguage, root, splitPlural } from './support/locale-files';

// ---------------------------------------------------------------------------------------------
// The locale files

const ruKeys = baseKeys(flatLanguage('ru'));
const enKeys = baseKeys(flatLanguage('en'));
const fileKeys = new Set([...ruKeys, ...enKeys]);
const namespaces = Object.keys(loadLanguage('ru'));
const nsAlternation = namespaces.join('|');

// ---------------------------------------------------------------------------------------------
// Keys reserved for features that do not exist yet. Each entry names the feature (the issue) that
// will use it. When that feature lands, the test "no reserved key is used" fails: delete the entry.

interface Reserved {
  readonly key: string;
  readonly issue: string;
}

const reservedForLaterIssues: readonly Reserved[] = [
  // A "home" link (header / not-found page) back to the start page.
  { key: 'common:nav.home', issue: 'navigation: home link' },
  // Checklist step body: headings for the links list and the troubleshooting block.
  { key: 'common:checklist.fields.links', issue: 'checklist: headed links and trouble sections' },
  { key: 'common:checklist.fields.trouble', issue: 'checklist: headed links and trouble sections' },
  // "N children" (ru plurals ребёнок / ребёнка / детей): no screen shows a child count yet; the
  // childCount question's options carry their own words. Checked through i18next in
  // locale-parity.test.ts so the plural forms stay right until a screen uses it.
  { key: 'common:children.count', issue: 'summary: number of children' },
];
const reservedKeys = new Set(reservedForLaterIssues.map((r) => r.key));

// ---------------------------------------------------------------------------------------------
// (a) Static keys and key templates found in the source

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : ext.test(name) ? [full] : [];
  });
}

const srcFiles = filesUnder(path.join(root, 'src'), /\.tsx?$/);
const machineFiles = filesUnder(path.join(root, 'machines'), /\.ts$/);
const read = (file: string) => readFileSync(file, 'utf8');
const rel = (file: string) => path.relative(root, file);

interface Found {
  readonly key: string;
  readonly where: string;
}

const withNs = (key: string, ns: string) =>
  new RegExp(`^(${nsAlternation}):`).test(key) ? key : `${ns}:${key}`;

/** Templates as regular-expression sources: each ${…} becomes ".*". */
const templateToRegExp = (body: string) =>
  body
    .split(/\$\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');

interface Scan {
  readonly staticKeys: Found[];
  /** Key templates as regular-expression sources. */
  readonly templates: Found[];
}

interface CodeFile {
  /** Path relative to the repository root. */
  readonly where: string;
  readonly code: string;
}

/**
 * Writes a file's string constants into the templates that use them: with
 * const base = `checklist:steps.${step.content}`, the template `${base}.${f}` reads
 * `checklist:steps.${step.content}.${f}` — a key family, not "any key with a dot".
 */
function inlineConstants(code: string): string {
  const constants = new Map<string, string>();
  for (const m of code.matchAll(/\bconst\s+(\w+)\s*=\s*(?:`([^`]*)`|'([^']*)'|"([^"]*)")\s*;/g))
    constants.set(m[1] ?? '', m[2] ?? m[3] ?? m[4] ?? '');
  return code.replace(/`[^`]*`/g, (template) =>
    template.replace(/\$\{\s*(\w+)\s*\}/g, (whole, name: string) => constants.get(name) ?? whole),
  );
}

/** The static keys and key templates in the given source files (the mutation tests pass copies). */
function scanCode(files: readonly CodeFile[]): Scan {
  const staticKeys: Found[] = [];
  const templates: Found[] = [];
  for (const { where, code: original } of files) {
    const code = inlineConstants(original);
    const isSrc = !where.startsWith('machines');
    // useTranslation('legal') makes bare t('…') in that file a legal key; text()/has() come from
    // useText(), whose namespace is always the default one (common).
    const tNs = /useTranslation\(\s*['"](\w+)['"]\s*\)/.exec(code)?.[1] ?? 'common';
    if (isSrc) {
      for (const m of code.matchAll(/\b(t|text|has)\(\s*(['"])((?:(?!\2).)+)\2/g)) {
        const fn = m[1] ?? '';
        staticKeys.push({ key: withNs(m[3] ?? '', fn === 't' ? tNs : 'common'), where });
      }
      for (const m of code.matchAll(/\b(t|text|has)\(\s*`([^`]*)`/g)) {
        const fn = m[1] ?? '';
        const body = m[2] ?? '';
        if (!body.includes('${')) {
          staticKeys.push({ key: withNs(body, fn === 't' ? tNs : 'common'), where });
          continue;
        }
        // A template starting with ${…} carries its namespace in the interpolated part.
        const full = body.startsWith('${') ? body : withNs(body, fn === 't' ? tNs : 'common');
        templates.push({ key: templateToRegExp(full), where: `${where}: \`${body}\`` });
      }
    }
    // Namespaced strings and templates anywhere (props, variables, zod message keys in machines/).
    for (const m of code.matchAll(new RegExp(`(['"])((?:${nsAlternation}):[\\w.]+)\\1`, 'g'))) {
      staticKeys.push({ key: m[2] ?? '', where });
    }
    for (const m of code.matchAll(new RegExp(`\`((?:${nsAlternation}):[^\`]*)\``, 'g'))) {
      const body = m[1] ?? '';
      if (body.includes('${'))
        templates.push({ key: templateToRegExp(body), where: `${where}: \`${body}\`` });
      else staticKeys.push({ key: body, where });
    }
  }
  return { staticKeys, templates };
}

const sourceFiles: CodeFile[] = [...srcFiles, ...machineFiles].map((file) => ({
  where: rel(file),
  code: read(file),
}));
const { staticKeys, templates } = scanCode(sourceFiles);

// ---------------------------------------------------------------------------------------------
// (b) Dynamic keys, expanded from the registries

interface Dynamic {
  readonly key: string;
  /** false where the screen first asks has(key): the key may be absent. */
  readonly required: boolean;
  readonly source: string;
}

/** A table a screen keeps to itself, read from its source (so the test follows the code). */
function sourceTable(file: string, pattern: RegExp): string {
  const m = pattern.exec(read(path.join(root, file)));
  if (!m?.[1])
    throw new Error(`${file}: ${String(pattern)} not found — update locale-usage.test.ts`);
  return m[1];
}
const quoted = (text: string) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');

/** start-screen.tsx: audience option -> banner key. */
const audienceKeyTable = Object.fromEntries(
  [
    ...sourceTable('src/screens/start-banner.ts', /const audienceKey = \{([^}]*)\}/).matchAll(
      /(\w+):\s*'(\w+)'/g,
    ),
  ].map((m) => [m[1] ?? '', m[2] ?? '']),
);
/** step-body.tsx: the fields of a step's body. */
const stepFields = quoted(sourceTable('src/screens/step-body.tsx', /const fields = \[([^\]]*)\]/));
/** wizard-context.ts: the notices the app can show. */
const notices = quoted(sourceTable('src/app/wizard-context.ts', /export type Notice =([^;]*);/));

const catalogue: Record<string, StepDefinition> = stepCatalogue;
const fromSteps = (pick: (d: StepDefinition) => readonly string[] | undefined) =>
  [...new Set(Object.values(catalogue).flatMap((d) => pick(d) ?? []))].sort();
const childNumbers = Array.from({ length: MAX_CHILDREN }, (_, i) => String(i + 1));

function dynamicKeys(): Dynamic[] {
  const out: Dynamic[] = [];
  const add = (key: string, required: boolean, source: string) =>
    out.push({ key, required, source });

  // questions: question-screen.tsx, summary-screen.tsx, answer-schemas.ts (error message keys)
  for (const id of questionIds) {
    add(`questions:${id}.title`, true, 'question / summary heading');
    add(`questions:${id}.hint`, false, 'question-screen has(hint)');
    add(`questions:${id}.dontKnowHelp`, false, 'question-screen has(dontKnowHelp)');
  }
  for (const id of choiceQuestionIds) {
    add(`questions:${id}.error`, true, 'answer-schemas choice error');
    for (const v of optionsOf(id)) {
      add(`questions:${id}.options.${v}`, true, 'radio label / summary value');
      add(`questions:${id}.optionHints.${v}`, false, 'question-screen has(optionHint)');
    }
  }
  add('questions:classLabel.errorTooLong', true, 'answer-schemas classLabel');
  add('questions:classLabel.errorCharacters', true, 'answer-schemas classLabel');

  // checklist: checklist-screen.tsx, teacher-result-screen.tsx
  for (const id of stageIds) {
    add(`checklist:stages.${id}.title`, true, 'stage heading');
    add(`checklist:stages.${id}.intro`, true, 'stage intro');
  }
  for (const id of stepContentIds) {
    add(`checklist:steps.${id}.title`, true, 'step title');
    for (const f of stepFields)
      add(`checklist:steps.${id}.${f}`, false, 'checklist-screen has(field)');
  }
  for (const f of stepFields) add(`common:checklist.fields.${f}`, true, 'step field label');
  for (const id of fromSteps((d) => d.links)) add(`checklist:links.${id}`, true, 'step link text');
  for (const id of fromSteps((d) => d.notes)) add(`checklist:notes.${id}`, true, 'step dated note');
  for (const id of fromSteps((d) => d.troubles)) {
    for (const f of ['title', 'symptom', 'fix']) add(`troubles:${id}.${f}`, true, 'step trouble');
  }

  // the checklist's rows (checklist-row.tsx): the status of an item a tick box can change, and
  // the reminder of each kind of wait (reminder-button.tsx)
  for (const status of ['ticked', 'todo', 'waiting'])
    add(`checklist:view.status.${status}`, true, 'checklist item status');
  for (const kind of Object.keys(reminderDays))
    add(`checklist:view.reminder.${kind}`, true, 'reminder description');

  // children: question caption, summary group heading, checklist subject label
  for (const n of childNumbers) {
    add(`common:children.caption.${n}`, true, 'per-child caption');
    for (const age of optionsOf('childAge'))
      add(`common:children.label.${age}.${n}`, true, 'child label');
  }

  // start page banner (start-screen.tsx) and the teacher's "for whom" line: forClass with a class
  // label, forAudience without. audienceOf() never reads "everyone" back from a link (that link
  // pre-fills nothing), so the start page never shows forAudience.everyone; the teacher's link
  // builder does.
  for (const audience of optionsOf('audience')) {
    const k = audienceKeyTable[audience];
    if (k === undefined) continue; // reported by its own test
    add(`common:start.forClass.${k}`, true, 'start banner with class');
    add(`common:start.forAudience.${k}`, true, 'start banner');
  }

  for (const n of notices) add(`common:notice.${n}`, true, 'app.tsx notices');
  for (const lang of appLanguages) add(`common:lang.${lang}`, true, 'layout language switch');

  // teacher-result-screen.tsx: the ready chat message, with and without a class label
  for (const audience of optionsOf('audience')) {
    add(`teacher:message.${audience}`, true, 'teacher chat message');
    add(`teacher:message.${audience}WithClass`, true, 'teacher chat message with class');
  }

  // legal-screen.tsx lists every act in the Russian file
  for (const id of Object.keys((loadLanguage('ru').legal as { acts: object }).acts))
    add(`legal:acts.${id}`, true, 'legal acts list');
  return out;
}

const dynamic = dynamicKeys();

/**
 * The keys the code asks for: its static keys, and each expanded key that a template in the code
 * matches. The registries say which keys a family of keys can have; only a template (t(`…${id}…`),
 * a namespaced `…${…}` string) shows that some screen still asks for them. A family whose template
 * is gone is unused, however complete the registry.
 */
function usedKeysOf(scan: Scan): Set<string> {
  const patterns = scan.templates.map((tpl) => new RegExp(`^${tpl.key}$`));
  const asked = (key: string) => patterns.some((re) => re.test(key));
  return new Set<string>([
    ...scan.staticKeys.map((s) => s.key),
    ...dynamic.filter((d) => (d.required || fileKeys.has(d.key)) && asked(d.key)).map((d) => d.key),
  ]);
}
const usedKeys = usedKeysOf({ staticKeys, templates });
/** Keys in the locale files that nothing uses and nothing reserves. */
const unusedKeysOf = (used: ReadonlySet<string>) =>
  [...fileKeys].filter((k) => !used.has(k) && !reservedKeys.has(k)).sort();

// ---------------------------------------------------------------------------------------------

describe('locale keys the code asks for', () => {
  it('the source scan finds the keys it should (guards the scan itself)', () => {
    const keys = new Set(staticKeys.map((s) => s.key));
    expect(staticKeys.length).toBeGreaterThan(60);
    // useTranslation('legal') sets the namespace of bare t() in legal-screen.tsx …
    expect(keys).toContain('legal:why');
    expect(keys).toContain('legal:rule2024');
    // … while text('common:…') there keeps its own.
    expect(keys).toContain('common:app.name');
    expect(keys).not.toContain('common:why');
    // Double-quoted, single-quoted and machine (zod message) keys.
    expect(keys).toContain('common:checklist.doneCount');
    expect(keys).toContain('teacher:result.title');
    expect(keys).toContain('questions:classLabel.errorTooLong');
    expect(templates.length).toBeGreaterThan(15);
  });

  it('the screens’ own key tables were read', () => {
    expect(Object.keys(audienceKeyTable).sort()).toEqual([...optionsOf('audience')].sort());
    expect(stepFields.length).toBeGreaterThan(0);
    expect(notices.length).toBeGreaterThan(0);
  });

  it.each(['ru', 'en'] as const)('every static key in src/ and machines/ exists in %s', (lang) => {
    const keys = lang === 'ru' ? ruKeys : enKeys;
    const missing = staticKeys.filter((s) => !keys.has(s.key)).map((s) => `${s.key} (${s.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it.each(['ru', 'en'] as const)(
    'every dynamic key the screens always ask for exists in %s',
    (lang) => {
      const keys = lang === 'ru' ? ruKeys : enKeys;
      const missing = dynamic
        .filter((d) => d.required && !keys.has(d.key))
        .map((d) => `${d.key} (${d.source})`);
      expect(missing).toEqual([]);
    },
  );

  it('every key template names its namespace (so it asks for one key family, not any key)', () => {
    // A template that starts with an unresolved ${…} (t(`${key}.title`)) would match every key and
    // make every family look asked for: write the namespace in it, or keep its prefix in a
    // const of the same file (const base = `checklist:steps.${id}`), which the scan reads.
    const unanchored = templates
      .filter((tpl) => !new RegExp(`^(?:${nsAlternation}):`).test(tpl.key))
      .map((tpl) => tpl.where);
    expect(unanchored).toEqual([]);
  });

  it('every key template in the code is covered by the expansion above', () => {
    const expanded = [...new Set([...dynamic.map((d) => d.key), ...staticKeys.map((s) => s.key)])];
    const unexplained = templates
      .filter((tpl) => !expanded.some((k) => new RegExp(`^${tpl.key}$`).test(k)))
      .map((tpl) => tpl.where);
    expect([...new Set(unexplained)]).toEqual([]);
  });
});

describe('locale keys in the files', () => {
  it('every key in the locale files is used by the code or reserved for a later issue', () => {
    expect(unusedKeysOf(usedKeys)).toEqual([]);
  });

  it('no reserved key is used yet (when its feature lands, remove it from reservedForLaterIssues)', () => {
    const nowUsed = reservedForLaterIssues
      .filter((r) => usedKeys.has(r.key))
      .map((r) => `${r.key} (${r.issue})`);
    expect(nowUsed).toEqual([]);
  });

  it('every reserved key exists in both languages and is reserved once', () => {
    const stale = reservedForLaterIssues
      .filter((r) => !ruKeys.has(r.key) || !enKeys.has(r.key))
      .map((r) => r.key);
    expect(stale).toEqual([]);
    expect(reservedKeys.size).toBe(reservedForLaterIssues.length);
    expect(reservedForLaterIssues.every((r) => r.issue.trim().length > 0)).toBe(true);
  });

  it('plural keys are asked for by their base key', () => {
    // t('checklist.doneCount', { count }) — never by a suffixed key.
    const suffixed = staticKeys
      .filter((s) => splitPlural(s.key).form !== undefined)
      .map((s) => s.key);
    expect(suffixed).toEqual([]);
  });
});

describe('mutation: the screen stops asking for a key family', () => {
  // The mutation the check exists for, applied to copies of the sources in memory: the option
  // hints' template is gone from the code (question-screen.tsx passes hint: undefined), while
  // the registry still lists every option. Those hints must now count as unused.
  const withoutOptionHints = sourceFiles.map((file) => ({
    ...file,
    code: file.code.replace(/`[^`]*\.optionHints\.[^`]*`/g, 'undefined'),
  }));
  const hintKeys = [...fileKeys].filter((k) => k.includes('.optionHints.'));

  it('the mutation really removes a template (the copies differ from the files)', () => {
    expect(hintKeys.length).toBeGreaterThan(0);
    expect(scanCode(withoutOptionHints).templates.length).toBeLessThan(templates.length);
  });

  it('is caught: every option hint in the locale files is reported unused', () => {
    const unused = unusedKeysOf(usedKeysOf(scanCode(withoutOptionHints)));
    expect(unused).toEqual(expect.arrayContaining(hintKeys));
    expect(unused.filter((k) => !k.includes('.optionHints.'))).toEqual([]);
  });
});
