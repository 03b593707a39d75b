import { z } from 'zod';
import type { DefinitionIssue } from './issues.ts';

/** Zod's own messages in the eight languages of the interface (Zod 4's locales). */
const locales = {
  en: z.locales.en,
  nl: z.locales.nl,
  fi: z.locales.fi,
  de: z.locales.de,
  fr: z.locales.fr,
  pl: z.locales.pl,
  es: z.locales.es,
  sl: z.locales.sl,
} as const;

const made = new Map<string, z.core.$ZodErrorMap>();

/**
 * The parse options that make Zod word its problems in `language` (English for any other), for
 * `schema.safeParse(input, zodMessagesIn(language))`. A message a schema words itself stays as it is.
 */
export function zodMessagesIn(language: string | undefined): { readonly error: z.core.$ZodErrorMap } {
  const lang =
    language !== undefined && Object.hasOwn(locales, language) ? (language as keyof typeof locales) : 'en';
  let error = made.get(lang);
  if (error === undefined) {
    error = locales[lang]().localeError;
    made.set(lang, error);
  }
  return { error };
}

/**
 * Zod's problems as a definition's issues: the path with dots, `$` (JSONPath's root, RFC 9535) for
 * the whole value, the code as `schema.<zod code>`, Zod's words as the detail.
 */
export function zodIssues(error: z.ZodError): DefinitionIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '$',
    code: `schema.${issue.code}`,
    detail: issue.message,
  }));
}
