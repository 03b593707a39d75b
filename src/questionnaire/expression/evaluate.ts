import type { Expr, Value } from './ast.ts';
import type { EvalContext } from './context.ts';
import { lookupFunction } from './functions.ts';
import { applyBinary, negate } from './operators.ts';
import { finite, truthy } from './values.ts';

export type { EvalContext } from './context.ts';

/**
 * The value of an expression. Never throws on any tree the parser produces: wrong types, missing
 * answers and impossible arithmetic all give null. See README.md for the rules.
 */
export function evaluate(expr: Expr, ctx: EvalContext): Value {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'number' ? finite(expr.value) : expr.value;
    case 'ref':
      // `?? null`: callers written in plain JavaScript may answer undefined for unknown ids.
      return ctx.ref(expr.id) ?? null;
    case 'self':
      return ctx.self ?? null;
    case 'unary':
      return expr.op === 'not' ? !evaluateBoolean(expr.arg, ctx) : negate(evaluate(expr.arg, ctx));
    case 'binary':
      if (expr.op === 'and') return evaluateBoolean(expr.left, ctx) && evaluateBoolean(expr.right, ctx);
      if (expr.op === 'or') return evaluateBoolean(expr.left, ctx) || evaluateBoolean(expr.right, ctx);
      return applyBinary(expr.op, evaluate(expr.left, ctx), evaluate(expr.right, ctx));
    case 'call':
      return evaluateCall(expr.name, expr.args, ctx);
  }
}

/** Whether the expression holds: null, '', 0, NaN, false and the empty list do not. */
export function evaluateBoolean(expr: Expr, ctx: EvalContext): boolean {
  return truthy(evaluate(expr, ctx));
}

/** Hand-built trees can name unknown functions or miscount arguments; they get null, like bad types. */
function evaluateCall(name: string, argExprs: readonly Expr[], ctx: EvalContext): Value {
  const fn = lookupFunction(name);
  if (fn === undefined || argExprs.length < fn.minArgs) return null;
  if (fn.maxArgs !== null && argExprs.length > fn.maxArgs) return null;
  const result = fn.fn(
    argExprs.map((a) => evaluate(a, ctx)),
    ctx,
  );
  return typeof result === 'number' ? finite(result) : result;
}
