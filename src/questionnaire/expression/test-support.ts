/**
 * fast-check arbitraries for the tests beside this file (not part of the public API): random trees
 * of the shapes the parser can produce, and random evaluation contexts.
 */
import fc from 'fast-check';
import type { BinaryOp, Expr, Value } from './ast.ts';
import type { EvalContext } from './context.ts';
import { functions } from './functions.ts';

const binaryOps: readonly BinaryOp[] = ['or', 'and', '=', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/'];

export const idArb: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);

/** The parser reads no sign into a number literal (`-1` is a negation), so literals are never negative. */
const numberArb = fc.oneof(
  fc.nat(1000),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1, 2.5, 1e21, 1e-7, Number.MAX_VALUE, Number.MIN_VALUE),
);

const leafArb: fc.Arbitrary<Expr> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }).map((value): Expr => ({ kind: 'literal', value })),
  fc.constantFrom("'", '"', '\\', "\\'", '${a}').map((value): Expr => ({ kind: 'literal', value })),
  numberArb.map((n): Expr => ({ kind: 'literal', value: Math.abs(n) })),
  fc.constantFrom(true, false, null).map((value): Expr => ({ kind: 'literal', value })),
  idArb.map((id): Expr => ({ kind: 'ref', id })),
  fc.constant<Expr>({ kind: 'self' }),
);

const functionEntries = Object.entries(functions);

export const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 6, depthIdentifier: 'expr' },
    leafArb,
    fc
      .record({ op: fc.constantFrom('not' as const, '-' as const), arg: tie('expr') })
      .map((u): Expr => ({ kind: 'unary', ...u })),
    fc
      .record({ op: fc.constantFrom(...binaryOps), left: tie('expr'), right: tie('expr') })
      .map((b): Expr => ({ kind: 'binary', ...b })),
    fc
      .constantFrom(...functionEntries)
      .chain(([name, f]) =>
        fc
          .array(tie('expr'), { minLength: f.minArgs, maxLength: f.maxArgs ?? f.minArgs + 3 })
          .map((args): Expr => ({ kind: 'call', name, args })),
      ),
  ),
})).expr;

const scalarArb: fc.Arbitrary<Value> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', '0', '3', ' 4.5 ', '1e400', '2024-02-29', '2025-13-01', 'abc'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

export const valueArb: fc.Arbitrary<Value> = fc.oneof(
  scalarArb,
  fc.array(scalarArb, { maxLength: 4 }),
  fc.array(fc.array(scalarArb, { maxLength: 3 }), { maxLength: 3 }),
);

export const contextArb: fc.Arbitrary<EvalContext> = fc
  .record({
    ref: fc.func(valueArb),
    today: fc.oneof(fc.constantFrom('2025-06-15', '2024-02-29'), fc.string({ maxLength: 12 })),
    self: fc.option(valueArb, { nil: undefined }),
  })
  .map(({ ref, today, self }) => (self === undefined ? { ref, today } : { ref, today, self }));
