import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../questionnaire/index.ts';
import { MAX_CELL_SLOTS, MAX_COLUMNS, MAX_UNPACKED_BYTES } from '../spreadsheet/index.ts';
import type { XlsFormIssue } from './index.ts';
import { readXlsForm } from './index.ts';
import type { Cells } from './test-support.ts';
import { workbook } from './test-support.ts';

const en = 'label::English (en)';
const fi = 'label::Suomi (fi)';

const settings: Cells = [
  [
    'form_id',
    'form_title::English (en)',
    'form_title::Suomi (fi)',
    'default_language',
    'credmap_audience::English (en)',
    'credmap_audience::Suomi (fi)',
    'credmap_description::English (en)',
    'credmap_description::Suomi (fi)',
    'credmap_estimated_minutes',
    'version',
  ],
  [
    'skills',
    'Skills',
    'Taidot',
    'English (en)',
    'Everyone',
    'Kaikki',
    'Your skills',
    'Taitosi',
    10,
    '2026010101',
  ],
];

const choices: Cells = [
  ['list_name', 'name', en, fi, 'credmap_exclusive'],
  ['yes_no', 'yes', 'Yes', 'Kyllä', null],
  ['yes_no', 'no', 'No', 'Ei', null],
  ['langs', 'fi', 'Finnish', 'Suomi', null],
  ['langs', 'sv', 'Swedish', 'Ruotsi', null],
  ['langs', 'none', 'None', 'Ei mitään', 'yes'],
];

describe('readXlsForm on a bilingual form', () => {
  it('gives a definition parseDefinition accepts', async () => {
    const survey: Cells = [
      [
        'type',
        'name',
        en,
        fi,
        'hint::English (en)',
        'hint::Suomi (fi)',
        'required',
        'relevant',
        'constraint',
        'constraint_message::English (en)',
        'constraint_message::Suomi (fi)',
        'appearance',
        'calculation',
      ],
      [
        'select_one yes_no',
        'works',
        'Do you work?',
        'Oletko työssä?',
        null,
        null,
        'yes',
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [
        'begin_group',
        'p_job',
        'Your job',
        'Työsi',
        null,
        null,
        null,
        "${works} = 'yes'",
        null,
        null,
        null,
        'field-list',
        null,
      ],
      [
        'integer',
        'hours',
        'Hours a week',
        'Tuntia viikossa',
        'Roughly',
        'Suunnilleen',
        'true',
        null,
        '. >= 1 and . <= 100',
        'From 1 to 100',
        '1–100',
        null,
        null,
      ],
      [
        'select_multiple langs',
        'langs',
        'Languages at work',
        'Työkielet',
        null,
        null,
        null,
        null,
        'count-selected(.) <= 2',
        'At most two',
        'Enintään kaksi',
        null,
        null,
      ],
      [
        'text',
        'story',
        'Tell us',
        'Kerro',
        null,
        null,
        null,
        "not(selected(${works}, 'no'))",
        null,
        null,
        null,
        'multiline',
        null,
      ],
      [
        'calculate',
        'n_langs',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        'count-selected(${langs})',
      ],
      ['end_group', null, null, null, null, null, null, null, null, null, null, null, null],
      [
        'date',
        'born',
        'Birth date',
        'Syntymäaika',
        null,
        null,
        null,
        null,
        '. < today()',
        'In the past',
        'Menneisyydessä',
        null,
        null,
      ],
      [
        'note',
        'thanks',
        'Thank you',
        'Kiitos',
        'All done',
        'Valmista',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ];
    const result = await readXlsForm(await workbook({ survey, choices, settings }));
    if (!result.ok) expect(result.issues).toEqual([]);
    if (!result.ok) return;
    expect(parseDefinition(result.definition).ok).toBe(true);
    const { definition } = result;
    expect(definition).toMatchObject({
      id: 'skills',
      languages: ['en', 'fi'],
      fallbackLanguage: 'en',
      title: { en: 'Skills', fi: 'Taidot' },
      estimatedMinutes: 10,
    });
    expect(definition.pages).toEqual([
      {
        id: 'p_works',
        items: [expect.objectContaining({ id: 'works', type: 'single', choices: 'yes_no', required: true })],
      },
      {
        id: 'p_job',
        title: { en: 'Your job', fi: 'Työsi' },
        relevant: "${works} = 'yes'",
        items: [
          expect.objectContaining({
            id: 'hours',
            type: 'number',
            integer: true,
            hint: { en: 'Roughly', fi: 'Suunnilleen' },
            constraints: [
              { expression: '. >= 1 and . <= 100', message: { en: 'From 1 to 100', fi: '1–100' } },
            ],
          }),
          expect.objectContaining({
            id: 'langs',
            type: 'multiple',
            constraints: [expect.objectContaining({ expression: 'count_selected(.) <= 2' })],
          }),
          expect.objectContaining({
            id: 'story',
            type: 'longtext',
            relevant: "not selected(${works}, 'no')",
          }),
          { id: 'n_langs', type: 'calculate', expression: 'count_selected(${langs})' },
        ],
      },
      { id: 'p_born', items: [expect.objectContaining({ id: 'born', type: 'date' })] },
      {
        id: 'p_thanks',
        items: [
          {
            id: 'thanks',
            type: 'info',
            label: { en: 'Thank you', fi: 'Kiitos' },
            body: { en: 'All done', fi: 'Valmista' },
          },
        ],
      },
    ]);
    expect(definition.lists?.langs?.[2]).toEqual({
      code: 'none',
      label: { en: 'None', fi: 'Ei mitään' },
      exclusive: true,
    });
  });

  it('maps the plain label column to default_language and or_other to an "other" choice', async () => {
    const survey: Cells = [
      ['type', 'name', 'label', fi],
      ['select_one yes_no or_other', 'q', 'Question', 'Kysymys'],
    ];
    const result = await readXlsForm(await workbook({ survey, choices, settings }));
    expect(result.ok && result.definition.pages[0]).toEqual({
      id: 'p_q',
      items: [
        {
          id: 'q',
          type: 'single',
          label: { en: 'Question', fi: 'Kysymys' },
          choices: [
            { code: 'yes', label: { en: 'Yes', fi: 'Kyllä' } },
            { code: 'no', label: { en: 'No', fi: 'Ei' } },
            { code: 'other', other: true, label: { en: 'Other', fi: 'Other' } },
          ],
        },
      ],
    });
  });
});

interface Case {
  readonly name: string;
  readonly survey: Cells;
  readonly choices?: Cells;
  readonly expected: readonly Partial<XlsFormIssue>[];
}

const q = (type: string, name = 'q') => [type, name, 'Question', 'Kysymys'];

const cases: Case[] = [
  ...[
    'geopoint',
    'geotrace',
    'image',
    'audio',
    'video',
    'file',
    'barcode',
    'time',
    'datetime',
    'range',
    'start',
    'deviceid',
    'select_one_from_file places.csv',
    'hidden',
  ].map(
    (type): Case => ({
      name: `type ${type}`,
      survey: [['type', 'name', en, fi], q(type)],
      expected: [{ sheet: 'survey', row: 2, column: 'type', code: 'xlsform.unsupportedType', detail: type }],
    }),
  ),
  ...[
    'choice_filter',
    'default',
    'read_only',
    'trigger',
    'required_message::English (en)',
    'media::image::English (en)',
    'parameters',
    'guidance_hint::English (en)',
  ].map(
    (column): Case => ({
      name: `column ${column}`,
      survey: [
        ['type', 'name', en, fi, column],
        [...q('select_one yes_no'), 'x'],
      ],
      expected: [{ sheet: 'survey', row: 2, column, code: 'xlsform.unsupportedColumn' }],
    }),
  ),
  {
    name: 'column repeat_count',
    survey: [
      ['type', 'name', en, fi, 'repeat_count'],
      ['begin_repeat', 'r', 'Items', 'Asiat', '3'],
      [...q('text'), null],
      ['end_repeat', null, null, null, null],
    ],
    expected: [{ sheet: 'survey', row: 2, column: 'repeat_count', code: 'xlsform.unsupportedColumn' }],
  },
  {
    name: 'a column nobody knows',
    survey: [
      ['type', 'name', en, fi, 'notes'],
      [...q('text'), 'ask Anna'],
    ],
    expected: [{ sheet: 'survey', row: 2, column: 'notes', code: 'xlsform.unknownColumn' }],
  },
  {
    name: 'an appearance that changes meaning',
    survey: [
      ['type', 'name', en, fi, 'appearance'],
      [...q('select_one yes_no'), 'quick'],
    ],
    expected: [{ row: 2, column: 'appearance', code: 'xlsform.unsupportedAppearance', detail: 'quick' }],
  },
  {
    name: 'a group appearance other than field-list',
    survey: [
      ['type', 'name', en, fi, 'appearance'],
      ['begin_group', 'g', 'G', 'G', 'table-list'],
      [...q('text'), null],
      ['end_group', null, null, null, null],
    ],
    expected: [{ row: 2, column: 'appearance', code: 'xlsform.unsupportedAppearance', detail: 'table-list' }],
  },
  {
    name: 'a function credmap lacks',
    survey: [
      ['type', 'name', 'calculation'],
      ['calculate', 'c', "regex(${x}, '[0-9]+')"],
    ],
    expected: [{ row: 2, column: 'calculation', code: 'xlsform.unsupportedFunction', detail: 'regex' }],
  },
  {
    name: 'format-date',
    survey: [
      ['type', 'name', 'calculation'],
      ['calculate', 'c', "format-date(today(), '%Y')"],
    ],
    expected: [{ row: 2, column: 'calculation', code: 'xlsform.unsupportedFunction', detail: 'format-date' }],
  },
  {
    name: 'mod',
    survey: [
      ['type', 'name', en, fi, 'relevant'],
      [...q('text'), '${x} mod 2 = 0'],
    ],
    expected: [{ row: 2, column: 'relevant', code: 'xlsform.unsupportedOperator', detail: 'mod' }],
  },
  {
    name: 'a path expression',
    survey: [
      ['type', 'name', en, fi, 'relevant'],
      [...q('text'), '/data/x = 1'],
    ],
    expected: [{ row: 2, column: 'relevant', code: 'xlsform.badExpression', detail: '/data/x = 1' }],
  },
  {
    name: 'a constraint that does not parse',
    survey: [
      ['type', 'name', en, fi, 'constraint'],
      [...q('integer'), '. >'],
    ],
    expected: [{ row: 2, column: 'constraint', code: 'xlsform.badExpression' }],
  },
  {
    name: 'an unknown choice list',
    survey: [['type', 'name', en, fi], q('select_one colours')],
    expected: [{ row: 2, column: 'type', code: 'xlsform.unknownList', detail: 'colours' }],
  },
  {
    name: 'a label on a calculation',
    survey: [
      ['type', 'name', en, 'calculation'],
      ['calculate', 'c', 'Label', '1 + 1'],
    ],
    expected: [{ row: 2, column: 'label', code: 'xlsform.columnNotApplicable' }],
  },
  {
    name: 'a group in a group',
    survey: [
      ['type', 'name', en, fi],
      ['begin_group', 'a', 'A', 'A'],
      ['begin_group', 'b', 'B', 'B'],
      q('text'),
      ['end_group', null, null, null],
      ['end_group', null, null, null],
    ],
    expected: [{ row: 3, column: 'type', code: 'xlsform.unsupportedNesting', detail: 'begin_group' }],
  },
  {
    name: 'a repeat in a repeat',
    survey: [
      ['type', 'name', en, fi],
      ['begin_repeat', 'a', 'A', 'A'],
      ['begin_repeat', 'b', 'B', 'B'],
      q('text'),
      ['end_repeat', null, null, null],
      ['end_repeat', null, null, null],
    ],
    expected: [{ row: 3, column: 'type', code: 'xlsform.unsupportedNesting', detail: 'begin_repeat' }],
  },
  {
    name: 'an unclosed group',
    survey: [['type', 'name', en, fi], ['begin_group', 'g', 'G', 'G'], q('text')],
    expected: [{ row: 2, column: 'type', code: 'xlsform.unclosedGroup' }],
  },
  {
    name: 'an unclosed repeat',
    survey: [['type', 'name', en, fi], ['begin_repeat', 'r', 'R', 'R'], q('text')],
    expected: [{ row: 2, column: 'type', code: 'xlsform.unclosedRepeat' }],
  },
  {
    name: 'end_repeat without begin',
    survey: [['type', 'name', en, fi], q('text'), ['end_repeat', null, null, null]],
    expected: [{ row: 3, column: 'type', code: 'xlsform.unmatchedEnd', detail: 'end_repeat' }],
  },
  {
    name: 'a question without a name',
    survey: [
      ['type', 'name', en, fi],
      ['text', null, 'Q', 'K'],
    ],
    expected: [{ row: 2, column: 'name', code: 'xlsform.missingValue' }],
  },
  {
    name: 'a label language without a code',
    survey: [['type', 'name', en, 'label::Klingon'], q('text')],
    expected: [{ row: 1, column: 'label::Klingon', code: 'xlsform.unknownLanguage', detail: 'Klingon' }],
  },
  {
    name: 'a credmap_type the base type cannot take',
    survey: [
      ['type', 'name', en, fi, 'credmap_type'],
      [...q('integer'), 'likert'],
    ],
    expected: [{ row: 2, column: 'credmap_type', code: 'xlsform.badValue', detail: 'likert' }],
  },
  {
    name: 'a missing translation (found by the engine, located by the reader)',
    survey: [
      ['type', 'name', en, fi],
      ['text', 'q', 'Question', null],
    ],
    expected: [{ sheet: 'survey', row: 2, column: 'label', code: 'text.missingLanguage', detail: 'fi' }],
  },
  {
    name: 'a reference to an unknown question (found by the engine)',
    survey: [
      ['type', 'name', en, fi, 'relevant'],
      [...q('text'), '${nobody} = 1'],
    ],
    expected: [{ row: 2, column: 'relevant', code: 'expression.unknownReference', detail: 'nobody' }],
  },
  {
    name: 'a duplicate choice (found by the engine, located in the choices sheet)',
    survey: [['type', 'name', en, fi], q('select_one dup')],
    choices: [
      ['list_name', 'name', en, fi],
      ['dup', 'a', 'A', 'A'],
      ['dup', 'a', 'B', 'B'],
    ],
    expected: [{ sheet: 'choices', row: 3, column: 'name', code: 'choice.duplicateCode', detail: 'a' }],
  },
];

describe('readXlsForm reports what credmap cannot do, by row and column', () => {
  it.each<Case>(cases)('$name', async ({ survey, choices: ownChoices, expected }) => {
    const result = await readXlsForm(await workbook({ survey, choices: ownChoices ?? choices, settings }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  });

  // Past 32 groups and repeats open at once the form is refused, once; deeper rows are only counted.
  const nested = (depth: number, rows: Cells = []): Cells => [
    ['type', 'name', en, fi],
    ...Array.from({ length: depth }, (_, i) => ['begin_group', `g${i}`, 'G', 'G']),
    ...rows,
  ];
  const ends = (n: number): Cells => Array.from({ length: n }, () => ['end_group', null, null, null]);
  const issuesOf = async (survey: Cells) => {
    const result = await readXlsForm(await workbook({ survey, choices, settings }));
    return result.ok ? [] : result.issues.map((i) => [i.row, i.code, i.detail]);
  };
  const tooDeep = [34, 'xlsform.tooDeep', 'begin_group'];
  const inner = Array.from({ length: 31 }, (_, i) => [i + 3, 'xlsform.unsupportedNesting', 'begin_group']);

  it('refuses groups nested more than 32 deep, and matches the end rows after them', async () => {
    expect(await issuesOf(nested(32, [q('text'), ...ends(32)]))).toEqual(inner);
    const issues = await issuesOf(nested(40, [q('text'), ...ends(41)]));
    expect(issues).toEqual([...inner, tooDeep, [83, 'xlsform.unmatchedEnd', 'end_group']]);
  });

  it('reads thousands of nested groups row by row, reporting the too deep once', async () => {
    const issues = await issuesOf(
      nested(
        3000,
        Array.from({ length: 3000 }, (_, i) => q('text', `q${i}`)),
      ),
    );
    const unclosed = Array.from({ length: 32 }, (_, i) => [33 - i, 'xlsform.unclosedGroup', undefined]);
    expect(issues).toEqual([...inner, tooDeep, ...unclosed]);
  });

  it('collects every issue, not just the first', async () => {
    const survey: Cells = [
      ['type', 'name', en, fi, 'default'],
      [...q('geopoint', 'a'), null],
      [...q('text', 'b'), 'x'],
      [...q('barcode', 'c'), null],
    ];
    const result = await readXlsForm(await workbook({ survey, choices, settings }));
    expect(result.ok ? [] : result.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'xlsform.unsupportedColumn'],
      [2, 'xlsform.unsupportedType'],
      [4, 'xlsform.unsupportedType'],
    ]);
  });
});

describe('readXlsForm on a form without select questions', () => {
  const survey: Cells = [
    ['type', 'name', en, fi],
    ['text', 'q', 'Question', 'Kysymys'],
  ];

  it.each<[string, Cells]>([
    ['blank', []],
    ['a header alone', [['list_name', 'name', en, fi]]],
    ['a header without the columns lists need', [[en]]],
  ])('needs no columns in a choices sheet that is %s', async (_name, ownChoices) => {
    const result = await readXlsForm(await workbook({ survey, choices: ownChoices, settings }));
    expect(result.ok ? result.definition.pages : result.issues).toEqual([
      { id: 'p_q', items: [{ id: 'q', type: 'text', label: { en: 'Question', fi: 'Kysymys' } }] },
    ]);
  });

  it('still needs them once the choices sheet has rows', async () => {
    const result = await readXlsForm(await workbook({ survey, choices: [[en], ['Yes']], settings }));
    expect(result.ok ? [] : result.issues.map((i) => [i.sheet, i.row, i.code, i.column])).toEqual([
      ['choices', 1, 'xlsform.missingColumn', 'list_name'],
      ['choices', 1, 'xlsform.missingColumn', 'name'],
    ]);
  });
});

describe('readXlsForm on malformed files', () => {
  interface Malformed {
    readonly name: string;
    readonly data: () => Promise<Uint8Array | ArrayBuffer>;
    readonly expected: Partial<XlsFormIssue>;
  }
  const malformed: Malformed[] = [
    {
      name: 'not an xlsx',
      data: async () => new TextEncoder().encode('type,name\ntext,q\n'),
      expected: { code: 'xlsform.notXlsx', row: 0 },
    },
    { name: 'empty', data: async () => new ArrayBuffer(0), expected: { code: 'xlsform.notXlsx' } },
    {
      // exceljs would inflate it all and build an object per cell: a few MB of zip can kill the process.
      name: 'a workbook larger unpacked than any questionnaire',
      data: () =>
        workbook({
          survey: [
            ['type', 'name', 'label'],
            ['text', 'q', 'Q'.repeat(MAX_UNPACKED_BYTES)],
          ],
          settings,
        }),
      expected: { sheet: '', row: 0, code: 'xlsform.tooLarge', detail: '32 MB' },
    },
    {
      // One cell in column XFD a row: exceljs walks 16,384 slots to visit each such row.
      name: 'a sheet whose rows span more cells than can be walked in bounded time',
      data: async () => {
        const book = new ExcelJS.Workbook();
        const sheet = book.addWorksheet('survey');
        sheet.addRow(['type', 'name', 'label']);
        for (let n = 2; n <= Math.ceil(MAX_CELL_SLOTS / MAX_COLUMNS) + 2; n++)
          sheet.getCell(`XFD${n}`).value = 'x';
        return new Uint8Array(await book.xlsx.writeBuffer());
      },
      expected: { sheet: '', row: 0, code: 'xlsform.tooLarge' },
    },
    {
      name: 'no survey sheet',
      data: () => workbook({ choices, settings }),
      expected: { sheet: 'survey', row: 0, code: 'xlsform.missingSheet' },
    },
    {
      name: 'no settings sheet',
      data: () =>
        workbook({
          survey: [
            ['type', 'name', 'label'],
            ['text', 'q', 'Q'],
          ],
        }),
      expected: { sheet: 'settings', code: 'xlsform.missingSheet' },
    },
    {
      name: 'no type column',
      data: () =>
        workbook({
          survey: [
            ['name', en, fi],
            ['q', 'Q', 'K'],
          ],
          choices,
          settings,
        }),
      expected: { sheet: 'survey', row: 1, column: 'type', code: 'xlsform.missingColumn' },
    },
    {
      name: 'an empty survey sheet',
      data: () => workbook({ survey: [], choices, settings }),
      expected: { sheet: 'survey', row: 1, column: 'type', code: 'xlsform.missingColumn' },
    },
  ];

  it.each<Malformed>(malformed)('$name gives issues, never throws', async ({ data, expected }) => {
    const result = await readXlsForm(await data());
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(expect.objectContaining(expected));
  });
});
