/**
 * Shared helpers for the decision-core tests: driving the statechart with
 * xstate's transition(), placing it at a node by replaying answers, walking it with
 * chosen option indexes, and a school to build checklists for.
 */
import { transition } from 'xstate';
import { answerKey, parseAnswerKey, type Answers } from '@machines/answers';
import { answerSchemas } from '@machines/answer-schemas';
import {
  currentKey,
  initialContext,
  onboardingMachine,
  stepOf,
  type OnboardingEvent,
  type OnboardingSnapshot,
  type StepId,
} from '@machines/onboarding-machine';
import { optionsOf, type QuestionId } from '@machines/questions';
import { initialSnapshot, restoreSnapshot, stepRefOf, type StepRef } from '@machines/restore';
import type { SchoolFacts } from '@machines/school';

export const school: SchoolFacts = {
  inn: '2901030910',
  dnevnikUrl: 'https://29.dnevnik.ru/',
  websiteUrl: 'https://gym25.arkh-edu.ru/',
  appFeedbackUrl: 'https://gym25.arkh-edu.ru/app-feedback',
};
/** The school's own host, allowed for school links besides the official hosts. */
export const schoolHosts = [new URL(school.websiteUrl).hostname];

export const send = (snapshot: OnboardingSnapshot, event: OnboardingEvent): OnboardingSnapshot =>
  transition(onboardingMachine, snapshot, event)[0];

export const answer = (snapshot: OnboardingSnapshot, value: string) =>
  send(snapshot, { type: 'answer', value });

export const sendAll = (snapshot: OnboardingSnapshot, events: readonly OnboardingEvent[]) =>
  events.reduce(send, snapshot);

/** Where a snapshot is, in one comparable object: the step and, for per-child questions, the child. */
export const where = (snapshot: OnboardingSnapshot): StepRef => stepRefOf(snapshot);

/**
 * The machine at `step` (child `child`), reached by replaying `answers` from the start.
 * Throws if the replay stops elsewhere, so a test cannot silently start from the wrong node.
 */
export function at(answers: Answers, step: StepId, child?: number): OnboardingSnapshot {
  const target: StepRef = child === undefined ? { step } : { step, child };
  const snapshot = restoreSnapshot(answers, target);
  const reached = stepRefOf(snapshot);
  const wanted = stepRefOf(
    onboardingMachine.resolveState({
      value: step,
      context: { ...initialContext, child: child ?? 1 },
    }),
  );
  if (JSON.stringify(reached) !== JSON.stringify(wanted))
    throw new Error(
      `replay stopped at ${JSON.stringify(reached)}, wanted ${JSON.stringify(wanted)}`,
    );
  return snapshot;
}

/** Labels a teacher may type; all valid (the empty label means "no class"). */
export const validClassLabels = ['', '7Б', '10 А', '5-В', '11', 'Ab', 'ПРОФИЛЬ 10Б'] as const;

/** The values a question accepts: its options, or sample labels for the free-text question. */
export const validValues = (question: QuestionId): readonly string[] =>
  question === 'classLabel' ? validClassLabels : optionsOf(question);

/** Every answer value passes its question's schema (and every key names a known question). */
export function allValuesValid(answers: Answers): boolean {
  return Object.entries(answers).every(([key, value]) => {
    const ref = parseAnswerKey(key);
    if (!ref || !(ref.question in answerSchemas)) return false;
    return answerSchemas[ref.question].safeParse(value).success;
  });
}

export interface Walk {
  /** The snapshot where the walk stopped: the summary or an outcome. */
  readonly end: OnboardingSnapshot;
  /** Every snapshot the walk went through, the first question included. */
  readonly visited: readonly OnboardingSnapshot[];
  /** The answer key of each question asked, in order. */
  readonly asked: readonly string[];
}

/**
 * Answers every question the machine asks, option picks[i] % options for the i-th
 * question (childCount capped at maxChildren), until it leaves the questions or has
 * answered maxAnswers questions.
 */
export function walk(picks: readonly number[], maxChildren = 6, maxAnswers = Infinity): Walk {
  let snapshot = initialSnapshot();
  const visited = [snapshot];
  const asked: string[] = [];
  for (let i = 0; snapshot.hasTag('question') && i < maxAnswers; i += 1) {
    const key = currentKey(snapshot);
    if (key === undefined) throw new Error('a question without a key');
    const question = stepOf(snapshot) as QuestionId;
    const options =
      question === 'childCount'
        ? validValues(question).slice(0, maxChildren)
        : validValues(question);
    const value = options[(picks[i % Math.max(1, picks.length)] ?? 0) % options.length];
    if (value === undefined) throw new Error(`no option for ${question}`);
    asked.push(key);
    const next = answer(snapshot, value);
    if (next === snapshot || JSON.stringify(where(next)) === JSON.stringify(where(snapshot)))
      throw new Error(`the machine did not move on from ${key}=${value}`);
    snapshot = next;
    visited.push(snapshot);
    if (i > 100) throw new Error('walk too long');
  }
  return { end: snapshot, visited, asked };
}

export { answerKey };
