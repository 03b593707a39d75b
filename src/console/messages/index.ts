import { isUiLanguage, negotiateLanguage, uiLanguages } from '../../i18n/index.ts';
import type { ConsoleKey, ConsoleMessages } from './en.ts';
import { en } from './en.ts';

export type { ConsoleKey, ConsoleMessages } from './en.ts';

/**
 * The console's catalogues. English is complete; another language may lack keys, which then show in
 * English (the console's users work in English-speaking teams more often than respondents do).
 */
export const consoleCatalogues: Readonly<Record<string, Partial<ConsoleMessages>>> = { en };

export interface ConsoleTranslate {
  (key: ConsoleKey, params?: Readonly<Record<string, string | number>>): string;
  readonly lang: string;
}

export function consoleTranslator(language: string): ConsoleTranslate {
  const lang = isUiLanguage(language) ? language : 'en';
  const catalogue = consoleCatalogues[lang] ?? {};
  const t = (key: ConsoleKey, params: Readonly<Record<string, string | number>> = {}) =>
    (catalogue[key] ?? en[key]).replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  return Object.assign(t, { lang });
}

/** Before sign-in, the browser's language. */
export const pickConsoleLanguage = (header: string | undefined) => negotiateLanguage(header, uiLanguages);
