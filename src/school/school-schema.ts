/**
 * The school's configuration: every school fact the wizard shows comes from one
 * JSON file validated here. Messages name the field and say how to fix it.
 */
import * as z from 'zod/mini';
import { isAllowedUrl, type SchoolFacts } from '@machines/index';

/** Russian INN of an organisation: 10 digits, the last one a checksum. */
export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(inn[i]), 0);
  return (sum % 11) % 10 === Number(inn[9]);
}

const localized = z.object({
  ru: z.string().check(z.minLength(1, { error: 'write the Russian text' })),
  en: z.string().check(z.minLength(1, { error: 'write the English text' })),
});

const httpsUrl = (what: string) =>
  z.string().check(
    z.refine((v) => /^https:\/\/[^/]+\//.test(v), {
      error: `${what} must be a full https:// address ending with a slash after the host, e.g. https://example.ru/`,
    }),
  );

export const schoolSchema = z.object({
  name: localized,
  shortName: localized,
  inn: z.string().check(
    z.refine(isValidInn, {
      error:
        "inn must be the school's 10-digit INN with a valid check digit (copy it from the school's registration record)",
    }),
  ),
  office: z.object({
    room: z
      .string()
      .check(
        z.minLength(1, { error: 'office.room: the room where data problems are fixed, e.g. "54"' }),
      ),
    floor: z
      .string()
      .check(z.minLength(1, { error: 'office.floor: the floor of that room, e.g. "1"' })),
    hours: z.optional(localized),
  }),
  dnevnikUrl: z.string().check(
    z.refine((v) => /^https:\/\/(\d{2,3}\.)?dnevnik\.ru\/$/.test(v) && isAllowedUrl(v), {
      error: "dnevnikUrl must be the region's Dnevnik.ru address, e.g. https://29.dnevnik.ru/",
    }),
  ),
  websiteUrl: httpsUrl('websiteUrl'),
  appFeedbackUrl: z.optional(httpsUrl('appFeedbackUrl')),
  /** Where the wizard is published: used for absolute links (QR codes, link previews). */
  publicOrigin: httpsUrl('publicOrigin'),
  /** A school's own wording for a dated note, e.g. "our class chats are already in MAX". */
  notes: z.optional(
    z.partialRecord(z.enum(['sferumMax', 'childAccountAge', 'dnevnikDate', 'appLive']), localized),
  ),
});

export type SchoolConfig = z.infer<typeof schoolSchema>;

/** Facts for the decision core. */
export function schoolFacts(config: SchoolConfig): SchoolFacts {
  return {
    inn: config.inn,
    dnevnikUrl: config.dnevnikUrl,
    websiteUrl: config.websiteUrl,
    appFeedbackUrl: config.appFeedbackUrl,
  };
}

/** The school's own hosts, allowed for outbound links beside the official ones. */
export const schoolHosts = (config: SchoolConfig): string[] =>
  [config.websiteUrl, config.appFeedbackUrl]
    .filter((u): u is string => u !== undefined)
    .map((u) => new URL(u).hostname);

/** Validation problems as lines naming the field: for build errors and tests. */
export function describeSchoolErrors(input: unknown): string[] {
  const result = schoolSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(root)';
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${field}: missing — add this field to the school configuration`
      : `${field}: ${issue.message}`;
  });
}
