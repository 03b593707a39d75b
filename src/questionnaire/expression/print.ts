import type { Expr } from './ast.ts';
import { precedence, precedenceOf } from './precedence.ts';

/**
 * The canonical text of an expression, with the fewest parentheses the parser needs to read the
 * same tree back: `print(parse(print(e)))` is `print(e)` and parses back to `e`.
 */
export function print(expr: Expr): string {
  return printAbove(expr, precedence.or);
}

/** Parenthesised if `expr` binds less tightly than its position demands. */
function printAbove(expr: Expr, minimum: number): string {
  const text = printNode(expr);
  return precedenceOf(expr) < minimum ? `(${text})` : text;
}

function printNode(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return printLiteral(expr.value);
    case 'ref':
      return `\${${expr.id}}`;
    case 'self':
      return '.';
    case 'unary':
      return expr.op === 'not'
        ? `not ${printAbove(expr.arg, precedence.not)}`
        : `-${printAbove(expr.arg, precedence.negation)}`;
    case 'binary': {
      // Left-associative: an equal-precedence operand keeps its parentheses only on the right.
      const level = precedenceOf(expr);
      return `${printAbove(expr.left, level)} ${expr.op} ${printAbove(expr.right, level + 1)}`;
    }
    case 'call':
      return `${expr.name}(${expr.args.map((a) => printAbove(a, precedence.or)).join(', ')})`;
  }
}

function printLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  if (typeof value === 'number') return printNumber(value);
  return String(value);
}

/**
 * Numbers as plain decimals, because the grammar has no exponents: String(1e21) is '1e+21'.
 * NaN and the infinities have no syntax; they print as null, which is what evaluation makes of them.
 */
function printNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  const text = String(Math.abs(n));
  const sign = n < 0 ? '-' : '';
  if (!text.includes('e')) return sign + text;
  const [mantissa = '', exponent = '0'] = text.split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
