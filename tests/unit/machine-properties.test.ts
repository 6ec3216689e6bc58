/**
 * Property tests of the decision core (fast-check, 10 000 runs each):
 *  (a) random event sequences keep the machine's invariants;
 *  (b) a complete walk asks exactly applicableQuestions(answers), in order;
 *  (c) the link codec never throws on garbage and round-trips every valid answer set.
 * Each property prints how long it took.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswerKey, type Answers } from '@machines/answers';
import { answerSchemas, classLabelSchema } from '@machines/answer-schemas';
import { applicableKeys, isComplete, previousShown, pruneAnswers } from '@machines/applicability';
import { decodeLink, encodeLink, type LinkState } from '@machines/link-codec';
import {
  currentKey,
  stepOf,
  type OnboardingEvent,
  type OnboardingSnapshot,
  type StepId,
} from '@machines/onboarding-machine';
import {
  MAX_CHILDREN,
  choiceQuestionIds,
  isPerChild,
  optionsOf,
  questionIds,
  questions,
  type QuestionId,
} from '@machines/questions';
import { restoreSnapshot, stepRefOf, withSkipped, type StepRef } from '@machines/restore';
import { allValuesValid, send, validValues, walk } from './support/wizard';

const NUM_RUNS = 10_000;
const timings: string[] = [];

/** Runs a property with NUM_RUNS runs and records how long it took. */
function timed(name: string, property: fc.IProperty<never> | fc.IProperty<unknown[]>) {
  const start = performance.now();
  fc.assert(property as fc.IProperty<unknown[]>, { numRuns: NUM_RUNS });
  const ms = performance.now() - start;
  const line = `property ${name}: ${NUM_RUNS} runs in ${(ms / 1000).toFixed(2)} s`;
  timings.push(line);
  console.log(line);
}

afterAll(() => {
  if (timings.length > 0) console.log(timings.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// (a) random event sequences
// ---------------------------------------------------------------------------------------------

/** Every option value of every question, the short link codes, and look-alikes. */
const allOptionValues = [...new Set(choiceQuestionIds.flatMap((id) => optionsOf(id)))];
const allCodes = [
  ...new Set(choiceQuestionIds.flatMap((id) => Object.values(questions[id].options) as string[])),
];
const trickyValues = [
  '',
  ' ',
  'Parent',
  'YES',
  '0',
  '7',
  '-1',
  '1.0',
  ' 1',
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  '7Б!',
  '1234567890123',
];

/**
 * What to do next, resolved against the current snapshot so that sequences reach deep into
 * the tree: a valid option (by index), any value, back, change (of a held key by index or of
 * any key), confirm, restart.
 */
type Intent =
  | { kind: 'valid'; pick: number }
  | { kind: 'value'; value: string }
  | { kind: 'back' }
  | { kind: 'changeHeld'; pick: number }
  | { kind: 'changeAny'; key: string }
  | { kind: 'confirm' }
  | { kind: 'restart' };

const anyKey = fc.oneof(
  fc.constantFrom(...questionIds),
  fc
    .tuple(fc.constantFrom(...questionIds), fc.integer({ min: -1, max: MAX_CHILDREN + 2 }))
    .map(([q, c]) => `${q}.${c}`),
  fc.string({ maxLength: 12 }),
);

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 12, arbitrary: fc.nat({ max: 50 }).map((pick) => ({ kind: 'valid', pick }) as const) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(...allOptionValues),
        fc.constantFrom(...allCodes),
        fc.constantFrom(...trickyValues),
        fc.string({ maxLength: 16, unit: 'grapheme' }),
      )
      .map((value) => ({ kind: 'value', value }) as const),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'back' } as const) },
  {
    weight: 2,
    arbitrary: fc.nat({ max: 50 }).map((pick) => ({ kind: 'changeHeld', pick }) as const),
  },
  { weight: 1, arbitrary: anyKey.map((key) => ({ kind: 'changeAny', key }) as const) },
  { weight: 2, arbitrary: fc.constant({ kind: 'confirm' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' } as const) },
);

const sequenceArb = fc.record({
  picks: fc.array(fc.nat({ max: 50 }), { minLength: 30, maxLength: 30 }),
  prefix: fc.nat({ max: 30 }),
  /** Which answered questions before the start were skipped (a link landed past them), as bits. */
  skips: fc.nat(),
  intents: fc.array(intentArb, { minLength: 1, maxLength: 20, size: 'medium' }),
});

function eventFor(snapshot: OnboardingSnapshot, intent: Intent): OnboardingEvent {
  switch (intent.kind) {
    case 'valid': {
      const question = snapshot.hasTag('question') ? (stepOf(snapshot) as QuestionId) : 'role';
      const options = validValues(question);
      return { type: 'answer', value: options[intent.pick % options.length] ?? '' };
    }
    case 'value':
      return { type: 'answer', value: intent.value };
    case 'changeHeld': {
      const keys = Object.keys(snapshot.context.answers);
      return { type: 'change', key: keys[intent.pick % Math.max(1, keys.length)] ?? 'role' };
    }
    case 'changeAny':
      return { type: 'change', key: intent.key };
    default:
      return { type: intent.kind };
  }
}

/** restoreSnapshot is pure: memoise it, many sequences pass the same places. */
const restoreCache = new Map<string, StepRef & { value: string }>();
function restoredPlace(answers: Answers, target: StepRef) {
  const cacheKey = JSON.stringify([answers, target]);
  let place = restoreCache.get(cacheKey);
  if (place === undefined) {
    const restored = restoreSnapshot(answers, target);
    place = { ...stepRefOf(restored), value: String(restored.value) };
    restoreCache.set(cacheKey, place);
  }
  return place;
}

const sortedKeys = (answers: Answers) => Object.keys(answers).sort();
const sameRecord = (a: Answers, b: Answers) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => Object.hasOwn(b, k) && b[k] === v);

/**
 * The invariants after one event, as a list of broken ones (empty when all hold). Plain
 * comparisons keep 10 000 sequences fast; a failure is reported through expect() below.
 */
function brokenInvariants(
  before: OnboardingSnapshot,
  event: OnboardingEvent,
  after: OnboardingSnapshot,
): string[] {
  const broken: string[] = [];
  const { answers } = after.context;
  // Every answer held applies: pruning changes nothing, every key is an applicable key.
  if (!sameRecord(pruneAnswers(answers), answers)) broken.push('pruneAnswers(answers) != answers');
  const applicable = new Set(applicableKeys(answers));
  for (const key of Object.keys(answers))
    if (!applicable.has(key)) broken.push(`held answer ${key} does not apply`);
  // Every answer held is a valid value of its question.
  if (!allValuesValid(answers)) broken.push('an answer fails its schema');
  // An answer the current question rejects changes nothing at all.
  if (event.type === 'answer' && before.hasTag('question')) {
    const question = stepOf(before) as QuestionId;
    const rejected = !answerSchemas[question].safeParse(event.value).success;
    const unchanged =
      after.value === before.value &&
      after.context.child === before.context.child &&
      after.context.returnToSummary === before.context.returnToSummary &&
      sameRecord(after.context.answers, before.context.answers);
    if (rejected && !unchanged)
      broken.push(`invalid value ${JSON.stringify(event.value)} moved the machine`);
  }
  // Back from a question opened by "change", with nothing left open, returns to the summary.
  if (
    event.type === 'back' &&
    before.hasTag('question') &&
    before.context.returnToSummary &&
    isComplete(before.context.answers) &&
    (stepOf(after) !== 'summary' || after.context.returnToSummary)
  )
    broken.push(
      `back while changing ${JSON.stringify(stepRefOf(before))} did not return to the summary`,
    );
  // Skipped questions are answered ones, never the one shown.
  const here = currentKey(after);
  for (const key of after.context.skipped)
    if (answers[key] === undefined || key === here) broken.push(`skipped ${key} is held or shown`);
  // Back goes to the question this family was shown before, or nowhere when there is none.
  if (
    event.type === 'back' &&
    before.hasTag('question') &&
    !(before.context.returnToSummary && isComplete(before.context.answers))
  ) {
    const wanted = previousShown(
      before.context.answers,
      before.context.skipped,
      currentKey(before),
    );
    const to = wanted
      ? { step: wanted.question, ...(isPerChild(wanted.question) ? { child: wanted.child } : {}) }
      : stepRefOf(before);
    if (JSON.stringify(stepRefOf(after)) !== JSON.stringify(to))
      broken.push(`back went to ${JSON.stringify(stepRefOf(after))}, not ${JSON.stringify(to)}`);
  }
  // The summary only ever shows complete answers.
  if (stepOf(after) === 'summary' && !isComplete(answers)) broken.push('incomplete summary');
  // The place shown is reachable from the answers held: a replay lands on the same step.
  if (after.hasTag('question') || stepOf(after) === 'summary') {
    const here = stepRefOf(after);
    const restored = restoredPlace(answers, here);
    if (restored.value !== after.value || restored.child !== here.child)
      broken.push(`replay lands on ${JSON.stringify(restored)}, not ${JSON.stringify(here)}`);
  }
  return broken;
}

// ---------------------------------------------------------------------------------------------
// (c) link codec arbitraries
// ---------------------------------------------------------------------------------------------

/** Every parameter a real link may carry. */
const realParams = [
  ...choiceQuestionIds.flatMap((id) =>
    isPerChild(id)
      ? Array.from({ length: MAX_CHILDREN }, (_, i) => `${questions[id].code}${i + 1}`)
      : [questions[id].code],
  ),
  'cl',
  's',
  'for',
];
const percentGarbage = fc.constantFrom(
  '%',
  '%%',
  '%E0%A4%A',
  '%FF',
  '%C0%AF',
  '%ZZ',
  '%2',
  '%00',
  '%D0%91',
  '%ED%A0%80',
  '%u0041',
  '+',
  '&&',
  '==',
  '=&=',
  '?',
  '#',
  '%26',
  '%3D',
);
const garbageValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    ...allCodes,
    ...allOptionValues,
    ...trickyValues,
    'summary',
    'checklist',
    'parent',
    'link',
    'a7',
    'a0',
  ),
  fc
    .array(fc.oneof(percentGarbage, fc.string({ maxLength: 3 })), { maxLength: 6 })
    .map((parts) => parts.join('')),
);
const pair = fc
  .tuple(
    fc.oneof(fc.constantFrom(...realParams), fc.string({ maxLength: 6 }), percentGarbage),
    garbageValue,
    fc.boolean(),
  )
  .map(([k, v, encode]) =>
    encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
  );
const queryArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(pair, { maxLength: 25 }).map((pairs) => pairs.join('&')),
  fc.array(pair, { maxLength: 25 }).map((pairs) => `?${pairs.join('&')}`),
  fc
    .tuple(
      fc.constantFrom(...realParams),
      fc.integer({ min: 1000, max: 5000 }),
      fc.string({ minLength: 1, maxLength: 1 }),
    )
    .map(([k, n, c]) => `${k}=${c.repeat(n)}`),
);

const stepIds: readonly StepId[] = [
  ...questionIds,
  'summary',
  'studentUnder14',
  'teacherResult',
  'checklist',
];

/** A valid link state: the answers, and optionally the step, of a random walk of the machine. */
const linkStateArb: fc.Arbitrary<LinkState> = fc
  .tuple(
    fc.array(fc.nat({ max: 50 }), { minLength: 40, maxLength: 40 }),
    fc.nat({ max: 60 }),
    fc.boolean(),
    fc.option(fc.constantFrom('7Б', '10 А', '5-В', 'Ab1'), { nil: undefined }),
  )
  .map(([picks, stop, withStep, forClass]) => {
    const { end: snapshot } = walk(picks, MAX_CHILDREN, stop);
    return {
      answers: snapshot.context.answers,
      ...(withStep ? { step: stepRefOf(snapshot) } : {}),
      ...(forClass !== undefined ? { forClass } : {}),
    };
  });

// ---------------------------------------------------------------------------------------------

describe('machine properties', () => {
  it('(a) random event sequences keep the invariants', { timeout: 600_000 }, () => {
    let deepest = 0;
    const seen = { summaries: 0, changesBegun: 0, changesEnded: 0, rejected: 0, backs: 0 };
    timed(
      'random event sequences',
      fc.property(sequenceArb, ({ picks, prefix, skips, intents }) => {
        // Start anywhere on a valid route (from the first question to the summary), then
        // send random events: that way the sequences reach the summary and its changes.
        const start = walk(picks, 2, prefix).end;
        const before = applicableKeys(start.context.answers).filter(
          (k, i) => start.context.answers[k] !== undefined && (skips >> i) % 2 === 1,
        );
        let snapshot = withSkipped(start, before);
        for (const intent of intents) {
          const event = eventFor(snapshot, intent);
          const next = send(snapshot, event);
          const broken = brokenInvariants(snapshot, event, next);
          if (broken.length > 0)
            expect({ from: stepRefOf(snapshot), event, context: next.context, broken }).toEqual({});
          if (stepOf(next) === 'summary') seen.summaries += 1;
          if (!snapshot.context.returnToSummary && next.context.returnToSummary)
            seen.changesBegun += 1;
          if (snapshot.context.returnToSummary && stepOf(next) === 'summary')
            seen.changesEnded += 1;
          if (
            event.type === 'answer' &&
            next.value === snapshot.value &&
            next.context === snapshot.context
          )
            seen.rejected += 1;
          if (event.type === 'back' && next.value !== snapshot.value) seen.backs += 1;
          snapshot = next;
          deepest = Math.max(deepest, Object.keys(snapshot.context.answers).length);
        }
      }),
    );
    console.log(
      `(a) deepest answer set held: ${deepest} answers; events seen: ${JSON.stringify(seen)}`,
    );
    // The sequences must actually reach the far end of the tree and exercise every kind of
    // event there, not just the first questions.
    expect(deepest).toBeGreaterThanOrEqual(14);
    expect(seen.summaries).toBeGreaterThan(1_000);
    expect(seen.changesBegun).toBeGreaterThan(1_000);
    expect(seen.changesEnded).toBeGreaterThan(300);
    expect(seen.rejected).toBeGreaterThan(1_000);
    expect(seen.backs).toBeGreaterThan(1_000);
  });

  it(
    '(b) a complete walk asks exactly applicableQuestions(answers), in order',
    { timeout: 600_000 },
    () => {
      timed(
        'complete walk asks the applicable questions',
        fc.property(fc.array(fc.nat({ max: 50 }), { minLength: 45, maxLength: 45 }), (picks) => {
          const { end, asked, visited } = walk(picks);
          const { answers } = end.context;
          expect(asked).toEqual(applicableKeys(answers));
          expect(isComplete(answers)).toBe(true);
          expect(sortedKeys(answers)).toEqual([...asked].sort());
          // Each question was asked once, and the walk stops at the summary or an outcome.
          expect(new Set(asked).size).toBe(asked.length);
          expect(stepOf(end) === 'summary' || end.hasTag('outcome')).toBe(true);
          // currentKey names the same question as the step, and the child being asked about:
          // one of the family's children, in order (walk() has already thrown on undefined).
          // Plain comparisons, one expect per run: this runs for every step of 10,000 walks.
          const wrong: string[] = [];
          const children = Number(answers.childCount ?? 0);
          let lastChild = 0;
          for (const s of visited.slice(0, -1)) {
            const key = currentKey(s);
            const ref = key === undefined ? undefined : parseAnswerKey(key);
            const question = stepOf(s) as QuestionId;
            if (ref?.question !== question) wrong.push(`${key} asked at ${question}`);
            else if (!isPerChild(question)) {
              if (ref.child !== undefined) wrong.push(`${key} names a child`);
            } else {
              const child = ref.child ?? 0;
              if (child !== s.context.child)
                wrong.push(`${key}, the machine asks child ${s.context.child}`);
              if (child < 1 || child > children) wrong.push(`${key}, the family has ${children}`);
              if (child < lastChild) wrong.push(`${key} after child ${lastChild}`);
              lastChild = child;
            }
          }
          expect(wrong).toEqual([]);
        }),
      );
    },
  );

  it(
    '(c1) decodeLink never throws and yields valid answers or typed errors',
    { timeout: 600_000 },
    () => {
      timed(
        'decodeLink on garbage',
        fc.property(queryArb, (query) => {
          const decoded = decodeLink(query);
          expect(allValuesValid(decoded.answers)).toBe(true);
          for (const key of Object.keys(decoded.answers)) {
            const ref = parseAnswerKey(key);
            expect(ref).toBeDefined();
            if (ref && isPerChild(ref.question))
              expect(ref.child).toBeLessThanOrEqual(MAX_CHILDREN);
          }
          for (const error of decoded.errors) {
            if (error.kind === 'unreadable') continue;
            expect(['invalid-value', 'invalid-step']).toContain(error.kind);
            expect(typeof error.param).toBe('string');
          }
          if (decoded.step) expect(stepIds).toContain(decoded.step.step);
          if (decoded.forClass !== undefined) {
            expect(classLabelSchema.safeParse(decoded.forClass).success).toBe(true);
            expect(decoded.forClass).not.toBe('');
          }
        }),
      );
    },
  );

  it(
    '(c3) encodeLink never throws on arbitrary answer records, and writes only valid parameters',
    { timeout: 600_000 },
    () => {
      const recordArb = fc.dictionary(
        fc.oneof(anyKey, fc.constantFrom('toString', 'constructor', 'a.b.c', 'role.1')),
        fc.oneof(fc.constantFrom(...allOptionValues), fc.string({ maxLength: 14 })),
        { maxKeys: 12 },
      );
      timed(
        'encodeLink on arbitrary records',
        fc.property(
          recordArb,
          fc.option(fc.string({ maxLength: 14 }), { nil: undefined }),
          (answers, forClass) => {
            const decoded = decodeLink(
              encodeLink({ answers, ...(forClass === undefined ? {} : { forClass }) }),
            );
            expect(decoded.errors).toEqual([]);
            expect(allValuesValid(decoded.answers)).toBe(true);
          },
        ),
      );
    },
  );

  it(
    '(c2) encodeLink then decodeLink is the identity on valid answers',
    { timeout: 600_000 },
    () => {
      timed(
        'link round trip',
        fc.property(linkStateArb, (state) => {
          const decoded = decodeLink(encodeLink(state));
          expect(decoded.errors).toEqual([]);
          expect(decoded.answers).toEqual(state.answers);
          expect(decoded.step).toEqual(state.step);
          expect(decoded.forClass).toEqual(state.forClass);
        }),
      );
    },
  );
});
