import type { MissingCode, RowAnswer } from '../answers.ts';
import type { QuestionOf } from '../definition/schema.ts';
import type { AnswerIssue } from '../issues.ts';
import type { QuestionTypeModule } from './common.ts';
import { missingFromChoiceValue, ok, unanswered, values } from './common.ts';

/** Rows × one scale; each row is its own field (`q.row`) and its own fieldset on the page. */
export const matrix: QuestionTypeModule<QuestionOf<'matrix'>> = {
  fields: (q) => q.rows.map((r) => `${q.id}.${r.code}`),
  decode(q, form) {
    const rows: Record<string, RowAnswer> = {};
    const issues: AnswerIssue[] = [];
    for (const row of q.rows) {
      const path = `${q.id}.${row.code}`;
      const chosen = values(form, path);
      if (chosen.length === 0) continue;
      const value = chosen[0]!;
      const missing: MissingCode | undefined = missingFromChoiceValue(q, value);
      if (chosen.length > 1) issues.push({ path, code: 'choice.unknown' });
      else if (missing !== undefined) rows[row.code] = { kind: 'missing', code: missing };
      else if (q.choices.some((c) => c.code === value)) rows[row.code] = { kind: 'value', value };
      else issues.push({ path, code: 'choice.unknown' });
    }
    if (issues.length > 0) return { answer: undefined, issues };
    return Object.keys(rows).length === 0 ? unanswered : ok({ kind: 'rows', rows });
  },
};
