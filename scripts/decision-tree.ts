/**
 * The decision tree as a Mermaid stateDiagram-v2 (docs/decision-tree.md), generated from the
 * statechart itself: its states, their tags, and every `on` transition with its target, guards
 * (with params) and actions. Pure: the machine in, Markdown out.
 *
 * Written by `npm run diagram` (tests/unit/diagram.test.ts with UPDATE_DIAGRAM=1); the same test
 * fails when the committed file differs from what the machine produces now.
 *
 * For readability the "change an answer from the summary" machinery (the same few transitions
 * generated for every question, hundreds in all) becomes one note, and "back" becomes a table.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** One condition of a transition: a named guard with its params, or a combination of them. */
type Condition =
  { type: string; params?: Record<string, unknown> } | { combine: 'or' | 'not'; of: Condition[] };

export interface Transition {
  from: string;
  event: string;
  to: string[];
  /** All must hold (an `and` guard is flattened into this list). */
  conditions: Condition[];
  actions: string[];
}

/** Guards of the change-from-summary machinery, summarised in one note instead of drawn. */
export const CHANGE_MODE_GUARDS = {
  canChangeTo: 'from the summary, «Change» opens that answered question',
  answerCompletesChange: 'after the new answer, back to the summary when nothing is left open',
  nextOpenQuestionIs: 'otherwise on to the first question the new answer leaves open',
  isChanging: '«Back» while changing returns to the summary',
} as const;

/**
 * The guard of «Back»: to the question this family was shown before. Every question that can
 * come earlier on some route gets one such transition (a link may have pre-filled the ones in
 * between); the table shows, per page, the ones that come right before it in the diagram.
 */
export const BACK_GUARD = 'shownBeforeIs';

/** Always true of a drawn answer: the machine ignores invalid answers. Not shown. */
const IMPLICIT_GUARDS = new Set(['isValidAnswer']);
/** Actions that only record what happened; the ones worth showing move between children. */
const SHOWN_ACTIONS = /child/i;

function toConditions(guard: unknown): Condition[] {
  if (guard === undefined) return [];
  if (typeof guard === 'string') return [{ type: guard }];
  if (typeof guard === 'function') {
    const { name, guards } = guard as { name: string; guards?: unknown[] };
    const parts = (guards ?? []).flatMap(toConditions);
    if (name === 'and') return parts;
    if (name === 'or' || name === 'not') return [{ combine: name, of: parts }];
    return [{ type: name || '(inline guard)' }];
  }
  const { type, params } = guard as { type: string; params?: Record<string, unknown> };
  return [params === undefined ? { type } : { type, params }];
}

const actionName = (action: unknown): string =>
  typeof action === 'string'
    ? action
    : ((action as { type?: string }).type ?? (action as { name?: string }).name ?? '(action)');

/** Every transition of the machine, root first, in definition order. */
export function transitionsOf(machine: AnyStateMachine): Transition[] {
  const nodes: AnyStateNode[] = [machine.root, ...Object.values(machine.root.states)];
  return nodes.flatMap((node) =>
    Object.values(node.on)
      .flatMap((list) => list)
      .map((t) => ({
        from: node === machine.root ? '(every step)' : node.key,
        event: t.eventType,
        to: (t.target ?? []).map((target: AnyStateNode) => target.key),
        conditions: toConditions(t.guard),
        actions: t.actions.map(actionName),
      })),
  );
}

const guardNames = (conditions: Condition[]): string[] =>
  conditions.flatMap((c) => ('type' in c ? [c.type] : guardNames(c.of)));

const isChangeMode = (t: Transition) =>
  guardNames(t.conditions).some((name) => Object.hasOwn(CHANGE_MODE_GUARDS, name));

/** "parent" for answerIs, "role = parent" for roleIs, "hasMoreChildren", "not (…)", "a or b". */
function describeCondition(c: Condition): string {
  if ('combine' in c) {
    const parts = c.of.map(describeCondition);
    return c.combine === 'not' ? `not ${parts.join(' and ')}` : parts.join(' or ');
  }
  const params = Object.entries(c.params ?? {});
  const value = c.params?.value;
  if (c.type === 'answerIs' && typeof value === 'string') return value;
  if (/^\w+Is$/.test(c.type) && params.length === 1 && typeof value === 'string') {
    return `${c.type.slice(0, -2)} = ${value}`;
  }
  return params.length === 0
    ? c.type
    : `${c.type}(${params.map(([k, v]) => `${k}: ${String(v)}`).join(', ')})`;
}

/**
 * A transition's condition in words. The last of several transitions for one event is taken when
 * no earlier one matched: without a condition of its own it is "otherwise".
 */
function conditionOf(t: Transition, index: number, count: number): string {
  const shown = t.conditions.filter((c) => !('type' in c) || !IMPLICIT_GUARDS.has(c.type));
  if (shown.length) return shown.map(describeCondition).join(' and ');
  if (count > 1 && index > 0) return 'otherwise';
  return t.event === 'answer' ? 'any answer' : 'always';
}

/** Actions worth showing on an arrow, e.g. " / goToNextChild". */
function actionsOf(t: Transition): string {
  const shown = t.actions.filter((a) => SHOWN_ACTIONS.test(a));
  return shown.length ? ` / ${shown.join(', ')}` : '';
}

/** "parent" for an answer; "confirm if answersComplete", "go, otherwise" or "go" for others. */
function eventLabel(event: string, condition: string): string {
  if (event === 'answer') return condition;
  if (condition === 'always') return event;
  return condition === 'otherwise' ? `${event}, otherwise` : `${event} if ${condition}`;
}

/** Each transition of a state and event, with its condition in words. */
function withConditions(group: Transition[]): { t: Transition; condition: string }[] {
  return group.map((t, i) => ({ t, condition: conditionOf(t, i, group.length) }));
}

function byEvent(transitions: Transition[]): Transition[][] {
  const groups = new Map<string, Transition[]>();
  for (const t of transitions) {
    const key = `${t.from}\u0000${t.event}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

export interface DecisionTree {
  markdown: string;
  stats: {
    states: number;
    drawn: number;
    back: number;
    collapsed: number;
    total: number;
  };
}

export function decisionTree(machine: AnyStateMachine): DecisionTree {
  const states = Object.values(machine.root.states) as AnyStateNode[];
  const all = transitionsOf(machine);
  const fromRoot = all.filter((t) => t.from === '(every step)');
  const perState = all.filter((t) => t.from !== '(every step)');
  const collapsed = perState.filter(isChangeMode);
  const kept = perState.filter((t) => !isChangeMode(t));
  const forward = byEvent(kept.filter((t) => t.event !== 'back')).flatMap(withConditions);
  const back = byEvent(kept.filter((t) => t.event === 'back')).flatMap(withConditions);

  const tagged = (tag: string) => states.filter((s) => s.tags.includes(tag)).map((s) => s.key);
  const outcomes = tagged('outcome');
  const questions = tagged('question');
  const perChild = tagged('perChild');
  const summary = states.find((s) =>
    collapsed.some((t) => t.from === s.key && t.event === 'change'),
  );
  const changeable = collapsed.filter((t) => t.event === 'change').flatMap((t) => t.to);
  const countOf = (guard: string) =>
    collapsed.filter((t) => guardNames(t.conditions).includes(guard)).length;

  const lines: string[] = ['stateDiagram-v2'];
  for (const s of states) {
    if (perChild.includes(s.key)) lines.push(`    state "${s.key} (per child)" as ${s.key}`);
  }
  const initial = (machine.root.initial?.target ?? []) as AnyStateNode[];
  for (const target of initial) lines.push(`    [*] --> ${target.key}`);
  for (const { t, condition } of forward) {
    const label = `${eventLabel(t.event, condition)}${actionsOf(t)}`;
    for (const to of t.to) lines.push(`    ${t.from} --> ${to} : ${label}`);
  }
  for (const t of fromRoot) {
    for (const to of t.to) {
      lines.push(`    note left of ${to}`, `        ${t.event} (from every step): back to here`);
      if (t.actions.length) lines.push(`        and ${t.actions.join(', ')}`);
      lines.push('    end note');
    }
  }
  if (summary && collapsed.length > 0) {
    lines.push(
      `    note right of ${summary.key}`,
      `        Changing an answer (${collapsed.length} transitions, not drawn):`,
      ...Object.entries(CHANGE_MODE_GUARDS).map(
        ([guard, what]) => `        - ${what} (${countOf(guard)})`,
      ),
      '    end note',
    );
  }
  if (outcomes.length) {
    lines.push('    classDef outcome font-weight:bold,stroke-width:3px');
    lines.push(`    class ${outcomes.join(',')} outcome`);
  }

  // «Back» to the question shown before: one row per page, naming the pages drawn right before it.
  const isShownBefore = (t: Transition) => guardNames(t.conditions).includes(BACK_GUARD);
  const drawnInto = (step: string) =>
    new Set(forward.filter(({ t }) => t.to.includes(step)).map(({ t }) => t.from));
  const backRows: string[] = [];
  let skipping = 0;
  for (const group of byEvent(kept.filter((t) => t.event === 'back'))) {
    const shownBefore = group.filter(isShownBefore);
    const from = group[0]?.from ?? '';
    if (shownBefore.length > 0) {
      const direct = drawnInto(from);
      const targets = [...new Set(shownBefore.flatMap((t) => t.to))].filter((to) => direct.has(to));
      skipping += shownBefore.length - targets.length;
      backRows.push(`| ${from} | ${targets.reverse().join(' or ')} |`);
    }
    for (const { t, condition } of withConditions(group.filter((t) => !isShownBefore(t)))) {
      const when = condition === 'always' ? '' : ` (${condition}${actionsOf(t)})`;
      backRows.push(`| ${t.from} | ${t.to.join(', ')}${when} |`);
    }
  }

  const stats = {
    states: states.length,
    drawn: forward.reduce((n, { t }) => n + t.to.length, 0),
    back: back.length,
    collapsed: collapsed.length,
    total: all.length,
  };

  const markdown = [
    '# The decision tree',
    '',
    '<!-- Generated from the statechart (machines/onboarding-machine.ts, built from machines/flow.ts) by `npm run diagram`. Do not edit by hand. -->',
    '',
    [
      'How the wizard decides what to ask next, drawn from the wizard itself.',
      `Each box is one page: ${questions.length} questions (named by their id in`,
      'machines/questions.ts; their wording is in locales/ru/questions.json), the summary where a',
      `family checks its answers, and ${outcomes.length} results, in bold (${outcomes.join(', ')}).`,
      'An arrow\'s label is the answer that leads there. "otherwise" means any other answer;',
      'names such as hasMoreChildren are conditions the wizard checks, and after a "/" comes what',
      `it does on the way (e.g. move on to the next child).${perChild.length ? ' Questions marked "per child" are asked once for each child.' : ''}`,
      'An invalid answer never moves the wizard. Where «Back» leads is in the table below the',
      'diagram; changing one answer from the summary is summed up in the note next to the summary.',
    ].join(' '),
    '',
    '```mermaid',
    ...lines,
    '```',
    '',
    '## «Back»',
    '',
    '«Back» goes to the question this family was shown before this page: one of the pages drawn',
    "right before it (for a per-child question, maybe the previous child's). Questions a",
    "teacher's link pre-filled were never shown and are skipped",
    `(${skipping} more transitions, not listed); from the first question shown, «Back» leads to the start page.`,
    '',
    '| on this page | «Back» goes to |',
    '| --- | --- |',
    ...backRows,
    '',
    '## Changing an answer from the summary',
    '',
    `«Change» next to an answer on the summary opens that question (${[...new Set(changeable)].length} questions can be changed).`,
    'After the new answer the wizard goes back to the summary when nothing is left open; when the',
    'new answer opens questions that were not asked before, it goes to the first of them and',
    'continues from there. «Back» while changing returns to the summary.',
    '',
    '## Size',
    '',
    `${stats.states} states; ${stats.total} transitions: ${stats.drawn} drawn, ${stats.back} for «Back» (the table), ${stats.collapsed} in the change note, ${fromRoot.length} from every step.`,
    '',
  ].join('\n');

  return { markdown, stats };
}
