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
  return { t, text, has, lang: i18n.language };
}
