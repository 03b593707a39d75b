import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.ts';
import type { ExprErrorCode } from './errors.ts';
import { parse } from './parse.ts';
import { print } from './print.ts';

/** The canonical text of what was parsed, or the error code: one string to compare. */
function reparsed(source: string): string {
  const result = parse(source);
  return result.ok ? print(result.expr) : result.error.code;
}

describe('parse', () => {
  type Case = [source: string, printed: string];

  it.each<Case>([
    ['${a}   =  "x"', "${a} = 'x'"],
    ['\n\t${a}\r\n=\u00a01 ', '${a} = 1'],
    ['(${a} + 1) * 2', '(${a} + 1) * 2'],
    ['${a} + ${b} * ${c}', '${a} + ${b} * ${c}'],
    ['(${a} * ${b}) + ${c}', '${a} * ${b} + ${c}'],
    ['${a} - (${b} - ${c})', '${a} - (${b} - ${c})'],
    ['(${a} - ${b}) - ${c}', '${a} - ${b} - ${c}'],
    ['${a} / (${b} * ${c})', '${a} / (${b} * ${c})'],
    ['${a} or ${b} and ${c}', '${a} or ${b} and ${c}'],
    ['(${a} or ${b}) and ${c}', '(${a} or ${b}) and ${c}'],
    ['not ${a} = 1', 'not ${a} = 1'],
    ['not (${a} and ${b})', 'not (${a} and ${b})'],
    ['(not ${a}) and ${b}', 'not ${a} and ${b}'],
    ['${a} = (not ${b})', '${a} = (not ${b})'],
    ['not not ${a}', 'not not ${a}'],
    ['-(${a} + ${b})', '-(${a} + ${b})'],
    ['-${a} * ${b}', '-${a} * ${b}'],
    ['- - 1', '--1'],
    ['${a}<=${b}', '${a} <= ${b}'],
    ['${a}!=${b}', '${a} != ${b}'],
    ['1 < 2 = true', '1 < 2 = true'],
    ['1 < (2 = true)', '1 < (2 = true)'],
    ['(((1)))', '1'],
    ['.', '.'],
    ['.>=18', '. >= 18'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['007', '7'],
    ['2.50', '2.5'],
    ['0.0000001', '0.0000001'],
    [`1${'0'.repeat(25)}`, `1${'0'.repeat(25)}`],
    ["'it\\'s'", "'it\\'s'"],
    ['"say \\"hi\\""', `'say "hi"'`],
    ["'a\\\\b'", "'a\\\\b'"],
    ['""', "''"],
    ["'ünïcødé 🎉'", "'ünïcødé 🎉'"],
    ["'${not_a_ref}'", "'${not_a_ref}'"],
    ['selected( ${q1} , "a" )', "selected(${q1}, 'a')"],
    ['if(${a} > 1, "big", "small")', "if(${a} > 1, 'big', 'small')"],
    ['max (${a} or ${b}, 1)', 'max(${a} or ${b}, 1)'],
    ['concat()', 'concat()'],
    ['count_selected(${a}) >= 2', 'count_selected(${a}) >= 2'],
    ['${_x9} = ${Y}', '${_x9} = ${Y}'],
  ])('%j prints as %j', (source, printed) => {
    expect(reparsed(source)).toBe(printed);
  });

  type TreeCase = [source: string, expr: Expr];

  const ref = (id: string): Expr => ({ kind: 'ref', id });
  const num = (value: number): Expr => ({ kind: 'literal', value });

  it.each<TreeCase>([
    [
      '${a} - ${b} - ${c}',
      {
        kind: 'binary',
        op: '-',
        left: { kind: 'binary', op: '-', left: ref('a'), right: ref('b') },
        right: ref('c'),
      },
    ],
    [
      'not ${a} = 1',
      { kind: 'unary', op: 'not', arg: { kind: 'binary', op: '=', left: ref('a'), right: num(1) } },
    ],
    ['-1', { kind: 'unary', op: '-', arg: num(1) }],
    ['. > 1', { kind: 'binary', op: '>', left: { kind: 'self' }, right: num(1) }],
    ['round(${x}, 2)', { kind: 'call', name: 'round', args: [ref('x'), num(2)] }],
    ["'x'", { kind: 'literal', value: 'x' }],
  ])('%j has the expected tree', (source, expr) => {
    expect(parse(source)).toEqual({ ok: true, expr });
  });

  type ErrorCase = [source: string, code: ExprErrorCode, position: number];

  it.each<ErrorCase>([
    ['', 'expr.unexpectedEnd', 0],
    ['   ', 'expr.unexpectedEnd', 3],
    ['1 +', 'expr.unexpectedEnd', 3],
    ['(1', 'expr.unexpectedEnd', 2],
    ['max(1,', 'expr.unexpectedEnd', 6],
    ['1 2', 'expr.unexpectedToken', 2],
    [')', 'expr.unexpectedToken', 0],
    ['1 + * 2', 'expr.unexpectedToken', 4],
    ['${a} ! 1', 'expr.unexpectedToken', 5],
    ['${a} == 1', 'expr.unexpectedToken', 6],
    ['#', 'expr.unexpectedToken', 0],
    ['.5', 'expr.unexpectedToken', 1],
    ['1.', 'expr.unexpectedToken', 1],
    ['1e3', 'expr.unexpectedToken', 1],
    ['and', 'expr.unexpectedToken', 0],
    ['1 = not 2', 'expr.unexpectedToken', 4],
    ['max(1,)', 'expr.unexpectedToken', 6],
    ['max(1 2)', 'expr.unexpectedToken', 6],
    ["'abc", 'expr.unterminatedString', 0],
    ['1 = "abc\\"', 'expr.unterminatedString', 4],
    ["'abc\\", 'expr.unterminatedString', 0],
    ["'a\\n'", 'expr.badEscape', 2],
    ['$a', 'expr.badReference', 0],
    ['${1a}', 'expr.badReference', 0],
    ['${a', 'expr.badReference', 0],
    ['${ a }', 'expr.badReference', 0],
    ['${}', 'expr.badReference', 0],
    ['1 = $', 'expr.badReference', 4],
    ['abc', 'expr.bareIdentifier', 0],
    ['${a} = yes', 'expr.bareIdentifier', 7],
    ['True', 'expr.bareIdentifier', 0],
    ['NOT ${a}', 'expr.bareIdentifier', 0],
    ['foo(1)', 'expr.unknownFunction', 0],
    ['1 + toString()', 'expr.unknownFunction', 4],
    ['__proto__(1)', 'expr.unknownFunction', 0],
    ['constructor()', 'expr.unknownFunction', 0],
    ['selected(${a})', 'expr.arity', 0],
    ['today(1)', 'expr.arity', 0],
    ['1 + round(1, 2, 3)', 'expr.arity', 4],
    ['min()', 'expr.arity', 0],
    ['9'.repeat(400), 'expr.badNumber', 0],
  ])('%j fails with %s at %i', (source, code, position) => {
    const result = parse(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, position });
  });

  it('names the offending text in the detail', () => {
    expect(parse('${a} = yes')).toEqual({
      ok: false,
      error: { code: 'expr.bareIdentifier', position: 7, detail: 'yes' },
    });
  });
});

describe('parse limits', () => {
  type LimitCase = [label: string, source: string, expected: string];

  const nest = (open: string, close: string, depth: number) => `${open.repeat(depth)}1${close.repeat(depth)}`;

  it.each<LimitCase>([
    ['2000 characters', `1${' '.repeat(1999)}`, '1'],
    ['2001 characters', `1${' '.repeat(2000)}`, 'expr.tooLong'],
    ['a 3000-character name', 'a'.repeat(3000), 'expr.tooLong'],
    ['a megabyte of valid text', `1${' + 1'.repeat(250_000)}`, 'expr.tooLong'],
    ['a long flat chain', `1${' + 1'.repeat(499)}`, `1${' + 1'.repeat(499)}`],
    ['64 brackets', nest('(', ')', 64), '1'],
    ['65 brackets', nest('(', ')', 65), 'expr.tooDeep'],
    ['10000 open brackets', '('.repeat(10_000), 'expr.tooDeep'],
    ['65 nots', `${'not '.repeat(65)}true`, 'expr.tooDeep'],
    ['65 minuses', `${'-'.repeat(65)}1`, 'expr.tooDeep'],
    ['64 nested calls', nest('max(', ')', 64), nest('max(', ')', 64)],
    ['65 nested calls', nest('max(', ')', 65), 'expr.tooDeep'],
  ])('%s', (_label, source, expected) => {
    expect(reparsed(source)).toBe(expected);
  });

  it('reports too deep nesting where it happens', () => {
    expect(parse('('.repeat(10_000))).toEqual({ ok: false, error: { code: 'expr.tooDeep', position: 64 } });
  });
});

describe('parse on any input', () => {
  // Fragments of real syntax, so that many inputs get deep into the parser rather than failing at once.
  const fragments = ['(', ')', ',', '.', 'not ', ' and ', ' or ', '-', '+', '*', '/', '=', '<', '!=', '>='];
  const operands = ['${a}', '1', '2.5', "'x'", '"\\""', 'true', 'null', 'max', 'if', '$', '{', '}', ' '];
  const tokenSoup = fc
    .array(fc.constantFrom(...fragments, ...operands), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it.each([
    ['fc.string()', fc.string()],
    ['binary strings', fc.string({ unit: 'binary', maxLength: 200 })],
    ['token soup', tokenSoup],
  ])('never throws on %s, and whatever parses prints back to itself', (_label, source) => {
    fc.assert(
      fc.property(source, (text) => {
        const result = parse(text);
        if (!result.ok) {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          return;
        }
        const printed = print(result.expr);
        expect(parse(printed)).toEqual({ ok: true, expr: result.expr });
      }),
      { numRuns: 2000 },
    );
  });
});
