import type { Expr } from './ast.ts';

/**
 * What an expression can give, known without evaluating it: `number` when every value it can have
 * is a number, true or false (which a calculation stores as 1 and 0) or null (stored as nothing);
 * `text` when it may give anything else (a text, '' included, a list, or a mix of kinds).
 */
export type ValueKind = 'number' | 'text';

/** Functions whose every value is a number, a boolean or null (README.md, Functions). */
const numeric = new Set([
  'selected',
  'count_selected',
  'count',
  'answered',
  'year',
  'age',
  'length',
  'number',
  'int',
  'round',
  'min',
  'max',
  'sum',
  'contains',
]);

/** Functions that give one of their arguments: as numeric as all the arguments they may give. */
const passing: Readonly<Record<string, (args: readonly Expr[]) => readonly Expr[]>> = {
  if: (args) => args.slice(1),
  coalesce: (args) => args,
};

/**
 * The kind of value `expr` gives, `refKind` telling the kind of each answer it reads through `${id}`.
 * Errs towards `text`: a value called `number` is never anything else.
 */
export function valueKind(expr: Expr, refKind: (id: string) => ValueKind): ValueKind {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? 'text' : 'number';
    case 'ref':
      return refKind(expr.id);
    case 'self':
      return 'text';
    case 'unary':
      // `not` gives a boolean; `-` a number or null.
      return 'number';
    case 'binary':
      // Logic and comparisons give booleans; arithmetic a number or null (`+` never joins texts).
      return 'number';
    case 'call': {
      if (numeric.has(expr.name)) return 'number';
      const given = passing[expr.name]?.(expr.args);
      if (given === undefined) return 'text';
      return given.every((arg) => valueKind(arg, refKind) === 'number') ? 'number' : 'text';
    }
  }
}
