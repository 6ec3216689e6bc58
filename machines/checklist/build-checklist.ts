/**
 * buildChecklist(answers, school): which steps a family gets, in which order, and
 * which are already done. Pure; it returns ids and references, never words.
 */
import { childAge, childKey, childNumbers, type Answers } from '../answers';
import { resolveLink, type LinkRef } from '../links';
import type { SchoolFacts } from '../school';
import {
  stageIds,
  type Checklist,
  type ChecklistStep,
  type StepStatus,
  type StepSubject,
} from './checklist-types';
import { stepCatalogue, type StepContentId, type StepDefinition } from './step-catalogue';

const FAMILY: StepSubject = { kind: 'family' };
const SELF: StepSubject = { kind: 'self' };

type Draft = { content: StepContentId; subject: StepSubject; done: boolean };
const todo = (content: StepContentId, subject: StepSubject, done = false): Draft => ({
  content,
  subject,
  done,
});

/** The checklist a parent's answers call for. */
function parentSteps(a: Answers): Draft[] {
  const children = childNumbers(a).map((child) => {
    const age = childAge(a, child) ?? 'under14';
    const get = (q: Parameters<typeof childKey>[0]) => a[childKey(q, child)];
    return {
      subject: { kind: 'child', child, age } as const,
      age,
      account: age === 'under14' ? get('childAccount') : get('teenAccount'),
      dnevnik: get('childDnevnik'),
      sferum: get('childSferum'),
      myschool: get('childMyschool'),
    };
  });
  const under14 = children.filter((c) => c.age === 'under14');
  const all = <T>(list: T[], ok: (x: T) => boolean) => list.length > 0 && list.every(ok);
  const parentConfirmed = a.parentAccount === 'confirmed';
  const steps: Draft[] = [];

  // Gosuslugi: the parent's account comes first; a child account needs it confirmed.
  if (a.parentAccount === 'unknown') steps.push(todo('parentFindAccount', FAMILY));
  steps.push(
    todo(
      'parentCreateAccount',
      FAMILY,
      a.parentAccount === 'confirmed' || a.parentAccount === 'unconfirmed',
    ),
  );
  steps.push(todo('parentConfirmAccount', FAMILY, parentConfirmed));
  for (const c of children) {
    if (c.age === 'under14') {
      if (c.account === 'unknown') steps.push(todo('childFindAccount', c.subject));
      if (c.account === 'none' || c.account === 'unknown')
        steps.push(todo('childCreateAccount', c.subject));
      if (c.account !== 'none')
        steps.push(todo('childLinkAccount', c.subject, c.account === 'linked'));
      // Consent is given when the child signs in; only the child's own sign-in proves it.
      steps.push(todo('childApproveData', c.subject, c.dnevnik === 'own'));
    } else {
      steps.push(todo('teenCreateAccount', c.subject, c.account !== 'none'));
      steps.push(todo('teenConfirmAccount', c.subject, c.account === 'confirmed'));
    }
  }

  // Dnevnik.ru: the parent signs in once, each child with their own account. Only "parentOnly"
  // says the parent has signed in; a child's own sign-in says nothing about the parent's.
  steps.push(
    todo(
      'dnevnikParentSignIn',
      FAMILY,
      children.some((c) => c.dnevnik === 'parentOnly'),
    ),
  );
  for (const c of children) {
    steps.push(
      todo(
        c.age === 'under14' ? 'dnevnikChildSignIn' : 'dnevnikTeenSignIn',
        c.subject,
        c.dnevnik === 'own',
      ),
    );
    if (c.dnevnik === 'error') steps.push(todo('dnevnikFixData', c.subject));
  }

  // Sferum: the parent joins each child's class chat, then the school's channel; each child joins
  // with the child's own account (no answer covers that, so it is never ticked for them).
  for (const c of children) steps.push(todo('sferumJoin', c.subject, c.sferum === 'yes'));
  steps.push(
    todo(
      'sferumSchoolChannel',
      FAMILY,
      all(children, (c) => c.sferum === 'yes'),
    ),
  );
  for (const c of children) steps.push(todo('sferumChildJoin', c.subject));

  // Moya Shkola: the parent signs in first and adds the under-14s; 14+ set up their own profile.
  const added = (m: string | undefined) => m === 'done' || m === 'waiting';
  if (under14.length > 0)
    steps.push(
      todo(
        'myschoolParentSignIn',
        FAMILY,
        all(under14, (c) => added(c.myschool)),
      ),
    );
  for (const c of children) {
    if (c.age === 'under14') {
      steps.push(todo('myschoolAddChild', c.subject, added(c.myschool)));
      steps.push(todo('myschoolWaitConfirmation', c.subject, c.myschool === 'done'));
      steps.push(todo('myschoolChildSignIn', c.subject, c.myschool === 'done'));
    } else {
      steps.push(todo('myschoolTeenProfile', c.subject, added(c.myschool)));
      steps.push(todo('myschoolWaitConfirmation', c.subject, c.myschool === 'done'));
    }
  }

  // The app only for families who want to try it.
  if (a.app === 'yes') {
    steps.push(
      todo('appRequirements', FAMILY),
      todo('appInstall', FAMILY),
      todo('appScenarios', FAMILY),
      todo('appFeedback', FAMILY),
    );
  }
  return steps;
}

const confirmStepByMethod = {
  bank: 'selfConfirmBank',
  mfc: 'selfConfirmMfc',
  post: 'selfConfirmPost',
  signature: 'selfConfirmSignature',
} as const satisfies Record<string, StepContentId>;

/** The checklist of a student who is 14 or older and acts alone. */
function studentSteps(a: Answers): Draft[] {
  if (a.studentAge !== 'over14') return [todo('askParent', SELF)];
  const account = a.studentAccount;
  const confirmed = account === 'confirmed';
  const method = confirmStepByMethod[a.confirmMethod as keyof typeof confirmStepByMethod];
  const added = a.studentMyschool === 'done' || a.studentMyschool === 'waiting';
  return [
    todo('selfCreateAccount', SELF, account !== 'none' && account !== undefined),
    todo('selfFillDocuments', SELF, confirmed || a.studentDocs === 'yes'),
    confirmed || !method ? todo('selfConfirmAccount', SELF, confirmed) : todo(method, SELF),
    todo('selfDnevnikSignIn', SELF, a.studentDnevnik === 'yes'),
    ...(a.studentDnevnik === 'error' ? [todo('selfDnevnikFixData', SELF)] : []),
    todo('selfSferumJoin', SELF, a.studentSferum === 'yes'),
    todo('selfMyschoolSignIn', SELF, added),
    todo('selfMyschoolProfile', SELF, added),
    todo('selfMyschoolWait', SELF, a.studentMyschool === 'done'),
    ...(a.studentApp === 'yes'
      ? [
          todo('selfAppRequirements', SELF),
          todo('selfAppInstall', SELF),
          todo('selfAppScenarios', SELF),
          todo('selfAppFeedback', SELF),
        ]
      : []),
  ];
}

const teacherSteps = (): Draft[] => [
  todo('teacherAccount', SELF),
  todo('teacherSferumProfile', SELF),
  todo('teacherShareLink', SELF),
];

function stepId(d: Draft): string {
  return d.subject.kind === 'child' ? `${d.content}.${d.subject.child}` : d.content;
}

function finish(d: Draft, school: SchoolFacts): ChecklistStep {
  const def: StepDefinition = stepCatalogue[d.content];
  const status: StepStatus = d.done ? 'done' : 'todo';
  const links = (def.links ?? [])
    .map((id) => resolveLink(id, school))
    .filter((l): l is LinkRef => l !== undefined);
  return {
    id: stepId(d),
    content: d.content,
    subject: d.subject,
    status,
    links,
    facts: def.facts ?? [],
    troubles: def.troubles ?? [],
    notes: def.notes ?? [],
  };
}

export function buildChecklist(answers: Answers, school: SchoolFacts): Checklist {
  const drafts =
    answers.role === 'parent'
      ? parentSteps(answers)
      : answers.role === 'student'
        ? studentSteps(answers)
        : answers.role === 'teacher'
          ? teacherSteps()
          : [];
  const steps = drafts.map((d) => finish(d, school));
  return {
    stages: stageIds
      .map((id) => ({ id, steps: steps.filter((s) => stepCatalogue[s.content].stage === id) }))
      .filter((stage) => stage.steps.length > 0),
  };
}
