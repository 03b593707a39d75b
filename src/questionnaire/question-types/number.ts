import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { fail, missingField, ok, single, unanswered, withMissingField } from './common.ts';

/** Marks that group thousands: a space (also no-break and narrow no-break), a dot, a comma, an apostrophe. */
const groupMark = "[\\s\\u00A0\\u202F'.,]";
/** Digits in groups of three after the first group of one to three, all with the same mark. */
const grouped = new RegExp(`^\\d{1,3}(${groupMark})\\d{3}(?:\\1\\d{3})*$`);

/**
 * Reads a number as people in the study's languages write it: `1234.5`, `1234,5`, `1 234,5`,
 * `1.234,5`, `1,234.5` or `1'234.5`. The last dot or comma is the decimal mark when the other also
 * appears, or when it appears once; marks before it group the digits in threes, all alike.
 * Returns undefined for anything else: `1.2.3`, `12 34` and `1,234,5` are no numbers.
 */
export function parseLocaleNumber(raw: string): number | undefined {
  const signed = /^([-+]?)\s*(.*)$/s.exec(raw.trim())!;
  const [, sign = '', body = ''] = signed;
  const count = (mark: string) => body.split(mark).length - 1;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const decimal =
    lastDot >= 0 && lastComma >= 0
      ? lastDot > lastComma
        ? lastDot
        : lastComma
      : count('.') + count(',') === 1
        ? Math.max(lastDot, lastComma)
        : -1;
  const whole = decimal < 0 ? body : body.slice(0, decimal);
  const fraction = decimal < 0 ? '' : body.slice(decimal + 1);
  if (!/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return undefined;
  if (!/^\d*$/.test(whole) && !grouped.test(whole)) return undefined;
  const value = Number(`${sign}${whole.replace(/\D/g, '') || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : undefined;
}

export const numberQuestion: QuestionTypeModule<QuestionOf<'number'>> = {
  fields: (q) => [q.id, ...missingField(q)],
  decode: (q, form) => withMissingField(q, form, decodeNumber(q, single(form, q.id))),
};

function decodeNumber(q: QuestionOf<'number'>, raw: string | undefined | 'many') {
  if (raw === undefined) return unanswered;
  if (raw === 'many' || raw.length > 40) return fail(q.id, 'number.invalid');
  const value = parseLocaleNumber(raw);
  if (value === undefined) return fail(q.id, 'number.invalid');
  if (q.integer && !Number.isInteger(value)) return fail(q.id, 'number.notInteger');
  if (q.min !== undefined && value < q.min) return fail(q.id, 'number.min', { min: q.min });
  if (q.max !== undefined && value > q.max) return fail(q.id, 'number.max', { max: q.max });
  return ok({ kind: 'value', value });
}
