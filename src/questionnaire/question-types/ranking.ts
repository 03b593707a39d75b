import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { fail, missingField, ok, single, unanswered, withMissingField } from './common.ts';

/**
 * Every choice gets a rank, 1 to n, in a field of its own (`q.code`): a plain form that works
 * without JavaScript and reads well with a screen reader. The answer is the codes in rank order.
 */
export const rankingQuestion: QuestionTypeModule<QuestionOf<'ranking'>> = {
  fields: (q) => [...q.choices.map((c) => `${q.id}.${c.code}`), ...missingField(q)],
  decode: (q, form) => withMissingField(q, form, decodeRanking(q, form)),
};

function decodeRanking(
  q: QuestionOf<'ranking'>,
  form: Parameters<QuestionTypeModule<QuestionOf<'ranking'>>['decode']>[1],
) {
  const n = q.choices.length;
  const ranks = q.choices.map((c) => single(form, `${q.id}.${c.code}`));
  if (ranks.every((r) => r === undefined)) return unanswered;
  const numbers = ranks.map((r) =>
    r !== undefined && r !== 'many' && /^\d{1,3}$/.test(r) ? Number(r) : Number.NaN,
  );
  if (ranks.some((r) => r === undefined)) return fail(q.id, 'ranking.incomplete', { count: n });
  if (numbers.some((r) => !(r >= 1 && r <= n))) return fail(q.id, 'ranking.incomplete', { count: n });
  if (new Set(numbers).size !== n) return fail(q.id, 'ranking.duplicate');
  const order = q.choices
    .map((c, i) => ({ code: c.code, rank: numbers[i]! }))
    .sort((a, b) => a.rank - b.rank);
  return ok({ kind: 'value', value: order.map((o) => o.code) });
}
