import { createActorContext } from '@xstate/react';
import { onboardingMachine } from '@machines/onboarding-machine';

/** The onboarding actor, shared by the screens. Restoring a place recreates it from a snapshot. */
export const OnboardingActor = createActorContext(onboardingMachine);
