/**
 * The GOV.UK Smart Answers habit: one describe block per question node of the statechart,
 * asserting the next node for every valid answer, the rejection of invalid answers, and
 * where `back` goes. Then the summary (change, confirm), restart, and the outcomes.
 *
 * The machine is put at a node by replaying realistic prior answers (restoreSnapshot),
 * and driven with xstate's transition(). No copy is pinned: only node ids and answers.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { applicableKeys, isComplete } from '@machines/applicability';
import { buildChecklist } from '@machines/checklist/build-checklist';
import {
  currentKey,
  initialContext,
  onboardingMachine,
  type OnboardingSnapshot,
  type StepId,
} from '@machines/onboarding-machine';
import { choiceQuestionIds, optionsOf, questions, type QuestionId } from '@machines/questions';
import { restoreSnapshot, type StepRef } from '@machines/restore';
import { answer, at, send, sendAll, validValues, where } from './support/wizard';

// ---------------------------------------------------------------------------------------------
// Realistic answers
// ---------------------------------------------------------------------------------------------

const PARENT: Answers = { role: 'parent', parentAccount: 'unconfirmed' };
const CHILD_1_UNDER_14: Answers = {
  'childAge.1': 'under14',
  'childAccount.1': 'unlinked',
  'childDnevnik.1': 'error',
  'childSferum.1': 'no',
  'childMyschool.1': 'waiting',
};
const CHILD_1_OVER_14: Answers = {
  'childAge.1': 'over14',
  'teenAccount.1': 'unconfirmed',
  'childDnevnik.1': 'own',
  'childSferum.1': 'yes',
  'childMyschool.1': 'no',
};
const CHILD_2_UNDER_14: Answers = {
  'childAge.2': 'under14',
  'childAccount.2': 'none',
  'childDnevnik.2': 'no',
  'childSferum.2': 'no',
  'childMyschool.2': 'no',
};
const CHILD_2_OVER_14: Answers = {
  'childAge.2': 'over14',
  'teenAccount.2': 'confirmed',
  'childDnevnik.2': 'own',
  'childSferum.2': 'yes',
  'childMyschool.2': 'done',
};
/** A complete family: two children under 14. */
const FAMILY: Answers = {
  ...PARENT,
  childCount: '2',
  ...CHILD_1_UNDER_14,
  ...CHILD_2_UNDER_14,
  app: 'yes',
};
/** A complete family: the first child under 14, the second 14 or older. */
const MIXED_FAMILY: Answers = {
  ...PARENT,
  childCount: '2',
  ...CHILD_1_UNDER_14,
  ...CHILD_2_OVER_14,
  app: 'no',
};
const ONE_CHILD_FAMILY: Answers = { ...PARENT, childCount: '1', ...CHILD_1_OVER_14, app: 'no' };
const STUDENT: Answers = {
  role: 'student',
  studentAge: 'over14',
  studentAccount: 'unconfirmed',
  studentDocs: 'no',
  confirmMethod: 'mfc',
  studentDnevnik: 'error',
  studentSferum: 'no',
  studentMyschool: 'waiting',
  studentApp: 'yes',
};
const TEACHER: Answers = { role: 'teacher', audience: 'under14', classLabel: '7Б' };

/** The answers of `complete` asked before `key` (as held when `key` is first shown). */
function before(complete: Answers, key: string): Answers {
  const order = applicableKeys(complete);
  const index = order.indexOf(key);
  if (index < 0) throw new Error(`${key} is not asked for these answers`);
  return Object.fromEntries(order.slice(0, index).map((k) => [k, complete[k] as string]));
}

const ref = (step: StepId, child?: number): StepRef =>
  child === undefined ? { step } : { step, child };
const same = (a: StepRef, b: StepRef) => a.step === b.step && a.child === b.child;

/**
 * The machine at `target` with every answer of `complete` held: replayed to the end (the
 * summary, or the outcome for roles without one), then `back` until the target.
 */
function backTo(complete: Answers, target: StepRef): OnboardingSnapshot {
  const end = complete.role === 'teacher' ? 'teacherResult' : 'summary';
  let s = at(complete, end);
  for (let i = 0; i < 40 && !same(where(s), target); i += 1) s = send(s, { type: 'back' });
  expect(where(s)).toEqual(target);
  return s;
}
const without = (answers: Answers, ...keys: string[]): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.includes(k)));

// ---------------------------------------------------------------------------------------------
// Invalid values
// ---------------------------------------------------------------------------------------------

const allOptions = new Set(choiceQuestionIds.flatMap((id) => optionsOf(id) as string[]));
const lookAlikes = [
  '',
  ' ',
  'maybe',
  'Yes',
  'UNDER14',
  ' parent',
  'parent ',
  '0',
  '7',
  '01',
  '1.0',
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
];

/** Values a question must reject: look-alikes, its own link codes, other questions' options. */
function invalidValues(question: QuestionId): string[] {
  if (question === 'classLabel')
    return [
      '7Б!',
      ' 7Б',
      '7Б ',
      '7--Б',
      '7  Б',
      '7_Б',
      '<b>7</b>',
      'a\nb',
      '1234567890123',
      'Б'.repeat(13),
    ];
  const own = new Set<string>(optionsOf(question));
  const codes = Object.values(questions[question].options) as string[];
  return [...new Set([...lookAlikes, ...codes, ...allOptions])].filter((v) => !own.has(v));
}

// ---------------------------------------------------------------------------------------------
// One describe block per node
// ---------------------------------------------------------------------------------------------

const described = new Set<string>();

interface NodeCase {
  /** Which situation, e.g. "child 2 of 2". */
  readonly title: string;
  /** A complete answer set the situation comes from. */
  readonly from: Answers;
  readonly child?: number;
  /** The next node for each valid value (every option of a choice question). */
  readonly next: Readonly<Record<string, StepRef>>;
  /** Where back goes; null when back does nothing. */
  readonly back: StepRef | null;
}

/** The tests of one question node in one situation. */
function nodeCase(question: QuestionId, c: NodeCase) {
  const key = c.child === undefined ? question : `${question}.${c.child}`;
  const prior = before(c.from, key);
  const here = ref(question, c.child);

  describe(c.title, () => {
    it('is reached with the prior answers', () => {
      const s = at(prior, question, c.child);
      expect(where(s)).toEqual(here);
      expect(currentKey(s)).toBe(key);
      expect(s.hasTag('question')).toBe(true);
      expect(s.context.answers).toEqual(prior);
    });

    if (question !== 'classLabel')
      it('lists a next node for every option', () => {
        expect(Object.keys(c.next).sort()).toEqual([...optionsOf(question)].sort());
      });

    for (const [value, next] of Object.entries(c.next)) {
      it(`answer ${JSON.stringify(value)} goes to ${JSON.stringify(next)}`, () => {
        const s = at(prior, question, c.child);
        const after = answer(s, value);
        expect(where(after)).toEqual(next);
        expect(after.context.answers).toEqual({ ...prior, [key]: value });
        expect(after.context.returnToSummary).toBe(false);
      });
    }

    it('rejects invalid answers: the state and the answers stay as they were', () => {
      const s = at(prior, question, c.child);
      for (const value of invalidValues(question)) {
        const after = answer(s, value);
        expect(where(after), `value ${JSON.stringify(value)}`).toEqual(here);
        expect(after.context, `value ${JSON.stringify(value)}`).toEqual(s.context);
      }
    });

    it(
      c.back ? `back goes to ${JSON.stringify(c.back)}, keeping the answers` : 'back does nothing',
      () => {
        const s = at(prior, question, c.child);
        const after = send(s, { type: 'back' });
        expect(where(after)).toEqual(c.back ?? here);
        expect(after.context.answers).toEqual(prior);
      },
    );

    it('back keeps later answers (reached again by going back from the end)', () => {
      const s = backTo(c.from, here);
      expect(s.context.answers).toEqual(c.from);
      const after = send(s, { type: 'back' });
      expect(where(after)).toEqual(c.back ?? here);
      expect(after.context.answers).toEqual(c.from);
    });
  });
}

function node(question: QuestionId, ...cases: NodeCase[]) {
  described.add(question);
  describe(`node ${question}`, () => {
    for (const c of cases) nodeCase(question, c);
  });
}

const all = (question: QuestionId, next: StepRef): Record<string, StepRef> =>
  Object.fromEntries(validValues(question).map((v) => [v, next]));

// --- everyone ---------------------------------------------------------------------------------

node('role', {
  title: 'first question',
  from: FAMILY,
  next: { parent: ref('parentAccount'), student: ref('studentAge'), teacher: ref('audience') },
  back: null,
});

// --- parent -----------------------------------------------------------------------------------

node('parentAccount', {
  title: 'parent',
  from: FAMILY,
  next: all('parentAccount', ref('childCount')),
  back: ref('role'),
});

node('childCount', {
  title: 'parent',
  from: FAMILY,
  next: all('childCount', ref('childAge', 1)),
  back: ref('parentAccount'),
});

node(
  'childAge',
  {
    title: 'child 1 of 2',
    from: FAMILY,
    child: 1,
    next: { under14: ref('childAccount', 1), over14: ref('teenAccount', 1) },
    back: ref('childCount'),
  },
  {
    title: 'child 2 of 2: back goes to the first child',
    from: FAMILY,
    child: 2,
    next: { under14: ref('childAccount', 2), over14: ref('teenAccount', 2) },
    back: ref('childMyschool', 1),
  },
);

node(
  'childAccount',
  {
    title: 'child 1 (under 14)',
    from: FAMILY,
    child: 1,
    next: all('childAccount', ref('childDnevnik', 1)),
    back: ref('childAge', 1),
  },
  {
    title: 'child 2 (under 14)',
    from: FAMILY,
    child: 2,
    next: all('childAccount', ref('childDnevnik', 2)),
    back: ref('childAge', 2),
  },
);

node(
  'teenAccount',
  {
    title: 'child 1 (14+)',
    from: ONE_CHILD_FAMILY,
    child: 1,
    next: all('teenAccount', ref('childDnevnik', 1)),
    back: ref('childAge', 1),
  },
  {
    title: 'child 2 (14+)',
    from: MIXED_FAMILY,
    child: 2,
    next: all('teenAccount', ref('childDnevnik', 2)),
    back: ref('childAge', 2),
  },
);

node(
  'childDnevnik',
  {
    title: 'child 1 under 14: back to the child account',
    from: FAMILY,
    child: 1,
    next: all('childDnevnik', ref('childSferum', 1)),
    back: ref('childAccount', 1),
  },
  {
    title: 'child 1 of 14+: back to the teenager account',
    from: ONE_CHILD_FAMILY,
    child: 1,
    next: all('childDnevnik', ref('childSferum', 1)),
    back: ref('teenAccount', 1),
  },
  {
    title: 'child 2 under 14: back to the child account',
    from: FAMILY,
    child: 2,
    next: all('childDnevnik', ref('childSferum', 2)),
    back: ref('childAccount', 2),
  },
  {
    title: 'child 2 of 14+: back to the teenager account',
    from: MIXED_FAMILY,
    child: 2,
    next: all('childDnevnik', ref('childSferum', 2)),
    back: ref('teenAccount', 2),
  },
);

node(
  'childSferum',
  {
    title: 'child 1',
    from: FAMILY,
    child: 1,
    next: all('childSferum', ref('childMyschool', 1)),
    back: ref('childDnevnik', 1),
  },
  {
    title: 'child 2',
    from: MIXED_FAMILY,
    child: 2,
    next: all('childSferum', ref('childMyschool', 2)),
    back: ref('childDnevnik', 2),
  },
);

node(
  'childMyschool',
  {
    title: 'child 1 of 2: on to the second child',
    from: FAMILY,
    child: 1,
    next: all('childMyschool', ref('childAge', 2)),
    back: ref('childSferum', 1),
  },
  {
    title: 'child 2 of 2 (the last): on to the app',
    from: MIXED_FAMILY,
    child: 2,
    next: all('childMyschool', ref('app')),
    back: ref('childSferum', 2),
  },
  {
    title: 'child 1 of 1 (the last): on to the app',
    from: ONE_CHILD_FAMILY,
    child: 1,
    next: all('childMyschool', ref('app')),
    back: ref('childSferum', 1),
  },
);

node(
  'app',
  {
    title: 'two children: back to the last child',
    from: FAMILY,
    next: all('app', ref('summary')),
    back: ref('childMyschool', 2),
  },
  {
    title: 'one child',
    from: ONE_CHILD_FAMILY,
    next: all('app', ref('summary')),
    back: ref('childMyschool', 1),
  },
);

// --- student ----------------------------------------------------------------------------------

node('studentAge', {
  title: 'student',
  from: STUDENT,
  next: { under14: ref('studentUnder14'), over14: ref('studentAccount') },
  back: ref('role'),
});

node('studentAccount', {
  title: 'student of 14+',
  from: STUDENT,
  next: {
    unconfirmed: ref('studentDocs'),
    none: ref('confirmMethod'),
    confirmed: ref('studentDnevnik'),
  },
  back: ref('studentAge'),
});

node('studentDocs', {
  title: 'account not confirmed',
  from: STUDENT,
  next: all('studentDocs', ref('confirmMethod')),
  back: ref('studentAccount'),
});

node(
  'confirmMethod',
  {
    title: 'account not confirmed: back to the documents',
    from: STUDENT,
    next: all('confirmMethod', ref('studentDnevnik')),
    back: ref('studentDocs'),
  },
  {
    title: 'no account: back to the account',
    from: { ...without(STUDENT, 'studentDocs'), studentAccount: 'none' },
    next: all('confirmMethod', ref('studentDnevnik')),
    back: ref('studentAccount'),
  },
);

node(
  'studentDnevnik',
  {
    title: 'account not confirmed: back to the method',
    from: STUDENT,
    next: all('studentDnevnik', ref('studentSferum')),
    back: ref('confirmMethod'),
  },
  {
    title: 'no account: back to the method',
    from: { ...without(STUDENT, 'studentDocs'), studentAccount: 'none' },
    next: all('studentDnevnik', ref('studentSferum')),
    back: ref('confirmMethod'),
  },
  {
    title: 'confirmed account: back to the account',
    from: { ...without(STUDENT, 'studentDocs', 'confirmMethod'), studentAccount: 'confirmed' },
    next: all('studentDnevnik', ref('studentSferum')),
    back: ref('studentAccount'),
  },
);

node('studentSferum', {
  title: 'student of 14+',
  from: STUDENT,
  next: all('studentSferum', ref('studentMyschool')),
  back: ref('studentDnevnik'),
});

node('studentMyschool', {
  title: 'student of 14+',
  from: STUDENT,
  next: all('studentMyschool', ref('studentApp')),
  back: ref('studentSferum'),
});

node('studentApp', {
  title: 'student of 14+',
  from: STUDENT,
  next: all('studentApp', ref('summary')),
  back: ref('studentMyschool'),
});

// --- teacher ----------------------------------------------------------------------------------

node('audience', {
  title: 'teacher',
  from: TEACHER,
  next: all('audience', ref('classLabel')),
  back: ref('role'),
});

node('classLabel', {
  title: 'teacher (free text, may be empty)',
  from: TEACHER,
  next: all('classLabel', ref('teacherResult')),
  back: ref('audience'),
});

describe('the statechart', () => {
  it('has one describe block per question node', () => {
    const questionNodes = Object.values(onboardingMachine.root.states)
      .filter((n) => n.tags.includes('question'))
      .map((n) => n.key)
      .sort();
    expect(questionNodes.length).toBeGreaterThan(0);
    expect([...described].sort()).toEqual(questionNodes);
  });

  it('tags exactly the three outcomes', () => {
    const outcomes = Object.values(onboardingMachine.root.states)
      .filter((n) => n.tags.includes('outcome'))
      .map((n) => n.key)
      .sort();
    expect(outcomes).toEqual(['checklist', 'studentUnder14', 'teacherResult']);
  });
});

// ---------------------------------------------------------------------------------------------
// Summary: check answers, change, confirm
// ---------------------------------------------------------------------------------------------

const change = (s: OnboardingSnapshot, key: string) => send(s, { type: 'change', key });

describe('node summary', () => {
  it('is reached after the last question, for parents and students of 14+', () => {
    expect(where(answer(at(without(FAMILY, 'app'), 'app'), 'no'))).toEqual(ref('summary'));
    expect(where(at(FAMILY, 'summary'))).toEqual(ref('summary'));
    expect(where(at(STUDENT, 'summary'))).toEqual(ref('summary'));
  });

  it('confirm shows the checklist when the answers are complete', () => {
    for (const complete of [FAMILY, MIXED_FAMILY, ONE_CHILD_FAMILY, STUDENT]) {
      const after = send(at(complete, 'summary'), { type: 'confirm' });
      expect(where(after)).toEqual(ref('checklist'));
      expect(after.context.answers).toEqual(complete);
    }
  });

  it('confirm does nothing while any answer is missing', () => {
    for (const missing of ['app', 'childMyschool.2', 'childAge.2', 'parentAccount']) {
      const incomplete = without(FAMILY, missing);
      expect(isComplete(incomplete)).toBe(false);
      const s = onboardingMachine.resolveState({
        value: 'summary',
        context: { ...initialContext, answers: incomplete, child: 2 },
      });
      const after = send(s, { type: 'confirm' });
      expect(where(after)).toEqual(ref('summary'));
      expect(after.context.answers).toEqual(incomplete);
      expect(s.can({ type: 'confirm' })).toBe(false);
    }
  });

  it('back goes to the last question: the app, asked of parents and of students', () => {
    expect(where(send(at(FAMILY, 'summary'), { type: 'back' }))).toEqual(ref('app'));
    expect(where(send(at(STUDENT, 'summary'), { type: 'back' }))).toEqual(ref('studentApp'));
    // and on back from the app to the last child
    const app = send(at(FAMILY, 'summary'), { type: 'back' });
    expect(where(send(app, { type: 'back' }))).toEqual(ref('childMyschool', 2));
  });

  describe('change, unchanged branch', () => {
    for (const [name, complete] of [
      ['family', FAMILY],
      ['student', STUDENT],
    ] as const) {
      for (const key of applicableKeys(complete)) {
        it(`${name}: change ${key} goes to that question, answering returns to the summary`, () => {
          const summary = at(complete, 'summary');
          const [question, child] = key.split('.');
          const changing = change(summary, key);
          expect(where(changing)).toEqual(
            ref(question as StepId, child ? Number(child) : undefined),
          );
          expect(changing.context.returnToSummary).toBe(true);
          expect(changing.context.answers).toEqual(complete);
          // the same answer again: straight back to the summary, nothing lost
          const same = answer(changing, complete[key] as string);
          expect(where(same)).toEqual(ref('summary'));
          expect(same.context.answers).toEqual(complete);
          expect(same.context.returnToSummary).toBe(false);
          // back while changing: the summary again
          const back = send(changing, { type: 'back' });
          expect(where(back)).toEqual(ref('summary'));
          expect(back.context.answers).toEqual(complete);
          expect(back.context.returnToSummary).toBe(false);
        });
      }
    }

    it('a different answer that opens nothing returns to the summary with only that answer changed', () => {
      const summary = at(FAMILY, 'summary');
      const cases: Array<[string, string]> = [
        ['parentAccount', 'confirmed'],
        ['childAccount.2', 'linked'],
        ['childDnevnik.1', 'own'],
        ['childSferum.2', 'yes'],
        ['childMyschool.1', 'done'],
        ['app', 'no'],
      ];
      for (const [key, value] of cases) {
        const after = answer(change(summary, key), value);
        expect(where(after), key).toEqual(ref('summary'));
        expect(after.context.answers).toEqual({ ...FAMILY, [key]: value });
        expect(after.context.returnToSummary).toBe(false);
      }
    });

    it('the checklist after a change follows the new answers', () => {
      const after = sendAll(at(FAMILY, 'summary'), [
        { type: 'change', key: 'childDnevnik.2' },
        { type: 'answer', value: 'error' },
        { type: 'confirm' },
      ]);
      expect(where(after)).toEqual(ref('checklist'));
      const ids = buildChecklist(after.context.answers, {
        inn: '2901030910',
        dnevnikUrl: 'https://29.dnevnik.ru/',
        websiteUrl: 'https://gym25.arkh-edu.ru/',
      }).stages.flatMap((s) => s.steps.map((step) => step.id));
      expect(ids).toContain('dnevnikFixData.2');
    });
  });

  describe('change that opens new questions', () => {
    it("child 2's age under14 -> over14 asks child 2's own account, then returns to the summary", () => {
      const changing = change(at(FAMILY, 'summary'), 'childAge.2');
      expect(where(changing)).toEqual(ref('childAge', 2));
      const teen = answer(changing, 'over14');
      expect(where(teen)).toEqual(ref('teenAccount', 2));
      expect(teen.context.returnToSummary).toBe(true);
      // the child account of an under-14 no longer applies
      expect(teen.context.answers).toEqual({
        ...without(FAMILY, 'childAccount.2'),
        'childAge.2': 'over14',
      });
      const done = answer(teen, 'unconfirmed');
      expect(where(done)).toEqual(ref('summary'));
      expect(done.context.returnToSummary).toBe(false);
      expect(done.context.answers).toEqual({
        ...without(FAMILY, 'childAccount.2'),
        'childAge.2': 'over14',
        'teenAccount.2': 'unconfirmed',
      });
      expect(where(send(done, { type: 'confirm' }))).toEqual(ref('checklist'));
    });

    it("child 1's age over14 -> under14 asks child 1's account, then returns to the summary", () => {
      const s = at(ONE_CHILD_FAMILY, 'summary');
      const account = answer(change(s, 'childAge.1'), 'under14');
      expect(where(account)).toEqual(ref('childAccount', 1));
      const done = answer(account, 'linked');
      expect(where(done)).toEqual(ref('summary'));
      expect(done.context.answers).toEqual({
        ...without(ONE_CHILD_FAMILY, 'teenAccount.1'),
        'childAge.1': 'under14',
        'childAccount.1': 'linked',
      });
    });

    it('back while an opened question is unanswered walks back instead of leaving it open', () => {
      const teen = answer(change(at(FAMILY, 'summary'), 'childAge.2'), 'over14');
      const age = send(teen, { type: 'back' });
      expect(where(age)).toEqual(ref('childAge', 2));
      const previousChild = send(age, { type: 'back' });
      expect(where(previousChild)).toEqual(ref('childMyschool', 1));
      expect(previousChild.context.returnToSummary).toBe(true);
      // answering an earlier question goes to the open one, then back to the summary
      const open = answer(previousChild, 'done');
      expect(where(open)).toEqual(ref('teenAccount', 2));
      const done = answer(open, 'none');
      expect(where(done)).toEqual(ref('summary'));
      expect(done.context.answers['childMyschool.1']).toBe('done');
      expect(done.context.answers['teenAccount.2']).toBe('none');
    });

    it('more children: every question of the new child is asked, then the summary', () => {
      let s = answer(change(at(FAMILY, 'summary'), 'childCount'), '3');
      const asked: string[] = [];
      const third = {
        'childAge.3': 'over14',
        'teenAccount.3': 'none',
        'childDnevnik.3': 'no',
        'childSferum.3': 'no',
        'childMyschool.3': 'no',
      };
      // bounded: a machine that asks something else must fail here, not loop
      for (let i = 0; i < 10 && s.hasTag('question'); i += 1) {
        const key = currentKey(s) as keyof typeof third;
        asked.push(key);
        s = answer(s, third[key] ?? 'not one of the new questions');
      }
      expect(asked).toEqual(Object.keys(third));
      expect(where(s)).toEqual(ref('summary'));
      expect(s.context.answers).toEqual({ ...FAMILY, childCount: '3', ...third });
    });

    it('role parent -> student drops the parent answers and asks the student questions', () => {
      let s = answer(change(at(FAMILY, 'summary'), 'role'), 'student');
      expect(where(s)).toEqual(ref('studentAge'));
      expect(s.context.answers).toEqual({ role: 'student' });
      for (const key of applicableKeys(STUDENT).slice(1)) {
        expect(currentKey(s)).toBe(key);
        s = answer(s, STUDENT[key] as string);
      }
      expect(where(s)).toEqual(ref('summary'));
      expect(s.context.answers).toEqual(STUDENT);
    });

    it('role parent -> teacher ends at the teacher result, not the summary', () => {
      const s = sendAll(at(FAMILY, 'summary'), [
        { type: 'change', key: 'role' },
        { type: 'answer', value: 'teacher' },
        { type: 'answer', value: 'everyone' },
        { type: 'answer', value: '' },
      ]);
      expect(where(s)).toEqual(ref('teacherResult'));
      expect(s.context.answers).toEqual({ role: 'teacher', audience: 'everyone', classLabel: '' });
      expect(s.context.returnToSummary).toBe(false);
    });

    it('student age over14 -> under14 ends at the hand-over to a parent', () => {
      const s = answer(change(at(STUDENT, 'summary'), 'studentAge'), 'under14');
      expect(where(s)).toEqual(ref('studentUnder14'));
      expect(s.context.answers).toEqual({ role: 'student', studentAge: 'under14' });
      expect(s.context.returnToSummary).toBe(false);
    });

    it('student account unconfirmed -> confirmed drops documents and method', () => {
      const s = answer(change(at(STUDENT, 'summary'), 'studentAccount'), 'confirmed');
      expect(where(s)).toEqual(ref('summary'));
      expect(s.context.answers).toEqual({
        ...without(STUDENT, 'studentDocs', 'confirmMethod'),
        studentAccount: 'confirmed',
      });
    });

    it('student account confirmed -> unconfirmed asks documents and method, then the summary', () => {
      const confirmed = {
        ...without(STUDENT, 'studentDocs', 'confirmMethod'),
        studentAccount: 'confirmed',
      };
      const docs = answer(change(at(confirmed, 'summary'), 'studentAccount'), 'unconfirmed');
      expect(where(docs)).toEqual(ref('studentDocs'));
      const method = answer(docs, 'yes');
      expect(where(method)).toEqual(ref('confirmMethod'));
      const done = answer(method, 'bank');
      expect(where(done)).toEqual(ref('summary'));
      expect(done.context.answers).toEqual({
        ...confirmed,
        studentAccount: 'unconfirmed',
        studentDocs: 'yes',
        confirmMethod: 'bank',
      });
    });
  });

  describe('change that reduces the child count', () => {
    it('2 -> 1 drops every answer about child 2 and returns to the summary', () => {
      const s = answer(change(at(MIXED_FAMILY, 'summary'), 'childCount'), '1');
      expect(where(s)).toEqual(ref('summary'));
      expect(s.context.answers).toEqual({
        ...PARENT,
        childCount: '1',
        ...CHILD_1_UNDER_14,
        app: 'no',
      });
      expect(Object.keys(s.context.answers).some((k) => k.endsWith('.2'))).toBe(false);
      expect(where(send(s, { type: 'confirm' }))).toEqual(ref('checklist'));
    });

    it('3 -> 2 drops child 3 only', () => {
      const third = {
        'childAge.3': 'under14',
        'childAccount.3': 'linked',
        'childDnevnik.3': 'own',
        'childSferum.3': 'yes',
        'childMyschool.3': 'done',
      };
      const three = { ...FAMILY, childCount: '3', ...third };
      const s = answer(change(at(three, 'summary'), 'childCount'), '2');
      expect(where(s)).toEqual(ref('summary'));
      expect(s.context.answers).toEqual(FAMILY);
    });
  });

  it('change is ignored for keys not answered, not asked, or malformed', () => {
    const summary = at(FAMILY, 'summary');
    for (const key of [
      'childAge.3',
      'teenAccount.1',
      'studentAge',
      'classLabel',
      'role.1',
      'childAge',
      'childAge.0',
      'childAge.x',
      'childAge.1.1',
      '',
      '__proto__',
      'constructor',
      'toString',
    ]) {
      const after = change(summary, key);
      expect(where(after), key).toEqual(ref('summary'));
      expect(after.context, key).toEqual(summary.context);
    }
  });

  it('change does nothing outside the summary', () => {
    const s = at(before(FAMILY, 'childDnevnik.1'), 'childDnevnik', 1);
    const after = change(s, 'role');
    expect(where(after)).toEqual(ref('childDnevnik', 1));
    expect(after.context).toEqual(s.context);
  });
});

// ---------------------------------------------------------------------------------------------
// Restart
// ---------------------------------------------------------------------------------------------

describe('restart', () => {
  const places: Array<[string, () => OnboardingSnapshot]> = [
    ['a question', () => at(FAMILY, 'childSferum', 2)],
    ['the summary', () => at(FAMILY, 'summary')],
    ['a change in progress', () => answer(change(at(FAMILY, 'summary'), 'childAge.2'), 'over14')],
    ['the checklist', () => at(FAMILY, 'checklist')],
    [
      'the student hand-over',
      () => at({ role: 'student', studentAge: 'under14' }, 'studentUnder14'),
    ],
    ['the teacher result', () => at(TEACHER, 'teacherResult')],
  ];
  for (const [name, place] of places) {
    it(`from ${name} clears everything and goes to the first question`, () => {
      const s = place();
      expect(Object.keys(s.context.answers).length).toBeGreaterThan(0);
      const after = send(s, { type: 'restart' });
      expect(where(after)).toEqual(ref('role'));
      expect(after.context).toEqual(initialContext);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------------

const school = {
  inn: '2901030910',
  dnevnikUrl: 'https://29.dnevnik.ru/',
  websiteUrl: 'https://gym25.arkh-edu.ru/',
};
const stepIds = (answers: Answers) =>
  buildChecklist(answers, school).stages.flatMap((s) => s.steps.map((step) => step.id));
const forwardEvents = [
  { type: 'confirm' },
  ...[...allOptions, ...validValues('classLabel')].map(
    (value) => ({ type: 'answer', value }) as const,
  ),
] as const;

function outcome(name: StepId, reach: () => OnboardingSnapshot, back: StepRef, steps: string[]) {
  describe(`outcome ${name}`, () => {
    it('is reached, tagged outcome, and asks nothing', () => {
      const s = reach();
      expect(where(s)).toEqual(ref(name));
      expect(s.hasTag('outcome')).toBe(true);
      expect(s.hasTag('question')).toBe(false);
      expect(currentKey(s)).toBeUndefined();
      expect(s.context.returnToSummary).toBe(false);
    });

    it('no answer or confirm moves it on', () => {
      const s = reach();
      for (const event of forwardEvents) {
        const after = send(s, event);
        expect(where(after)).toEqual(ref(name));
        expect(after.context).toEqual(s.context);
      }
    });

    it(`back goes to ${JSON.stringify(back)}, keeping the answers`, () => {
      const s = reach();
      const after = send(s, { type: 'back' });
      expect(where(after)).toEqual(back);
      expect(after.context.answers).toEqual(s.context.answers);
    });

    it('builds its checklist', () => {
      expect(stepIds(reach().context.answers)).toEqual(steps);
    });
  });
}

outcome(
  'studentUnder14',
  () => answer(at({ role: 'student' }, 'studentAge'), 'under14'),
  ref('studentAge'),
  ['askParent'],
);
outcome(
  'teacherResult',
  () => answer(at(without(TEACHER, 'classLabel'), 'classLabel'), '7Б'),
  ref('classLabel'),
  ['teacherAccount', 'teacherSferumProfile', 'teacherShareLink'],
);

describe('outcome checklist', () => {
  it('is reached by confirming the summary, tagged outcome', () => {
    const s = send(at(MIXED_FAMILY, 'summary'), { type: 'confirm' });
    expect(where(s)).toEqual(ref('checklist'));
    expect(s.hasTag('outcome')).toBe(true);
    expect(currentKey(s)).toBeUndefined();
    expect(isComplete(s.context.answers)).toBe(true);
  });

  it('no answer or confirm moves it on', () => {
    const s = at(MIXED_FAMILY, 'checklist');
    for (const event of forwardEvents) expect(where(send(s, event))).toEqual(ref('checklist'));
  });

  it('back goes to the summary, keeping the answers', () => {
    const after = send(at(MIXED_FAMILY, 'checklist'), { type: 'back' });
    expect(where(after)).toEqual(ref('summary'));
    expect(after.context.answers).toEqual(MIXED_FAMILY);
  });

  it("holds the family's checklist: per-child steps for both children", () => {
    const ids = stepIds(at(MIXED_FAMILY, 'checklist').context.answers);
    expect(ids).toContain('childLinkAccount.1');
    expect(ids).toContain('teenConfirmAccount.2');
    expect(ids).toContain('dnevnikFixData.1');
  });
});

// ---------------------------------------------------------------------------------------------
// Replay (how a link or a reload puts the machine back)
// ---------------------------------------------------------------------------------------------

describe('restoreSnapshot', () => {
  it('replays complete answers to the end: the checklist, or the outcome of the role', () => {
    for (const complete of [FAMILY, MIXED_FAMILY, ONE_CHILD_FAMILY, STUDENT]) {
      const s = restoreSnapshot(complete);
      expect(where(s)).toEqual(ref('checklist'));
      expect(s.context.answers).toEqual(complete);
    }
    expect(where(restoreSnapshot(TEACHER))).toEqual(ref('teacherResult'));
    expect(where(restoreSnapshot({ role: 'student', studentAge: 'under14' }))).toEqual(
      ref('studentUnder14'),
    );
  });

  it('stops at the first unanswered question, or at the step asked for', () => {
    expect(where(restoreSnapshot(without(FAMILY, 'childSferum.2')))).toEqual(ref('childSferum', 2));
    expect(where(restoreSnapshot(FAMILY, ref('summary')))).toEqual(ref('summary'));
    expect(where(restoreSnapshot(FAMILY, ref('childAge', 2)))).toEqual(ref('childAge', 2));
    // a step not on the route: the replay goes as far as the answers go
    expect(where(restoreSnapshot(FAMILY, ref('teenAccount', 1)))).toEqual(ref('checklist'));
  });

  it('drops answers the tree would not ask and stops at invalid values', () => {
    const s = restoreSnapshot({ ...ONE_CHILD_FAMILY, ...CHILD_2_UNDER_14, studentAge: 'over14' });
    expect(where(s)).toEqual(ref('checklist'));
    expect(s.context.answers).toEqual(ONE_CHILD_FAMILY);
    expect(where(restoreSnapshot({ ...FAMILY, 'childDnevnik.1': 'maybe' }))).toEqual(
      ref('childDnevnik', 1),
    );
    expect(where(restoreSnapshot({ role: 'alien' }))).toEqual(ref('role'));
  });
});
