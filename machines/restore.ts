/**
 * Restoring a place from answers (a link, saved state, a reload): replay the
 * answers through the statechart, so the machine stays the only router.
 */
import { getNextSnapshot } from 'xstate';
import type { Answers } from './answers';
import { isComplete, pruneAnswers } from './applicability';
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
  getNextSnapshot(onboardingMachine, s, event);

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
