import type { MessageKey, Translate } from '../../i18n/index.ts';
import { countryName, formatNumber, registerCodeLabel } from '../../i18n/index.ts';
import type { RegisterFacet, Workload } from '../../register/index.ts';
import { UNDETERMINED } from '../../register/index.ts';

/**
 * What the register's pages share: their addresses, texts in the reader's language (or another,
 * marked as such), codes and facet values in words, workloads and plural counts.
 */

export const registerEntryUrl = (lang: string, id: string) => `/${lang}/register/${encodeURIComponent(id)}`;
export const registerProviderUrl = (lang: string, id: string) =>
  `/${lang}/register/providers/${encodeURIComponent(id)}`;
export const registerExportUrl = (lang: string, format: 'csv' | 'json', params: URLSearchParams) => {
  const query = params.toString();
  return `/${lang}/register/export.${format}${query === '' ? '' : `?${query}`}`;
};
/** An address with its query (the URL parameters of a search), or without when there are none. */
export const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
};

export type LocalizedText = Readonly<Record<string, string>>;

/** A text as shown: its words and the language they are in (undefined when the source did not say). */
export interface PickedText {
  readonly text: string;
  readonly lang: string | undefined;
}

/** A text in the reader's language, else English, else the first language it has. */
export function pickText(text: LocalizedText | undefined, lang: string): PickedText | undefined {
  if (text === undefined) return undefined;
  const key = [lang, 'en'].find((l) => Object.hasOwn(text, l)) ?? Object.keys(text)[0];
  if (key === undefined) return undefined;
  return { text: text[key]!, lang: key === UNDETERMINED ? undefined : key };
}

/** The text of a localized value in one language, for CSV cells and sort keys. */
export const plainText = (text: LocalizedText | undefined, lang: string): string =>
  pickText(text, lang)?.text ?? '';

/**
 * A text of a record in the reader's language; when it is only there in another, it is marked with
 * that language (WCAG 3.1.2), so that a screen reader reads it with the right voice.
 */
export function Text(props: { value: LocalizedText | undefined; lang: string }) {
  const picked = pickText(props.value, props.lang);
  if (picked === undefined) return null;
  return picked.lang === undefined || picked.lang === props.lang ? (
    picked.text
  ) : (
    <span lang={picked.lang}>{picked.text}</span>
  );
}

/** A language's name in the reader's language, first letter capitalised for lists ("Deutsch", "allemand" -> "Allemand"). */
export function languageLabel(lang: string, code: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // An unknown code is shown as it is.
  }
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** Hours in words with the language's plural ("1 hour", "80 hours", "80 Stunden"). */
export const hoursText = (lang: string, hours: number) =>
  new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(hours);

/** A workload in ECTS and hours, or in credits of another system. */
export function workloadText(t: Translate, lang: string, w: Workload | undefined): string | undefined {
  if (w === undefined) return undefined;
  if (w.ects !== undefined && w.hours !== undefined)
    return t('register.workload.both', { ects: formatNumber(lang, w.ects), hours: hoursText(lang, w.hours) });
  if (w.ects !== undefined) return t('register.workload.ects', { ects: formatNumber(lang, w.ects) });
  if (w.hours !== undefined) return hoursText(lang, w.hours);
  if (w.credits !== undefined)
    return t(w.credits.system === 'ecvet' ? 'register.workload.ecvet' : 'register.workload.credits', {
      value: formatNumber(lang, w.credits.value),
    });
  return undefined;
}

export const facetNames: Readonly<Record<RegisterFacet, MessageKey>> = {
  country: 'register.facet.country',
  eqf: 'register.facet.eqf',
  field: 'register.facet.field',
  workload: 'register.facet.workload',
  participation: 'register.facet.participation',
  assessment: 'register.facet.assessment',
  quality: 'register.facet.quality',
  providerType: 'register.facet.providerType',
  stackability: 'register.facet.stackability',
  language: 'register.facet.language',
};

/** A facet's value in words: countries and languages by Intl, codes by the register's catalogue. */
export function facetValueLabel(t: Translate, lang: string, facet: RegisterFacet, value: string): string {
  switch (facet) {
    case 'country':
      return countryName(lang, value);
    case 'language':
      return languageLabel(lang, value);
    default:
      return registerCodeLabel(t, facet, value);
  }
}

const countKeys: Readonly<Record<Intl.LDMLPluralRule, MessageKey>> = {
  zero: 'register.results.count.other',
  one: 'register.results.count.one',
  two: 'register.results.count.two',
  few: 'register.results.count.few',
  many: 'register.results.count.many',
  other: 'register.results.count.other',
};

/** "12 microcredentials", with the plural form the language takes for the number. */
export function countText(t: Translate, lang: string, count: number): string {
  const rule = new Intl.PluralRules(lang).select(count);
  return t(countKeys[rule], { count: formatNumber(lang, count) });
}
