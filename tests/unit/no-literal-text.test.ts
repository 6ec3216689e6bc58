// No user-facing words in components or the decision core: every word comes from locales/.
// Parses src/ and machines/ with the TypeScript compiler API (so comments never count) and fails on
//  - JSX text containing a letter (Cyrillic, Latin or any other script);
//  - a string literal in a JSX child position ({'Далее'}, {ok ? 'Yes' : null}) with a letter;
//  - a literal with a letter in a user-facing attribute or prop (aria-label, title, alt,
//    placeholder, label …) — technical attributes (className, id, href, type, rel …) are allowed;
//  - any string or template literal containing Cyrillic anywhere in src/ and machines/.
// A literal that is the argument of a call (t('checklist.title'), text(`…${id}`)) is a key, not text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './support/locale-files';

/** Attributes whose values never reach the reader. */
const technicalAttributes = new Set([
  'className',
  'id',
  'key',
  'href',
  'hrefLang',
  'type',
  'rel',
  'target',
  'lang',
  'autoComplete',
  'inputMode',
  'role',
  'htmlFor',
  'name',
  'fieldId',
  'tabIndex',
  'spellCheck',
  'maxLength',
  'width',
  'height',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'focusable',
  'xmlns',
  'src',
  'media',
  'method',
  'action',
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-live',
  'aria-hidden',
  'aria-current',
  'aria-invalid',
  'aria-expanded',
  'aria-atomic',
  'aria-relevant',
  'aria-busy',
  'shapeRendering',
  // draggable="false" on the start link styled as a button (GOV.UK's start button).
  'draggable',
  // A download's file name without extension ("qr-7Б"): named after the class, not a sentence.
  'fileName',
]);
/**
 * Attributes and props that are read or heard. Listed to document them; any attribute in
 * neither list is treated as user-facing too, so a new prop must be classified on purpose.
 */
const userFacingAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
  'labels',
  'copiedLabel',
  'subjectLabel',
  'caption',
  'hint',
  'error',
  'errorPrefix',
  'text',
  'value',
  'content',
]);

const letter = /\p{L}/u;
const cyrillic = /\p{Script=Cyrillic}/u;

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly kind: string;
  readonly text: string;
}

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateLiteralLikeNode;

const isLiteral = (node: ts.Node): node is Literal =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateHead(node) ||
  ts.isTemplateMiddle(node) ||
  ts.isTemplateTail(node);

/**
 * Where a literal ends up, walking outwards through the expressions that pass a value on
 * (parentheses, ?: branches, ?? || && +, templates, object and array literals). Anything else —
 * a call's argument (a key: t('…')), an index, a comparison, a variable — stops the walk.
 */
function renderedAs(
  node: ts.Node,
): { kind: 'child' } | { kind: 'attribute'; name: string } | undefined {
  const passOn = new Set([
    ts.SyntaxKind.QuestionQuestionToken,
    ts.SyntaxKind.BarBarToken,
    ts.SyntaxKind.AmpersandAmpersandToken,
    ts.SyntaxKind.PlusToken,
  ]);
  let current: ts.Node = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (ts.isJsxAttribute(parent)) return { kind: 'attribute', name: parent.name.getText() };
    if (ts.isJsxExpression(parent)) {
      if (ts.isJsxAttribute(parent.parent))
        return { kind: 'attribute', name: parent.parent.name.getText() };
      if (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))
        return { kind: 'child' };
      return undefined;
    }
    const passes =
      ts.isParenthesizedExpression(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== current) ||
      (ts.isBinaryExpression(parent) && passOn.has(parent.operatorToken.kind)) ||
      ts.isTemplateExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      (ts.isPropertyAssignment(parent) && parent.initializer === current) ||
      ts.isObjectLiteralExpression(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isNonNullExpression(parent);
    if (!passes) return undefined;
  }
  return undefined;
}

/** All findings in one file's source text. */
function findLiteralText(file: string, code: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, what: string, text: string) =>
    findings.push({
      file,
      line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      kind: what,
      text: text.trim().slice(0, 80),
    });

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && letter.test(node.text)) report(node, 'JSX text', node.text);
    if (isLiteral(node)) {
      const text = node.text;
      if (cyrillic.test(text)) report(node, 'Cyrillic literal', text);
      else if (letter.test(text)) {
        const where = renderedAs(node);
        if (where?.kind === 'child') report(node, 'literal JSX child', text);
        if (where?.kind === 'attribute' && !technicalAttributes.has(where.name))
          report(
            node,
            userFacingAttributes.has(where.name)
              ? `literal in user-facing attribute ${where.name}`
              : `literal in unclassified attribute ${where.name} (add it to technicalAttributes if it is never read)`,
            text,
          );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : ext.test(name) ? [full] : [];
  });
}

const codeFiles = [
  ...filesUnder(path.join(root, 'src'), /\.tsx?$/),
  ...filesUnder(path.join(root, 'machines'), /\.ts$/),
];

describe('no literal user-facing text in src/ and machines/', () => {
  it('finds the source files', () => {
    expect(codeFiles.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(10);
    expect(codeFiles.some((f) => f.includes(`${path.sep}machines${path.sep}`))).toBe(true);
  });

  it.each(codeFiles.map((f) => path.relative(root, f)))('%s has no literal text', (file) => {
    const findings = findLiteralText(file, readFileSync(path.join(root, file), 'utf8'));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.kind}: ${f.text}`)).toEqual([]);
  });
});

describe('the checker itself (fixtures)', () => {
  const kinds = (code: string, file = 'fixture.tsx') =>
    findLiteralText(file, code).map((f) => `${f.kind}: ${f.text}`);

  it('catches JSX text in Russian and in English', () => {
    expect(kinds('const a = <p>Начать</p>;')).toEqual(['JSX text: Начать']);
    expect(kinds('const a = <button type="button">Start</button>;')).toEqual(['JSX text: Start']);
  });

  it('catches literal JSX children, also in a conditional', () => {
    expect(kinds("const a = <p>{'Continue'}</p>;")).toEqual(['literal JSX child: Continue']);
    expect(kinds("const a = <p>{ok ? 'Yes' : null}</p>;")).toEqual(['literal JSX child: Yes']);
    expect(kinds('const a = <p>{`Step ${n}`}</p>;')).toEqual(['literal JSX child: Step']);
  });

  it('catches literal text in user-facing attributes and unknown props', () => {
    expect(kinds('const a = <nav aria-label="Language" />;')).toEqual([
      'literal in user-facing attribute aria-label: Language',
    ]);
    expect(kinds('const a = <img alt="Logo" src="/a.png" />;')).toEqual([
      'literal in user-facing attribute alt: Logo',
    ]);
    expect(kinds('const a = <input placeholder="7B" />;')).toHaveLength(1);
    expect(kinds("const a = <Card title={'Done'} />;")).toHaveLength(1);
    expect(kinds("const a = <Copy label={ok ? 'Copy' : 'Copied'} />;")).toHaveLength(2);
    expect(kinds("const a = <Card labels={{ tick: 'Done' }} />;")).toHaveLength(1);
    expect(kinds('const a = <Card banner="Hello" />;')[0]).toContain(
      'unclassified attribute banner',
    );
  });

  it('catches Cyrillic in any string or template literal, in .ts files too', () => {
    expect(kinds("export const label = 'Ученик';", 'x.ts')).toEqual(['Cyrillic literal: Ученик']);
    expect(kinds('const a = `Класс ${n}`;', 'x.ts')).toEqual(['Cyrillic literal: Класс']);
    expect(kinds("const a = <a href={'?q=Дневник'} />;")).toEqual(['Cyrillic literal: ?q=Дневник']);
  });

  it('allows keys, technical attributes, punctuation and comments', () => {
    const ok = [
      'const a = <p className="lead" id="x">{t(\'start.lead\')}</p>;',
      'const a = <p>{text(`questions:${id}.title`)}</p>;',
      'const a = <a href="?page=legal" target="_blank" rel="noopener noreferrer" lang="en">{t(\'x\')}</a>;',
      'const a = <input type="text" autoComplete="off" aria-label={t(\'lang.label\')} />;',
      "const a = <p>{' '}{count} / {total} — {'·'}</p>;",
      'const a = <svg viewBox="0 0 33 40"><path fill="currentColor" d="M0 0h13l20 20z" /></svg>;',
      "// Начать заново: comments do not count\nconst a = <p>{t('nav.startAgain')}</p>; /* 7Б */",
      "const key = `checklist:steps.${id}`; const s = 'parent';",
    ];
    for (const code of ok) expect(kinds(code), code).toEqual([]);
  });
});
