import type { UiLanguage } from '../../i18n/index.ts';
import { isUiLanguage, negotiateLanguage, uiLanguages } from '../../i18n/index.ts';
import { de } from './de.ts';
import type { ConsoleKey, ConsoleMessages } from './en.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fi } from './fi.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { sl } from './sl.ts';

export type { ConsoleKey, ConsoleMessages } from './en.ts';

/** The console's words in the eight languages; each catalogue has every key (the type says so). */
export const consoleCatalogues: Readonly<Record<UiLanguage, ConsoleMessages>> = {
  en,
  nl,
  fi,
  de,
  fr,
  pl,
  es,
  sl,
};

export interface ConsoleTranslate {
  (key: ConsoleKey, params?: Readonly<Record<string, string | number>>): string;
  readonly lang: string;
}

export function consoleTranslator(language: string): ConsoleTranslate {
  const lang = isUiLanguage(language) ? language : 'en';
  const catalogue = consoleCatalogues[lang];
  const t = (key: ConsoleKey, params: Readonly<Record<string, string | number>> = {}) =>
    catalogue[key].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  return Object.assign(t, { lang });
}

/** Before sign-in, the browser's language. */
export const pickConsoleLanguage = (header: string | undefined) => negotiateLanguage(header, uiLanguages);
