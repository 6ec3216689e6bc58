import { useTranslation } from 'react-i18next';

/**
 * Translation for keys built at run time (question and step ids). Static keys
 * should use `t` from useTranslation directly, which the compiler checks.
 */
export function useText() {
  const { t, i18n } = useTranslation();
  const text = (key: string, options?: Record<string, unknown>): string =>
    (t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
  const has = (key: string) => i18n.exists(key);
  /** A list of texts (a step's click path): an array in the locale files, one item per action. */
  const list = (key: string, options?: Record<string, unknown>): string[] => {
    const value: unknown = (t as unknown as (k: string, o?: Record<string, unknown>) => unknown)(
      key,
      { ...options, returnObjects: true },
    );
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return typeof value === 'string' ? [value] : [];
  };
  return { t, text, list, has, lang: i18n.language };
}
