import type { Value } from './ast.ts';

/**
 * The coercions every operator and function shares. Answers arrive as strings as often as numbers,
 * so numeric strings count as numbers wherever a number is wanted; anything else becomes null
 * rather than an exception, because a questionnaire must never crash on an odd answer.
 */

export function isList(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

/** null and '' both mean "no answer". */
export function isBlank(value: Value): value is null | '' {
  return value === null || value === '';
}

/** Not answered: blank or an empty list. */
export function isUnanswered(value: Value): boolean {
  return isBlank(value) || (isList(value) && value.length === 0);
}

export function truthy(value: Value): boolean {
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (isList(value)) return value.length > 0;
  return value !== null && value !== false && value !== '';
}

/** NaN and the infinities have no place in answers; -0 would only confuse equality in tests and exports. */
export function finite(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

// Fixed pattern (never built from input): Number('') and Number(' ') are 0, Number('0x1f') is 31.
const numericString = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function toNumber(value: Value): number | null {
  if (typeof value === 'number') return finite(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return numericString.test(trimmed) ? finite(Number(trimmed)) : null;
}

/** Text for concat() and string(): a list reads as its elements separated by spaces, like stored choices. */
export function toText(value: Value): string | null {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(finite(value)) : null;
  const parts = value.map(toText);
  return parts.every((p) => p !== null) ? parts.join(' ') : null;
}

/**
 * `=`: a list equals whatever one of its elements equals (so `${colours} = 'red'` asks whether red
 * was chosen); blanks equal each other; a number equals a numeric string of the same value.
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (isList(a)) return a.some((x) => valuesEqual(x, b));
  if (isList(b)) return b.some((y) => valuesEqual(a, y));
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    return x !== null && x === y;
  }
  return a === b;
}

/**
 * The order of two values for `<` and friends, or null if they have none: numbers (and numeric
 * strings beside a number) numerically, two strings lexically (right for ISO dates), and nothing
 * with a blank, a boolean or a list.
 */
export function compareValues(a: Value, b: Value): number | null {
  if (isList(a) || isList(b) || isBlank(a) || isBlank(b)) return null;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    const y = toNumber(b);
    return x === null || y === null ? null : Math.sign(x - y);
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}
