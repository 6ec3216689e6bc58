/**
 * The school's configuration: every school fact the wizard shows comes from one
 * JSON file (src/school/school.json, or the file named by SCHOOL_CONFIG at build time),
 * validated here. The build stops on an invalid file (scripts/school-config-plugin.ts);
 * messages name the field and say how to fix it.
 */
import * as z from 'zod/mini';
// Relative with its extension, not '@machines/…': vite.config.ts loads this file (no aliases yet).

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Russian INN of an organisation: 10 digits, the last one a checksum. */
export function isValidInn(inn: string): boolean {
  if (!/^\d{10}$/.test(inn)) return false;
  const sum = INN_WEIGHTS.reduce((acc, w, i) => acc + w * Number(inn[i]), 0);
  return (sum % 11) % 10 === Number(inn[9]);
}

/** Why an INN is not valid (for the build error), or undefined when it is valid. */
export function innProblem(inn: string): string | undefined {
  if (!/^\d{10}$/.test(inn)) {
    return `must be exactly 10 digits, no spaces or letters (found ${inn.length} characters) — copy the school's INN from its registration record (EGRUL)`;
  }
  if (!isValidInn(inn)) {
    return "the last digit (the check digit) does not match the first nine — probably a typo: copy the school's INN from its registration record (EGRUL)";
  }
  return undefined;
}

const nonEmpty = (what: string) => z.string().check(z.minLength(1, { error: `write ${what}` }));
const localized = z.strictObject({
  ru: nonEmpty('the Russian text'),
  en: nonEmpty('the English text'),
});

const httpsUrl = z.string().check(
  z.refine((v) => /^https:\/\/[^/\s]+\//.test(v), {
    error:
      'must be a full address starting with https:// (not http://) with a slash after the host, e.g. https://school.example.ru/',
  }),
);

export const schoolSchema = z.strictObject({
  name: localized,
  shortName: localized,
  inn: z.string().check(
    z.superRefine((inn, ctx) => {
      const problem = innProblem(inn);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: inn });
    }),
  ),
  office: z.strictObject({
    room: nonEmpty('the room where data problems are fixed, e.g. "54"'),
    floor: nonEmpty('the floor of that room, e.g. "1"'),
    hours: z.optional(localized),
  }),
  dnevnikUrl: z.string().check(
    // Only https://dnevnik.ru/ or https://<region>.dnevnik.ru/: no http:, no other host, no path.
    z.refine((v) => /^https:\/\/(\d{2,3}\.)?dnevnik\.ru\/$/.test(v), {
      error:
        "must be your region's official Dnevnik.ru address, https://<region code>.dnevnik.ru/ — e.g. https://29.dnevnik.ru/ for the Arkhangelsk region",
    }),
  ),
  websiteUrl: httpsUrl,
  appFeedbackUrl: z.optional(httpsUrl),
  /** Where the wizard is published: used for absolute links (QR codes, link previews). */
  publicOrigin: httpsUrl,
  /** A school's own wording for a dated note, e.g. "our class chats are already in MAX". */
  notes: z.optional(
    z.partialRecord(z.enum(['sferumMax', 'childAccountAge', 'dnevnikDate', 'appLive']), localized),
  ),
});

export type SchoolConfig = z.infer<typeof schoolSchema>;

/** Validation problems as lines naming the field and the fix: for build errors and tests. */
export function describeSchoolErrors(input: unknown): string[] {
  // reportInput: tells a missing field (input undefined) from one of the wrong type.
  const result = schoolSchema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(top level)';
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return `${field}: missing — add this field to the school configuration`;
    }
    if (issue.code === 'invalid_type') {
      if (issue.expected === 'string') {
        return `${field}: must be text in double quotes, e.g. "${String(issue.input)}"`;
      }
      return `${field}: must be ${issue.expected === 'object' ? 'a { … } group of fields' : `a ${issue.expected}`}`;
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${field}: unknown field ${keys} — check the spelling (README, "Deploy for your school", lists every field)`;
    }
    return `${field}: ${issue.message}`;
  });
}
