import type { Answer } from '../answers.ts';
import type { Question } from '../definition/schema.ts';
import { missingPrefix } from './common.ts';

/** Format for numbers put back into a field; the decoder reads every format it can produce. */
export type NumberFormat = (value: number) => string;

/**
 * The form fields that would send `answer`: the other half of each type's decoder, used to show a
 * saved answer in its page again.
 */
export function encodeAnswer(
  q: Question,
  answer: Answer | undefined,
  number: NumberFormat = String,
): Record<string, string[]> {
  if (answer === undefined) return {};
  const id = q.id;
  if (answer.kind === 'rows') {
    return Object.fromEntries(
      Object.entries(answer.rows).map(([row, a]) => [
        `${id}.${row}`,
        [a.kind === 'missing' ? missingPrefix + a.code : a.value],
      ]),
    );
  }
  const inChoiceField =
    q.type === 'single' ||
    q.type === 'multiple' ||
    q.type === 'likert' ||
    q.type === 'country' ||
    q.type === 'matrix';
  if (answer.kind === 'missing') {
    return inChoiceField ? { [id]: [missingPrefix + answer.code] } : { [`${id}.missing`]: [answer.code] };
  }
  const { value } = answer;
  const fields: Record<string, string[]> = {};
  if (answer.other !== undefined) fields[`${id}.other`] = [answer.other];
  switch (q.type) {
    case 'date': {
      const [y, m, d] = String(value).split('-');
      return {
        [`${id}.day`]: [String(Number(d))],
        [`${id}.month`]: [String(Number(m))],
        [`${id}.year`]: [y ?? ''],
      };
    }
    case 'ranking':
      return Object.fromEntries(
        (value as readonly string[]).map((code, i) => [`${id}.${code}`, [String(i + 1)]]),
      );
    case 'number':
      return { [id]: [typeof value === 'number' ? number(value) : String(value)] };
    default:
      fields[id] = Array.isArray(value) ? [...value] : [String(value)];
      return fields;
  }
}
