import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import {
  fail,
  findChoice,
  missingFromChoiceValue,
  missingPrefix,
  ok,
  readOther,
  unanswered,
  values,
} from './common.ts';

/**
 * Several codes from a list. An exclusive choice ("none of these") or a missing code stands alone;
 * the server refuses a mix, whatever the browser did.
 */
export const multipleChoice: QuestionTypeModule<QuestionOf<'multiple'>> = {
  fields: (q) => [q.id, ...(q.choices.some((c) => c.other) ? [`${q.id}.other`] : [])],
  decode(q, form) {
    const chosen = [...new Set(values(form, q.id))];
    if (chosen.length === 0) return unanswered;
    const missing = chosen.filter((v) => v.startsWith(missingPrefix));
    if (missing.length > 0) {
      if (chosen.length > 1) return fail(q.id, 'choice.exclusive');
      const code = missingFromChoiceValue(q, missing[0]!);
      return code === undefined ? fail(q.id, 'choice.unknown') : ok({ kind: 'missing', code });
    }
    const choices = chosen.map((code) => findChoice(q.choices, code));
    if (choices.some((c) => c === undefined)) return fail(q.id, 'choice.unknown');
    const picked = choices.filter((c) => c !== undefined);
    if (picked.length > 1 && picked.some((c) => c.exclusive)) return fail(q.id, 'choice.exclusive');
    if (q.minSelected !== undefined && picked.length < q.minSelected && !picked.some((c) => c.exclusive)) {
      return fail(q.id, 'choice.tooFew', { min: q.minSelected });
    }
    if (q.maxSelected !== undefined && picked.length > q.maxSelected) {
      return fail(q.id, 'choice.tooMany', { max: q.maxSelected });
    }
    const other = readOther(q.id, picked, form);
    if (other.issues.length > 0) return { answer: undefined, issues: other.issues };
    // Codes are kept in the questionnaire's order, not the order the browser sent them.
    const value = q.choices.filter((c) => picked.includes(c)).map((c) => c.code);
    return ok(
      other.other === undefined ? { kind: 'value', value } : { kind: 'value', value, other: other.other },
    );
  },
};
