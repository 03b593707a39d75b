import type { QuestionOf } from '../definition/schema.ts';
import type { DecodeContext, QuestionTypeModule } from './common.ts';
import { fail, missingField, ok, single, unanswered, withMissingField } from './common.ts';

/** YYYY-MM-DD for a real calendar day, or undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const parts = ['day', 'month', 'year'] as const;

/**
 * Three fields (day, month, year), as the GOV.UK date pattern has them: they work without
 * JavaScript, with every screen reader and in every language, unlike native date pickers.
 */
export const dateQuestion: QuestionTypeModule<QuestionOf<'date'>> = {
  fields: (q) => [...parts.map((p) => `${q.id}.${p}`), ...missingField(q)],
  decode: (q, form, ctx) => withMissingField(q, form, decodeDate(q, form, ctx)),
};

function decodeDate(
  q: QuestionOf<'date'>,
  form: Parameters<QuestionTypeModule<QuestionOf<'date'>>['decode']>[1],
  ctx: DecodeContext,
) {
  const raw = parts.map((p) => single(form, `${q.id}.${p}`));
  if (raw.every((v) => v === undefined)) return unanswered;
  if (raw.some((v) => v === undefined || v === 'many' || !/^\d{1,4}$/.test(v)))
    return fail(q.id, 'date.invalid');
  const [day, month, year] = raw.map(Number) as [number, number, number];
  const value = isoDate(year, month, day);
  if (value === undefined) return fail(q.id, 'date.invalid');
  const min = q.min === 'today' ? ctx.today : q.min;
  const max = q.max === 'today' ? ctx.today : q.max;
  if (min !== undefined && value < min) return fail(q.id, 'date.min', { min });
  if (max !== undefined && value > max) return fail(q.id, 'date.max', { max });
  return ok({ kind: 'value', value });
}
