import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, MAX_UNPACKED_BYTES, readCsvTable } from '../../spreadsheet/index.ts';
import { isStorableText } from '../../store/index.ts';
import { type MicrocredentialDraft, microcredentialDraftSchema } from '../model/index.ts';
import { checkRecord, type ImportOptions, type ImportResult, importMicrocredentials } from './import.ts';
import { type ImportProblem, type ImportProblemCode, importProblemCodes } from './problems.ts';

const SKILL = 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a';

type Row = Readonly<Record<string, string>>;

/** Two microcredentials using most columns, with commas, quotes and line breaks inside cells. */
const rows: readonly Row[] = [
  {
    id: 'zed-dl-1',
    'title:en': 'Data literacy',
    'title:de': 'Datenkompetenz',
    'description:en': 'Reading, cleaning and "telling" data; online',
    'awarding_body:en': 'University of Zed\nZed Institute of Technology',
    awarding_body_country: 'ie\nIE',
    awarding_body_homepage: 'https://zed.ie\nhttps://zit.ie',
    'learning_outcomes:en': 'Read a chart\nClean a data set',
    'learning_outcomes:de': 'Ein Diagramm lesen\nEinen Datensatz bereinigen',
    'esco_skills:en': `${SKILL} develop digital content`,
    'esco_skills:de': `${SKILL} | digitale Inhalte entwickeln`,
    ects: '2,5',
    hours: '60',
    eqf: '6',
    cycle: 'first cycle',
    assessment: 'test; project',
    participation: 'Online',
    delivery: 'self-paced',
    quality_assurance: 'internal;provider_accredited',
    'qa_bodies:en': 'Quality and Qualifications Ireland',
    qa_url: 'https://qqi.ie',
    prerequisites: 'none',
    supervision: 'supervised_online_id',
    grade_scheme: 'pass_fail',
    stackability: 'stackable',
    'part_of:en': 'MSc Data Science https://zed.ie/msc',
    'further_information:en': 'Runs twice a year.',
    isced_f: '0688, 061',
    languages: 'en;DE',
    provider_type: 'higher_education',
    duration: '1m_3m',
    url: 'https://zed.ie/dl',
  },
  {
    'title:en': 'Welding basics',
    'awarding_body:en': 'Zed VET College',
    issuer_countries: 'SI',
    'learning_outcomes:en': 'Weld two steel plates, with a fillet weld',
    hours: '40',
    eqf: 'none',
    assessment: 'practical',
    participation: 'onsite',
  },
];

const expected: readonly MicrocredentialDraft[] = [
  {
    id: 'zed-dl-1',
    title: { en: 'Data literacy', de: 'Datenkompetenz' },
    description: { en: 'Reading, cleaning and "telling" data; online' },
    awardingBodies: [
      { name: { en: 'University of Zed' }, country: 'IE', homepage: 'https://zed.ie' },
      { name: { en: 'Zed Institute of Technology' }, country: 'IE', homepage: 'https://zit.ie' },
    ],
    issuerCountries: ['IE'],
    learningOutcomes: [
      { text: { en: 'Read a chart', de: 'Ein Diagramm lesen' } },
      { text: { en: 'Clean a data set', de: 'Einen Datensatz bereinigen' } },
      {
        text: { en: 'develop digital content', de: 'digitale Inhalte entwickeln' },
        escoSkills: [
          { uri: SKILL, label: { en: 'develop digital content', de: 'digitale Inhalte entwickeln' } },
        ],
      },
    ],
    workload: { ects: 2.5, hours: 60 },
    level: { eqf: '6', cycle: 'first_cycle' },
    assessment: { types: ['test', 'project'] },
    participation: { form: 'online', delivery: 'self_paced' },
    qualityAssurance: {
      types: ['internal', 'provider_accredited'],
      bodies: [{ en: 'Quality and Qualifications Ireland' }],
      url: 'https://qqi.ie',
    },
    prerequisites: { types: ['none'] },
    supervision: 'supervised_online_id',
    grade: { scheme: 'pass_fail' },
    stackability: {
      option: 'stackable',
      partOf: [{ title: { en: 'MSc Data Science' }, url: 'https://zed.ie/msc' }],
    },
    furtherInformation: { text: { en: 'Runs twice a year.' } },
    iscedF: ['0688', '061'],
    languagesOfInstruction: ['en', 'de'],
    providerType: 'higher_education',
    duration: '1m_3m',
    links: [{ rel: 'homepage', url: 'https://zed.ie/dl' }],
  },
  {
    title: { en: 'Welding basics' },
    awardingBodies: [{ name: { en: 'Zed VET College' } }],
    issuerCountries: ['SI'],
    learningOutcomes: [{ text: { en: 'Weld two steel plates, with a fillet weld' } }],
    workload: { hours: 40 },
    level: { eqf: 'none' },
    assessment: { types: ['practical'] },
    participation: { form: 'onsite' },
  },
];

/** A CSV of rows: the header is every key in order of appearance; fields are quoted when they need it. */
function csv(data: readonly Row[], { delimiter = ',', bom = false, eol = '\r\n' } = {}): string {
  const header = [...new Set(data.flatMap((r) => Object.keys(r)))];
  const field = (v: string) =>
    v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""').replace(/\n/g, eol)}"` : v;
  const lines = [header, ...data.map((r) => header.map((h) => r[h] ?? ''))].map((l) =>
    l.map(field).join(delimiter),
  );
  return `${bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}

/** An XLSX workbook with the rows on sheet `microcredentials`, after a sheet of notes. */
async function xlsx(
  data: readonly Row[],
  cell: (header: string, value: string) => ExcelJS.CellValue = (_h, v) => v,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes').addRow(['Filled in by the registrar']);
  const sheet = book.addWorksheet('microcredentials');
  const header = [...new Set(data.flatMap((r) => Object.keys(r)))];
  sheet.addRow(header);
  for (const r of data)
    sheet.addRow(header.map((h) => (r[h] === undefined ? null : cell(h, r[h] as string))));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function records(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.records;
}

const good = {
  'title:en': 'Data literacy',
  'awarding_body:en': 'University of Zed',
  awarding_body_country: 'IE',
} as const;

describe('spreadsheets with one microcredential per row', () => {
  it.each([
    ['CSV, comma, CRLF', csv(rows)],
    ['CSV, semicolon, BOM', csv(rows, { delimiter: ';', bom: true })],
    ['CSV, semicolon, LF, as bytes', new TextEncoder().encode(csv(rows, { delimiter: ';', eol: '\n' }))],
  ])('reads %s', async (_name, input) => {
    const read = records(await importMicrocredentials(input, { format: 'csv' }));
    expect(read.map((r) => r.row)).toEqual([2, 3]);
    expect(read.map((r) => r.record)).toEqual(expected);
    expect(read.every((r) => r.from === 'row' && r.unmapped.length === 0)).toBe(true);
  });

  it('keeps line breaks and quotes inside quoted cells (RFC 4180)', () => {
    const { header, rows: parsed } = readCsvTable('a;b\r\n"x;""y""\r\nz";w\r\n', 10, MAX_COLUMNS);
    expect(header).toEqual(['a', 'b']);
    expect(parsed).toEqual([{ row: 2, cells: ['x;"y"\nz', 'w'] }]);
  });

  it('reads an XLSX workbook made with exceljs, from the sheet named microcredentials', async () => {
    const bytes = await xlsx(rows, (header, value) => {
      // As a spreadsheet program types them: numbers, a formula with its saved result, rich text, a link.
      if (header === 'hours') return Number(value);
      if (header === 'eqf' && value !== 'none') return Number(value);
      if (header === 'ects') return { formula: '5/2', result: 2.5 } as ExcelJS.CellFormulaValue;
      if (header === 'title:en')
        return { richText: [{ text: value.slice(0, 4) }, { font: { bold: true }, text: value.slice(4) }] };
      if (header === 'url') return { text: value, hyperlink: value };
      return value;
    });
    const read = records(await importMicrocredentials(bytes, { format: 'xlsx' }));
    expect(read.map((r) => r.record)).toEqual(expected);
  });

  it('reads the first sheet a person sees when none is named microcredentials, past a hidden one', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('lists', { state: 'hidden' }).addRows([['title:en'], ['Not a microcredential']]);
    book.addWorksheet('Sheet1').addRows([Object.keys(good), Object.values(good)]);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const read = records(await importMicrocredentials(bytes, { format: 'xlsx' }));
    expect(read.map((r) => r.record.title)).toEqual([{ en: 'Data literacy' }]);
  });

  it('restores the leading zeros a spreadsheet drops from ISCED-F codes when only one code fits', async () => {
    const bytes = await xlsx([{ ...good, isced_f: '688' }], (h, v) => (h === 'isced_f' ? Number(v) : v));
    expect(records(await importMicrocredentials(bytes, { format: 'xlsx' }))[0]?.record.iscedF).toEqual([
      '0688',
    ]);
  });

  it('keeps a CSV cell that looks like a formula as text: nothing is evaluated', async () => {
    const read = records(
      await importMicrocredentials(csv([{ ...good, 'title:en': '=1+1' }]), { format: 'csv' }),
    );
    expect(read[0]?.record.title).toEqual({ en: '=1+1' });
  });

  it('reads headings without a language in the language given, and a default issuer country', async () => {
    const input = csv([{ title: 'Datenkompetenz', awarding_body: 'Hochschule Zed' }]);
    const read = records(
      await importMicrocredentials(input, { format: 'csv', language: 'de', defaultIssuerCountries: ['at'] }),
    );
    expect(read[0]?.record).toEqual({
      title: { de: 'Datenkompetenz' },
      awardingBodies: [{ name: { de: 'Hochschule Zed' } }],
      issuerCountries: ['AT'],
    });
  });

  it('is all or nothing: one bad row, and no record comes back', async () => {
    const result = await importMicrocredentials(csv([...rows, { ...good, ects: 'lots' }]), { format: 'csv' });
    expect(result).toEqual({
      ok: false,
      format: 'csv',
      problems: [{ row: 4, column: 'ects', code: 'badNumber', params: { value: 'lots' } }],
      moreProblems: 0,
    });
    expect('records' in result).toBe(false);
  });

  it('lists the first 200 problems and counts the others', async () => {
    const bad = Array.from({ length: 250 }, () => ({ ...good, ects: 'x', hours: 'y' }));
    const result = await importMicrocredentials(csv(bad), { format: 'csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(200);
    expect(result.moreProblems).toBe(300);
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'ects' });
    expect(result.problems[199]).toMatchObject({ row: 101, column: 'hours' });
  });
});

describe('spreadsheets at the limits', () => {
  const header = 'title:en,awarding_body:en,issuer_countries';

  it.each(['\n', '\r\n', ',,\r\n'])('finds no microcredential in a header and 10 MB of %j', async (blank) => {
    // The parser once made an array per blank line before leaving them out: 15 s and 2.7 GB of heap.
    const input = `${header}\n${blank.repeat(10_000_000 / blank.length)}`;
    expect(await importMicrocredentials(input, { format: 'csv' })).toEqual({
      ok: false,
      format: 'csv',
      problems: [{ code: 'empty' }],
      moreProblems: 0,
    });
  });

  it('reads no further than the first row over the limit', async () => {
    // Were the rest read, its record of too many fields would be the problem reported.
    const input = `${csv([good, good, good])}${','.repeat(MAX_COLUMNS)}\r\n`;
    const result = await importMicrocredentials(input, { format: 'csv', maxRows: 2 });
    expect(result.ok || result.problems).toEqual([{ code: 'tooManyRows', params: { max: 2 } }]);
  });

  it('refuses a header of millions of columns at the first past the most a spreadsheet has', async () => {
    const input = `${header},${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\nT,B,IE\n`;
    const result = await importMicrocredentials(input, { format: 'csv' });
    expect(result.ok || result.problems).toEqual([
      { row: 1, code: 'tooManyColumns', params: { max: MAX_COLUMNS } },
    ]);
  });

  it('finds values under blank headings in one pass over the rows', async () => {
    // A blank heading once searched every row: quadratic in columns times rows.
    const blanks = MAX_COLUMNS - 3;
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i === 4998
        ? `T,B,IE,x${','.repeat(blanks - 1)}`
        : i === 4999
          ? `T,B,IE${','.repeat(blanks)}y`
          : 'T,B,IE',
    );
    const result = await importMicrocredentials(`${header}${','.repeat(blanks)}\n${rows.join('\n')}`, {
      format: 'csv',
    });
    expect(result.ok || result.problems).toEqual([
      { row: 5000, code: 'unnamedColumn', params: { position: 4 } },
      { row: 5001, code: 'unnamedColumn', params: { position: MAX_COLUMNS } },
    ]);
  });

  it('counts millions of problems without holding them, and without throwing', async () => {
    // Every line of these cells is a bad ESCO skill: 676 columns of 4999 lines, 6.8 MB. Spreading
    // the row's problems into one array once overflowed the stack.
    const languages = [...'abcdefghijklmnopqrstuvwxyz'].flatMap((a) =>
      [...'abcdefghijklmnopqrstuvwxyz'].map((b) => a + b),
    );
    const skills = `"${'x\n'.repeat(4999)}"`;
    const input = `${header},${languages.map((l) => `esco_skills:${l}`).join(',')}\nT,B,IE,${languages.map(() => skills).join(',')}\n`;
    const result = await importMicrocredentials(input, { format: 'csv' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(200);
    expect(result.problems[0]).toEqual({
      row: 2,
      column: 'esco_skills:aa',
      code: 'badEscoSkill',
      params: { value: 'x' },
    });
    expect(result.problems.length + result.moreProblems).toBe(676 * 4999);
  });
});

// --- Every problem code ----------------------------------------------------------------------------

interface Case {
  readonly input: string | Uint8Array | (() => Promise<Uint8Array>);
  readonly options?: Omit<ImportOptions, 'format'>;
  readonly format?: ImportOptions['format'];
  readonly problem: ImportProblem;
}

const one = (extra: Row) => csv([{ ...good, ...extra }]);

const cases: Readonly<Record<string, Case>> = {
  'a file that is not UTF-8': {
    input: new Uint8Array([0x74, 0x69, 0xff, 0xfe]),
    problem: { code: 'unreadable', params: { format: 'CSV (UTF-8)' } },
  },
  'bytes that are no workbook': {
    input: new TextEncoder().encode(one({})),
    format: 'xlsx',
    problem: { code: 'unreadable', params: { format: 'XLSX' } },
  },
  'a file over 10 MB': {
    input: 'x'.repeat(10 * 1024 * 1024 + 1),
    problem: { code: 'tooLarge', params: { max: '10 MB' } },
  },
  'a workbook over 32 MB unpacked': {
    input: () => xlsx([{ ...good, 'description:en': 'x'.repeat(MAX_UNPACKED_BYTES) }]),
    format: 'xlsx',
    problem: { code: 'tooLargeUnpacked', params: { max: '32 MB' } },
  },
  'more columns than a spreadsheet has': {
    input: `${one({})}${','.repeat(MAX_COLUMNS)}\r\n`,
    problem: { row: 3, code: 'tooManyColumns', params: { max: MAX_COLUMNS } },
  },
  'a header and nothing else': {
    input: 'title:en,awarding_body:en\r\n,\r\n \r\n',
    problem: { code: 'empty' },
  },
  'more rows than allowed': {
    input: csv([good, good, good]),
    options: { maxRows: 2 },
    problem: { code: 'tooManyRows', params: { max: 2 } },
  },
  'a quotation mark never closed': {
    input: `${one({})}"Welding,Zed,SI\r\n`,
    problem: { row: 3, code: 'unclosedQuote' },
  },
  'broken JSON': { input: '{"type": ', format: 'json', problem: { code: 'badJson' } },
  'JSON of another kind': {
    input: '[{"type": "Person"}]',
    format: 'json',
    problem: { entry: 1, code: 'unknownJson' },
  },
  'a formula without a saved result': {
    input: () =>
      xlsx([{ ...good, ects: '1' }], (h, v) => (h === 'ects' ? ({ formula: 'A1*2' } as never) : v)),
    format: 'xlsx',
    problem: { row: 2, column: 'ects', code: 'noFormulaValue' },
  },
  'an unknown column': {
    input: one({ colour: 'blue' }),
    problem: { row: 1, column: 'colour', code: 'unknownColumn' },
  },
  'a language on a column without language': {
    input: one({ 'ects:en': '2' }),
    problem: { row: 1, column: 'ects:en', code: 'unknownColumn' },
  },
  'a column twice': {
    input: 'title:en,awarding_body:en,Title:EN,issuer_countries\r\nA,B,C,IE\r\n',
    problem: { row: 1, column: 'title:en', code: 'duplicateColumn' },
  },
  'values under no heading': {
    input: 'title:en,awarding_body:en,issuer_countries,\r\nA,B,IE,stray\r\n',
    problem: { row: 2, code: 'unnamedColumn', params: { position: 4 } },
  },
  'a language that is no code': {
    input: one({ 'title:english': 'Data' }),
    problem: { row: 1, column: 'title:english', code: 'badLanguage', params: { value: 'english' } },
  },
  'a language of instruction that is no code': {
    input: one({ languages: 'en; eng' }),
    problem: { row: 2, column: 'languages', code: 'badLanguage', params: { value: 'eng' } },
  },
  'a text column without language': {
    input: one({ description: 'About data' }),
    problem: { row: 1, column: 'description', code: 'missingLanguage' },
  },
  'no title': { input: one({ 'title:en': '' }), problem: { row: 2, column: 'title', code: 'missingTitle' } },
  'no awarding body': {
    input: one({ 'awarding_body:en': '', awarding_body_country: '', issuer_countries: 'IE' }),
    problem: { row: 2, column: 'awarding_body', code: 'missingAwardingBody' },
  },
  'no country at all': {
    input: one({ awarding_body_country: '' }),
    problem: { row: 2, column: 'issuer_countries', code: 'missingIssuerCountry' },
  },
  'a code not in the list': {
    input: one({ participation: 'distance' }),
    problem: { row: 2, column: 'participation', code: 'badCode', params: { value: 'distance' } },
  },
  'a long code, quoted in part, never inside a character': {
    // 78 letters and an emoji across the cut: the quote keeps 79 characters, then "…".
    input: one({ participation: `${'x'.repeat(78)}😀😀 and more` }),
    problem: {
      row: 2,
      column: 'participation',
      code: 'badCode',
      params: { value: `${'x'.repeat(78)}😀…` },
    },
  },
  '"none" with other codes': {
    input: one({ assessment: 'none;test' }),
    problem: { row: 2, column: 'assessment', code: 'noneNotAlone', params: { value: 'none' } },
  },
  'words for a number': {
    input: one({ hours: 'forty' }),
    problem: { row: 2, column: 'hours', code: 'badNumber', params: { value: 'forty' } },
  },
  'ECTS over 60': {
    input: one({ ects: '61' }),
    problem: { row: 2, column: 'ects', code: 'outOfRange', params: { value: '61', max: 60 } },
  },
  'a country that is no ISO code': {
    input: one({ issuer_countries: 'UK' }),
    problem: { row: 2, column: 'issuer_countries', code: 'badCountry', params: { value: 'UK' } },
  },
  'a web address without scheme': {
    input: one({ url: 'www.zed.ie' }),
    problem: { row: 2, column: 'url', code: 'badUrl', params: { value: 'www.zed.ie' } },
  },
  'an id with a space': {
    input: one({ id: 'zed 1' }),
    problem: { row: 2, column: 'id', code: 'badId', params: { value: 'zed 1' } },
  },
  'a skill that is not ESCO': {
    input: one({ 'esco_skills:en': 'https://example.org/skill/1 teamwork' }),
    problem: {
      row: 2,
      column: 'esco_skills:en',
      code: 'badEscoSkill',
      params: { value: 'https://example.org/skill/1' },
    },
  },
  'an ESCO URI without its label': {
    input: one({ 'esco_skills:en': SKILL }),
    problem: { row: 2, column: 'esco_skills:en', code: 'missingEscoLabel', params: { value: SKILL } },
  },
  'a cell over the length limit': {
    input: one({ 'description:en': 'x'.repeat(21) }),
    options: { maxCellLength: 20 },
    problem: { row: 2, column: 'description:en', code: 'tooLong', params: { max: 20 } },
  },
  'six ISCED-F fields': {
    input: one({ isced_f: '01;02;03;04;05;06' }),
    problem: { row: 2, column: 'isced_f', code: 'tooMany', params: { max: 5 } },
  },
  'outcomes in two languages, not line for line': {
    input: one({ 'learning_outcomes:en': 'Read\nWrite', 'learning_outcomes:de': 'Lesen' }),
    problem: {
      row: 2,
      column: 'learning_outcomes:de',
      code: 'lineCountMismatch',
      params: { expected: 2, found: 1 },
    },
  },
  'two countries for three bodies': {
    input: one({ 'awarding_body:en': 'A\nB\nC', awarding_body_country: 'IE;DE' }),
    problem: {
      row: 2,
      column: 'awarding_body_country',
      code: 'lineCountMismatch',
      params: { expected: 3, found: 2 },
    },
  },
  'a delivery without a form of participation': {
    input: one({ delivery: 'scheduled' }),
    problem: { row: 2, column: 'delivery', code: 'needsColumn', params: { needs: 'participation' } },
  },
  'a QA address and nothing else about QA': {
    input: one({ qa_url: 'https://qqi.ie' }),
    problem: { row: 2, column: 'qa_url', code: 'needsColumn', params: { needs: 'quality_assurance' } },
  },
  'a NUL in a CSV text': {
    input: one({ 'description:en': 'Reading\u0000data' }),
    problem: { row: 2, code: 'unstorable', params: { path: 'description.en' } },
  },
  'a NUL written as _x0000_ in a workbook (exceljs reads it as one)': {
    input: () => xlsx([good, { ...good, 'learning_outcomes:en': 'Read a chart\nClean_x0000_ data' }]),
    format: 'xlsx',
    problem: { row: 3, code: 'unstorable', params: { path: 'learningOutcomes.1.text.en' } },
  },
  'the same id twice': {
    input: csv([
      { ...good, id: 'zed-1' },
      { ...good, id: 'zed-1' },
    ]),
    problem: { row: 3, column: 'id', code: 'duplicateId', params: { value: 'zed-1', firstRow: 2 } },
  },
};

const seen = new Set<ImportProblemCode>();

describe('problems, each with its row and column', () => {
  it.each(Object.entries(cases))('%s', async (_name, c) => {
    const input = typeof c.input === 'function' ? await c.input() : c.input;
    const result = await importMicrocredentials(input, { format: c.format ?? 'csv', ...c.options });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(c.problem);
    seen.add(c.problem.code);
  });

  it('reports a draft the model refuses as invalid, with its path (a guard the file checks never reach)', () => {
    const result = checkRecord({ ...expected[1], workload: { ects: 99 } }, { row: 7 });
    expect(result).toEqual({
      ok: false,
      problems: [{ row: 7, code: 'invalid', params: { path: 'workload.ects' } }],
    });
    seen.add('invalid');
  });

  it('has triggered every problem code', () => {
    expect([...seen].sort()).toEqual([...importProblemCodes].sort());
  });
});

// --- Never throws, never returns a record the model refuses ------------------------------------------

const plausibleCell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'IE',
    'xx',
    '6',
    'none',
    'test;none',
    '2,5',
    '-1',
    SKILL,
    `${SKILL} skill`,
    'https://a.b',
    '"',
    'a\u0000b',
    '_x0000_',
    'half \ud800',
  ),
);
const header = fc.uniqueArray(
  fc.constantFrom(
    'id',
    'title:en',
    'title:de',
    'awarding_body:en',
    'awarding_body_country',
    'issuer_countries',
    'learning_outcomes:en',
    'esco_skills:en',
    'ects',
    'hours',
    'eqf',
    'assessment',
    'participation',
    'delivery',
    'part_of:en',
    'isced_f',
    'url',
    'colour',
  ),
  { minLength: 1, maxLength: 10 },
);

/** Every string and key of a value, however deep. */
const textsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) => [key, ...textsOf(child)])
      : [];

/** Every record parses as a draft and holds only text the database can store. */
function allValid(result: ImportResult) {
  if (!result.ok) return;
  for (const { record } of result.records) {
    expect(microcredentialDraftSchema.safeParse(record).success).toBe(true);
    expect(textsOf(record).filter((t) => !isStorableText(t))).toEqual([]);
  }
}

describe('any input', () => {
  it.each(['csv', 'xlsx', 'json'] as const)(
    'never throws and never returns a bad record: random bytes as %s',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          allValid(await importMicrocredentials(bytes, { format }));
        }),
        { numRuns: 150 },
      );
    },
  );

  it.each(['csv', 'json'] as const)(
    'never throws and never returns a bad record: random text as %s',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
          allValid(await importMicrocredentials(text, { format }));
        }),
        { numRuns: 200 },
      );
    },
  );

  it('never throws and never returns a bad record: spreadsheets of plausible cells', async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(plausibleCell, { maxLength: 10 }), { maxLength: 5 }),
        fc.constantFrom(',', ';'),
        async (names, cells, delimiter) => {
          const data = cells.map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
          allValid(await importMicrocredentials(csv(data, { delimiter }), { format: 'csv' }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
