/**
 * Restoring a place from answers (a link, saved state, a reload): replay the
 * answers through the statechart, so the machine stays the only router.
 */
import { transition } from 'xstate';
import type { AnswerKey, Answers } from './answers';
import { applicableKeys, isComplete, pruneAnswers } from './applicability';
import {
  currentKey,
  endsAtSummary,
  initialContext,
  onboardingMachine,
  stepOf,
  type OnboardingEvent,
  type OnboardingSnapshot,
  type StepId,
} from './onboarding-machine';
import { isPerChild, type QuestionId } from './questions';

/** Where to stop: a question (with its child) or the summary / an outcome. */
export interface StepRef {
  readonly step: StepId;
  readonly child?: number;
}

export const initialSnapshot = (): OnboardingSnapshot =>
  onboardingMachine.resolveState({
    value: 'role',
    context: initialContext,
  });

const send = (s: OnboardingSnapshot, event: OnboardingEvent) =>
  transition(onboardingMachine, s, event)[0];

/**
 * The snapshot with `skipped` as the questions this family was never shown: only answered
 * ones, and never the question it shows (that one the family sees now).
 */
export function withSkipped(
  snapshot: OnboardingSnapshot,
  skipped: readonly AnswerKey[],
): OnboardingSnapshot {
  const { answers } = snapshot.context;
  const here = currentKey(snapshot);
  const kept = [...new Set(skipped)].filter((k) => answers[k] !== undefined && k !== here);
  return onboardingMachine.resolveState({
    value: snapshot.value,
    context: { ...snapshot.context, skipped: kept },
  });
}

function isAt(snapshot: OnboardingSnapshot, target: StepRef): boolean {
  if (stepOf(snapshot) !== target.step) return false;
  const q = target.step as QuestionId;
  return (
    !snapshot.hasTag('question') || !isPerChild(q) || snapshot.context.child === (target.child ?? 1)
  );
}

/**
 * Replays `answers` from the first question. Stops at `target` if the route passes
 * it, else at the first unanswered question; a complete parent or student journey
 * ends on the checklist unless the target is the summary. Answers the tree would
 * not ask are dropped. Never throws.
 */
export function restoreSnapshot(answers: Answers, target?: StepRef): OnboardingSnapshot {
  const wanted = pruneAnswers(answers);
  let snapshot = initialSnapshot();
  // Each step answers one question; the route is never longer than the number of answers + 2.
  for (let guard = 0; guard < Object.keys(wanted).length + 3; guard += 1) {
    if (target && isAt(snapshot, target)) return snapshot;
    const key = currentKey(snapshot);
    if (key !== undefined) {
      const value = wanted[key];
      if (value === undefined) return snapshot;
      const next = send(snapshot, { type: 'answer', value });
      if (next === snapshot || (stepOf(next) === stepOf(snapshot) && currentKey(next) === key))
        return snapshot;
      snapshot = next;
      continue;
    }
    if (
      stepOf(snapshot) === 'summary' &&
      endsAtSummary(snapshot.context.answers) &&
      isComplete(snapshot.context.answers)
    ) {
      if (target?.step === 'summary') return snapshot;
      return send(snapshot, { type: 'confirm' });
    }
    return snapshot;
  }
  return snapshot;
}

/** The question a snapshot shows, as a StepRef (for URLs). */
export function stepRefOf(snapshot: OnboardingSnapshot): StepRef {
  const step = stepOf(snapshot);
  return snapshot.hasTag('question') && isPerChild(step as QuestionId)
    ? { step, child: snapshot.context.child }
    : { step };
}

/** The answered questions before the one a snapshot shows (all of them on the summary or a result). */
function answeredBefore(snapshot: OnboardingSnapshot): AnswerKey[] {
  const { answers } = snapshot.context;
  const keys = applicableKeys(answers);
  const here = currentKey(snapshot);
  const at = here === undefined ? keys.length : keys.indexOf(here);
  return keys.slice(0, Math.max(0, at)).filter((k) => answers[k] !== undefined);
}

/**
 * Where a family resumes from a URL (a link, a reload, the browser's back and forward). The
 * replay stops at the step, holding only the answers before it; the others are kept too, so
 * the step's own answer stays chosen and later (or pre-filled) answers survive. Skipped are
 * the questions the URL names, and, when there is no step (a teacher's link, the start page),
 * every answered question before the first open one: the family lands past them unseen.
 */
export function resumeSnapshot(
  answers: Answers,
  step: StepRef | undefined,
  skipped: readonly AnswerKey[],
): OnboardingSnapshot {
  const restored = restoreSnapshot(answers, step);
  const kept = pruneAnswers({ ...answers, ...restored.context.answers });
  const snapshot = onboardingMachine.resolveState({
    value: restored.value,
    context: { ...restored.context, answers: kept },
  });
  return withSkipped(snapshot, [...skipped, ...(step ? [] : answeredBefore(snapshot))]);
}
