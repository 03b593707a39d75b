import type { LocalizedText } from './localized-text.ts';

/**
 * Everything the engine can object to in an answer. Codes only: the words are chosen at the edge,
 * in the respondent's language (src/i18n maps each code to `issue.<code>`).
 */
export const answerIssueCodes = [
  'required',
  'choice.unknown',
  'choice.tooFew',
  'choice.tooMany',
  'choice.exclusive',
  'other.required',
  'text.tooLong',
  'text.invalid',
  'number.invalid',
  'number.notInteger',
  'number.min',
  'number.max',
  'date.invalid',
  'date.min',
  'date.max',
  'country.unknown',
  'ranking.incomplete',
  'ranking.duplicate',
  'consent.required',
  'constraint',
  'missing.withAnswer',
  'matrix.rowRequired',
  'repeat.addAnother',
  'repeat.min',
] as const;

export type AnswerIssueCode = (typeof answerIssueCodes)[number];

export interface AnswerIssue {
  /** The form field the issue belongs to, e.g. `q1` or `q5.r2` (a matrix row). */
  readonly path: string;
  readonly code: AnswerIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
  /** A message from the questionnaire itself (constraints carry their own). */
  readonly message?: LocalizedText;
}

/** A problem in a questionnaire definition, located by its path in the document. */
export interface DefinitionIssue {
  readonly path: string;
  readonly code: string;
  readonly detail?: string;
}
