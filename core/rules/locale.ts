import type { LocalizedText, RulesBundle } from './types.ts';

/**
 * The bundle locale to use for a customer's locale: exact match (case-insensitive), else the
 * primary language (`de-AT` → `de`), else the bundle's default locale.
 */
export function pickLocale(bundle: Pick<RulesBundle, 'locales' | 'defaultLocale'>, locale: string | null | undefined): string {
  if (typeof locale === 'string' && locale) {
    const wanted = locale.toLowerCase().replace(/_/g, '-');
    for (const candidate of bundle.locales) if (candidate.toLowerCase() === wanted) return candidate;
    const primary = wanted.split('-')[0];
    for (const candidate of bundle.locales) if (candidate.toLowerCase() === primary) return candidate;
  }
  return bundle.defaultLocale;
}

/** The text for a locale, falling back to the default locale, then to any translation, then ''. */
export function textFor(bundle: Pick<RulesBundle, 'locales' | 'defaultLocale'>, texts: LocalizedText | undefined, locale: string | null | undefined): string {
  if (!texts) return '';
  const picked = pickLocale(bundle, locale);
  if (Object.hasOwn(texts, picked)) return texts[picked]!;
  if (Object.hasOwn(texts, bundle.defaultLocale)) return texts[bundle.defaultLocale]!;
  for (const key of Object.keys(texts)) return texts[key]!;
  return '';
}

/** Like `textFor`, for any per-locale record (e.g. answers). */
export function entryFor<T>(bundle: Pick<RulesBundle, 'locales' | 'defaultLocale'>, entries: Readonly<Record<string, T>> | undefined, locale: string | null | undefined): T | undefined {
  if (!entries) return undefined;
  const picked = pickLocale(bundle, locale);
  if (Object.hasOwn(entries, picked)) return entries[picked];
  if (Object.hasOwn(entries, bundle.defaultLocale)) return entries[bundle.defaultLocale];
  for (const key of Object.keys(entries)) return entries[key];
  return undefined;
}

/** Whether a customer locale matches a rule's locale (`de` matches `de` and `de-AT`). */
export function localeMatches(customer: string, wanted: string): boolean {
  const c = customer.toLowerCase().replace(/_/g, '-');
  const w = wanted.toLowerCase();
  return c === w || c.startsWith(`${w}-`);
}
