/**
 * zod schemas for every answer: the one source of the answer types. Messages are
 * i18n keys (namespace:key), never text, so the screens translate them.
 */
import * as z from 'zod/mini';
import { CLASS_LABEL_MAX, CLASS_LABEL_PATTERN } from './class-label';
import { optionsOf, questions, type ChoiceQuestionId, type QuestionId } from './questions';

export { CLASS_LABEL_MAX } from './class-label';
/** The class label's rule (./class-label.ts) with the messages the form shows. */
export const classLabelSchema = z.string().check(
  z.maxLength(CLASS_LABEL_MAX, { error: 'questions:classLabel.errorTooLong' }),
  z.regex(CLASS_LABEL_PATTERN, {
    error: 'questions:classLabel.errorCharacters',
  }),
);

function choiceSchema<Q extends ChoiceQuestionId>(id: Q) {
  const [first, ...rest] = optionsOf(id);
  if (first === undefined) throw new Error(`question ${id} has no options`);
  return z.enum([first, ...rest], { error: `questions:${id}.error` });
}

type ChoiceSchemas = { [Q in ChoiceQuestionId]: ReturnType<typeof choiceSchema<Q>> };

export const answerSchemas = {
  ...(Object.fromEntries(
    (Object.keys(questions) as ChoiceQuestionId[]).map((id) => [id, choiceSchema(id)]),
  ) as unknown as ChoiceSchemas),
  classLabel: classLabelSchema,
} satisfies Record<QuestionId, z.ZodMiniType<string>>;

export type AnswerValue<Q extends QuestionId> = z.infer<(typeof answerSchemas)[Q]>;

/** The form every question page submits: one field named `value`. */
export const answerFormSchema = (id: QuestionId) => z.object({ value: answerSchemas[id] });

export function isValidAnswer(id: QuestionId, value: unknown): value is string {
  return answerSchemas[id].safeParse(value).success;
}
