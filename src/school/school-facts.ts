/**
 * What the decision core needs from the school's configuration. Apart from school-schema.ts so the
 * browser gets it without zod: the configuration is validated at build time, never on a phone.
 */
import type { SchoolFacts } from '@machines/school';
import type { SchoolConfig } from './school-schema';

/** Facts for the decision core. */
export function schoolFacts(config: SchoolConfig): SchoolFacts {
  return {
    inn: config.inn,
    dnevnikUrl: config.dnevnikUrl,
    websiteUrl: config.websiteUrl,
    appFeedbackUrl: config.appFeedbackUrl,
  };
}
