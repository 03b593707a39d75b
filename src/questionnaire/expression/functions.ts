import type { Value } from './ast.ts';
import type { EvalContext } from './context.ts';
import { toDate, wholeYears } from './dates.ts';
import { isBlank, isList, isUnanswered, toNumber, toText, truthy, valuesEqual } from './values.ts';

/** A function expressions may call. The parser checks names and argument counts against this table. */
export interface ExprFunction {
  readonly minArgs: number;
  /** null: any number of arguments from `minArgs` on. */
  readonly maxArgs: number | null;
  /** Returns null rather than throwing when an argument has the wrong type. */
  readonly fn: (args: readonly Value[], ctx: EvalContext) => Value;
}

function fixed(arity: number, fn: ExprFunction['fn']): ExprFunction {
  return { minArgs: arity, maxArgs: arity, fn };
}

function variadic(minArgs: number, fn: ExprFunction['fn']): ExprFunction {
  return { minArgs, maxArgs: null, fn };
}

// Unanswered questions are null, so blank arguments mean "nothing" here rather than "bad type".

function selected(list: Value, code: Value): Value {
  if (isList(code)) return null;
  if (isUnanswered(list) || isBlank(code)) return false;
  return valuesEqual(list, code);
}

function countSelected(list: Value): Value {
  if (isList(list)) return list.length;
  return isBlank(list) ? 0 : 1;
}

function count(list: Value): Value {
  if (isList(list)) return list.length;
  return isBlank(list) ? 0 : null;
}

function year(date: Value): Value {
  return toDate(date)?.year ?? null;
}

function age(date: Value, today: string): Value {
  const from = toDate(date);
  const to = toDate(today);
  return from === null || to === null ? null : wholeYears(from, to);
}

/** In characters as people count them (code points), not UTF-16 units. */
function length(text: Value): Value {
  if (text === null) return 0;
  return typeof text === 'string' ? [...text].length : null;
}

function number(value: Value): Value {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return toNumber(value);
}

function int(value: Value): Value {
  const n = toNumber(value);
  return n === null ? null : Math.trunc(n);
}

/** Moves the decimal point in the number's own text, so that round(1.005, 2) is 1.01 and not 1. */
function shift(n: number, places: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Halves round away from zero, as people expect: round(-2.5) is -3. */
function round(value: Value, digits: Value): Value {
  const n = toNumber(value);
  const d = toNumber(digits);
  if (n === null || d === null || !Number.isInteger(d) || Math.abs(d) > 15) return null;
  return Math.sign(n) * shift(Math.round(shift(Math.abs(n), d)), -d);
}

function concat(args: readonly Value[]): Value {
  const parts = args.map(toText);
  return parts.every((p) => p !== null) ? parts.join('') : null;
}

function coalesce(args: readonly Value[]): Value {
  return args.find((a) => !isUnanswered(a)) ?? null;
}

/** The numbers among the arguments, lists flattened and blanks skipped; null if any is not a number. */
function numbers(args: readonly Value[]): number[] | null {
  const result: number[] = [];
  for (const value of args.flatMap((a) => (isList(a) ? a : [a]))) {
    if (isBlank(value)) continue;
    const n = toNumber(value);
    if (n === null) return null;
    result.push(n);
  }
  return result;
}

// reduce, not Math.min(...values): spreading a long list could overflow the stack.
function extreme(args: readonly Value[], pick: (a: number, b: number) => number): Value {
  const values = numbers(args);
  return values === null || values.length === 0 ? null : values.reduce((a, b) => pick(a, b));
}

function sum(list: Value): Value {
  const values = numbers([list]);
  return values === null ? null : values.reduce((total, n) => total + n, 0);
}

function contains(text: Value, part: Value): Value {
  if (typeof part !== 'string') return null;
  if (text === null) return false;
  return typeof text === 'string' ? text.includes(part) : null;
}

export const functions: Readonly<Record<string, ExprFunction>> = {
  selected: fixed(2, ([list = null, code = null]) => selected(list, code)),
  count_selected: fixed(1, ([list = null]) => countSelected(list)),
  count: fixed(1, ([list = null]) => count(list)),
  answered: fixed(1, ([value = null]) => !isUnanswered(value)),
  if: fixed(3, ([condition = null, then = null, otherwise = null]) => (truthy(condition) ? then : otherwise)),
  today: fixed(0, (_args, ctx) => ctx.today),
  year: fixed(1, ([date = null]) => year(date)),
  age: fixed(1, ([date = null], ctx) => age(date, ctx.today)),
  length: fixed(1, ([text = null]) => length(text)),
  number: fixed(1, ([value = null]) => number(value)),
  string: fixed(1, ([value = null]) => toText(value)),
  int: fixed(1, ([value = null]) => int(value)),
  round: { minArgs: 1, maxArgs: 2, fn: ([value = null, digits = 0]) => round(value, digits) },
  concat: variadic(0, concat),
  coalesce: variadic(1, coalesce),
  min: variadic(1, (args) => extreme(args, Math.min)),
  max: variadic(1, (args) => extreme(args, Math.max)),
  sum: fixed(1, ([list = null]) => sum(list)),
  contains: fixed(2, ([text = null, part = null]) => contains(text, part)),
};

/** Own entries only: `constructor(…)` or `__proto__(…)` must not reach Object.prototype. */
export function lookupFunction(name: string): ExprFunction | undefined {
  return Object.hasOwn(functions, name) ? functions[name] : undefined;
}
