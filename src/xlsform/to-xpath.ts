import type { Expr } from '../questionnaire/index.ts';
import { parseExpression, printExpression } from '../questionnaire/index.ts';

/** credmap functions under their XPath names; the rest keep theirs (see README.md). */
const xpathNames: Readonly<Record<string, string>> = {
  count_selected: 'count-selected',
  length: 'string-length',
};

/** XPath 1.0 binding strength, weakest first: unlike credmap, `<` binds tighter than `=`. */
const level = {
  or: 1,
  and: 2,
  equality: 3,
  relational: 4,
  additive: 5,
  multiplicative: 6,
  unary: 7,
  primary: 8,
} as const;

type BinaryOp = Extract<Expr, { kind: 'binary' }>['op'];

const binaryLevel: Readonly<Record<BinaryOp, number>> = {
  or: level.or,
  and: level.and,
  '=': level.equality,
  '!=': level.equality,
  '<': level.relational,
  '<=': level.relational,
  '>': level.relational,
  '>=': level.relational,
  '+': level.additive,
  '-': level.additive,
  '*': level.multiplicative,
  '/': level.multiplicative,
};

/** XPath strings have no escapes: a text holding both quote marks is joined from pieces. */
function quote(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

function printLiteral(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return printExpression({ kind: 'literal', value });
  if (value === null) return 'null()';
  return value ? 'true()' : 'false()';
}

function print(expr: Expr, minimum: number): string {
  const [text, strength] = printNode(expr);
  return strength < minimum ? `(${text})` : text;
}

function printNode(expr: Expr): [string, number] {
  switch (expr.kind) {
    case 'literal':
      return [
        printLiteral(expr.value),
        typeof expr.value === 'number' && expr.value < 0 ? level.unary : level.primary,
      ];
    case 'ref':
      return [`\${${expr.id}}`, level.primary];
    case 'self':
      return ['.', level.primary];
    case 'unary':
      return expr.op === 'not'
        ? [`not(${print(expr.arg, level.or)})`, level.primary]
        : [`-${print(expr.arg, level.unary)}`, level.unary];
    case 'binary': {
      const strength = binaryLevel[expr.op];
      const op = expr.op === '/' ? 'div' : expr.op;
      return [`${print(expr.left, strength)} ${op} ${print(expr.right, strength + 1)}`, strength];
    }
    case 'call': {
      const name = xpathNames[expr.name] ?? expr.name;
      return [`${name}(${expr.args.map((a) => print(a, level.or)).join(', ')})`, level.primary];
    }
  }
}

/**
 * A credmap expression as XLSForm writes it. The definition has been checked, so it parses; should
 * it not, it is written as it is and the reader will say so.
 */
export function toXPath(source: string): string {
  const parsed = parseExpression(source);
  return parsed.ok ? print(parsed.expr, level.or) : source;
}
