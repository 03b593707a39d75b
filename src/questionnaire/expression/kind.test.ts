import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Value } from './ast.ts';
import { evaluate } from './evaluate.ts';
import type { ValueKind } from './kind.ts';
import { valueKind } from './kind.ts';
import { parse } from './parse.ts';
import { contextArb, exprArb } from './test-support.ts';

const kindOf = (source: string, numbers: readonly string[] = []) => {
  const parsed = parse(source);
  if (!parsed.ok) throw new Error(source);
  return valueKind(parsed.expr, (id) => (numbers.includes(id) ? 'number' : 'text'));
};

/** What a calculation can store in a numeric column: a number, true or false as 1 or 0, or nothing. */
const numeric = (value: Value) => value === null || typeof value === 'number' || typeof value === 'boolean';

describe('valueKind', () => {
  it.each([
    ['count(${mc})', 'number'],
    ['${a} + ${b}', 'number'],
    ['-${a}', 'number'],
    ['${age} >= 18 and selected(${mc}, "x")', 'number'],
    ['round(${score} / 3, 1)', 'number'],
    ['if(${a} > 1, 2, null)', 'number'],
    ['coalesce(${n}, 0)', 'number'],
    ['true', 'number'],
    ['${n}', 'number'],
    ["'vet_providers'", 'text'],
    ["'3'", 'text'],
    ["if(${a} > 1, 2, '')", 'text'],
    ['coalesce(${n}, ${t})', 'text'],
    ['concat(1, 2)', 'text'],
    ['today()', 'text'],
    ['${t}', 'text'],
  ] as const)('%s is %s', (source, kind: ValueKind) => {
    expect(kindOf(source, ['n', 'a', 'b', 'age', 'score'])).toBe(kind);
  });

  it('never says number of an expression that gives anything else', () => {
    fc.assert(
      fc.property(exprArb, contextArb, (tree, context) => {
        // An answer is of number kind exactly when what it reads as is numeric.
        const kind = valueKind(tree, (id) => (numeric(context.ref(id) ?? null) ? 'number' : 'text'));
        fc.pre(kind === 'number');
        expect(numeric(evaluate(tree, context))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
