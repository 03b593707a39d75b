import type { QuestionOf } from '../definition/schema.ts';
import type { QuestionTypeModule } from './common.ts';
import { cleanText, fail, missingField, ok, textLength, unanswered, withMissingField } from './common.ts';

export const textDefaultMax = 200;
export const longtextDefaultMax = 2000;

function decodeText(id: string, raw: readonly string[], max: number, multiline: boolean) {
  if (raw.length > 1) return fail(id, 'text.invalid');
  const text = cleanText(raw[0] ?? '', multiline);
  if (text === '') return unanswered;
  const length = textLength(text);
  if (length > max) return fail(id, 'text.tooLong', { max, length });
  return ok({ kind: 'value', value: text });
}

export const shortText: QuestionTypeModule<QuestionOf<'text'>> = {
  fields: (q) => [q.id, ...missingField(q)],
  decode: (q, form) =>
    withMissingField(q, form, decodeText(q.id, form[q.id] ?? [], q.maxLength ?? textDefaultMax, false)),
};

export const longText: QuestionTypeModule<QuestionOf<'longtext'>> = {
  fields: (q) => [q.id, ...missingField(q)],
  decode: (q, form) =>
    withMissingField(q, form, decodeText(q.id, form[q.id] ?? [], q.maxLength ?? longtextDefaultMax, true)),
};
