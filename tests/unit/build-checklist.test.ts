/**
 * buildChecklist: the hard cases. Steps are compared by id, status and references,
 * never by words.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { isComplete } from '@machines/applicability';
import { buildChecklist } from '@machines/checklist/build-checklist';
import { stageIds, type Checklist, type ChecklistStep } from '@machines/checklist/checklist-types';
import { isAllowedUrl } from '@machines/links';
import { school, schoolHosts, walk } from './support/wizard';

const without = (answers: Answers, key: string): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([k]) => k !== key));
const stepsOf = (checklist: Checklist): ChecklistStep[] => checklist.stages.flatMap((s) => s.steps);
const idsOf = (answers: Answers) => stepsOf(buildChecklist(answers, school)).map((s) => s.id);
const stepById = (answers: Answers, id: string) => {
  const step = stepsOf(buildChecklist(answers, school)).find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

const PARENT_CONFIRMED = { role: 'parent', parentAccount: 'confirmed' } as const;
const under14 = (
  child: number,
  a: Partial<Record<'account' | 'dnevnik' | 'sferum' | 'myschool', string>> = {},
): Answers => ({
  [`childAge.${child}`]: 'under14',
  [`childAccount.${child}`]: a.account ?? 'unlinked',
  [`childDnevnik.${child}`]: a.dnevnik ?? 'no',
  [`childSferum.${child}`]: a.sferum ?? 'no',
  [`childMyschool.${child}`]: a.myschool ?? 'no',
});
const over14 = (
  child: number,
  a: Partial<Record<'account' | 'dnevnik' | 'sferum' | 'myschool', string>> = {},
): Answers => ({
  [`childAge.${child}`]: 'over14',
  [`teenAccount.${child}`]: a.account ?? 'unconfirmed',
  [`childDnevnik.${child}`]: a.dnevnik ?? 'no',
  [`childSferum.${child}`]: a.sferum ?? 'no',
  [`childMyschool.${child}`]: a.myschool ?? 'no',
});

/** Two children of different age groups: 9 (under 14) and 15. */
const MIXED: Answers = {
  ...PARENT_CONFIRMED,
  childCount: '2',
  ...under14(1),
  ...over14(2),
  app: 'no',
};

describe('buildChecklist', () => {
  describe('two children of different age groups', () => {
    const ids = idsOf(MIXED);

    it('has the per-child steps of each age group, numbered by child', () => {
      expect(isComplete(MIXED)).toBe(true);
      for (const id of [
        'childLinkAccount.1',
        'childApproveData.1',
        'dnevnikChildSignIn.1',
        'sferumJoin.1',
        'myschoolAddChild.1',
        'myschoolWaitConfirmation.1',
        'myschoolChildSignIn.1',
      ])
        expect(ids).toContain(id);
      for (const id of [
        'teenCreateAccount.2',
        'teenConfirmAccount.2',
        'dnevnikTeenSignIn.2',
        'sferumJoin.2',
        'myschoolTeenProfile.2',
        'myschoolWaitConfirmation.2',
      ])
        expect(ids).toContain(id);
      // and none of the other age group's
      for (const id of [
        'teenCreateAccount.1',
        'dnevnikTeenSignIn.1',
        'myschoolTeenProfile.1',
        'childLinkAccount.2',
        'childApproveData.2',
        'myschoolAddChild.2',
        'myschoolChildSignIn.2',
      ])
        expect(ids).not.toContain(id);
    });

    it('has the shared family steps once, and every id once', () => {
      for (const id of [
        'parentCreateAccount',
        'parentConfirmAccount',
        'dnevnikParentSignIn',
        'sferumSchoolChannel',
        'myschoolParentSignIn',
      ])
        expect(ids.filter((x) => x === id)).toHaveLength(1);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('gives per-child steps their child and age, shared steps the family', () => {
      const steps = stepsOf(buildChecklist(MIXED, school));
      for (const step of steps) {
        const match = /^(\w+)\.(\d)$/.exec(step.id);
        if (match) {
          expect(step.content).toBe(match[1]);
          expect(step.subject).toEqual({
            kind: 'child',
            child: Number(match[2]),
            age: match[2] === '1' ? 'under14' : 'over14',
          });
        } else {
          expect(step.content).toBe(step.id);
          expect(step.subject).toEqual({ kind: 'family' });
        }
      }
    });

    it('keeps ids stable: the same answers give the same ids, a third child only adds its own', () => {
      expect(idsOf({ ...MIXED })).toEqual(ids);
      const three = idsOf({ ...MIXED, childCount: '3', ...under14(3) });
      for (const id of ids) expect(three).toContain(id);
      expect(three.filter((id) => !ids.includes(id)).every((id) => id.endsWith('.3'))).toBe(true);
    });
  });

  describe('a parent without a confirmed account', () => {
    for (const parentAccount of ['unconfirmed', 'none', 'unknown']) {
      it(`${parentAccount}: confirming the parent's account is to do, and comes before creating the child's`, () => {
        const answers = {
          role: 'parent',
          parentAccount,
          childCount: '1',
          ...under14(1, { account: 'none' }),
          app: 'no',
        };
        const ids = idsOf(answers);
        expect(stepById(answers, 'parentConfirmAccount').status).toBe('todo');
        expect(ids.indexOf('parentConfirmAccount')).toBeGreaterThanOrEqual(0);
        expect(ids.indexOf('parentConfirmAccount')).toBeLessThan(
          ids.indexOf('childCreateAccount.1'),
        );
      });
    }

    it('unknown: finding the account comes first', () => {
      const answers = {
        role: 'parent',
        parentAccount: 'unknown',
        childCount: '1',
        ...under14(1, { account: 'unknown' }),
        app: 'no',
      };
      const ids = idsOf(answers);
      expect(ids.slice(0, 3)).toEqual([
        'parentFindAccount',
        'parentCreateAccount',
        'parentConfirmAccount',
      ]);
      expect(ids.indexOf('childFindAccount.1')).toBeLessThan(ids.indexOf('childCreateAccount.1'));
      expect(ids.indexOf('childCreateAccount.1')).toBeLessThan(ids.indexOf('childLinkAccount.1'));
    });

    it('confirmed: the account steps are done', () => {
      const answers = {
        ...PARENT_CONFIRMED,
        childCount: '1',
        ...under14(1, { account: 'none' }),
        app: 'no',
      };
      expect(stepById(answers, 'parentCreateAccount').status).toBe('done');
      expect(stepById(answers, 'parentConfirmAccount').status).toBe('done');
      expect(stepById(answers, 'childCreateAccount.1').status).toBe('todo');
    });
  });

  describe('Dnevnik.ru data mismatch', () => {
    it("adds the fix-your-data step for that child only, with the school's office", () => {
      const answers = {
        ...PARENT_CONFIRMED,
        childCount: '2',
        ...under14(1, { dnevnik: 'own' }),
        ...over14(2, { dnevnik: 'error' }),
        app: 'no',
      };
      const ids = idsOf(answers);
      expect(ids).toContain('dnevnikFixData.2');
      expect(ids).not.toContain('dnevnikFixData.1');
      const fix = stepById(answers, 'dnevnikFixData.2');
      expect(fix.status).toBe('todo');
      expect(fix.facts).toContain('office');
      expect(fix.troubles).toContain('dataMismatch');
      expect(fix.subject).toEqual({ kind: 'child', child: 2, age: 'over14' });
      // right after that child's sign-in step
      expect(ids.indexOf('dnevnikFixData.2')).toBe(ids.indexOf('dnevnikTeenSignIn.2') + 1);
    });

    it('has no fix step when nobody reports a mismatch', () => {
      for (const dnevnik of ['own', 'parentOnly', 'no'])
        expect(
          idsOf({ ...MIXED, 'childDnevnik.1': dnevnik, 'childDnevnik.2': dnevnik }).some((id) =>
            id.startsWith('dnevnikFixData'),
          ),
        ).toBe(false);
    });

    it("a student's own mismatch gets the student's fix step", () => {
      const answers = {
        role: 'student',
        studentAge: 'over14',
        studentAccount: 'confirmed',
        studentDnevnik: 'error',
        studentSferum: 'yes',
        studentMyschool: 'done',
        studentApp: 'no',
      };
      expect(idsOf(answers)).toContain('selfDnevnikFixData');
      expect(stepById(answers, 'selfDnevnikFixData').facts).toContain('office');
      expect(idsOf({ ...answers, studentDnevnik: 'no' })).not.toContain('selfDnevnikFixData');
    });
  });

  describe('whose sign-in the Dnevnik.ru answer is about', () => {
    const family = (dnevnik: string): Answers => ({
      ...PARENT_CONFIRMED,
      childCount: '2',
      ...under14(1, { account: 'linked', dnevnik }),
      ...over14(2, { account: 'confirmed', dnevnik }),
      app: 'no',
    });
    const status = (answers: Answers, id: string) => stepById(answers, id).status;

    it('only the child’s own sign-in ticks off the child’s sign-in and consent steps', () => {
      const own = family('own');
      expect(status(own, 'dnevnikChildSignIn.1')).toBe('done');
      expect(status(own, 'childApproveData.1')).toBe('done');
      expect(status(own, 'dnevnikTeenSignIn.2')).toBe('done');
      expect(status(own, 'dnevnikParentSignIn')).toBe('todo');
    });

    it('a diary seen only through the parent’s sign-in leaves the child’s steps to do', () => {
      const parentOnly = family('parentOnly');
      expect(status(parentOnly, 'dnevnikParentSignIn')).toBe('done');
      expect(status(parentOnly, 'dnevnikChildSignIn.1')).toBe('todo');
      expect(status(parentOnly, 'childApproveData.1')).toBe('todo');
      expect(status(parentOnly, 'dnevnikTeenSignIn.2')).toBe('todo');
    });

    it('not tried or an error ticks off nothing in Dnevnik.ru', () => {
      for (const dnevnik of ['no', 'error']) {
        const answers = family(dnevnik);
        for (const id of ['dnevnikParentSignIn', 'dnevnikChildSignIn.1', 'childApproveData.1'])
          expect(status(answers, id), `${dnevnik}: ${id}`).toBe('todo');
      }
    });

    it('every child of either age gets a step to join the chat and channel themselves', () => {
      const ids = idsOf(family('no'));
      expect(ids).toContain('sferumChildJoin.1');
      expect(ids).toContain('sferumChildJoin.2');
      expect(ids.indexOf('sferumChildJoin.1')).toBeGreaterThan(ids.indexOf('sferumSchoolChannel'));
    });
  });

  describe('a family that has done everything', () => {
    const done: Answers = {
      ...PARENT_CONFIRMED,
      childCount: '2',
      ...under14(1, { account: 'linked', dnevnik: 'own', sferum: 'yes', myschool: 'done' }),
      ...over14(2, { account: 'confirmed', dnevnik: 'own', sferum: 'yes', myschool: 'done' }),
      app: 'no',
    };
    /** Same shape (two children, same ages), nothing done yet. */
    const notDone: Answers = {
      role: 'parent',
      parentAccount: 'none',
      childCount: '2',
      ...under14(1, { account: 'unlinked' }),
      ...over14(2, { account: 'none' }),
      app: 'no',
    };

    it('sees every step its answers cover as done; only the ones no answer covers stay to do', () => {
      const steps = stepsOf(buildChecklist(done, school));
      expect(steps.length).toBeGreaterThan(0);
      // The children signing in with their own accounts say nothing about the parent's own
      // sign-in, and no question asks whether the children joined the chat themselves.
      expect(steps.filter((s) => s.status !== 'done').map((s) => s.id)).toEqual([
        'dnevnikParentSignIn',
        'sferumChildJoin.1',
        'sferumChildJoin.2',
      ]);
    });

    it('sees every step (nothing hidden): the same steps as a family of the same shape with nothing done', () => {
      const doneIds = idsOf(done);
      const notDoneIds = idsOf(notDone);
      expect(doneIds.length).toBe(notDoneIds.length);
      expect(doneIds).toEqual(notDoneIds);
      expect(stepsOf(buildChecklist(notDone, school)).every((s) => s.status === 'todo')).toBe(true);
    });
  });

  describe('a student of 14+', () => {
    const student = (over: Answers): Answers => ({
      role: 'student',
      studentAge: 'over14',
      studentAccount: 'none',
      confirmMethod: 'mfc',
      studentDnevnik: 'no',
      studentSferum: 'no',
      studentMyschool: 'no',
      studentApp: 'no',
      ...over,
    });

    it('of 15 confirming at an MFC gets the MFC step, and no child-account steps', () => {
      for (const answers of [
        student({}),
        student({ studentAccount: 'unconfirmed', studentDocs: 'yes' }),
      ]) {
        expect(isComplete(answers)).toBe(true);
        const ids = idsOf(answers);
        expect(ids).toContain('selfConfirmMfc');
        expect(stepById(answers, 'selfConfirmMfc').links.map((l) => l.id)).toContain(
          'serviceCentres',
        );
        for (const id of [
          'selfConfirmBank',
          'selfConfirmPost',
          'selfConfirmSignature',
          'selfConfirmAccount',
        ])
          expect(ids).not.toContain(id);
        expect(
          ids.some((id) =>
            /^(child|teen|parent|myschoolAddChild|myschoolParentSignIn|askParent)/.test(id),
          ),
        ).toBe(false);
        expect(
          stepsOf(buildChecklist(answers, school)).every((s) => s.subject.kind === 'self'),
        ).toBe(true);
      }
    });

    it('gets the step of the method chosen', () => {
      const byMethod = {
        bank: 'selfConfirmBank',
        post: 'selfConfirmPost',
        signature: 'selfConfirmSignature',
        mfc: 'selfConfirmMfc',
      };
      for (const [method, id] of Object.entries(byMethod))
        expect(idsOf(student({ confirmMethod: method }))).toContain(id);
    });

    it('with a confirmed account gets no method step, the confirmation done', () => {
      const confirmed = without(student({ studentAccount: 'confirmed' }), 'confirmMethod');
      expect(isComplete(confirmed)).toBe(true);
      const ids = idsOf(confirmed);
      expect(ids.filter((id) => id.startsWith('selfConfirm'))).toEqual(['selfConfirmAccount']);
      expect(stepById(confirmed, 'selfConfirmAccount').status).toBe('done');
      expect(stepById(confirmed, 'selfCreateAccount').status).toBe('done');
      expect(stepById(confirmed, 'selfFillDocuments').status).toBe('done');
    });

    it('who wants to try the app gets the app steps written for a student, after Moya Shkola', () => {
      const ids = idsOf(student({ studentApp: 'yes' }));
      const appSteps = [
        'selfAppRequirements',
        'selfAppInstall',
        'selfAppScenarios',
        'selfAppFeedback',
      ];
      expect(ids.slice(-4)).toEqual(appSteps);
      expect(ids.some((id) => /^app[A-Z]/.test(id))).toBe(false);
      expect(
        stepById(student({ studentApp: 'yes' }), 'selfAppFeedback').links.map((l) => l.id),
      ).toEqual(['appFeedback', 'schoolSite']);
      expect(idsOf(student({})).some((id) => id.startsWith('selfApp'))).toBe(false);
    });
  });

  it('a student under 14 is asked to hand over to a parent, and nothing else', () => {
    const checklist = buildChecklist({ role: 'student', studentAge: 'under14' }, school);
    expect(stepsOf(checklist).map((s) => s.id)).toEqual(['askParent']);
    expect(stepsOf(checklist)[0]?.status).toBe('todo');
  });

  it("a teacher gets the teacher's own steps", () => {
    const steps = stepsOf(
      buildChecklist({ role: 'teacher', audience: 'everyone', classLabel: '7Б' }, school),
    );
    expect(steps.map((s) => s.id)).toEqual([
      'teacherAccount',
      'teacherSferumProfile',
      'teacherShareLink',
    ]);
    expect(steps.every((s) => s.subject.kind === 'self')).toBe(true);
  });

  it('an app tester gets the app stage last; others do not', () => {
    const withApp = buildChecklist({ ...MIXED, app: 'yes' }, school);
    expect(withApp.stages.at(-1)?.id).toBe('app');
    expect(withApp.stages.at(-1)?.steps.map((s) => s.id)).toEqual([
      'appRequirements',
      'appInstall',
      'appScenarios',
      'appFeedback',
    ]);
    expect(buildChecklist(MIXED, school).stages.map((s) => s.id)).not.toContain('app');
    // the feedback step links to the school's form only when the school has one
    const noForm = buildChecklist(
      { ...MIXED, app: 'yes' },
      { ...school, appFeedbackUrl: undefined },
    );
    const feedback = stepsOf(noForm).find((s) => s.id === 'appFeedback');
    expect(feedback?.links.map((l) => l.id)).toEqual(['schoolSite']);
  });

  describe('for every complete journey (500 random walks of the wizard)', () => {
    const journeys = Array.from(
      { length: 500 },
      (_, i) =>
        walk(Array.from({ length: 40 }, (_, j) => (i * 7919 + j * 104729 + ((i * j) % 13)) % 97))
          .end.context.answers,
    );

    it('covers every role', () => {
      expect(new Set(journeys.map((a) => a.role))).toEqual(
        new Set(['parent', 'student', 'teacher']),
      );
    });

    it('orders the stages gosuslugi, dnevnik, sferum, myschool, app, with no empty stage', () => {
      for (const answers of journeys) {
        const stages = buildChecklist(answers, school).stages;
        const order = stages.map((s) => stageIds.indexOf(s.id));
        expect(order.every((i) => i >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(new Set(order).size).toBe(order.length);
        expect(stages.every((s) => s.steps.length > 0)).toBe(true);
      }
    });

    it('links only to allowed https hosts (the school site included)', () => {
      let links = 0;
      for (const answers of journeys)
        for (const step of stepsOf(buildChecklist(answers, school)))
          for (const link of step.links) {
            links += 1;
            expect(isAllowedUrl(link.href, schoolHosts), link.href).toBe(true);
          }
      expect(links).toBeGreaterThan(1000);
      // and the check itself is not a rubber stamp
      expect(isAllowedUrl('https://evil.example/gosuslugi.ru')).toBe(false);
      expect(isAllowedUrl('http://www.gosuslugi.ru/')).toBe(false);
      expect(isAllowedUrl('https://gosuslugi.ru.evil.example/')).toBe(false);
      expect(isAllowedUrl('https://user:pw@www.gosuslugi.ru/')).toBe(false);
      expect(isAllowedUrl(school.websiteUrl)).toBe(false);
      expect(isAllowedUrl(school.websiteUrl, schoolHosts)).toBe(true);
    });

    it('gives every step an id unique in its checklist', () => {
      for (const answers of journeys) {
        const ids = idsOf(answers);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });
  });
});
