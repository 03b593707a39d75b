import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { fail, missingField, ok, single, unanswered, withMissingField } from './common.ts';

/**
 * Reads a number as people in the study's languages write it: `1234.5`, `1234,5`, `1 234,5`,
 * `1.234,5` or `1,234.5`. Returns undefined for anything else.
 */
export function parseLocaleNumber(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00A0\u202F']/g, '');
  if (!/^[-+]?[0-9.,]+$/.test(compact) || !/[0-9]/.test(compact)) return undefined;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = compact.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // A single comma is a decimal separator (most of Europe); several are thousands groups.
    normal = compact.split(',').length > 2 ? compact.split(',').join('') : compact.replace(',', '.');
  } else {
    normal = compact.split('.').length > 2 ? compact.split('.').join('') : compact;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return undefined;
  const value = Number(normal);
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
