import type { UiLanguage } from './languages.ts';
import { isUiLanguage } from './languages.ts';
import { de } from './messages/de.ts';
import type { MessageKey, Messages } from './messages/en.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fi } from './messages/fi.ts';
import { fr } from './messages/fr.ts';
import { nl } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { sl } from './messages/sl.ts';

export const catalogues: Readonly<Record<UiLanguage, Messages>> = { en, nl, fi, de, fr, pl, es, sl };

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` parameters; unknown ones stay visible rather than vanish. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator for one language; strings missing there come from English. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(language: string): Translate {
  const catalogue = isUiLanguage(language) ? catalogues[language] : en;
  return (key, params) => fill(catalogue[key] ?? en[key], params);
}
