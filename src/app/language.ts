/** Which language to show: ?lang= first, then the device's remembered choice, then the browser. */
export const languages = ['ru', 'en'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

export interface LanguageChoice {
  readonly lang: Language;
  /** A ?lang= value we do not have, to tell the family about it. */
  readonly unknownParam?: string;
}

export function chooseLanguage(input: {
  param: string | null;
  stored: string | undefined;
  browser: readonly string[];
}): LanguageChoice {
  const fallback = (): Language => {
    if (isLanguage(input.stored)) return input.stored;
    const preferred = input.browser[0]?.toLowerCase() ?? '';
    return preferred.startsWith('en') ? 'en' : 'ru';
  };
  if (input.param === null) return { lang: fallback() };
  if (isLanguage(input.param)) return { lang: input.param };
  return { lang: fallback(), unknownParam: input.param.slice(0, 20) };
}
