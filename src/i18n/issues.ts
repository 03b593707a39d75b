import type { AnswerIssue, AnswerIssueCode } from '../questionnaire/index.ts';
import { resolveText } from '../questionnaire/index.ts';
import { formatIsoDate, formatNumber } from './format.ts';
import type { MessageKey } from './messages/en.ts';
import type { Translate } from './translate.ts';

/** Each engine issue code and the UI string that says it. */
const issueKeys: Readonly<Record<AnswerIssueCode, MessageKey>> = {
  required: 'issue.required',
  'choice.unknown': 'issue.choice.unknown',
  'choice.tooFew': 'issue.choice.tooFew',
  'choice.tooMany': 'issue.choice.tooMany',
  'choice.exclusive': 'issue.choice.exclusive',
  'other.required': 'issue.other.required',
  'text.tooLong': 'issue.text.tooLong',
  'text.invalid': 'issue.text.invalid',
  'number.invalid': 'issue.number.invalid',
  'number.notInteger': 'issue.number.notInteger',
  'number.min': 'issue.number.min',
  'number.max': 'issue.number.max',
  'date.invalid': 'issue.date.invalid',
  'date.min': 'issue.date.min',
  'date.max': 'issue.date.max',
  'country.unknown': 'issue.country.unknown',
  'ranking.incomplete': 'issue.ranking.incomplete',
  'ranking.duplicate': 'issue.ranking.duplicate',
  'consent.required': 'issue.consent.required',
  constraint: 'issue.constraint',
  'missing.withAnswer': 'issue.missing.withAnswer',
  'matrix.rowRequired': 'issue.required',
  'repeat.addAnother': 'issue.repeat.addAnother',
  'repeat.min': 'issue.repeat.min',
};

/** The message for an issue, in the respondent's language, with numbers and dates in its notation. */
export function issueMessage(issue: AnswerIssue, language: string, fallback: string, t: Translate): string {
  if (issue.message !== undefined) return resolveText(issue.message, language, fallback);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    if (typeof value === 'number') params[name] = formatNumber(language, value);
    else params[name] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatIsoDate(language, value) : value;
  }
  return t(issueKeys[issue.code], params);
}
