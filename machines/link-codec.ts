/**
 * Answers <-> URL query string. Keys are short question codes (a child's number
 * appended for per-child questions), values short option codes:
 *   r=p&pa=c&n=2&a1=y&k1=u&a2=o&t2=u&s=d2
 * Unknown parameters are dropped; invalid values are dropped and reported as typed
 * errors. Decoding never throws.
 */
import { isClassLabel } from './class-label';
import { answerKey, parseAnswerKey, type AnswerKey, type Answers } from './answers';
import type { StepId } from './onboarding-machine';
import {
  MAX_CHILDREN,
  choiceQuestionIds,
  isChoiceQuestion,
  isPerChild,
  questions,
  type QuestionId,
} from './questions';
import type { StepRef } from './restore';

export type CodecError =
  | { readonly kind: 'invalid-value'; readonly param: string }
  | { readonly kind: 'invalid-step'; readonly param: string }
  | { readonly kind: 'unreadable' };

export interface LinkState {
  readonly answers: Answers;
  /** The step the link points at (a reload restores exactly this step). */
  readonly step?: StepRef;
  /** The class a teacher made the link for ("7Б"), shown on the start page. */
  readonly forClass?: string;
  /**
   * Answered questions the family was never shown (it entered at the first open question after
   * them): a reload keeps «Back» and «Question N of M» as they were. Written as `skip=r.sa`.
   */
  readonly skipped?: readonly AnswerKey[];
}

export interface DecodedLink extends LinkState {
  readonly errors: readonly CodecError[];
}

const STEP_PARAM = 's';
const FOR_CLASS_PARAM = 'for';
const SKIPPED_PARAM = 'skip';
const SKIPPED_SEPARATOR = '.';
const CLASS_LABEL_CODE = 'cl';
/** Non-question steps and their codes. */
const stepCodes = {
  summary: 'summary',
  checklist: 'checklist',
  studentUnder14: 'parent',
  teacherResult: 'link',
} as const satisfies Partial<Record<StepId, string>>;
/** Longer than any real link: anything beyond is not read at all. */
const MAX_QUERY_LENGTH = 2000;

const codeOf = (id: QuestionId) => (id === 'classLabel' ? CLASS_LABEL_CODE : questions[id].code);

function paramOf(ref: { question: QuestionId; child?: number }): string {
  return isPerChild(ref.question)
    ? `${codeOf(ref.question)}${ref.child ?? 1}`
    : codeOf(ref.question);
}

/** Every parameter a link may carry, mapped to the question it answers. */
const paramToRef = new Map<string, { question: QuestionId; child?: number }>();
for (const id of [...choiceQuestionIds, 'classLabel' as const]) {
  if (isPerChild(id)) {
    for (let child = 1; child <= MAX_CHILDREN; child += 1)
      paramToRef.set(paramOf({ question: id, child }), { question: id, child });
  } else paramToRef.set(paramOf({ question: id }), { question: id });
}

function encodeValue(id: QuestionId, value: string): string | undefined {
  if (id === 'classLabel') return isClassLabel(value) ? value : undefined;
  const options: Record<string, string> = questions[id].options;
  // Own options only: "valueOf" or "toString" must not find Object.prototype's functions.
  return Object.hasOwn(options, value) ? options[value] : undefined;
}

function decodeValue(id: QuestionId, code: string): string | undefined {
  if (id === 'classLabel') return isClassLabel(code) ? code : undefined;
  const entry = Object.entries(questions[id].options).find(([, c]) => c === code);
  return entry?.[0];
}

function encodeStep(step: StepRef): string {
  if (step.step in stepCodes) return stepCodes[step.step as keyof typeof stepCodes];
  return paramOf({ question: step.step as QuestionId, child: step.child });
}

function decodeStep(code: string): StepRef | undefined {
  const named = Object.entries(stepCodes).find(([, c]) => c === code);
  if (named) return { step: named[0] as StepId };
  const ref = paramToRef.get(code);
  if (!ref) return undefined;
  return ref.child === undefined
    ? { step: ref.question }
    : { step: ref.question, child: ref.child };
}

/** Answers (and optionally the step and class label) as a query string without "?". */
export function encodeLink(state: LinkState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.answers)) {
    const ref = parseAnswerKey(key);
    // Unknown questions (e.g. a stale key from storage) are skipped, not looked up.
    if (!ref || !(ref.question === 'classLabel' || isChoiceQuestion(ref.question))) continue;
    if (!paramToRef.has(paramOf(ref))) continue;
    const code = encodeValue(ref.question, value);
    if (code !== undefined) params.set(paramOf(ref), code);
  }
  if (state.forClass && isClassLabel(state.forClass)) params.set(FOR_CLASS_PARAM, state.forClass);
  // Only answers the link holds can be pre-filled; the parameters are the answers' own.
  const skipped = [...new Set(state.skipped ?? [])].flatMap((key) => {
    const ref = parseAnswerKey(key);
    const param = ref && paramToRef.has(paramOf(ref)) ? paramOf(ref) : undefined;
    return param !== undefined && params.has(param) ? [param] : [];
  });
  if (skipped.length > 0) params.set(SKIPPED_PARAM, skipped.join(SKIPPED_SEPARATOR));
  if (state.step) params.set(STEP_PARAM, encodeStep(state.step));
  return params.toString();
}

/** A query string (with or without "?") back to answers; never throws. */
export function decodeLink(query: string): DecodedLink {
  if (query.length > MAX_QUERY_LENGTH) return { answers: {}, errors: [{ kind: 'unreadable' }] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return { answers: {}, errors: [{ kind: 'unreadable' }] };
  }
  const answers: Record<string, string> = {};
  const errors: CodecError[] = [];
  let step: StepRef | undefined;
  let forClass: string | undefined;
  let skippedParams: string[] = [];
  const seen = new Set<string>();
  for (const [param, raw] of params) {
    if (seen.has(param)) continue; // the first occurrence wins; repeats are ignored
    seen.add(param);
    if (param === STEP_PARAM) {
      step = decodeStep(raw);
      if (!step) errors.push({ kind: 'invalid-step', param });
      continue;
    }
    if (param === FOR_CLASS_PARAM) {
      if (isClassLabel(raw) && raw !== '') forClass = raw;
      else errors.push({ kind: 'invalid-value', param });
      continue;
    }
    if (param === SKIPPED_PARAM) {
      skippedParams = raw.split(SKIPPED_SEPARATOR);
      if (skippedParams.some((p) => !paramToRef.has(p)))
        errors.push({ kind: 'invalid-value', param });
      continue;
    }
    const ref = paramToRef.get(param);
    if (!ref) continue; // unknown parameters are dropped quietly
    const value = decodeValue(ref.question, raw);
    if (value === undefined) errors.push({ kind: 'invalid-value', param });
    else answers[answerKey(ref)] = value;
  }
  // Pre-filled means brought by this link: only answers it holds count.
  const skipped = [
    ...new Set(
      skippedParams.flatMap((p) => {
        const ref = paramToRef.get(p);
        return ref && answers[answerKey(ref)] !== undefined ? [answerKey(ref)] : [];
      }),
    ),
  ];
  return {
    answers,
    errors,
    ...(step ? { step } : {}),
    ...(forClass ? { forClass } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}
