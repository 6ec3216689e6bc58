/**
 * readLocation (src/app/location.ts) reads whatever is in the address bar: 10,000 random search
 * strings — unrelated text, real parameter codes with garbage, percent-encoding garbage, repeats,
 * oversized values — must never throw, must yield only valid answers, and
 * writeLocation ∘ readLocation must settle after one pass (a reload of the rewritten URL shows the
 * same place). The codec's own properties live in machine-properties.test.ts; this covers the
 * app's layer on top (page, lang, the query as the browser hands it over).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswerKey } from '@machines/answers';
import { answerSchemas, classLabelSchema } from '@machines/answer-schemas';
import { MAX_CHILDREN, choiceQuestionIds, questions, type QuestionId } from '@machines/questions';
import { readLocation, writeLocation } from '@/app/location';

const NUM_RUNS = 10_000;
/** Fixed, so a failure reproduces; fast-check prints the counterexample and its path. */
const SEED = 20_260_417;

const codes = [
  ...choiceQuestionIds.map((id) => questions[id].code),
  'cl',
  's',
  'for',
  'page',
  'lang',
];
const optionCodes = [
  ...new Set(choiceQuestionIds.flatMap((id) => Object.values(questions[id].options) as string[])),
];
const garbage = [
  '',
  '%',
  '%%',
  '%00',
  '%E0%A4%A',
  '%ZZ',
  '%C0%AE',
  '%uD800',
  '\u0000',
  '\uD800',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'legal',
  'checklist',
  'summary',
  'parent',
  'link',
  'en',
  'ru',
  '7Б',
  '10 А',
];
/** Past the codec's 2,000-character limit: rare, or few runs would get to the answers. */
const oversized = ['x'.repeat(10_000), `${'Б'.repeat(5_000)}`];

const key = fc.oneof(
  fc.constantFrom(...codes),
  // a real code with a child number: valid (1–6), out of range (0, 7, 99) or odd
  fc
    .tuple(
      fc.constantFrom(...choiceQuestionIds.map((id) => questions[id].code)),
      fc.constantFrom('0', '1', '2', String(MAX_CHILDREN), '7', '99', '01', '-1', '1.5'),
    )
    .map(([code, n]) => code + n),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(...garbage.slice(0, 12)),
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...optionCodes) },
  { weight: 4, arbitrary: fc.constantFrom(...garbage) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom(...oversized) },
);
/** encodeURIComponent, except for lone surrogates, which it refuses: those stay raw. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** key=value pairs, each part raw or percent-encoded, joined by & (sometimes doubled). */
/** A parameter a real link carries: a question's code (with a child 1–6) and one of its codes. */
const validPair = fc
  .tuple(fc.constantFrom(...choiceQuestionIds), fc.integer({ min: 1, max: MAX_CHILDREN }), fc.nat())
  .map(([id, child, pick]): [string, string] => {
    const { code, perChild, options } = questions[id];
    const values = Object.values(options) as string[];
    return [perChild ? `${code}${child}` : code, values[pick % values.length] ?? ''];
  });
const pair = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(key, value) },
  { weight: 3, arbitrary: validPair },
);

const structured = fc
  .array(
    fc
      .tuple(pair, fc.boolean(), fc.constantFrom('&', '&', '&&', ';'))
      .map(([[k, v], escape, sep]) => `${escape ? encode(k) : k}=${escape ? encode(v) : v}${sep}`),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));
const search = fc
  .tuple(
    fc.constantFrom('', '?', '??', '&'),
    fc.oneof(
      { weight: 6, arbitrary: structured },
      { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'grapheme' }) },
    ),
  )
  .map(([prefix, rest]) => prefix + rest);

/** Every answer has a known key and a value its question's schema accepts. */
function invalidAnswers(answers: Readonly<Record<string, string>>): string[] {
  return Object.entries(answers)
    .filter(([k, v]) => {
      const ref = parseAnswerKey(k);
      if (!ref || !Object.hasOwn(answerSchemas, ref.question)) return true;
      return !answerSchemas[ref.question as QuestionId].safeParse(v).success;
    })
    .map(([k, v]) => `${k}=${v.slice(0, 40)}`);
}

const validForClass = (label: string) => label !== '' && classLabelSchema.safeParse(label).success;

describe(`readLocation on ${NUM_RUNS.toLocaleString('en')} random search strings`, () => {
  it('never throws, returns valid answers only, and settles after one write', () => {
    const started = performance.now();
    let withAnswers = 0;
    let withErrors = 0;
    fc.assert(
      fc.property(search, (input) => {
        const read = readLocation(input);
        if (Object.keys(read.answers).length > 0) withAnswers += 1;
        if (read.errors.length > 0) withErrors += 1;

        // Plain checks (expect() per run would dominate the time); a failure names what broke.
        const problems = [
          ...invalidAnswers(read.answers).map((a) => `invalid answer ${a}`),
          ...(read.page === 'flow' && !read.step ? ['flow page without a step'] : []),
          ...(read.forClass !== undefined && !validForClass(read.forClass)
            ? [`invalid class label ${read.forClass}`]
            : []),
        ];

        // One rewrite normalises the URL; reading it back gives the same place, without errors.
        const written = writeLocation(read);
        const again = readLocation(written);
        const place = (l: typeof read) => ({
          answers: l.answers,
          forClass: l.forClass,
          page: l.page,
          step: l.page === 'flow' ? l.step : undefined,
        });
        if (again.errors.length > 0) problems.push(`rewritten URL ${written} has codec errors`);
        if (JSON.stringify(place(again)) !== JSON.stringify(place(read)))
          problems.push(`rewritten URL ${written} reads back as another place`);
        if (writeLocation(again) !== written) problems.push(`rewriting ${written} changes it`);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(
      `readLocation fuzz: ${NUM_RUNS} search strings in ${seconds} s ` +
        `(${withAnswers} gave answers, ${withErrors} gave codec errors; seed ${SEED})`,
    );
    // The generator must reach the interesting cases, not only garbage that decodes to nothing.
    expect(withAnswers).toBeGreaterThan(NUM_RUNS / 10);
    expect(withErrors).toBeGreaterThan(NUM_RUNS / 10);
  });

  it.each([
    ['broken percent-encoding', '?r=%E0%A4%A&for=%%&s=%00'],
    ['a 10 kB value', `?r=p&for=${'Б'.repeat(10_000)}`],
    ['a repeated parameter', '?r=p&r=s&r=t&s=summary&s=checklist'],
    ['child numbers out of range', '?r=p&n=1&a0=y&a7=o&a99=y&s=a7'],
    ['markup in the class label', '?for=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ])('%s: reads without throwing and writes a clean URL', (_what, input) => {
    const read = readLocation(input);
    expect(invalidAnswers(read.answers)).toEqual([]);
    expect(readLocation(writeLocation(read)).errors).toEqual([]);
  });
});
