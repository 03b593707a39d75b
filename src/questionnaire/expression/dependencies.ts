import type { Expr } from './ast.ts';

/**
 * The ids an expression reads through `${id}`, in order of first appearance (`.` is not one: it is
 * the question's own answer). Walks with an explicit stack, so no tree is too deep for it.
 */
export function dependencies(expr: Expr): Set<string> {
  const ids = new Set<string>();
  const stack: Expr[] = [expr];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'ref') ids.add(node.id);
    // Children pushed last-first so that they pop in source order.
    stack.push(...children(node).toReversed());
  }
  return ids;
}

function children(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case 'unary':
      return [expr.arg];
    case 'binary':
      return [expr.left, expr.right];
    case 'call':
      return expr.args;
    default:
      return [];
  }
}
