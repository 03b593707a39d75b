import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import { dependencies } from './dependencies.ts';
import { parse } from './parse.ts';
import { print } from './print.ts';
import { exprArb } from './test-support.ts';

function parsed(source: string): Expr {
  const result = parse(source);
  if (!result.ok) throw new Error(`test source does not parse: ${result.error.code}`);
  return result.expr;
}

describe('dependencies', () => {
  type Case = [source: string, ids: string[]];

  it.each<Case>([
    ['1 + 2', []],
    ['. > 3', []],
    ['${a}', ['a']],
    ['${b} = 1 or ${a} = 2', ['b', 'a']],
    ['${a} + ${a} * ${a}', ['a']],
    ['not -${x}', ['x']],
    ['if(selected(${q1}, "a"), ${q2}, coalesce(${q3}, .))', ['q1', 'q2', 'q3']],
    ["'${not_a_ref}' = ${real}", ['real']],
  ])('%j reads %j', (source, ids) => {
    expect([...dependencies(parsed(source))]).toEqual(ids);
  });

  it('handles trees far deeper than the parser allows without overflowing the stack', () => {
    let expr: Expr = { kind: 'ref', id: 'leaf' };
    for (let i = 0; i < 100_000; i++) expr = { kind: 'unary', op: 'not', arg: expr };
    expect([...dependencies(expr)]).toEqual(['leaf']);
  });

  it('finds each id that the printed form references', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const printed = print(expr);
        for (const id of dependencies(expr)) expect(printed).toContain(`\${${id}}`);
      }),
    );
  });
});
