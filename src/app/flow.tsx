import type { QuestionId, StepId } from '@machines/index';
import { ChecklistScreen } from '@/screens/checklist-screen';
import { QuestionScreen } from '@/screens/question-screen';
import { StudentUnder14Screen } from '@/screens/student-under14-screen';
import { SummaryScreen } from '@/screens/summary-screen';
import { TeacherResultScreen } from '@/screens/teacher-result-screen';
import { OnboardingActor } from './onboarding-actor';

/** Renders the machine's current step. Keyed by step and child so each step mounts fresh. */
export function Flow() {
  const step = OnboardingActor.useSelector((s) => s.value as StepId);
  const child = OnboardingActor.useSelector((s) => s.context.child);
  const key = `${step}.${child}`;
  switch (step) {
    case 'summary':
      return <SummaryScreen key={key} />;
    case 'checklist':
      return <ChecklistScreen key={key} />;
    case 'studentUnder14':
      return <StudentUnder14Screen key={key} />;
    case 'teacherResult':
      return <TeacherResultScreen key={key} />;
    default:
      return <QuestionScreen key={key} question={step as QuestionId} />;
  }
}
