import type { BinaryOp, Value } from './ast.ts';
import { compareValues, finite, toNumber, valuesEqual } from './values.ts';

type StrictOp = Exclude<BinaryOp, 'and' | 'or'>;

function arithmetic(a: Value, b: Value, op: (x: number, y: number) => number): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  // finite() turns division by zero (±Infinity, NaN) into null.
  return x === null || y === null ? null : finite(op(x, y));
}

function ordered(a: Value, b: Value, test: (order: number) => boolean): boolean {
  const order = compareValues(a, b);
  return order !== null && test(order);
}

const strictOps: Readonly<Record<StrictOp, (a: Value, b: Value) => Value>> = {
  '=': (a, b) => valuesEqual(a, b),
  '!=': (a, b) => !valuesEqual(a, b),
  '<': (a, b) => ordered(a, b, (o) => o < 0),
  '<=': (a, b) => ordered(a, b, (o) => o <= 0),
  '>': (a, b) => ordered(a, b, (o) => o > 0),
  '>=': (a, b) => ordered(a, b, (o) => o >= 0),
  '+': (a, b) => arithmetic(a, b, (x, y) => x + y),
  '-': (a, b) => arithmetic(a, b, (x, y) => x - y),
  '*': (a, b) => arithmetic(a, b, (x, y) => x * y),
  '/': (a, b) => arithmetic(a, b, (x, y) => x / y),
};

/** The operators that need both operands evaluated; `and` and `or` short-circuit in evaluate.ts. */
export function applyBinary(op: StrictOp, a: Value, b: Value): Value {
  return strictOps[op](a, b);
}

export function negate(a: Value): Value {
  const x = toNumber(a);
  return x === null ? null : finite(-x);
}
