import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { fail, missingField, ok, single, unanswered, withMissingField } from './common.ts';

/**
 * Marks that group thousands: a space (no-break and narrow no-break too, as CLDR writes French and
 * Finnish numbers), a dot, a comma, an apostrophe (straight or typographic, as in Switzerland).
 */
const groupMark = "[ \\u00A0\\u202F'\u2019.,]";
/** Digits in groups of three after the first group of one to three, all with the same mark. */
const grouped = new RegExp(`^\\d{1,3}(${groupMark})\\d{3}(?:\\1\\d{3})*$`);

/**
 * Reads a number as people in the study's languages write it: `1234.5`, `1234,5`, `1 234,5`,
 * `1.234,5`, `1,234.5` or `1'234.5`, with `-`, `+` or the minus sign U+2212 before it.
 * - With both a dot and a comma, the last is the decimal mark; marks before it group the digits
 *   in threes, all alike.
 * - A dot or comma that appears once is the decimal mark, except where it can only be grouping in
 *   the respondent's language: one to three digits (not just 0), the mark, exactly three digits,
 *   and the mark is not the language's decimal mark (`decimalMark`). So `1.000` is a thousand in
 *   German and one in English, `1,000` the other way round, and `0.500` a half in both.
 * - Marks that appear more than once group the digits.
 * Returns undefined for anything else: `1.2.3`, `12 34` and `1,234,5` are no numbers.
 */
export function parseLocaleNumber(raw: string, decimalMark: '.' | ',' = '.'): number | undefined {
  const signed = /^([-+\u2212]?) *(.*)$/s.exec(raw.trim())!;
  const sign = signed[1] === '' || signed[1] === '+' ? '' : '-';
  const body = signed[2] ?? '';
  const count = (mark: string) => body.split(mark).length - 1;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const once = count('.') + count(',') === 1;
  const onlyGrouping =
    once && /^[1-9]\d{0,2}[.,]\d{3}$/.test(body) && body[Math.max(lastDot, lastComma)] !== decimalMark;
  const decimal =
    lastDot >= 0 && lastComma >= 0
      ? Math.max(lastDot, lastComma)
      : once && !onlyGrouping
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
  decode: (q, form, ctx) =>
    withMissingField(q, form, decodeNumber(q, single(form, q.id), ctx.decimalMark ?? '.')),
};

function decodeNumber(q: QuestionOf<'number'>, raw: string | undefined | 'many', decimalMark: '.' | ',') {
  if (raw === undefined) return unanswered;
  if (raw === 'many' || raw.length > 40) return fail(q.id, 'number.invalid');
  const value = parseLocaleNumber(raw, decimalMark);
  if (value === undefined) return fail(q.id, 'number.invalid');
  if (q.integer && !Number.isInteger(value)) return fail(q.id, 'number.notInteger');
  if (q.min !== undefined && value < q.min) return fail(q.id, 'number.min', { min: q.min });
  if (q.max !== undefined && value > q.max) return fail(q.id, 'number.max', { max: q.max });
  return ok({ kind: 'value', value });
}
