import { describe, expect, it } from 'vitest';
import { page, q, questionnaire } from '../../test/support/builder.ts';
import type { AnswerWords } from './answer-text.ts';
import { answerText } from './answer-text.ts';
import type { Answer } from './answers.ts';

/** Words that show which of them made the text: numbers and dates are the language's to write. */
const words: AnswerWords = {
  language: 'en',
  fallback: 'en',
  missing: (code) => `missing ${code}`,
  country: (code) => `country ${code}`,
  yesNo: (value) => value,
  list: (items) => items.join(' + '),
  number: (value) => `number ${value}`,
  date: (iso) => `date ${iso}`,
};

const model = questionnaire(
  page(
    'p1',
    q('number', 'hours', { unit: { en: 'hours' } }),
    q('number', 'age'),
    q('date', 'issued'),
    q('text', 'title'),
    q('calculate', 'count', { expression: '1' }),
  ),
);

const value = (v: string | number): Answer => ({ kind: 'value', value: v });

describe('answerText', () => {
  it.each<[string, Answer, string]>([
    ['hours', value(2.125), 'number 2.125 hours'],
    ['age', value(42), 'number 42'],
    ['count', value(3), 'number 3'],
    ['issued', value('2024-04-03'), 'date 2024-04-03'],
    // Not a calendar day as the engine stores one: shown as it is rather than as a wrong date.
    ['issued', value('2024-4-3'), '2024-4-3'],
    // A text that looks like a number or a date is the respondent's text, not to be reformatted.
    ['title', value('2024-04-03'), '2024-04-03'],
    ['title', value('2.125'), '2.125'],
    ['hours', { kind: 'missing', code: 'dont_know' }, 'missing dont_know'],
  ])('reads back %s = %j through the words of the language', (id, answer, text) => {
    expect(answerText(model.questions.get(id)!, answer, words)).toBe(text);
  });
});
