import { createContext, useContext } from 'react';
import type { AnswerKey, Answers } from '@machines/answers';
import type { Page } from './location';

export type Notice = 'badLink' | 'badStorage' | 'badLang';

export interface WizardApi {
  readonly page: Page;
  readonly forClass: string | undefined;
  readonly notices: readonly Notice[];
  /** The newest answers (the start page reads them for a teacher's banner). */
  readonly answers: Answers;
  /** The answers a link pre-filled that the family has not been shown (kept in the URL). */
  readonly skipped: readonly AnswerKey[];
  /** Leave the start page for the first open question. */
  readonly start: () => void;
  readonly showPage: (page: Page) => void;
  /** Forget the answers and ticks on this device and go back to the start page. */
  readonly restart: () => void;
  readonly dismissNotices: () => void;
  /** A link to this family's answers at `step` (absolute, for sharing). */
  readonly shareUrl: (path: string) => string;
}

export const WizardContext = createContext<WizardApi | null>(null);

export function useWizard(): WizardApi {
  const api = useContext(WizardContext);
  if (!api) throw new Error('useWizard must be used inside <WizardProvider>');
  return api;
}
