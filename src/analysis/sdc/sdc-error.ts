/**
 * Why the SDC core refused a table or could not protect it. Codes only: the words are chosen at the
 * edge (STYLE.md 10), so the results layer can say it in the user's language.
 */
export type SdcErrorCode =
  /** Two cells share an id, or a relation id repeats. */
  | 'table.duplicateId'
  /** A count is negative, fractional or not finite. */
  | 'table.badCount'
  /** A relation names a cell the table does not have. */
  | 'table.unknownCell'
  /** A relation is empty, lists a child twice or contains its own parent. */
  | 'table.badRelation'
  /** A structural zero has a count other than 0. */
  | 'table.structuralNotZero'
  /** The children of a relation do not add up to its parent. */
  | 'table.notAdditive'
  /** A builder was given counts that do not match its dimensions, or clashing codes. */
  | 'table.badShape'
  /** The threshold is below the hard floor of 3 (research doc §0.1, §A2). */
  | 'options.kTooSmall'
  /** An option has the wrong type or range. */
  | 'options.invalid'
  /** A primary cell is pinned by structural zeros and no suppression pattern can hide it. */
  | 'protect.impossible'
  /** HiGHS returned a status that a consistent table cannot produce. */
  | 'solver.failed';

export class SdcError extends Error {
  readonly code: SdcErrorCode;
  /** The offending cell, relation or option, for the message made at the edge. */
  readonly detail: string | undefined;

  constructor(code: SdcErrorCode, detail?: string) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = 'SdcError';
    this.code = code;
    this.detail = detail;
  }
}
