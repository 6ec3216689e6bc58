/**
 * Every checklist step the wizard knows: its stage, official links, school facts
 * and troubleshooting entries. Its words live in locales/<lang>/checklist.json
 * under steps.<id>. Which steps a family gets is decided in build-checklist.ts.
 */
import type { LinkId } from '../links';
import type { SchoolFactId } from '../school';
import type { NoteId, StageId, TroubleId } from './checklist-types';

export interface StepDefinition {
  readonly stage: StageId;
  readonly links?: readonly LinkId[];
  readonly facts?: readonly SchoolFactId[];
  readonly troubles?: readonly TroubleId[];
  /** Dated notes where public sources disagree with the school's page (see domain-facts.md). */
  readonly notes?: readonly NoteId[];
}

const step = (def: StepDefinition): StepDefinition => def;

export const stepCatalogue = {
  // Gosuslugi: the parent's own account
  parentFindAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'] }),
  parentCreateAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'] }),
  parentConfirmAccount: step({
    stage: 'gosuslugi',
    links: ['gosuslugi', 'serviceCentres'],
    troubles: ['accountNotConfirmed'],
  }),
  // Gosuslugi: a child under 14 (the parent acts)
  childFindAccount: step({ stage: 'gosuslugi', links: ['gosuslugiFamily', 'gosuslugiChildHelp'] }),
  childCreateAccount: step({
    stage: 'gosuslugi',
    links: ['gosuslugiFamily', 'gosuslugiChildHelp'],
    notes: ['childAccountAge'],
  }),
  childLinkAccount: step({
    stage: 'gosuslugi',
    links: ['gosuslugiFamily', 'gosuslugiChildHelp'],
    troubles: ['linkEmail'],
    notes: ['childAccountAge'],
  }),
  childApproveData: step({ stage: 'gosuslugi', links: ['gosuslugi'] }),
  // Gosuslugi: a child of 14+ (the teenager acts, the parent helps)
  // The account at 14 is shown to everyone it concerns: parents of both ages and the student.
  teenCreateAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'], notes: ['childAccountAge'] }),
  teenConfirmAccount: step({
    stage: 'gosuslugi',
    links: ['serviceCentres'],
    troubles: ['accountNotConfirmed'],
  }),
  // Gosuslugi: a student of 14+ on their own
  selfCreateAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'], notes: ['childAccountAge'] }),
  selfFillDocuments: step({ stage: 'gosuslugi', links: ['gosuslugiProfile'] }),
  selfConfirmAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'] }),
  selfConfirmBank: step({
    stage: 'gosuslugi',
    links: ['gosuslugi'],
    troubles: ['accountNotConfirmedSelf'],
  }),
  selfConfirmMfc: step({
    stage: 'gosuslugi',
    links: ['serviceCentres'],
    troubles: ['accountNotConfirmedSelf'],
  }),
  selfConfirmPost: step({
    stage: 'gosuslugi',
    links: ['gosuslugiProfile'],
    troubles: ['accountNotConfirmedSelf'],
  }),
  selfConfirmSignature: step({
    stage: 'gosuslugi',
    links: ['gosuslugi'],
    troubles: ['accountNotConfirmedSelf'],
  }),
  // A student under 14 hands over to a parent
  askParent: step({ stage: 'gosuslugi' }),

  // Dnevnik.ru
  dnevnikParentSignIn: step({
    stage: 'dnevnik',
    links: ['dnevnik'],
    facts: ['office'],
    troubles: ['dataMismatch'],
    notes: ['dnevnikDate'],
  }),
  dnevnikChildSignIn: step({ stage: 'dnevnik', links: ['dnevnik'], troubles: ['dataMismatch'] }),
  dnevnikTeenSignIn: step({ stage: 'dnevnik', links: ['dnevnik'], troubles: ['dataMismatch'] }),
  dnevnikFixData: step({ stage: 'dnevnik', facts: ['office'], troubles: ['dataMismatch'] }),
  selfDnevnikSignIn: step({
    stage: 'dnevnik',
    links: ['dnevnik'],
    troubles: ['dataMismatchSelf'],
    notes: ['dnevnikDate'],
  }),
  selfDnevnikFixData: step({ stage: 'dnevnik', facts: ['office'], troubles: ['dataMismatchSelf'] }),

  // Sferum
  sferumJoin: step({
    stage: 'sferum',
    links: ['dnevnik', 'sferum'],
    troubles: ['inviteOnChildDevice'],
    notes: ['sferumMax'],
  }),
  sferumSchoolChannel: step({ stage: 'sferum', links: ['sferum'], notes: ['sferumMax'] }),
  sferumChildJoin: step({
    stage: 'sferum',
    links: ['sferum'],
    troubles: ['inviteOnChildDevice'],
    notes: ['sferumMax'],
  }),
  selfSferumJoin: step({ stage: 'sferum', links: ['dnevnik', 'sferum'], notes: ['sferumMax'] }),

  // Moya Shkola
  myschoolParentSignIn: step({ stage: 'myschool', links: ['myschool'] }),
  myschoolAddChild: step({ stage: 'myschool', links: ['myschool'], facts: ['inn'] }),
  myschoolWaitConfirmation: step({
    stage: 'myschool',
    facts: ['office'],
    troubles: ['notVisibleOnMyschool'],
  }),
  myschoolChildSignIn: step({ stage: 'myschool', links: ['myschool'] }),
  myschoolTeenProfile: step({ stage: 'myschool', links: ['myschool'], facts: ['inn'] }),
  selfMyschoolSignIn: step({ stage: 'myschool', links: ['myschool'] }),
  selfMyschoolProfile: step({ stage: 'myschool', links: ['myschool'], facts: ['inn'] }),
  selfMyschoolWait: step({ stage: 'myschool', troubles: ['notVisibleOnMyschoolSelf'] }),

  // The app «Госуслуги Моя школа»
  appRequirements: step({ stage: 'app', links: ['gosuslugiFamily'] }),
  appInstall: step({ stage: 'app', notes: ['appLive'] }),
  appScenarios: step({ stage: 'app' }),
  appFeedback: step({ stage: 'app', links: ['appFeedback', 'schoolSite'] }),
  // The same, for a student of 14+ (a parent installs the app and consents first)
  selfAppRequirements: step({ stage: 'app', links: ['gosuslugiFamily'] }),
  selfAppInstall: step({ stage: 'app', notes: ['appLive'] }),
  selfAppScenarios: step({ stage: 'app' }),
  selfAppFeedback: step({ stage: 'app', links: ['appFeedback', 'schoolSite'] }),

  // Teachers' own steps
  teacherAccount: step({ stage: 'gosuslugi', links: ['gosuslugi'] }),
  teacherSferumProfile: step({ stage: 'sferum', links: ['sferum'], notes: ['sferumMax'] }),
  teacherShareLink: step({ stage: 'sferum' }),
} as const satisfies Record<string, StepDefinition>;

export type StepContentId = keyof typeof stepCatalogue;
export const stepContentIds = Object.keys(stepCatalogue) as StepContentId[];
