import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../i18n/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import { definitionIssueApiText, definitionIssueKeys, definitionIssueSentence } from './lifecycle.ts';
import { consoleTranslator } from './messages/index.ts';
import { xlsFormIssueKeys, xlsFormIssueSentence } from './uploads.ts';

const en = consoleTranslator('en');

/** The codes raised in a folder's code (tests aside) by the given patterns. */
function raised(dir: string, patterns: readonly RegExp[]): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  return [
    ...new Set(files.flatMap((text) => patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!)))),
  ];
}

describe('a problem of a definition or a workbook, in words', () => {
  it('has a message for every code src/xlsform/README.md documents and src/xlsform raises', () => {
    const documented = [
      ...readFileSync('src/xlsform/README.md', 'utf8').matchAll(/`(xlsform\.[a-zA-Z]+)`/g),
    ].map((m) => m[1]!);
    const inCode = raised('src/xlsform', [/'(xlsform\.[a-zA-Z]+)'/g]);
    expect(documented.length).toBeGreaterThan(25);
    expect(inCode.length).toBeGreaterThan(25);
    expect([...documented, ...inCode].filter((code) => !Object.hasOwn(xlsFormIssueKeys, code))).toEqual([]);
  });

  it('has a message for every code the definition checks and the expression parser raise', () => {
    const definition = raised('src/questionnaire/definition', [
      /code: '([a-zA-Z]+\.[a-zA-Z]+)'/g,
      /add\([^,\n]*, '([a-zA-Z]+\.[a-zA-Z]+)'/g,
    ]);
    const expression = raised('src/questionnaire/expression', [/'(expr\.[a-zA-Z]+)'/g]);
    expect(definition).toEqual(
      expect.arrayContaining(['choice.duplicateCode', 'expression.cycle', 'include.cycle']),
    );
    expect(expression.length).toBe(11);
    expect(
      [...definition, ...expression].filter((code) => !Object.hasOwn(definitionIssueKeys, code)),
    ).toEqual([]);
  });

  it.each<{
    issue: { sheet: string; row: number; column?: string; code: string; detail?: string };
    said: string;
  }>([
    {
      issue: { sheet: '', row: 0, code: 'xlsform.notXlsx' },
      said: 'The file is not an .xlsx workbook that can be opened. (xlsform.notXlsx)',
    },
    {
      issue: { sheet: 'survey', row: 0, code: 'xlsform.missingSheet' },
      said: 'The workbook has no sheet “survey”. (xlsform.missingSheet)',
    },
    {
      issue: { sheet: '', row: 0, code: 'xlsform.tooLarge', detail: '32 MB' },
      said: 'The workbook is larger than 32 MB unpacked. (xlsform.tooLarge)',
    },
    {
      issue: { sheet: 'survey', row: 4, column: 'type', code: 'xlsform.unsupportedType', detail: 'geopoint' },
      said: 'Sheet survey, row 4, column type: credmap does not ask questions of the type “geopoint”. (xlsform.unsupportedType)',
    },
    {
      issue: { sheet: 'survey', row: 1, column: 'name', code: 'xlsform.missingColumn' },
      said: 'Sheet survey: the sheet has no column “name”. (xlsform.missingColumn)',
    },
    {
      issue: { sheet: 'survey', row: 3, column: 'C3', code: 'xlsform.badCell', detail: '#N/A' },
      said: 'Sheet survey, cell C3: the cell shows “#N/A”, not a value that can be read. (xlsform.badCell)',
    },
    {
      issue: { sheet: 'survey', row: 3, column: 'type', code: 'xlsform.unclosedGroup' },
      said: 'Sheet survey, row 3, column type: the group that begins here has no end_group row. (xlsform.unclosedGroup)',
    },
    {
      issue: { sheet: 'survey', row: 0, column: 'type', code: 'xlsform.unclosedRepeat' },
      said: 'Sheet survey: the repeat that begins here has no end_repeat row. (xlsform.unclosedRepeat)',
    },
    {
      issue: { sheet: 'choices', row: 5, column: 'name', code: 'choice.duplicateCode', detail: 'a' },
      said: 'Sheet choices, row 5, column name: the code “a” is used twice in one list. (choice.duplicateCode)',
    },
    {
      issue: { sheet: 'survey', row: 5, code: 'xlsform.somethingNew', detail: 'x' },
      said: 'Sheet survey, row 5: xlsform.somethingNew (x)',
    },
  ])('says $issue.code at row $issue.row: $said', ({ issue, said }) => {
    expect(xlsFormIssueSentence(en, issue)).toBe(said);
  });

  it.each<{ issue: { path: string; code: string; detail?: string }; said: string }>([
    {
      issue: { path: 'pages.2.items.0.choices.1.code', code: 'choice.duplicateCode', detail: 'a' },
      said: 'pages.2.items.0.choices.1.code: the code “a” is used twice in one list. (choice.duplicateCode)',
    },
    {
      issue: { path: 'title', code: 'text.missingLanguage', detail: 'fi' },
      said: 'title: there is no text in Suomi (fi). (text.missingLanguage)',
    },
    {
      issue: { path: 'pages.1.relevant', code: 'expr.unknownFunction', detail: 'at 0: foo' },
      said: 'pages.1.relevant: there is no function “foo” (at character 1). (expr.unknownFunction)',
    },
    {
      issue: { path: 'pages.0.items.1.variable', code: 'variable.duplicate', detail: 'age (also q1)' },
      said: 'pages.0.items.1.variable: the variable “age” is already the name of “q1”. (variable.duplicate)',
    },
    {
      issue: {
        path: 'fallbackLanguage',
        code: 'schema.invalid_type',
        detail: 'Invalid input: expected string, received undefined',
      },
      said: 'fallbackLanguage: Invalid input: expected string, received undefined. (schema.invalid_type)',
    },
    // A detail in a form this version does not expect, and a code it does not know: as the CLI says them.
    {
      issue: { path: 'pages.1.relevant', code: 'expr.unknownFunction', detail: 'foo' },
      said: 'pages.1.relevant: expr.unknownFunction (foo)',
    },
    { issue: { path: 'pages.1', code: 'page.somethingNew' }, said: 'pages.1: page.somethingNew' },
  ])('says $issue.code: $said', ({ issue, said }) => {
    expect(definitionIssueSentence(en, issue)).toBe(said);
  });

  it('puts the code first in an API message, as the API says every problem', () => {
    const issue = { path: 'pages.0.items.0.choices.1.code', code: 'choice.duplicateCode', detail: 'a' };
    expect(definitionIssueApiText(en, issue)).toBe(
      'pages.0.items.0.choices.1.code: choice.duplicateCode (the code “a” is used twice in one list.)',
    );
    expect(definitionIssueApiText(en, { path: 'x', code: 'x.new', detail: 'y' })).toBe('x: x.new (y)');
  });

  it.each(uiLanguages)('words every issue of a real definition in %s, ending with its code', (lang) => {
    const parsed = parseDefinition(
      {
        id: 'x',
        languages: ['en', 'fi'],
        fallbackLanguage: 'en',
        title: { en: 'X' },
        pages: [
          {
            id: 'p1',
            items: [
              {
                id: 'q1',
                type: 'single',
                label: { en: 'Q', fi: 'K' },
                relevant: 'nope(1)',
                choices: [
                  { code: 'a', label: { en: 'A', fi: 'A' } },
                  { code: 'a', label: { en: 'B', fi: 'B' } },
                ],
              },
            ],
          },
        ],
      },
      lang,
    );
    expect(parsed.ok).toBe(false);
    const t = consoleTranslator(lang);
    for (const issue of parsed.ok ? [] : parsed.issues) {
      const said = definitionIssueSentence(t, issue);
      expect(said).toMatch(new RegExp(`^${issue.path.replaceAll('.', '\\.')} ?: .+\\. \\(${issue.code}\\)$`));
    }
  });
});
