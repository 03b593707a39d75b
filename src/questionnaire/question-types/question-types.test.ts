import { describe, expect, it } from 'vitest';
import { q } from '../../../test/support/builder.ts';
import type { Answer } from '../answers.ts';
import type { Question } from '../definition/schema.ts';
import type { AnswerIssueCode } from '../issues.ts';
import { decimalMarkOf } from './common.ts';
import { parseLocaleNumber } from './number.ts';
import { decodeQuestion, questionFields } from './registry.ts';

const ch = (...codes: string[]) => codes.map((code) => ({ code, label: { en: code } }));

const questions = {
  single: q('single', 's', {
    choices: [...ch('a', 'b'), { code: 'o', label: { en: 'Other' }, other: true }],
    missing: ['dont_know'],
  }),
  multiple: q('multiple', 'm', {
    choices: [
      ...ch('a', 'b', 'c'),
      { code: 'none', label: { en: 'None' }, exclusive: true },
      { code: 'o', label: { en: 'Other' }, other: true },
    ],
    maxSelected: 3,
    minSelected: 2,
    missing: ['prefer_not_to_say'],
  }),
  likert: q('likert', 'l', { choices: ch('1', '2', '3', '4', '5') }),
  matrix: q('matrix', 'x', { rows: ch('r1', 'r2'), choices: ch('1', '2'), missing: ['dont_know'] }),
  text: q('text', 't', { maxLength: 5, missing: ['dont_know'] }),
  longtext: q('longtext', 'lt', { maxLength: 10 }),
  number: q('number', 'n', { min: 0, max: 100, integer: true, missing: ['dont_know'] }),
  decimal: q('number', 'd'),
  date: q('date', 'dt', { min: '2000-01-01', max: 'today' }),
  country: q('country', 'c', { countries: ['EU27'], missing: ['prefer_not_to_say'] }),
  ranking: q('ranking', 'r', { choices: ch('a', 'b', 'c') }),
  consent: q('consent', 'k'),
} as unknown as Record<string, Question>;

type Fields = Record<string, string | string[]>;
interface Case {
  name: string;
  question: keyof typeof questions;
  fields: Fields;
  answer?: Answer;
  issue?: AnswerIssueCode;
}

const form = (fields: Fields) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));

describe('question types decode what a form sends', () => {
  it.each<Case>([
    { name: 'nothing as unanswered', question: 'single', fields: {} },
    { name: 'a choice', question: 'single', fields: { s: 'a' }, answer: { kind: 'value', value: 'a' } },
    {
      name: 'other with its text',
      question: 'single',
      fields: { s: 'o', 's.other': ' Mine ' },
      answer: { kind: 'value', value: 'o', other: 'Mine' },
    },
    { name: 'other without text', question: 'single', fields: { s: 'o' }, issue: 'other.required' },
    {
      name: 'other text of 200 characters outside the BMP (400 UTF-16 units)',
      question: 'single',
      fields: { s: 'o', 's.other': '😀'.repeat(200) },
      answer: { kind: 'value', value: 'o', other: '😀'.repeat(200) },
    },
    {
      name: 'other text of 201 characters',
      question: 'single',
      fields: { s: 'o', 's.other': '😀'.repeat(201) },
      issue: 'text.tooLong',
    },
    {
      name: 'stray other text for a plain choice (ignored)',
      question: 'single',
      fields: { s: 'a', 's.other': 'x' },
      answer: { kind: 'value', value: 'a' },
    },
    {
      name: "don't know",
      question: 'single',
      fields: { s: '~dont_know' },
      answer: { kind: 'missing', code: 'dont_know' },
    },
    {
      name: 'a missing code not offered',
      question: 'single',
      fields: { s: '~prefer_not_to_say' },
      issue: 'choice.unknown',
    },
    { name: 'an unknown code', question: 'single', fields: { s: 'zz' }, issue: 'choice.unknown' },
    {
      name: 'two values for one choice',
      question: 'single',
      fields: { s: ['a', 'b'] },
      issue: 'choice.unknown',
    },
    {
      name: 'several choices in questionnaire order',
      question: 'multiple',
      fields: { m: ['c', 'a'] },
      answer: { kind: 'value', value: ['a', 'c'] },
    },
    {
      name: 'an exclusive choice alone',
      question: 'multiple',
      fields: { m: 'none' },
      answer: { kind: 'value', value: ['none'] },
    },
    {
      name: 'an exclusive choice with others',
      question: 'multiple',
      fields: { m: ['none', 'a'] },
      issue: 'choice.exclusive',
    },
    {
      name: 'a missing code with choices',
      question: 'multiple',
      fields: { m: ['~prefer_not_to_say', 'a'] },
      issue: 'choice.exclusive',
    },
    { name: 'too few choices', question: 'multiple', fields: { m: 'a' }, issue: 'choice.tooFew' },
    {
      name: 'too many choices',
      question: 'multiple',
      fields: { m: ['a', 'b', 'c', 'o'], 'm.other': 'x' },
      issue: 'choice.tooMany',
    },
    { name: 'a scale point', question: 'likert', fields: { l: '4' }, answer: { kind: 'value', value: '4' } },
    { name: 'a point off the scale', question: 'likert', fields: { l: '6' }, issue: 'choice.unknown' },
    {
      name: 'matrix rows',
      question: 'matrix',
      fields: { 'x.r1': '2', 'x.r2': '~dont_know' },
      answer: {
        kind: 'rows',
        rows: { r1: { kind: 'value', value: '2' }, r2: { kind: 'missing', code: 'dont_know' } },
      },
    },
    {
      name: 'a matrix row with an unknown code',
      question: 'matrix',
      fields: { 'x.r1': '9' },
      issue: 'choice.unknown',
    },
    {
      name: 'text, trimmed',
      question: 'text',
      fields: { t: '  abc ' },
      answer: { kind: 'value', value: 'abc' },
    },
    { name: 'text over its limit', question: 'text', fields: { t: 'abcdef' }, issue: 'text.tooLong' },
    {
      name: 'text counted in characters, not bytes',
      question: 'text',
      fields: { t: 'žščćđ' },
      answer: { kind: 'value', value: 'žščćđ' },
    },
    {
      name: 'text with a missing code too',
      question: 'text',
      fields: { t: 'abc', 't.missing': 'dont_know' },
      issue: 'missing.withAnswer',
    },
    {
      name: 'text left with a missing code',
      question: 'text',
      fields: { 't.missing': 'dont_know' },
      answer: { kind: 'missing', code: 'dont_know' },
    },
    {
      name: 'long text keeps line breaks',
      question: 'longtext',
      fields: { lt: 'a\r\nb' },
      answer: { kind: 'value', value: 'a\nb' },
    },
    { name: 'a whole number', question: 'number', fields: { n: '42' }, answer: { kind: 'value', value: 42 } },
    {
      name: 'a decimal where whole numbers are asked',
      question: 'number',
      fields: { n: '4,5' },
      issue: 'number.notInteger',
    },
    { name: 'a number below the minimum', question: 'number', fields: { n: '-1' }, issue: 'number.min' },
    { name: 'a number above the maximum', question: 'number', fields: { n: '101' }, issue: 'number.max' },
    { name: 'not a number', question: 'number', fields: { n: 'twelve' }, issue: 'number.invalid' },
    {
      name: 'a European decimal',
      question: 'decimal',
      fields: { d: '1.234,5' },
      answer: { kind: 'value', value: 1234.5 },
    },
    {
      name: 'a date',
      question: 'date',
      fields: { 'dt.day': '29', 'dt.month': '2', 'dt.year': '2024' },
      answer: { kind: 'value', value: '2024-02-29' },
    },
    {
      name: 'a date that does not exist',
      question: 'date',
      fields: { 'dt.day': '29', 'dt.month': '2', 'dt.year': '2023' },
      issue: 'date.invalid',
    },
    {
      name: 'half a date',
      question: 'date',
      fields: { 'dt.day': '1', 'dt.year': '2023' },
      issue: 'date.invalid',
    },
    {
      name: 'a date before the minimum',
      question: 'date',
      fields: { 'dt.day': '1', 'dt.month': '1', 'dt.year': '1999' },
      issue: 'date.min',
    },
    {
      name: 'a date after today',
      question: 'date',
      fields: { 'dt.day': '24', 'dt.month': '11', 'dt.year': '2026' },
      issue: 'date.max',
    },
    {
      name: 'a country in the list',
      question: 'country',
      fields: { c: 'SI' },
      answer: { kind: 'value', value: 'SI' },
    },
    {
      name: 'a country outside the list',
      question: 'country',
      fields: { c: 'US' },
      issue: 'country.unknown',
    },
    {
      name: 'a country question left with a missing code',
      question: 'country',
      fields: { c: '~prefer_not_to_say' },
      answer: { kind: 'missing', code: 'prefer_not_to_say' },
    },
    {
      name: 'a complete ranking',
      question: 'ranking',
      fields: { 'r.a': '2', 'r.b': '3', 'r.c': '1' },
      answer: { kind: 'value', value: ['c', 'a', 'b'] },
    },
    {
      name: 'a ranking with a gap',
      question: 'ranking',
      fields: { 'r.a': '1', 'r.b': '2' },
      issue: 'ranking.incomplete',
    },
    {
      name: 'a ranking with a tie',
      question: 'ranking',
      fields: { 'r.a': '1', 'r.b': '1', 'r.c': '2' },
      issue: 'ranking.duplicate',
    },
    {
      name: 'a rank out of range',
      question: 'ranking',
      fields: { 'r.a': '1', 'r.b': '2', 'r.c': '4' },
      issue: 'ranking.incomplete',
    },
    {
      name: 'consent given',
      question: 'consent',
      fields: { k: 'yes' },
      answer: { kind: 'value', value: 'yes' },
    },
    {
      name: 'consent with anything else',
      question: 'consent',
      fields: { k: 'maybe' },
      issue: 'choice.unknown',
    },
  ])('$question: $name', ({ question, fields, answer, issue }) => {
    const decoded = decodeQuestion(questions[question]!, form(fields), { today: '2026-11-23' });
    expect(decoded.answer).toEqual(answer);
    expect(decoded.issues.map((i) => i.code)).toEqual(issue === undefined ? [] : [issue]);
  });

  it('names the fields each question may send', () => {
    expect(questionFields(questions.single!)).toEqual(['s', 's.other']);
    expect(questionFields(questions.matrix!)).toEqual(['x.r1', 'x.r2']);
    expect(questionFields(questions.date!)).toEqual(['dt.day', 'dt.month', 'dt.year']);
    expect(questionFields(questions.text!)).toEqual(['t', 't.missing']);
  });
});

describe('decimalMarkOf', () => {
  it('gives the dot for English and the comma for the seven other languages of the study', () => {
    expect(['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'].map(decimalMarkOf)).toEqual([
      '.',
      ',',
      ',',
      ',',
      ',',
      ',',
      ',',
      ',',
    ]);
    expect(decimalMarkOf('not a language tag!')).toBe('.');
  });
});

describe('parseLocaleNumber', () => {
  it.each<[string, number | undefined]>([
    ['12', 12],
    ['7,5', 7.5],
    ['7.5', 7.5],
    ['1 234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1 234 567,25', 1234567.25],
    ['1\u00A0234,5', 1234.5],
    ['1\u202F234,5', 1234.5],
    ["1'234.5", 1234.5],
    ['1\u2019234.5', 1234.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-3', -3],
    ['- 3', -3],
    ['\u22123', -3],
    ['+4,5', 4.5],
    ['-0,5', -0.5],
    // Marks that do not group digits in threes, or that mix, are no number.
    ['1.2.3', undefined],
    ['1,2,3', undefined],
    ['12 34', undefined],
    ['1 2345', undefined],
    ['1,234,5', undefined],
    ['1.234 567', undefined],
    ['1 234.567,5', undefined],
    ['1\n000', undefined],
    ['1\t000', undefined],
    ['1..5', undefined],
    ['1,.5', undefined],
    [',', undefined],
    ['.', undefined],
    ['-', undefined],
    ['+', undefined],
    ['1-2', undefined],
    ['', undefined],
    ['1e5', undefined],
    ['12abc', undefined],
    ['Infinity', undefined],
    ['\u0661\u0662', undefined],
    ['\uFF11\uFF12', undefined],
  ])('%j', (raw, expected) => {
    expect(parseLocaleNumber(raw)).toBe(expected);
    expect(parseLocaleNumber(raw, ',')).toBe(expected);
  });

  it.each<[string, '.' | ',', number]>([
    // One mark and three digits after it: grouping unless it is the language's decimal mark.
    ['1.000', ',', 1000],
    ['1.000', '.', 1],
    ['1,000', '.', 1000],
    ['1,000', ',', 1],
    ['250.000', ',', 250000],
    ['250,000', '.', 250000],
    // Not a grouping whatever the language: a leading 0, more or fewer than three digits after.
    ['0.500', ',', 0.5],
    ['0,500', '.', 0.5],
    ['1.5', ',', 1.5],
    ['1,25', '.', 1.25],
    ['1234.567', ',', 1234.567],
    ['1.0000', ',', 1],
  ])('%j with %j as the decimal mark', (raw, mark, expected) => {
    expect(parseLocaleNumber(raw, mark)).toBe(expected);
  });
});
