/** Codes for a deliberate non-answer, kept apart from every real answer code. */
export const missingCodes = ['dont_know', 'prefer_not_to_say'] as const;
export type MissingCode = (typeof missingCodes)[number];

export function isMissingCode(value: string): value is MissingCode {
  return (missingCodes as readonly string[]).includes(value);
}

/** A single value: a choice code, a text, a number, an ISO date or a country code. */
export type Scalar = string | number;

/**
 * One question's answer. Matrix questions answer row by row; "other, specify" keeps its text
 * beside the codes so that free text can be kept out of aggregates.
 */
export type Answer =
  | { readonly kind: 'value'; readonly value: Scalar | readonly string[]; readonly other?: string }
  | { readonly kind: 'missing'; readonly code: MissingCode }
  | { readonly kind: 'rows'; readonly rows: Readonly<Record<string, RowAnswer>> };

export type RowAnswer =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'missing'; readonly code: MissingCode };

export type AnswerMap = Readonly<Record<string, Answer>>;

export interface RepeatState {
  readonly items: readonly AnswerMap[];
  /** The respondent said they have no more items to add. */
  readonly done: boolean;
}

/** What is stored of a response; where the respondent is comes from this on every request. */
export interface ResponseState {
  readonly answers: AnswerMap;
  readonly repeats: Readonly<Record<string, RepeatState>>;
  /** Keys of the steps the respondent has saved at least once. */
  readonly saved: ReadonlySet<string>;
}

export const emptyState: ResponseState = { answers: {}, repeats: {}, saved: new Set() };

/**
 * A repeat group's items, if the respondent has any. Own properties only: the group id may come
 * from a URL, and `constructor` or `__proto__` must not find what every object inherits.
 */
export function repeatOf(state: ResponseState, groupId: string): RepeatState | undefined {
  return Object.hasOwn(state.repeats, groupId) ? state.repeats[groupId] : undefined;
}

export function valueAnswer(value: Scalar | readonly string[], other?: string): Answer {
  return other === undefined ? { kind: 'value', value } : { kind: 'value', value, other };
}
