/**
 * The expression tree. Plain data, so that expressions can be cached, compared with `toEqual` and
 * printed back; parse.ts builds it, print.ts, evaluate.ts and dependencies.ts read it.
 */

/** What an expression evaluates to. Lists are the answers of multiple-choice questions and repeat groups. */
export type Value = string | number | boolean | null | readonly Value[];

export type UnaryOp = 'not' | '-';

export type BinaryOp = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

export type Expr =
  | { readonly kind: 'literal'; readonly value: string | number | boolean | null }
  /** `${id}`: the answer to another question. */
  | { readonly kind: 'ref'; readonly id: string }
  /** `.`: the answer being validated, for constraints. */
  | { readonly kind: 'self' }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] };
