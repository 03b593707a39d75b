import type { Answer, MissingCode } from '../answers.ts';
import { isMissingCode } from '../answers.ts';
import type { Choice, Question } from '../definition/schema.ts';
import type { AnswerIssue } from '../issues.ts';

/** A decoded form body: every field name with all the values sent for it. */
export type FormInput = Readonly<Record<string, readonly string[]>>;

export interface DecodeContext {
  /** Today in the study's time zone, YYYY-MM-DD. */
  readonly today: string;
  /** The decimal mark of the page's language (`decimalMarkOf`); a dot when not given. */
  readonly decimalMark?: '.' | ',';
}

const decimalMarks = new Map<string, '.' | ','>();

/** The decimal mark a language writes (CLDR, through Intl): a comma in most of Europe, a dot in English. */
export function decimalMarkOf(language: string): '.' | ',' {
  let mark = decimalMarks.get(language);
  if (mark === undefined) {
    let decimal: string | undefined;
    try {
      decimal = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    } catch {
      decimal = undefined;
    }
    mark = decimal === ',' ? ',' : '.';
    decimalMarks.set(language, mark);
  }
  return mark;
}

export interface Decoded {
  /** undefined when the question was left unanswered. */
  readonly answer: Answer | undefined;
  readonly issues: readonly AnswerIssue[];
}

export interface QuestionTypeModule<Q extends Question> {
  /** The form fields this question may send; anything else on a page is refused. */
  fields(q: Q): readonly string[];
  decode(q: Q, form: FormInput, ctx: DecodeContext): Decoded;
}

/** Missing codes travel in choice fields with this prefix, which no choice code can have. */
export const missingPrefix = '~';

export const unanswered: Decoded = { answer: undefined, issues: [] };

export function fail(path: string, code: AnswerIssue['code'], params?: AnswerIssue['params']): Decoded {
  return { answer: undefined, issues: [params === undefined ? { path, code } : { path, code, params }] };
}

export function ok(answer: Answer): Decoded {
  return { answer, issues: [] };
}

/** All non-empty values of a field, trimmed. */
export function values(form: FormInput, name: string): string[] {
  return (form[name] ?? []).map((v) => v.trim()).filter((v) => v !== '');
}

/** The single value of a field, undefined when empty; several values of a one-value field are a forgery. */
export function single(form: FormInput, name: string): string | undefined | 'many' {
  const all = values(form, name);
  if (all.length > 1) return 'many';
  return all[0];
}

/** `~dont_know` -> dont_know, when the question offers it. */
export function missingFromChoiceValue(
  q: { missing?: readonly MissingCode[] | undefined },
  value: string,
): MissingCode | undefined {
  if (!value.startsWith(missingPrefix)) return undefined;
  const code = value.slice(missingPrefix.length);
  return isMissingCode(code) && (q.missing ?? []).includes(code) ? code : undefined;
}

export function findChoice(choices: readonly Choice[], code: string): Choice | undefined {
  return choices.find((c) => c.code === code);
}

/** Text fields: one line, control characters out, line ends normalised. */
export function cleanText(raw: string, multiline: boolean): string {
  const normalised = raw.replace(/\r\n?/g, '\n');
  const kept = multiline ? normalised : normalised.replace(/\n/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return kept.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

/** A text's length in characters as people count them (code points), not UTF-16 units. */
export const textLength = (text: string): number => [...text].length;

export const otherMaxLength = 200;

/**
 * The "other, specify" text for a chosen choice that asks for one. The text is only read when
 * such a choice is chosen, so stray text in a hidden field is not kept.
 */
export function readOther(
  id: string,
  chosen: readonly Choice[],
  form: FormInput,
): { other?: string; issues: AnswerIssue[] } {
  if (!chosen.some((c) => c.other)) return { issues: [] };
  const text = cleanText((form[`${id}.other`] ?? []).join(' '), false);
  if (text === '') return { issues: [{ path: `${id}.other`, code: 'other.required' }] };
  const length = textLength(text);
  if (length > otherMaxLength) {
    return {
      issues: [{ path: `${id}.other`, code: 'text.tooLong', params: { max: otherMaxLength, length } }],
    };
  }
  return { other: text, issues: [] };
}

/**
 * For questions whose missing codes are checkboxes of their own (`id.missing`): the code chosen,
 * or an issue when a code is unknown, several are chosen, or an answer was given as well.
 */
export function readMissingField(
  q: { id: string; missing?: readonly MissingCode[] | undefined },
  form: FormInput,
  answered: boolean,
): { code?: MissingCode; issue?: AnswerIssue } {
  const chosen = values(form, `${q.id}.missing`);
  if (chosen.length === 0) return {};
  const code = chosen[0]!;
  if (chosen.length > 1) return { issue: { path: q.id, code: 'choice.exclusive' } };
  if (!isMissingCode(code) || !(q.missing ?? []).includes(code))
    return { issue: { path: q.id, code: 'choice.unknown' } };
  if (answered) return { issue: { path: q.id, code: 'missing.withAnswer' } };
  return { code };
}

export function missingField(q: { id: string; missing?: readonly MissingCode[] | undefined }): string[] {
  return (q.missing ?? []).length > 0 ? [`${q.id}.missing`] : [];
}

/** Wraps a type's own decoding with the separate missing-code field. */
export function withMissingField(
  q: { id: string; missing?: readonly MissingCode[] | undefined },
  form: FormInput,
  decoded: Decoded,
): Decoded {
  const missing = readMissingField(q, form, decoded.answer !== undefined || decoded.issues.length > 0);
  if (missing.issue !== undefined) return { answer: undefined, issues: [missing.issue] };
  if (missing.code !== undefined) return ok({ kind: 'missing', code: missing.code });
  return decoded;
}
