import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr, Value } from './ast.ts';
import type { EvalContext } from './evaluate.ts';
import { evaluate, evaluateBoolean } from './evaluate.ts';
import { parse } from './parse.ts';
import { print } from './print.ts';
import { contextArb, exprArb } from './test-support.ts';

const answers: Readonly<Record<string, Value>> = {
  n3: 3,
  s3: '3',
  s9: '9',
  s10: '10',
  txt: 'hello',
  empty: '',
  nil: null,
  zero: 0,
  t: true,
  f: false,
  list: ['a', 'b'],
  nums: [1, '2', 3],
  none: [],
  born: '2000-02-29',
};

const ctx: EvalContext = { ref: (id) => answers[id] ?? null, self: 17, today: '2025-02-28' };

function parsed(source: string): Expr {
  const result = parse(source);
  if (!result.ok) throw new Error(`test source does not parse: ${result.error.code}`);
  return result.expr;
}

type Case = [source: string, expected: Value];

const check = (source: string, expected: Value) => {
  expect(evaluate(parsed(source), ctx)).toEqual(expected);
};

describe('evaluate: equality', () => {
  it.each<Case>([
    ['${n3} = ${s3}', true],
    ['${s3} = 3', true],
    ['3 = 3.0', true],
    ["'3' = '3.0'", false],
    ["${n3} = 'three'", false],
    ['${nil} = null', true],
    ["${nil} = ''", true],
    ['${empty} = null', true],
    ['${nil} = 0', false],
    ['${empty} = 0', false],
    ["${list} = 'a'", true],
    ["'b' = ${list}", true],
    ["${list} = 'c'", false],
    ["${list} != 'a'", false],
    ['${nums} = 2', true],
    ['${t} = true', true],
    ["${t} = 'true'", false],
    ['${t} = 1', false],
    ['${n3} != 4', true],
  ])('%s is %j', check);
});

describe('evaluate: order', () => {
  it.each<Case>([
    ['1 <= 1', true],
    ['2 > 1', true],
    ['${s10} > 9', true],
    ['${s10} > ${s9}', false],
    ["'2024-01-31' < '2024-02-01'", true],
    ["'b' >= 'a'", true],
    ['${nil} < 1', false],
    ['${nil} >= 1', false],
    ['${nil} <= ${nil}', false],
    ["${empty} < 'a'", false],
    ['${list} < 1', false],
    ["'abc' < 1", false],
    ['${t} > ${f}', false],
  ])('%s is %j', check);
});

describe('evaluate: arithmetic', () => {
  it.each<Case>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 2 - 3', 5],
    ['10 - (2 - 3)', 11],
    ['7 / 2', 3.5],
    ['${s3} * 2', 6],
    ["' 4.5 ' + 1", 5.5],
    ["'x' + 1", null],
    ["'' + 1", null],
    ['${nil} + 1', null],
    ['${t} + 1', null],
    ['${list} + 1', null],
    ['1 / 0', null],
    ['0 / 0', null],
    ['-${s3}', -3],
    ['-0', 0],
    ['-${txt}', null],
  ])('%s is %j', check);
});

describe('evaluate: logic and self', () => {
  it.each<Case>([
    ['${nil} or 0', false],
    ['${txt} and 1', true],
    ["not ''", true],
    ['not ${zero}', true],
    ['not ${list}', false],
    ['not ${none}', true],
    ["not '0'", false],
    ['. > 10', true],
    ['. = 17 and not . = 18', true],
  ])('%s is %j', check);

  it('short-circuits and and or', () => {
    const asked: string[] = [];
    const spy: EvalContext = {
      ref: (id) => {
        asked.push(id);
        return null;
      },
      today: '2025-01-01',
    };
    expect(evaluate(parsed('false and ${x}'), spy)).toBe(false);
    expect(evaluate(parsed('true or ${y}'), spy)).toBe(true);
    expect(asked).toEqual([]);
  });

  it('reads `.` as null where there is no answer being validated', () => {
    expect(evaluate(parsed('.'), { ref: () => null, today: '2025-01-01' })).toBeNull();
  });

  type TruthCase = [value: Value, truth: boolean];

  it.each<TruthCase>([
    [null, false],
    ['', false],
    [0, false],
    [Number.NaN, false],
    [false, false],
    [[], false],
    ['0', true],
    ['false', true],
    [-1, true],
    [true, true],
    [[null], true],
  ])('evaluateBoolean treats %j as %s', (value, truth) => {
    expect(evaluateBoolean({ kind: 'ref', id: 'v' }, { ref: () => value, today: '2025-01-01' })).toBe(truth);
  });
});

describe('evaluate: functions', () => {
  it.each<Case>([
    ["selected(${list}, 'a')", true],
    ["selected(${list}, 'z')", false],
    ["selected('a', 'a')", true],
    ["selected(${nil}, 'a')", false],
    ['selected(${nums}, 2)', true],
    ['selected(${list}, ${list})', null],
    ['count_selected(${list})', 2],
    ['count_selected(${nil})', 0],
    ["count_selected('a')", 1],
    ['count(${list})', 2],
    ['count(${nil})', 0],
    ['count(5)', null],
    ['answered(${nil})', false],
    ['answered(${empty})', false],
    ['answered(${none})', false],
    ['answered(${zero})', true],
    ['answered(${list})', true],
    ['if(${t}, 1, 2)', 1],
    ['if(${none}, 1, 2)', 2],
    ['today()', '2025-02-28'],
    ['year(${born})', 2000],
    ["year('2023-02-29')", null],
    ["year('2025-1-1')", null],
    ['year(5)', null],
    ['age(${born})', 24],
    ["age('2000-02-28')", 25],
    ["age('2025-03-01')", 0],
    ["age('2030-01-01')", -4],
    ["age('soon')", null],
    ['length(${txt})', 5],
    ['length(${nil})', 0],
    ["length('🎉')", 1],
    ['length(5)', null],
    ["number('2.5')", 2.5],
    ["number('abc')", null],
    ["number('')", null],
    ['number(${t})', 1],
    ['string(2.5)', '2.5'],
    ['string(${nil})', ''],
    ['string(${list})', 'a b'],
    ['string(${f})', 'false'],
    ['int(-2.7)', -2],
    ["int('3.9')", 3],
    ['int(${txt})', null],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(-0.2)', 0],
    ['round(1.005, 2)', 1.01],
    ['round(1234, -2)', 1200],
    ['round(1, 0.5)', null],
    ['round(1, ${nil})', null],
    ['round(${txt})', null],
    ["concat('a', 1, ${nil}, ${t})", 'a1true'],
    ['concat()', ''],
    ['coalesce(${nil}, ${empty}, ${none}, 0, 1)', 0],
    ['coalesce(${nil})', null],
    ['min(3, ${s3}, 1)', 1],
    ['max(${nums}, 0)', 3],
    ['min(${nil}, 4)', 4],
    ['min(${txt}, 1)', null],
    ['max(${nil})', null],
    ['sum(${nums})', 6],
    ['sum(${nil})', 0],
    ['sum(${none})', 0],
    ['sum(${list})', null],
    ["contains(${txt}, 'ell')", true],
    ["contains(${txt}, 'x')", false],
    ["contains(${nil}, 'x')", false],
    ['contains(${txt}, 1)', null],
  ])('%s is %j', check);
});

describe('evaluate: trees the parser would refuse', () => {
  type TreeCase = [label: string, expr: Expr, expected: Value];

  it.each<TreeCase>([
    ['an unknown function', { kind: 'call', name: 'nope', args: [] }, null],
    ['a prototype name', { kind: 'call', name: 'constructor', args: [] }, null],
    ['too many arguments', { kind: 'call', name: 'today', args: [{ kind: 'literal', value: 1 }] }, null],
    ['a NaN literal', { kind: 'literal', value: Number.NaN }, null],
  ])('gives null for %s', (_label, expr, expected) => {
    expect(evaluate(expr, ctx)).toEqual(expected);
  });
});

describe('evaluate on any tree and context', () => {
  it('never throws on a parsed expression, and always gives a value', () => {
    fc.assert(
      fc.property(exprArb, contextArb, (tree, context) => {
        const result = parse(print(tree));
        fc.pre(result.ok);
        const expr = result.ok ? result.expr : tree;
        expect(evaluate(expr, context)).not.toBeUndefined();
        expect(typeof evaluateBoolean(expr, context)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps = and != opposite', () => {
    fc.assert(
      fc.property(exprArb, exprArb, contextArb, (left, right, context) => {
        const eq = evaluate({ kind: 'binary', op: '=', left, right }, context);
        const ne = evaluate({ kind: 'binary', op: '!=', left, right }, context);
        expect(ne).toBe(!eq);
      }),
    );
  });
});
