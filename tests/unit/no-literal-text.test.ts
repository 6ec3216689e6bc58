// No user-facing words in components or the decision core: every word comes from locales/.
// Parses src/ and machines/ with the TypeScript compiler API (so comments never count) and fails on
//  - JSX text containing a letter (Cyrillic, Latin or any other script);
//  - a string literal in a JSX child position ({'Далее'}, {ok ? 'Yes' : null}) with a letter;
//  - a literal with a letter in a user-facing attribute or prop (aria-label, title, alt,
//    placeholder, label …) — technical attributes (className, id, href, type, rel …) are allowed;
//  - any string or template literal containing Cyrillic anywhere in src/ and machines/;
//  - a Latin literal that reaches the screen by another road: through a variable or a function's
//    return that is rendered (const backLabel = 'Back'; <BackLink label={backLabel} />), as an
//    i18next defaultValue (shown whenever the key is missing), or as a zod error / message that is
//    not a namespaced key (the form shows text(message));
//  - in a component (.tsx), a capitalised phrase of two or more words anywhere outside technical
//    attributes and developer errors: text that may reach the screen by a road the scan cannot
//    follow (another file, a prop chain).
// A literal that is the argument of a call (t('checklist.title'), text(`…${id}`)) is a key, not text.
// Files whose Latin sentences never reach a family's screen are listed, with why, in
// filesWithoutScreenText.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './support/locale-files';

/** Files allowed to hold Latin sentences, because none of them reaches a screen. Keep it short. */
const filesWithoutScreenText: Record<string, string> = {
  // Build-time messages for whoever edits school.json (scripts/school-config-plugin.ts prints
  // them and stops the build); the browser never parses the configuration.
  'src/school/school-schema.ts': 'messages of the build for the school configuration',
};

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

type Rendered = { kind: 'child' } | { kind: 'attribute'; name: string };

const passOn = new Set([
  ts.SyntaxKind.QuestionQuestionToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.PlusToken,
]);

/**
 * Walks outwards from a value through the expressions that pass it on (parentheses, ?: branches,
 * ?? || && +, templates, object and array literals). Ends where it is rendered (a JSX child or
 * attribute), or at the first node that does something else with it — a call's argument (a key:
 * t('…')), an index, a comparison, a variable's initialiser, a return — given as `stop`.
 */
function walkOut(node: ts.Node): {
  rendered?: Rendered;
  stop?: ts.Node;
  from: ts.Node;
  property?: string;
} {
  let current: ts.Node = node;
  let property: string | undefined;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (ts.isJsxAttribute(parent))
      return { rendered: { kind: 'attribute', name: parent.name.getText() }, from: current };
    if (ts.isJsxExpression(parent)) {
      if (ts.isJsxAttribute(parent.parent))
        return {
          rendered: { kind: 'attribute', name: parent.parent.name.getText() },
          from: current,
        };
      if (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))
        return { rendered: { kind: 'child' }, from: current };
      return { stop: parent, from: current };
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === current)
      property ??= parent.name.getText().replace(/^['"]|['"]$/g, '');
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
    if (!passes) return { stop: parent, from: current, ...(property ? { property } : {}) };
  }
  return { from: current };
}

/** Where a literal ends up when it is rendered where it is written; undefined otherwise. */
const renderedAs = (node: ts.Node): Rendered | undefined => walkOut(node).rendered;

/** The name a function is called by: `function f`, `const f = () => …`, `f: () => …`. */
function functionName(fn: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && fn.name) return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (ts.isMethodDeclaration(fn)) return fn.name.getText();
  return undefined;
}

const isFunction = (node: ts.Node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node);

/** Every use of `name` in the file other than its declaration: identifiers and <Name /> tags. */
function usesOf(source: ts.SourceFile, name: string, declaration: ts.Node): ts.Node[] {
  const uses: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === name && node !== declaration) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node);
      if (!isPropertyName) uses.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/**
 * Follows a value that is not rendered where it is written: into the variable it initialises, or
 * out of the function it is returned from, to each place that variable or call is used — a few
 * steps deep. Returns how it reaches the screen, or undefined when it never does.
 */
function reachesScreen(
  source: ts.SourceFile,
  node: ts.Node,
  depth = 0,
): { rendered: Rendered; road: string } | undefined {
  if (depth > 4) return undefined;
  const { rendered, stop, from } = walkOut(node);
  if (rendered) return { rendered, road: '' };
  if (!stop) return undefined;
  const follow = (uses: ts.Node[], road: string) => {
    for (const use of uses) {
      // A call of the function, or the variable itself, goes where its expression goes.
      const value =
        ts.isCallExpression(use.parent) && use.parent.expression === use
          ? use.parent
          : ts.isJsxOpeningElement(use.parent) || ts.isJsxSelfClosingElement(use.parent)
            ? undefined
            : use;
      if (!value) return { rendered: { kind: 'child' } as Rendered, road: `${road} <${road} />` };
      const found = reachesScreen(source, value, depth + 1);
      if (found) return { rendered: found.rendered, road: `${road}${found.road}` };
    }
    return undefined;
  };
  if (ts.isVariableDeclaration(stop) && stop.initializer === from && ts.isIdentifier(stop.name))
    return follow(usesOf(source, stop.name.text, stop.name), ` through variable ${stop.name.text}`);
  let fn: ts.Node | undefined;
  if (ts.isReturnStatement(stop)) {
    fn = stop.parent;
    while (fn && !isFunction(fn)) fn = fn.parent;
  } else if (ts.isArrowFunction(stop) && stop.body === from) fn = stop;
  const name = fn ? functionName(fn) : undefined;
  if (fn && name) {
    const declared = ts.isFunctionDeclaration(fn) ? fn.name : undefined;
    return follow(usesOf(source, name, declared ?? fn), ` through the return of ${name}()`);
  }
  return undefined;
}

const zodChecks = new Set([
  'refine',
  'superRefine',
  'check',
  'min',
  'max',
  'minLength',
  'maxLength',
  'length',
  'regex',
  'email',
  'url',
  'nonempty',
  'startsWith',
  'endsWith',
  'includes',
]);
/** A message key as machines/answer-schemas.ts writes them: 'questions:classLabel.errorTooLong'. */
const isNamespacedKey = (code: string) => /^['"`][a-z]+:[\w.${}]+['"`]$/.test(code);
/** A capitalised phrase of two or more words: "Back to the previous question". */
const phrase = /^\s*\p{Lu}\p{Ll}+[\s,]+\p{L}/u;

/** A developer's message: thrown or logged, never rendered. */
function isDeveloperMessage(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isCallExpression(n) && /^console\./.test(n.expression.getText())) return true;
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return true;
    if (isFunction(n) || ts.isSourceFile(n)) return false;
  }
  return false;
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

  const usesZod = /from\s+['"]zod(?:\/[\w-]+)?['"]/.test(code);
  const isComponent = file.endsWith('.tsx');
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && letter.test(node.text)) report(node, 'JSX text', node.text);
    if (isLiteral(node)) {
      const text = node.text;
      // A template's pieces are judged once, as the whole template.
      const whole = ts.isTemplateLiteralToken(node) && !ts.isNoSubstitutionTemplateLiteral(node);
      const value = !whole ? node : ts.isTemplateHead(node) ? node.parent : node.parent.parent;
      if (cyrillic.test(text)) report(node, 'Cyrillic literal', text);
      else if (letter.test(text) && !(whole && !ts.isTemplateHead(node))) {
        const where = renderedAs(value);
        const attribute = (name: string) =>
          userFacingAttributes.has(name)
            ? `literal in user-facing attribute ${name}`
            : `literal in unclassified attribute ${name} (add it to technicalAttributes if it is never read)`;
        if (where?.kind === 'child') report(node, 'literal JSX child', text);
        else if (where?.kind === 'attribute') {
          if (!technicalAttributes.has(where.name)) report(node, attribute(where.name), text);
        } else {
          const road = reachesScreen(source, value);
          const out = walkOut(value);
          const zodArgument =
            usesZod &&
            out.stop !== undefined &&
            ts.isCallExpression(out.stop) &&
            out.stop.arguments.indexOf(out.from as ts.Expression) > 0 &&
            zodChecks.has(out.stop.expression.getText().split('.').pop() ?? '');
          const textOf = value.getText();
          if (road && road.rendered.kind === 'child')
            report(node, `literal JSX child${road.road}`, text);
          else if (road?.rendered.kind === 'attribute') {
            if (!technicalAttributes.has(road.rendered.name))
              report(node, `${attribute(road.rendered.name)}${road.road}`, text);
          } else if (out.property === 'defaultValue')
            report(node, 'literal defaultValue (shown when the key is missing)', text);
          else if (
            usesZod &&
            (out.property === 'error' || out.property === 'message' || zodArgument) &&
            !isNamespacedKey(textOf)
          )
            report(node, 'zod message that is not a locale key (the form shows it)', text);
          else if (isComponent && phrase.test(text) && !isDeveloperMessage(value))
            report(node, 'phrase in a component', text);
        }
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
    const findings = findLiteralText(file, readFileSync(path.join(root, file), 'utf8')).filter(
      (f) => !(file in filesWithoutScreenText) || f.kind.startsWith('Cyrillic'),
    );
    expect(findings.map((f) => `${f.file}:${f.line} ${f.kind}: ${f.text}`)).toEqual([]);
  });

  it('every file allowed Latin sentences exists and says why', () => {
    for (const [file, why] of Object.entries(filesWithoutScreenText)) {
      expect(codeFiles.map((f) => path.relative(root, f))).toContain(file);
      expect(why.trim().length, file).toBeGreaterThan(10);
    }
    expect(Object.keys(filesWithoutScreenText).length).toBeLessThanOrEqual(3);
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

  it('catches Latin text that reaches the screen through a variable or a function’s return', () => {
    expect(kinds("const a = 'Back'; const b = <BackLink label={a} />;")).toEqual([
      'literal in user-facing attribute label through variable a: Back',
    ]);
    expect(kinds("const a = ok ? 'Yes' : 'No'; const b = <p>{a}</p>;")).toHaveLength(2);
    expect(kinds("const labels = { tick: 'Done' }; const b = <Card labels={labels} />;")).toEqual([
      'literal in user-facing attribute labels through variable labels: Done',
    ]);
    expect(kinds("function label() { return 'Back'; }\nconst b = <p>{label()}</p>;")).toEqual([
      'literal JSX child through the return of label(): Back',
    ]);
    expect(kinds("const label = () => 'Back'; const b = <a title={label()} />;")).toHaveLength(1);
    expect(kinds("function Hello() { return 'Hello there'; }\nconst b = <Hello />;")).toHaveLength(
      1,
    );
    // Two steps: a variable holding the variable.
    expect(kinds("const a = 'Back'; const b = a; const c = <p>{b}</p>;")).toHaveLength(1);
  });

  it('catches defaultValue and zod messages that are not keys', () => {
    expect(kinds("const a = <p>{t('nav.back', { defaultValue: 'Back' })}</p>;")).toEqual([
      'literal defaultValue (shown when the key is missing): Back',
    ]);
    expect(kinds("const a = <input defaultValue='Type here' />;")).toHaveLength(1);
    const zod = "import * as z from 'zod/mini';\n";
    expect(
      kinds(`${zod}const s = z.string().check(z.minLength(1, { error: 'Too short' }));`, 'x.ts'),
    ).toEqual(['zod message that is not a locale key (the form shows it): Too short']);
    expect(
      kinds(`${zod}const s = z.enum(['a'], { message: \`Pick \${n}\` });`, 'x.ts'),
    ).toHaveLength(1);
    expect(
      kinds(`${zod}const s = z.string().check(z.refine((v) => v !== '', 'Required'));`, 'x.ts'),
    ).toHaveLength(1);
    // Keys are fine, and so is an "error" property in a file without zod.
    expect(
      kinds(
        `${zod}const s = z.string().check(z.maxLength(9, { error: 'questions:x.errorTooLong' }));`,
        'x.ts',
      ),
    ).toEqual([]);
    expect(
      kinds(`${zod}const s = z.enum(['a'], { error: \`questions:\${id}.error\` });`, 'x.ts'),
    ).toEqual([]);
    expect(kinds("const q = { options: { yes: 'y', error: 'e' } };", 'x.ts')).toEqual([]);
  });

  it('catches a capitalised phrase anywhere in a component, but not a developer’s error', () => {
    expect(kinds("export const BACK = 'Back to the start';")).toEqual([
      'phrase in a component: Back to the start',
    ]);
    expect(kinds("throw new Error('Something went wrong here');")).toEqual([]);
    expect(kinds("console.error('Could not load the words');")).toEqual([]);
    expect(kinds("export const BACK = 'Back to the start';", 'x.ts')).toEqual([]);
  });

  it('allows technical values that travel through variables and returns', () => {
    const ok = [
      "const cls = 'step step--done'; const a = <p className={cls}>{t('x')}</p>;",
      "function rel() { return 'noopener noreferrer'; }\nconst a = <a rel={rel()} href='/'>{t('x')}</a>;",
      "const key = 'nav.back'; const a = <p>{t(key)}</p>;",
      "const audienceKey = { under14: 'Under14' }; const a = <p>{t(`start.${audienceKey[x]}`)}</p>;",
    ];
    for (const code of ok) expect(kinds(code), code).toEqual([]);
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

describe('mutation: a Latin label passed through a variable', () => {
  // The mutation the check exists for, applied to a copy of question-screen.tsx in memory.
  const file = 'src/screens/question-screen.tsx';
  const original = readFileSync(path.join(root, file), 'utf8');
  const back = /<BackLink label=\{[^}]*\}/;
  const mutated = original
    .replace(back, '<BackLink label={backLabel}')
    // Declared just before the component's JSX.
    .replace(
      /\n {2}return \(/,
      "\n  const backLabel = 'Back to the previous question';\n  return (",
    );

  it('the copy really differs where the mutation goes', () => {
    expect(original).toMatch(back);
    expect(mutated).toContain("const backLabel = 'Back to the previous question';");
    expect(mutated).toContain('<BackLink label={backLabel}');
  });

  it('is caught', () => {
    expect(findLiteralText(file, original)).toEqual([]);
    expect(findLiteralText(file, mutated).map((f) => f.kind)).toEqual([
      'literal in user-facing attribute label through variable backLabel',
    ]);
  });
});
