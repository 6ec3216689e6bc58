/**
 * What the decision core needs to know about a school. The full configuration,
 * with its zod validation, lives in src/school/ and satisfies this shape.
 */
export interface SchoolFacts {
  /** 10-digit INN: how families find the school on Moya Shkola. */
  readonly inn: string;
  /** The region's Dnevnik.ru entry point, e.g. https://29.dnevnik.ru/ */
  readonly dnevnikUrl: string;
  /** The school's own website. */
  readonly websiteUrl: string;
  /** The school's feedback form for the Moya Shkola app, if it has one. */
  readonly appFeedbackUrl?: string | undefined;
}

/** School facts a checklist step shows (the screens read their values from the configuration). */
export type SchoolFactId = 'inn' | 'office';
