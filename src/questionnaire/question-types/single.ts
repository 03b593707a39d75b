import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import {
  fail,
  findChoice,
  missingFromChoiceValue,
  ok,
  single as one,
  readOther,
  unanswered,
} from './common.ts';

type ChoiceQuestion = QuestionOf<'single'> | QuestionOf<'likert'> | QuestionOf<'consent'>;

/** One code from a list; missing codes are further options of the same field. */
export const singleChoice: QuestionTypeModule<QuestionOf<'single'>> = {
  fields: (q) => [q.id, ...(q.choices.some((c) => c.other) ? [`${q.id}.other`] : [])],
  decode(q, form) {
    const value = one(form, q.id);
    if (value === undefined) return unanswered;
    if (value === 'many') return fail(q.id, 'choice.unknown');
    const missing = missingFromChoiceValue(q, value);
    if (missing !== undefined) return ok({ kind: 'missing', code: missing });
    const choice = findChoice(q.choices, value);
    if (choice === undefined) return fail(q.id, 'choice.unknown');
    const other = readOther(q.id, [choice], form);
    if (other.issues.length > 0) return { answer: undefined, issues: other.issues };
    return ok(
      other.other === undefined ? { kind: 'value', value } : { kind: 'value', value, other: other.other },
    );
  },
};

/** A point on an ordered scale: decoded like a single choice without "other". */
export const likert: QuestionTypeModule<QuestionOf<'likert'>> = {
  fields: (q) => [q.id],
  decode: (q, form, ctx) => decodePlainChoice(q, form[q.id] ?? [], ctx.today),
};

/** Agreement to take part: `yes` or `no`; the journey ends on `no` and nothing is stored. */
export const consent: QuestionTypeModule<QuestionOf<'consent'>> = {
  fields: (q) => [q.id],
  decode(q, form) {
    const value = one(form, q.id);
    if (value === undefined) return unanswered;
    if (value !== 'yes' && value !== 'no') return fail(q.id, 'choice.unknown');
    return ok({ kind: 'value', value });
  },
};

function decodePlainChoice(
  q: ChoiceQuestion & { choices: readonly { code: string }[] },
  raw: readonly string[],
  _today: string,
) {
  const all = raw.map((v) => v.trim()).filter((v) => v !== '');
  if (all.length === 0) return unanswered;
  const value = all[0]!;
  if (all.length > 1) return fail(q.id, 'choice.unknown');
  const missing = missingFromChoiceValue(q, value);
  if (missing !== undefined) return ok({ kind: 'missing', code: missing });
  if (!q.choices.some((c) => c.code === value)) return fail(q.id, 'choice.unknown');
  return ok({ kind: 'value', value });
}
