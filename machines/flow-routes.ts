/**
 * The statechart's routes, read off the flow (flow.ts): for each question, where each answer
 * leads; which steps can come after which (for «Back» and for jumps while changing an answer).
 * Pure data, computed once when the module loads; onboarding-machine.ts turns it into
 * transitions with named guards.
 */
import { flow, type EndStep, type FlowItem } from './flow';
import { optionsOf, type ChoiceQuestionId, type QuestionId } from './questions';

export type RouteTarget = QuestionId | EndStep;
export type ChildMove = 'goToFirstChild' | 'goToNextChild';

/** One way on from a question: only when another child follows (`more`), or otherwise. */
export interface Route {
  readonly target: RouteTarget;
  readonly more?: true;
  readonly actions: readonly ChildMove[];
}

/** What follows a question: the same for any answer, or per answer (every option listed). */
export type QuestionRoutes =
  | { readonly any: readonly Route[] }
  | { readonly byAnswer: Readonly<Record<string, readonly Route[]>> };

function enter(item: FlowItem): Route[] {
  switch (item.kind) {
    case 'ask':
      return [{ target: item.question, actions: [] }];
    case 'end':
      return [{ target: item.step, actions: [] }];
    case 'eachChild': {
      const first = item.items[0];
      if (first?.kind !== 'ask') throw new Error('flow: eachChild must start with a question');
      return [{ target: first.question, actions: ['goToFirstChild'] }];
    }
  }
}

const routesOf = new Map<QuestionId, QuestionRoutes>();
/** Questions in the order they first appear in the flow. */
const order: QuestionId[] = [];

function record(question: QuestionId, routes: QuestionRoutes) {
  const known = routesOf.get(question);
  // A question may sit on several routes (confirmMethod) only if it leads on the same way.
  if (known && JSON.stringify(known) !== JSON.stringify(routes))
    throw new Error(`flow: ${question} leads to different places on different routes`);
  if (!known) order.push(question);
  routesOf.set(question, routes);
}

/** Reads the routes of every question in `items`; `then` is what follows the last item. */
function visit(items: readonly FlowItem[], then: readonly Route[]) {
  items.forEach((item, i) => {
    const next = items[i + 1];
    const follow = next ? enter(next) : [...then];
    if (item.kind === 'ask') {
      const { branches } = item;
      if (!branches) return record(item.question, { any: follow });
      const byAnswer: Record<string, readonly Route[]> = {};
      for (const value of optionsOf(item.question as ChoiceQuestionId)) {
        const arm = branches[value] ?? [];
        const first = arm[0];
        byAnswer[value] = first ? enter(first) : follow;
      }
      // Arms first: a question inside an arm is recorded after the question that opens it.
      record(item.question, { byAnswer });
      for (const arm of Object.values(branches)) visit(arm, follow);
    } else if (item.kind === 'eachChild') {
      const first = item.items[0];
      if (first?.kind !== 'ask') throw new Error('flow: eachChild must start with a question');
      visit(item.items, [
        { target: first.question, more: true, actions: ['goToNextChild'] },
        ...follow,
      ]);
    }
  });
}
visit(flow, []);

/** Every question of the flow, in the order it first appears. */
export const flowQuestions: readonly QuestionId[] = order;

export function questionRoutes(question: QuestionId): QuestionRoutes {
  const routes = routesOf.get(question);
  if (!routes) throw new Error(`flow: ${question} is not in the flow`);
  return routes;
}

const targetsOf = (question: QuestionId): RouteTarget[] => {
  const routes = questionRoutes(question);
  const all = 'any' in routes ? routes.any : Object.values(routes.byAnswer).flat();
  return all.map((r) => r.target);
};

/** The steps an answer to `question` can lead to, directly or further on. */
function reachableFrom(question: QuestionId): Set<RouteTarget> {
  const seen = new Set<RouteTarget>();
  const stack: RouteTarget[] = targetsOf(question);
  while (stack.length > 0) {
    const step = stack.pop() as RouteTarget;
    if (seen.has(step)) continue;
    seen.add(step);
    if (routesOf.has(step as QuestionId)) stack.push(...targetsOf(step as QuestionId));
  }
  return seen;
}
const reach = new Map(flowQuestions.map((q) => [q, reachableFrom(q)] as const));

/** Steps that can come after `question` on some route (in flow order; ends last). */
export function stepsAfter(question: QuestionId): RouteTarget[] {
  const seen = reach.get(question) ?? new Set();
  const ends = [...new Set(flowQuestions.flatMap((q) => [...(reach.get(q) ?? [])]))].filter(
    (s) => !routesOf.has(s as QuestionId),
  );
  return [...flowQuestions, ...ends].filter((s) => seen.has(s));
}

/** Questions that can come before `step` on some route, in flow order. */
export const questionsBefore = (step: RouteTarget): QuestionId[] =>
  flowQuestions.filter((q) => reach.get(q)?.has(step));

/** The questions from which the summary can be reached: the ones «Change» may open. */
export const summaryQuestions: readonly QuestionId[] = questionsBefore('summary');

/**
 * The answers that steer the route: every question that branches, and the child count that
 * eachChild repeats by (answers.ts reads it). Until they are known, the length of the route
 * is not (progress.ts); the path tests key their vertices by them.
 */
export const routeGates: readonly QuestionId[] = [
  ...flowQuestions.filter((q) => 'byAnswer' in questionRoutes(q)),
  'childCount',
];
