import { transition } from 'xstate';
import { onboardingMachine, stepRefOf } from '@machines/index';
import { writeLocation } from './location';
import { OnboardingActor } from './onboarding-actor';
import { useWizard } from './wizard-context';

/**
 * The in-page back link: the machine's `back` when it has one (the link's href is
 * that step's URL), else the start page. Consistent with the browser's back button.
 */
export function useBack(): { href: string; onBack: () => void } {
  const wizard = useWizard();
  const actor = OnboardingActor.useActorRef();
  const canGoBack = OnboardingActor.useSelector((s) => s.can({ type: 'back' }));
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const skipped = OnboardingActor.useSelector((s) => s.context.skipped);
  if (canGoBack) {
    // Screens remount on every step, so reading the snapshot here is current.
    const snapshot = actor.getSnapshot();
    const [previous] = transition(onboardingMachine, snapshot, { type: 'back' });
    return {
      href:
        writeLocation({
          page: 'flow',
          answers,
          step: stepRefOf(previous),
          forClass: wizard.forClass,
          skipped: previous.context.skipped,
        }) || '?',
      onBack: () => actor.send({ type: 'back' }),
    };
  }
  return {
    href: writeLocation({ page: 'start', answers, forClass: wizard.forClass, skipped }) || '?',
    onBack: () => wizard.showPage('start'),
  };
}
