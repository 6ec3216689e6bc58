/**
 * The words of the web app manifest (name, short name, description), read through a translate
 * function so they come from locales/ like every other word. Used at build time only, by
 * scripts/pwa-plugin.ts with the Russian `common` namespace; never bundled for the browser.
 */
type ManifestKey = 'app.name' | 'app.shortName' | 'app.tagline';

export function webManifestWords(t: (key: ManifestKey) => string) {
  return { name: t('app.name'), short_name: t('app.shortName'), description: t('app.tagline') };
}
