import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BinaryOp, Expr } from './ast.ts';
import { parse } from './parse.ts';
import { print } from './print.ts';
import { exprArb } from './test-support.ts';

const a: Expr = { kind: 'ref', id: 'a' };
const b: Expr = { kind: 'ref', id: 'b' };
const c: Expr = { kind: 'ref', id: 'c' };
const lit = (value: string | number | boolean | null): Expr => ({ kind: 'literal', value });
const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
const not = (arg: Expr): Expr => ({ kind: 'unary', op: 'not', arg });
const neg = (arg: Expr): Expr => ({ kind: 'unary', op: '-', arg });

describe('print', () => {
  type Case = [expr: Expr, printed: string];

  it.each<Case>([
    [bin('=', a, lit('x')), "${a} = 'x'"],
    [bin('-', a, bin('-', b, c)), '${a} - (${b} - ${c})'],
    [bin('-', bin('-', a, b), c), '${a} - ${b} - ${c}'],
    [bin('*', bin('+', a, lit(1)), lit(2)), '(${a} + 1) * 2'],
    [bin('+', a, bin('*', b, c)), '${a} + ${b} * ${c}'],
    [bin('/', a, bin('/', b, c)), '${a} / (${b} / ${c})'],
    [bin('and', bin('or', a, b), c), '(${a} or ${b}) and ${c}'],
    [bin('or', bin('and', a, b), c), '${a} and ${b} or ${c}'],
    [bin('or', a, bin('or', b, c)), '${a} or (${b} or ${c})'],
    [not(bin('and', a, b)), 'not (${a} and ${b})'],
    [not(bin('=', a, b)), 'not ${a} = ${b}'],
    [bin('and', not(a), b), 'not ${a} and ${b}'],
    [bin('=', not(a), b), '(not ${a}) = ${b}'],
    [bin('=', a, not(b)), '${a} = (not ${b})'],
    [neg(bin('+', a, b)), '-(${a} + ${b})'],
    [bin('*', neg(a), b), '-${a} * ${b}'],
    [neg(neg(lit(1))), '--1'],
    [neg(not(a)), '-(not ${a})'],
    [not(neg(a)), 'not -${a}'],
    [bin('<', bin('<', a, b), c), '${a} < ${b} < ${c}'],
    [{ kind: 'self' }, '.'],
    [{ kind: 'call', name: 'max', args: [bin('or', a, b), lit(1)] }, 'max(${a} or ${b}, 1)'],
    [{ kind: 'call', name: 'today', args: [] }, 'today()'],
    [lit('it\'s \\ "quoted"'), "'it\\'s \\\\ \"quoted\"'"],
    [lit(''), "''"],
    [lit(true), 'true'],
    [lit(null), 'null'],
    [lit(2.5), '2.5'],
    [lit(1e21), '1000000000000000000000'],
    [lit(1.5e-7), '0.00000015'],
    [lit(123.456e20), '12345600000000000000000'],
    [lit(-3), '-3'],
    [bin('-', a, lit(-3)), '${a} - -3'],
    [bin('*', lit(-3), a), '-3 * ${a}'],
    [lit(Number.NaN), 'null'],
  ])('%j prints as %s', (expr, printed) => {
    expect(print(expr)).toBe(printed);
  });

  it('prints the largest and smallest numbers so that they read back exactly', () => {
    for (const n of [Number.MAX_VALUE, Number.MIN_VALUE, 1e-7, 2 ** 53 + 2, 0.1 + 0.2]) {
      expect(parse(print(lit(n)))).toEqual({ ok: true, expr: lit(n) });
    }
  });
});

describe('print and parse round trip', () => {
  it('parses every printed tree back to the same tree, and prints that the same', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const printed = print(expr);
        fc.pre(printed.length <= 2000);
        const result = parse(printed);
        expect(result).toEqual({ ok: true, expr });
        if (result.ok) expect(print(result.expr)).toBe(printed);
      }),
      { numRuns: 1000 },
    );
  });
});
