import type { Value } from './ast.ts';

/** What an expression can see. The caller decides which answers are visible; expressions only ask. */
export interface EvalContext {
  /** The value of `${id}`: null when unanswered or not visible. */
  ref(id: string): Value;
  /** The value of `.`, the answer being validated by a constraint. */
  self?: Value;
  /** Today's date as `YYYY-MM-DD`, passed in so that evaluation stays pure. */
  today: string;
}
