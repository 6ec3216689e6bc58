/**
 * Which banner the start page shows for a teacher's link. Apart from start-screen.tsx because a
 * module that exports a component should export nothing else (React Fast Refresh can then swap
 * it in place on an edit; eslint-plugin-react-refresh checks it), and main.tsx needs
 * hasStartBanner before React renders anything.
 */
import { audienceOf } from '@machines/teacher-link';
import type { WizardApi } from '@/app/wizard-context';

/** Audience option -> the key of the banner saying whom a link was made for (start page, teacher). */
export const audienceKey = {
  under14: 'parentsUnder14',
  over14: 'parentsOver14',
  students: 'students',
  everyone: 'everyone',
} as const;

/**
 * Whether the start page shows a banner saying whom a teacher's link was made for. The build
 * prerenders the start page without one (src/prerender/), so main.tsx hydrates only when this is
 * false.
 */
export function hasStartBanner(wizard: {
  readonly answers: WizardApi['answers'];
  readonly forClass?: string | undefined;
}): boolean {
  return Boolean(wizard.forClass) || audienceOf(wizard.answers) !== undefined;
}
