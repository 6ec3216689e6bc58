/**
 * What a teacher's link pre-fills for each audience. A family opening it lands on
 * the first question still open; pre-filled answers stay visible and changeable.
 */
import type { Answers } from './answers';
import type { LinkState } from './link-codec';
import type { OptionOf } from './questions';

export type Audience = OptionOf<'audience'>;

const prefilled: Record<Audience, Answers> = {
  // One child under 14 to start with; the family can raise the count on its page.
  under14: { role: 'parent', childCount: '1', 'childAge.1': 'under14' },
  over14: { role: 'parent', childCount: '1', 'childAge.1': 'over14' },
  students: { role: 'student', studentAge: 'over14' },
  everyone: {},
};

export function audienceAnswers(audience: Audience): Answers {
  return prefilled[audience];
}

/** The link state a teacher's answers produce (no step: the family sees the start page first). */
export function teacherLink(answers: Answers): LinkState | undefined {
  const audience = answers.audience as Audience | undefined;
  if (audience === undefined || !(audience in prefilled)) return undefined;
  const forClass = answers.classLabel?.trim();
  return { answers: audienceAnswers(audience), ...(forClass ? { forClass } : {}) };
}

/** Whom a link was made for, read back from its answers (for the start page's banner). */
export function audienceOf(answers: Answers): Audience | undefined {
  if (answers.role === 'student') return answers.studentAge === 'over14' ? 'students' : undefined;
  if (answers.role !== 'parent') return undefined;
  const age = answers['childAge.1'];
  return age === 'under14' ? 'under14' : age === 'over14' ? 'over14' : undefined;
}

/** The link a student under 14 sends to a parent: one under-14 child pre-filled. */
export const parentLinkForStudent = (): LinkState => ({ answers: audienceAnswers('under14') });
