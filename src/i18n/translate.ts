import type { UiLanguage } from './languages.ts';
import { isUiLanguage } from './languages.ts';
import { de } from './messages/de.ts';
import type { MessageKey as MainKey, Messages as MainMessages } from './messages/en.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fi } from './messages/fi.ts';
import { fr } from './messages/fr.ts';
import { nl } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { register as registerDe } from './messages/register/de.ts';
import type { RegisterKey, RegisterMessages } from './messages/register/en.ts';
import { register as registerEn } from './messages/register/en.ts';
import { register as registerEs } from './messages/register/es.ts';
import { register as registerFi } from './messages/register/fi.ts';
import { register as registerFr } from './messages/register/fr.ts';
import { register as registerNl } from './messages/register/nl.ts';
import { register as registerPl } from './messages/register/pl.ts';
import { register as registerSl } from './messages/register/sl.ts';
import { sl } from './messages/sl.ts';

/** Every key of credmap's own words: the main catalogue's and the public register's. */
export type MessageKey = MainKey | RegisterKey;
export type Messages = Readonly<Record<MessageKey, string>>;

/** One language's words: the main catalogue and the register's (messages/register/), whose keys differ. */
const merged = (main: MainMessages, register: RegisterMessages): Messages => ({ ...main, ...register });

export const catalogues: Readonly<Record<UiLanguage, Messages>> = {
  en: merged(en, registerEn),
  nl: merged(nl, registerNl),
  fi: merged(fi, registerFi),
  de: merged(de, registerDe),
  fr: merged(fr, registerFr),
  pl: merged(pl, registerPl),
  es: merged(es, registerEs),
  sl: merged(sl, registerSl),
};

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
  const catalogue = catalogues[isUiLanguage(language) ? language : 'en'];
  return (key, params) => fill(catalogue[key] ?? catalogues.en[key], params);
}
