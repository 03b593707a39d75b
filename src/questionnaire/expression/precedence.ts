import type { BinaryOp, Expr } from './ast.ts';

/**
 * Binding strength, weakest first. One table for parse.ts and print.ts, so that printing adds
 * exactly the parentheses the parser needs.
 */
export const precedence = {
  or: 1,
  and: 2,
  not: 3,
  comparison: 4,
  additive: 5,
  multiplicative: 6,
  negation: 7,
  primary: 8,
} as const;

const binaryPrecedence: Readonly<Record<BinaryOp, number>> = {
  or: precedence.or,
  and: precedence.and,
  '=': precedence.comparison,
  '!=': precedence.comparison,
  '<': precedence.comparison,
  '<=': precedence.comparison,
  '>': precedence.comparison,
  '>=': precedence.comparison,
  '+': precedence.additive,
  '-': precedence.additive,
  '*': precedence.multiplicative,
  '/': precedence.multiplicative,
};

export function precedenceOf(expr: Expr): number {
  switch (expr.kind) {
    case 'binary':
      return binaryPrecedence[expr.op];
    case 'unary':
      return expr.op === 'not' ? precedence.not : precedence.negation;
    case 'literal':
      // Only hand-built trees hold negative numbers; they print with a leading minus.
      return typeof expr.value === 'number' && expr.value < 0 ? precedence.negation : precedence.primary;
    default:
      return precedence.primary;
  }
}
