// The flow (machines/flow.ts) is the one place the route is written: these are the rules it is
// held to, so that every derivation (applicableQuestions, the statechart, the summary) can rely
// on them. A new question that breaks one fails here, with its name.
import { describe, expect, it } from 'vitest';
import { flow, type FlowItem } from '@machines/flow';
import { flowQuestions, questionRoutes, routeGates, summaryQuestions } from '@machines/flow-routes';
import { onboardingMachine } from '@machines/onboarding-machine';
import { isPerChild, optionsOf, questionIds, type QuestionId } from '@machines/questions';

interface Place {
  readonly question: QuestionId;
  readonly inEachChild: boolean;
}

/** Every question's place(s), and every route as the list of entries it walks. */
function places(items: readonly FlowItem[], inEachChild = false): Place[] {
  return items.flatMap((item): Place[] => {
    if (item.kind === 'end') return [];
    if (item.kind === 'eachChild') return places(item.items, true);
    const arms = Object.values(item.branches ?? {}).flatMap((arm) => places(arm, inEachChild));
    return [{ question: item.question, inEachChild }, ...arms];
  });
}

/** True when every way through `items` (followed by `then`) reaches an end. */
function allRoutesEnd(items: readonly FlowItem[], then: boolean): boolean {
  const [first, ...rest] = items;
  if (!first) return then;
  const after = allRoutesEnd(rest, then);
  if (first.kind === 'end') return true;
  if (first.kind === 'eachChild') return allRoutesEnd(first.items, after);
  if (!first.branches) return after;
  return Object.values(first.branches).every((arm) => allRoutesEnd(arm, after));
}

describe('the flow', () => {
  const all = places(flow);

  it('places every question of the registry, and nothing else', () => {
    expect([...new Set(all.map((p) => p.question))].sort()).toEqual([...questionIds].sort());
    expect([...flowQuestions].sort()).toEqual([...questionIds].sort());
  });

  it('asks per-child questions, and only those, once for each child', () => {
    for (const { question, inEachChild } of all)
      expect(inEachChild, question).toBe(isPerChild(question));
  });

  it('lists what follows every answer of a question that branches', () => {
    const walk = (items: readonly FlowItem[]): void => {
      for (const item of items) {
        if (item.kind === 'eachChild') walk(item.items);
        if (item.kind !== 'ask' || !item.branches) continue;
        expect(Object.keys(item.branches).sort(), item.question).toEqual(
          [...optionsOf(item.question as never)].sort(),
        );
        Object.values(item.branches).forEach(walk);
      }
    };
    walk(flow);
  });

  it('ends every route at the summary or a result', () => {
    expect(allRoutesEnd(flow, false)).toBe(true);
  });

  it('builds one question state per question, routed as the flow says', () => {
    const states = Object.values(onboardingMachine.root.states).filter((s) =>
      s.tags.includes('question'),
    );
    expect(states.map((s) => s.key)).toEqual([...flowQuestions]);
    expect(onboardingMachine.config.initial).toBe(flowQuestions[0]);
    // The routes the machine is built from, for one branching and one per-child question.
    expect(questionRoutes('role')).toEqual({
      byAnswer: {
        parent: [{ target: 'parentAccount', actions: [] }],
        student: [{ target: 'studentAge', actions: [] }],
        teacher: [{ target: 'audience', actions: [] }],
      },
    });
    expect(questionRoutes('childMyschool')).toEqual({
      any: [
        { target: 'childAge', more: true, actions: ['goToNextChild'] },
        { target: 'app', actions: [] },
      ],
    });
  });

  it('names the answers that steer the route: every question that branches, and the child count', () => {
    for (const q of ['role', 'childCount', 'childAge', 'studentAge', 'studentAccount'])
      expect(routeGates).toContain(q);
    for (const q of routeGates)
      expect(q === 'childCount' || 'byAnswer' in questionRoutes(q), q).toBe(true);
  });

  it('lets «Change» open every question of the routes that end at the summary', () => {
    expect(summaryQuestions).not.toContain('audience');
    expect(summaryQuestions).not.toContain('classLabel');
    expect(summaryQuestions).toContain('role');
    expect(summaryQuestions).toContain('studentApp');
  });
});
