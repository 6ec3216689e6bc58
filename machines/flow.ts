/**
 * The route, written once (the GOV.UK Smart Answers habit: one flow file per flow). Each
 * question sits at its place; a question whose answers lead to different places lists, per
 * answer, what follows it; everything else is followed by the next entry. Per-child questions
 * sit inside `eachChild`, asked once for each child in turn.
 *
 * Everything about "what comes next" is derived from this list and nowhere else written:
 *  - applicableQuestions (applicability.ts): which questions apply, in the order asked;
 *  - the statechart's answer, back and change transitions (onboarding-machine.ts, via
 *    flow-routes.ts); the summary's order and progress (summary-rows.ts, progress.ts).
 *
 * Rules the tests hold the list to (tests/unit/flow.test.ts): a question appears once per
 * route, per-child questions only inside `eachChild` (and no others there), every option of
 * a branching question is listed, and every route ends in `end(...)`.
 */
import type { ChoiceQuestionId, OptionOf, QuestionId } from './questions';

/** Where a route ends: the summary (then the checklist), or a result of its own. */
export type EndStep = 'summary' | 'studentUnder14' | 'teacherResult';

export interface AskItem {
  readonly kind: 'ask';
  readonly question: QuestionId;
  /** Per answer, what follows it before the flow goes on; undefined: the next entry follows. */
  readonly branches?: Readonly<Record<string, readonly FlowItem[]>>;
}
export interface EachChildItem {
  readonly kind: 'eachChild';
  readonly items: readonly FlowItem[];
}
export interface EndItem {
  readonly kind: 'end';
  readonly step: EndStep;
}
export type FlowItem = AskItem | EachChildItem | EndItem;

/** A question; for a question listed with `branches`, what follows each of its answers. */
export function ask(question: QuestionId): AskItem;
export function ask<Q extends ChoiceQuestionId>(
  question: Q,
  branches: Readonly<Record<OptionOf<Q>, readonly FlowItem[]>>,
): AskItem;
export function ask(
  question: QuestionId,
  branches?: Readonly<Record<string, readonly FlowItem[]>>,
): AskItem {
  return branches ? { kind: 'ask', question, branches } : { kind: 'ask', question };
}
/** These questions, once for each child the parent has (childCount). */
export const eachChild = (...items: FlowItem[]): EachChildItem => ({ kind: 'eachChild', items });
export const end = (step: EndStep): EndItem => ({ kind: 'end', step });

export const flow: readonly FlowItem[] = [
  ask('role', {
    // Parent: own account, then each child in turn, then the app.
    parent: [
      ask('parentAccount'),
      ask('childCount'),
      eachChild(
        ask('childAge', { under14: [ask('childAccount')], over14: [ask('teenAccount')] }),
        ask('childDnevnik'),
        ask('childSferum'),
        ask('childMyschool'),
      ),
      ask('app'),
      end('summary'),
    ],
    // Student: under 14 hands over to a parent; 14+ does it all alone.
    student: [
      ask('studentAge', {
        under14: [end('studentUnder14')],
        over14: [
          ask('studentAccount', {
            // Only a created but unconfirmed account can already hold passport and SNILS.
            unconfirmed: [ask('studentDocs'), ask('confirmMethod')],
            none: [ask('confirmMethod')],
            confirmed: [],
          }),
          ask('studentDnevnik'),
          ask('studentSferum'),
          ask('studentMyschool'),
          // The school invites students too to test the app (after a parent has set it up).
          ask('studentApp'),
          end('summary'),
        ],
      }),
    ],
    // Teacher: the link builder.
    teacher: [ask('audience'), ask('classLabel'), end('teacherResult')],
  }),
];
