import type { Answer, MissingCode } from './answers.ts';
import type { Question } from './definition/schema.ts';
import { resolveText } from './localized-text.ts';

/** Words the questionnaire does not hold: they come from the UI strings and the runtime's CLDR data. */
export interface AnswerWords {
  readonly language: string;
  readonly fallback: string;
  missing(code: MissingCode): string;
  country(code: string): string;
  yesNo(value: 'yes' | 'no'): string;
  /** Joins list items the way the language does ("a, b and c"). */
  list(items: readonly string[]): string;
  /**
   * A number as the language writes it, without grouping, so that it reads back as the same number
   * in that language (German 2,125 is two and a bit; 2.125 would be read as two thousand).
   */
  number(value: number): string;
  /** A calendar day (YYYY-MM-DD) as the language writes it ("3 April 2024", "3. April 2024"). */
  date(iso: string): string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** An answer as a respondent reads it back: on "check your answers" and where it is piped into a text. */
export function answerText(q: Question, answer: Answer | undefined, words: AnswerWords): string {
  if (answer === undefined) return '';
  if (answer.kind === 'missing') return words.missing(answer.code);
  const label = (code: string): string => {
    if (!('choices' in q)) return code;
    const choice = q.choices.find((c) => c.code === code);
    return choice === undefined ? code : resolveText(choice.label, words.language, words.fallback);
  };
  if (answer.kind === 'rows') {
    if (q.type !== 'matrix') return '';
    return q.rows
      .filter((r) => answer.rows[r.code] !== undefined)
      .map((r) => {
        const row = answer.rows[r.code]!;
        const value = row.kind === 'missing' ? words.missing(row.code) : label(row.value);
        return `${resolveText(r.label, words.language, words.fallback)}: ${value}`;
      })
      .join('\n');
  }
  const { value } = answer;
  switch (q.type) {
    case 'multiple':
    case 'ranking': {
      const items = (Array.isArray(value) ? value : [String(value)]).map(label);
      if (answer.other !== undefined) items.push(answer.other);
      return q.type === 'ranking'
        ? items.map((item, i) => `${i + 1}. ${item}`).join('\n')
        : words.list(items);
    }
    case 'single':
    case 'likert': {
      const text = label(String(value));
      return answer.other === undefined ? text : `${text}: ${answer.other}`;
    }
    case 'country':
      return words.country(String(value));
    case 'consent':
      return words.yesNo(value === 'yes' ? 'yes' : 'no');
    case 'number': {
      const text = typeof value === 'number' ? words.number(value) : String(value);
      return q.unit === undefined ? text : `${text} ${resolveText(q.unit, words.language, words.fallback)}`;
    }
    case 'date':
      return typeof value === 'string' && isoDay.test(value) ? words.date(value) : String(value);
    default:
      if (typeof value === 'number') return words.number(value);
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}
