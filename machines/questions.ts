/**
 * Every question the wizard can ask: its id, whether it is asked once per child,
 * the allowed answers and their short codes for links. Routing lives in the
 * statechart (onboarding-machine.ts); words live in locales/.
 */
export const MAX_CHILDREN = 6;

/** Option value -> short code used in links. Values are what the machine and content use. */
const q = <const D extends { code: string; perChild: boolean; options: Record<string, string> }>(
  def: D,
) => def;

export const questions = {
  role: q({ code: 'r', perChild: false, options: { parent: 'p', student: 's', teacher: 't' } }),
  parentAccount: q({
    code: 'pa',
    perChild: false,
    options: { confirmed: 'c', unconfirmed: 'u', none: 'n', unknown: 'k' },
  }),
  childCount: q({
    code: 'n',
    perChild: false,
    options: { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6' },
  }),
  childAge: q({ code: 'a', perChild: true, options: { under14: 'y', over14: 'o' } }),
  childAccount: q({
    code: 'k',
    perChild: true,
    options: { none: 'n', linked: 'l', unlinked: 'u', unknown: 'k' },
  }),
  teenAccount: q({
    code: 't',
    perChild: true,
    options: { none: 'n', unconfirmed: 'u', confirmed: 'c' },
  }),
  // Whose sign-in: "own" only when the CHILD signs in with the child's own Gosuslugi account; a
  // diary seen through the parent's own sign-in is "parentOnly". The old "yes" (code y) did not
  // say whose sign-in, so its code is retired: an old link with d1=y gets the bad-link notice
  // and the question is asked again.
  childDnevnik: q({
    code: 'd',
    perChild: true,
    options: { own: 'c', parentOnly: 'p', no: 'n', error: 'e' },
  }),
  childSferum: q({ code: 'f', perChild: true, options: { yes: 'y', no: 'n' } }),
  childMyschool: q({
    code: 'm',
    perChild: true,
    options: { done: 'y', waiting: 'w', no: 'n' },
  }),
  app: q({ code: 'ap', perChild: false, options: { yes: 'y', no: 'n' } }),
  studentAge: q({ code: 'sa', perChild: false, options: { under14: 'y', over14: 'o' } }),
  studentAccount: q({
    code: 'ss',
    perChild: false,
    options: { none: 'n', unconfirmed: 'u', confirmed: 'c' },
  }),
  studentDocs: q({ code: 'sd', perChild: false, options: { yes: 'y', no: 'n', unknown: 'k' } }),
  confirmMethod: q({
    code: 'sc',
    perChild: false,
    options: { bank: 'b', mfc: 'm', post: 'p', signature: 'e' },
  }),
  studentDnevnik: q({ code: 'sn', perChild: false, options: { yes: 'y', no: 'n', error: 'e' } }),
  studentSferum: q({ code: 'sf', perChild: false, options: { yes: 'y', no: 'n' } }),
  studentMyschool: q({
    code: 'sm',
    perChild: false,
    options: { done: 'y', waiting: 'w', no: 'n' },
  }),
  studentApp: q({ code: 'sp', perChild: false, options: { yes: 'y', no: 'n' } }),
  audience: q({
    code: 'au',
    perChild: false,
    options: { under14: 'y', over14: 'o', students: 's', everyone: 'e' },
  }),
} as const;

export type Questions = typeof questions;
export type ChoiceQuestionId = keyof Questions;
/** The one free-text question: the teacher's optional class label ("7Б"). */
export type TextQuestionId = 'classLabel';
export type QuestionId = ChoiceQuestionId | TextQuestionId;
export type OptionOf<Q extends ChoiceQuestionId> = keyof Questions[Q]['options'] & string;

export const choiceQuestionIds = Object.keys(questions) as ChoiceQuestionId[];
export const questionIds: readonly QuestionId[] = [...choiceQuestionIds, 'classLabel'];

export type PerChildQuestionId = {
  [K in ChoiceQuestionId]: Questions[K]['perChild'] extends true ? K : never;
}[ChoiceQuestionId];
export const perChildQuestionIds = choiceQuestionIds.filter(
  (id) => questions[id].perChild,
) as PerChildQuestionId[];

export const isChoiceQuestion = (id: string): id is ChoiceQuestionId =>
  Object.hasOwn(questions, id);
export const isPerChild = (id: QuestionId): id is PerChildQuestionId =>
  id !== 'classLabel' && questions[id].perChild;

export function optionsOf<Q extends ChoiceQuestionId>(id: Q): OptionOf<Q>[] {
  return Object.keys(questions[id].options) as OptionOf<Q>[];
}
