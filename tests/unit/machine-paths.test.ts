/**
 * Every simple path through the statechart, walked with xstate/graph's getSimplePaths
 * and the answer payloads of every question (childCount limited to 1 and 2 children).
 *
 * The state serializer keeps what decides the route: the state, the child, the change
 * flag, and the answers that steer routing (role, child count, each child's age, the
 * student's age and account). Answers that never steer (a child's Dnevnik.ru status, the
 * app, ...) are dropped from the key, so every value of such a question is a separate
 * edge to the same vertex and each combination of answers is a separate path.
 *
 * Bounds (getSimplePaths enumerates every path to every vertex, so its cost is
 * vertices x paths; the full product for two children, ~127 000 families and 358 000
 * paths, takes half a minute on its own):
 *  - walk A: the whole machine from the first question, every option of every question;
 *    a two-child family is walked up to the second child's first question;
 *  - walk B: from there, every option of every remaining question, once per distinct
 *    route into the second child (first child under 14 / 14+) and parent's account state;
 *  - walk C: from every distinct summary, every `change` and every answer it opens,
 *    then confirm. `back` is left out of the walks (it makes every vertex reachable
 *    from every later one); it is tested node by node in machine-nodes.test.ts.
 */
import { getSimplePaths, type StatePath } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { applicableKeys, isComplete } from '@machines/applicability';
import { buildChecklist } from '@machines/checklist/build-checklist';
import { routeGates } from '@machines/flow-routes';
import {
  onboardingMachine,
  stepOf,
  type OnboardingEvent,
  type OnboardingSnapshot,
} from '@machines/onboarding-machine';
import { optionsOf, questionIds, type QuestionId } from '@machines/questions';
import { initialSnapshot } from '@machines/restore';
import { school, send } from './support/wizard';

type Path = StatePath<OnboardingSnapshot, OnboardingEvent>;

/** The answers that steer the route (read off the flow); every other answer only fills the checklist. */
const ROUTING = new RegExp(`^(?:${routeGates.join('|')})(?:\\.\\d)?$`);
const CHILD_COUNTS = ['1', '2'];
const CLASS_LABELS = ['', '7Б', '10 А'];

const valuesOf = (question: QuestionId, childCounts = CHILD_COUNTS): readonly string[] =>
  question === 'classLabel'
    ? CLASS_LABELS
    : question === 'childCount'
      ? childCounts
      : optionsOf(question);

const routingAnswers = (answers: Answers) =>
  Object.keys(answers)
    .filter((k) => ROUTING.test(k))
    .sort()
    .map((k) => `${k}=${answers[k]}`);

const sameAnswers = (a: Answers, b: Answers) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/** The serialized vertex: memoised per snapshot object (the walk asks for it very often). */
function memoSerializer(serialize: (s: OnboardingSnapshot) => string) {
  const memo = new WeakMap<OnboardingSnapshot, string>();
  return (s: OnboardingSnapshot) => {
    let key = memo.get(s);
    if (key === undefined) {
      key = serialize(s);
      memo.set(s, key);
    }
    return key;
  };
}

const routeKey = (s: OnboardingSnapshot) =>
  JSON.stringify([
    s.value,
    s.context.child,
    s.context.returnToSummary,
    routingAnswers(s.context.answers),
  ]);

/** The answer events of a question state: every valid option. */
const answerEvents = (s: OnboardingSnapshot, childCounts = CHILD_COUNTS): OnboardingEvent[] =>
  s.hasTag('question')
    ? valuesOf(stepOf(s) as QuestionId, childCounts).map((value) => ({ type: 'answer', value }))
    : [];

/** Forward events: every option of the current question, confirm on the summary. */
const forwardEvents = (s: OnboardingSnapshot): OnboardingEvent[] =>
  stepOf(s) === 'summary' ? [{ type: 'confirm' }] : answerEvents(s);

const onlyTypes =
  (...types: OnboardingEvent['type'][]) =>
  (_s: OnboardingSnapshot, e: OnboardingEvent) =>
    types.includes(e.type);

const moves = (s: OnboardingSnapshot, e: OnboardingEvent) => {
  const next = send(s, e);
  return (
    next.value !== s.value ||
    next.context.child !== s.context.child ||
    next.context.returnToSummary !== s.context.returnToSummary ||
    !sameAnswers(next.context.answers, s.context.answers)
  );
};

/** The real end of one path per distinct key among the paths' ends. */
function distinctEnds(
  paths: readonly WalkedPath[],
  key: (s: OnboardingSnapshot) => string,
  where: (s: OnboardingSnapshot) => boolean,
) {
  const byKey = new Map<string, OnboardingSnapshot>();
  for (const { end } of paths) if (where(end) && !byKey.has(key(end))) byKey.set(key(end), end);
  return [...byKey.values()];
}

const isSecondChildStart = (s: OnboardingSnapshot) =>
  stepOf(s) === 'childAge' && s.context.child === 2;

/**
 * The adjacency map behind getSimplePaths expands one snapshot per vertex, so a path's
 * `state` holds that representative's non-routing answers. Replaying the path's own
 * events (memoised by prefix: paths share most of their prefixes) gives its real end.
 */
function replayer(fromState: OnboardingSnapshot) {
  const memo = new Map<string, OnboardingSnapshot>([['', fromState]]);
  return (path: Path): OnboardingSnapshot => {
    let snapshot = fromState;
    let prefix = '';
    for (const step of path.steps) {
      if ((step.event.type as string) === 'xstate.init') continue;
      prefix += `|${JSON.stringify(step.event)}`;
      const known = memo.get(prefix);
      if (known) snapshot = known;
      else {
        snapshot = send(snapshot, step.event);
        memo.set(prefix, snapshot);
      }
    }
    return snapshot;
  };
}

/** A walked path and the snapshot its own events lead to. */
interface WalkedPath {
  readonly path: Path;
  readonly end: OnboardingSnapshot;
}

interface Walked {
  readonly name: string;
  readonly paths: readonly WalkedPath[];
  readonly events: (s: OnboardingSnapshot) => OnboardingEvent[];
  /** The vertex of a snapshot in this walk. */
  readonly key: (s: OnboardingSnapshot) => string;
  readonly ms: number;
}

function timedWalk(
  name: string,
  events: Walked['events'],
  key: Walked['key'],
  starts: readonly OnboardingSnapshot[],
  run: (fromState: OnboardingSnapshot) => Path[],
): Walked {
  const begin = performance.now();
  const paths = starts.flatMap((fromState) => {
    const replay = replayer(fromState);
    return run(fromState).map((path) => ({ path, end: replay(path) }));
  });
  return { name, paths, events, key, ms: performance.now() - begin };
}

let walks: readonly Walked[] = [];
let allPaths: readonly WalkedPath[] = [];
let secondChildStarts: readonly OnboardingSnapshot[] = [];
let summaries: readonly OnboardingSnapshot[] = [];

beforeAll(() => {
  // Walk A: the whole machine.
  const routeVertex = memoSerializer(routeKey);
  const first = initialSnapshot();
  const walkA = timedWalk(
    'A (whole machine, up to the second child)',
    forwardEvents,
    routeVertex,
    [first],
    (fromState) =>
      getSimplePaths(onboardingMachine, {
        fromState,
        events: forwardEvents,
        filterEvents: onlyTypes('answer', 'confirm'),
        serializeState: routeVertex,
        stopWhen: isSecondChildStart,
      }),
  );

  // Walk B: the second child onward, from each distinct route into the second child (and,
  // to vary the checklists, for each state of the parent's own account).
  secondChildStarts = distinctEnds(
    walkA.paths,
    (s) => `${routeVertex(s)}|${s.context.answers.parentAccount}`,
    isSecondChildStart,
  );
  const walkB = timedWalk(
    'B (second child onward)',
    forwardEvents,
    routeVertex,
    secondChildStarts,
    (fromState) =>
      getSimplePaths(onboardingMachine, {
        fromState,
        events: forwardEvents,
        filterEvents: onlyTypes('answer', 'confirm'),
        serializeState: routeVertex,
      }),
  );

  // Walk C: every change from every distinct summary.
  summaries = distinctEnds(
    [...walkA.paths, ...walkB.paths],
    routeVertex,
    (s) => stepOf(s) === 'summary',
  );
  const walkC = summaries.map((start, i) => {
    const startAnswers = start.context.answers;
    // A student who changes their role to parent gets the parent's questions for one child
    // (two children from a student would re-walk all of walk B); a parent's summary changes
    // the child count from 1 to 2 and so opens the second child's questions while changing.
    const childCounts = startAnswers.role === 'parent' ? CHILD_COUNTS : ['1'];
    /** Change every held answer from the starting summary; after one change, only confirm. */
    const events = (s: OnboardingSnapshot): OnboardingEvent[] => {
      if (stepOf(s) !== 'summary') return answerEvents(s, childCounts);
      if (!sameAnswers(s.context.answers, startAnswers)) return [{ type: 'confirm' }];
      return [
        ...applicableKeys(startAnswers).map((key) => ({ type: 'change', key }) as const),
        { type: 'confirm' },
      ];
    };
    // While changing, the route also depends on which answers are still open.
    const changeVertex = memoSerializer((s) =>
      JSON.stringify([
        routeKey(s),
        Object.keys(s.context.answers).sort(),
        sameAnswers(s.context.answers, startAnswers),
      ]),
    );
    return timedWalk(
      `C${i + 1} (changes from the summary of ${routingAnswers(startAnswers).join('&')})`,
      events,
      changeVertex,
      [start],
      (fromState) =>
        getSimplePaths(onboardingMachine, {
          fromState,
          events,
          filterEvents: onlyTypes('answer', 'change', 'confirm'),
          serializeState: changeVertex,
        }),
    );
  });

  walks = [walkA, walkB, ...walkC];
  allPaths = walks.flatMap((w) => w.paths);
}, 300_000);

/** Whether any of the walk's events moves the machine on from this vertex (memoised per vertex). */
function forwardCheck(w: Walked) {
  const memo = new Map<string, boolean>();
  return (s: OnboardingSnapshot) => {
    const key = w.key(s);
    let result = memo.get(key);
    if (result === undefined) {
      result = w.events(s).some((e) => moves(s, e));
      memo.set(key, result);
    }
    return result;
  };
}

describe('every path through the statechart', () => {
  it('walks enough paths (the walk has not collapsed)', () => {
    for (const w of walks)
      console.log(`walk ${w.name}: ${w.paths.length} paths in ${w.ms.toFixed(0)} ms`);
    console.log(`paths walked in total: ${allPaths.length}`);
    const [walkA, walkB] = walks;
    // Into the second child: first child under 14 or 14+, for each parent's account state.
    expect(secondChildStarts).toHaveLength(2 * 4);
    // Summaries: at least a parent of 1 child (2 ages) or 2 children (4), a student of 14+ (3
    // accounts); a question that branches adds more.
    expect(summaries.length).toBeGreaterThanOrEqual(2 + 4 + 3);
    expect(walkA?.paths.length).toBeGreaterThan(4_000);
    expect(walkB?.paths.length).toBeGreaterThan(5_000);
    expect(allPaths.length).toBeGreaterThan(40_000);
  });

  it("the serializer keeps the route: each path's own end is the vertex the walk reached", () => {
    for (const w of walks)
      for (const { path, end } of w.paths) expect(w.key(end)).toBe(w.key(path.state));
  });

  it('every path that reaches a state with no forward event ends in an outcome', () => {
    let terminal = 0;
    const outcomes = new Set<string>();
    for (const w of walks) {
      const hasForward = forwardCheck(w);
      for (const { end } of w.paths) {
        if (hasForward(end)) continue;
        terminal += 1;
        expect(end.hasTag('outcome'), `dead end at ${JSON.stringify(end.value)}`).toBe(true);
        outcomes.add(String(end.value));
      }
    }
    console.log(`paths ending in an outcome: ${terminal}`);
    expect([...outcomes].sort()).toEqual(['checklist', 'studentUnder14', 'teacherResult']);
    expect(terminal).toBeGreaterThan(15_000);
  });

  it("every outcome's checklist is non-empty", () => {
    let checked = 0;
    for (const { end } of allPaths) {
      if (!end.hasTag('outcome')) continue;
      const { answers } = end.context;
      const steps = buildChecklist(answers, school).stages.flatMap((stage) => stage.steps);
      if (steps.length === 0) expect.fail(`empty checklist for ${JSON.stringify(answers)}`);
      if (stepOf(end) === 'checklist' && !isComplete(answers))
        expect.fail(`checklist from incomplete answers ${JSON.stringify(answers)}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(15_000);
  });

  it('offers every option of every question and reaches every question node', () => {
    const asked = new Set<string>();
    const nodes = new Set<string>();
    for (const { path } of allPaths)
      for (let i = 0; i < path.steps.length; i += 1) {
        const s = path.steps[i]?.state;
        if (!s?.hasTag('question')) continue;
        nodes.add(s.hasTag('perChild') ? `${stepOf(s)}.${s.context.child}` : stepOf(s));
        const event = path.steps[i + 1]?.event;
        if (event?.type === 'answer') asked.add(`${stepOf(s)}=${event.value}`);
      }
    const questionNodes = Object.values(onboardingMachine.root.states).filter((n) =>
      n.tags.includes('question'),
    );
    // One node per registered question (the registry, not the flow, is the reference).
    expect(questionNodes.map((n) => n.key).sort()).toEqual([...questionIds].sort());
    for (const node of questionNodes) {
      const question = node.key as QuestionId;
      for (const value of valuesOf(question)) expect(asked).toContain(`${question}=${value}`);
      if (node.tags.includes('perChild')) {
        expect(nodes).toContain(`${question}.1`);
        expect(nodes).toContain(`${question}.2`);
      } else expect(nodes).toContain(question);
    }
  });
});
