/** Why a source text is not an expression. Codes only: words are chosen at the edge, per language. */
export type ExprErrorCode =
  | 'expr.unexpectedToken'
  | 'expr.unexpectedEnd'
  | 'expr.unterminatedString'
  | 'expr.badEscape'
  | 'expr.badNumber'
  | 'expr.badReference'
  | 'expr.bareIdentifier'
  | 'expr.unknownFunction'
  | 'expr.arity'
  | 'expr.tooLong'
  | 'expr.tooDeep';

export interface ExprError {
  readonly code: ExprErrorCode;
  /** Offset in the source (UTF-16 units) where the problem starts. */
  readonly position: number;
  /** The offending text or name, for the message. */
  readonly detail?: string;
}

/**
 * Thrown inside the lexer and parser only, to unwind a failed parse in one step; parse() catches it
 * and returns it as data, so callers never see an exception.
 */
export class ExprFailure extends Error {
  readonly error: ExprError;

  constructor(error: ExprError) {
    super(error.code);
    this.error = error;
  }
}

export function fail(code: ExprErrorCode, position: number, detail?: string): never {
  throw new ExprFailure(detail === undefined ? { code, position } : { code, position, detail });
}

/** Limits that keep hostile input cheap: no unbounded recursion, no unbounded scanning. */
export const maxSourceLength = 2000;
export const maxDepth = 64;
