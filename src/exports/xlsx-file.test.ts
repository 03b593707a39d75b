import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportColumn } from './columns.ts';
import type { Value } from './dataset.ts';
import { memoryDataset } from './test-support.ts';
import { cellText, sheetName, writeXlsxFile } from './xlsx-file.ts';

const columns: ExportColumn[] = [
  { name: 'respondent', label: 'Respondent', kind: 'id' },
  { name: 'completed', label: 'Day completed (UTC)', kind: 'date' },
  {
    name: 'role',
    label: 'Kaj od naštetega vas najbolje opisuje?',
    kind: 'code',
    codes: [
      { code: 'student', label: 'Študent' },
      { code: 'teacher', label: 'Nauczyciel z Łodzi' },
    ],
    source: { questionId: 'role', item: 0, part: '' },
  },
  { name: 'age', label: 'Age', kind: 'number', source: { questionId: 'age', item: 0, part: '' } },
  { name: 'comments', label: 'Comments', kind: 'text', width: 400 },
];
const texts = [
  '=1+1',
  '@SUM(A1)',
  '-2+3',
  'Zażółć gęślą jaźń, "ščž"\nnova vrstica',
  'bell\u0007 and _x0041_',
];
const rows: Value[][] = [
  [1, '2026-11-23', 'student', 34.5, texts[0]!],
  [2, -8, -8, -9, texts[1]!],
  [3, '2024-02-29', null, null, texts[2]!],
  [4, '2026-01-03', 'teacher', 0, texts[3]!],
  [5, '2026-01-04', -9, 71, texts[4]!],
];
// Several batches, as the store yields them.
const dataset = (name: string, rowsOf: Value[][], cols = columns) =>
  memoryDataset(cols, rowsOf, { name, batch: 2 });

/** A cell's value as text or number, whether exceljs read it as rich text, a string or a number. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('');
  return value;
}

/**
 * An independent reading of the workbook: Python's zipfile and ElementTree (python3 is on every
 * machine the project runs on), which know nothing of exceljs. Prints, per sheet in workbook order, its name and each cell's type, value, inline text
 * and whether it has a formula.
 */
const pythonReader = `
import json, sys, zipfile, xml.etree.ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
wb = ET.fromstring(z.read('xl/workbook.xml'))
rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
targets = {r.get('Id'): r.get('Target') for r in rels}
out = []
for s in wb.iter(M + 'sheet'):
    target = targets[s.get(R + 'id')].lstrip('/')
    path = target if target.startswith('xl/') else 'xl/' + target
    root = ET.fromstring(z.read(path))
    pane = root.find(M + 'sheetViews/' + M + 'sheetView/' + M + 'pane')
    cells = []
    for row in root.iter(M + 'row'):
        line = []
        for c in row.iter(M + 'c'):
            v = c.find(M + 'v')
            t = c.find(M + 'is')
            line.append({
                'r': c.get('r'), 't': c.get('t'), 'f': c.find(M + 'f') is not None,
                'v': None if v is None else v.text,
                'is': None if t is None else ''.join(x.text or '' for x in t.iter(M + 't')),
            })
        cells.append(line)
    out.append({'name': s.get('name'), 'frozen': None if pane is None else pane.get('state'), 'rows': cells})
print(json.dumps(out))
`;

interface PyCell {
  r: string;
  t: string | null;
  f: boolean;
  v: string | null;
  is: string | null;
}
const readWithPython = (path: string): { name: string; frozen: string | null; rows: PyCell[][] }[] =>
  JSON.parse(execFileSync('python3', ['-c', pythonReader, path], { encoding: 'utf8' }));

describe('the XLSX export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back in exceljs with sheets, codes, numbers, dates, texts and a codebook', async () => {
    const path = join(dir, 'export.xlsx');
    await writeXlsxFile([dataset('data', rows), dataset('mc', rows.slice(0, 1))], path, [
      'demo: research export',
      'Labels in sl.',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['data', 'mc', 'Codebook', 'About']);

    const data = workbook.getWorksheet('data')!;
    expect(data.rowCount).toBe(6);
    expect((data.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(plain)).toEqual(
      columns.map((c) => c.name),
    );
    expect(data.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(data.getCell('B3').numFmt).toBeUndefined();
    const read = [2, 3, 4, 5, 6].map((r) =>
      (data.getRow(r).values as ExcelJS.CellValue[]).slice(1, columns.length + 1).map(plain),
    );
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(read).toEqual([
      [1, day('2026-11-23'), 'student', 34.5, '=1+1'],
      // A date's missing code is a number, without the date format.
      [2, -8, -8, -9, '@SUM(A1)'],
      [3, day('2024-02-29'), undefined, undefined, '-2+3'],
      [4, day('2026-01-03'), 'teacher', 0, texts[3]],
      // exceljs decodes _xHHHH_: the bell and the literal "_x0041_" come back as they were.
      [5, day('2026-01-04'), -9, 71, texts[4]],
    ]);
    // Strings stay strings, never formulas.
    expect(data.getCell('E2').type).not.toBe(ExcelJS.ValueType.Formula);
    expect(data.getCell('E2').formula).toBeUndefined();

    const codebook = workbook.getWorksheet('Codebook')!;
    const book = codebook
      .getSheetValues()
      .slice(1)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1, 8).map(plain));
    expect(book[0]).toEqual(['file', 'column', 'label', 'kind', 'code', 'code label', 'missing codes']);
    expect(book).toContainEqual([
      'data',
      'role',
      'Kaj od naštetega vas najbolje opisuje?',
      'code',
      undefined,
      undefined,
      '-8 = dont_know; -9 = prefer_not_to_say',
    ]);
    expect(book).toContainEqual(['data', 'role', undefined, undefined, 'teacher', 'Nauczyciel z Łodzi']);
    expect(book).toContainEqual([
      'mc',
      'comments',
      'Comments',
      'text',
      undefined,
      undefined,
      '-8 = dont_know; -9 = prefer_not_to_say',
    ]);
    expect(book).toContainEqual(['mc', 'respondent', 'Respondent', 'id']);
    expect(book.filter((r) => r[0] === 'mc')).toHaveLength(columns.length + 2);

    const about = workbook
      .getWorksheet('About')!
      .getSheetValues()
      .slice(1)
      .map((r) => plain((r as ExcelJS.CellValue[] | undefined)?.[1] ?? null));
    expect(about[0]).toBe('demo: research export');
    expect(about[1]).toBe('Labels in sl.');
    expect(about).toContain('Sheet data: 5 rows, one per respondent, 5 columns.');
  });

  it('holds strings as inline strings without formulas, numbers as numbers, for a reader that is not exceljs', async () => {
    const path = join(dir, 'independent.xlsx');
    await writeXlsxFile([dataset('data', rows)], path, ['about']);
    const sheets = readWithPython(path);
    expect(sheets.map((s) => s.name)).toEqual(['data', 'Codebook', 'About']);
    expect(sheets[0]!.frozen).toBe('frozen');
    const cells = sheets.flatMap((s) => s.rows.flat());
    expect(cells.filter((c) => c.f)).toEqual([]);
    const at = (ref: string) => sheets[0]!.rows.flat().find((c) => c.r === ref)!;
    expect(at('A1')).toMatchObject({ t: 'inlineStr', is: 'respondent' });
    for (const [i, text] of texts.slice(0, 4).entries())
      expect(at(`E${i + 2}`), text).toMatchObject({ t: 'inlineStr', is: text, f: false });
    // Raw, as the file holds them: a character XML forbids is escaped, and so is a literal "_x".
    expect(at('E6').is).toBe('bell_x0007_ and _x005F_x0041_');
    // Numbers are numeric cells (no type attribute); missing codes too; a code is a string.
    expect(at('D2')).toMatchObject({ t: null, v: '34.5' });
    expect(at('C3')).toMatchObject({ t: null, v: '-8' });
    expect(at('C2')).toMatchObject({ t: 'inlineStr', is: 'student' });
    // A day is a date serial: 2026-11-23 is day 46349 counted from 1899-12-30.
    expect(at('B2')).toMatchObject({ t: null, v: '46349' });
    // Not asked: no cell.
    expect(sheets[0]!.rows[3]!.map((c) => c.r)).toEqual(['A4', 'B4', 'E4']);
  });

  it('continues a dataset longer than a sheet on further sheets and says so in About', async () => {
    const path = join(dir, 'long.xlsx');
    await writeXlsxFile([dataset('data', rows)], path, [], { rowsPerSheet: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'data',
      'data (2)',
      'data (3)',
      'Codebook',
      'About',
    ]);
    const respondents = ['data', 'data (2)', 'data (3)'].flatMap((name) => {
      const sheet = workbook.getWorksheet(name)!;
      expect(plain(sheet.getCell('A1').value)).toBe('respondent');
      return sheet
        .getColumn(1)
        .values.slice(2)
        .map((v) => plain(v ?? null));
    });
    expect(respondents).toEqual([1, 2, 3, 4, 5]);
    const about = workbook
      .getWorksheet('About')!
      .getColumn(1)
      .values.map((v) => plain(v ?? null));
    expect(about.join('\n')).toContain('continued in order on sheets data, data (2), data (3)');
  });

  it('refuses a dataset with more columns than a worksheet holds', async () => {
    const wide = Array.from(
      { length: 16_385 },
      (_, i): ExportColumn => ({
        name: `v${i}`,
        label: `v${i}`,
        kind: 'number',
      }),
    );
    await expect(writeXlsxFile([dataset('data', [], wide)], join(dir, 'wide.xlsx'), [])).rejects.toThrow(
      /16385 columns, more than the 16384/,
    );
  });
});

describe('sheet names and cell texts', () => {
  it('makes names Excel accepts: short, without forbidden characters, unique regardless of case', () => {
    const used = new Set(['codebook', 'about']);
    expect(sheetName('data', 1, used)).toBe('data');
    expect(sheetName('data', 2, used)).toBe('data (2)');
    expect(sheetName('DATA', 1, used)).toBe('DATA (3)');
    expect(sheetName('About', 1, used)).toBe('About (2)');
    expect(sheetName('history', 1, used)).toBe('history (2)');
    expect(sheetName("'a/b:c*d?[e]'", 1, used)).toBe('a_b_c_d__e_');
    const long = sheetName('a_very_long_repeat_group_identifier', 12, used);
    expect(long).toBe('a_very_long_repeat_group_i (12)');
    expect(long.length).toBeLessThanOrEqual(31);
  });

  it('escapes what XML cannot hold and a literal escape, and cuts at 32,767 characters', () => {
    expect(cellText('plain, "quoted" ščž')).toBe('plain, "quoted" ščž');
    expect(cellText('a\u0000b\u001fc\ttab\nline')).toBe('a_x0000_b_x001F_c\ttab\nline');
    expect(cellText('_x0041_ and _x00e9_')).toBe('_x005F_x0041_ and _x005F_x00e9_');
    expect(cellText('lone \ud800 surrogate 😀')).toBe('lone \ufffd surrogate 😀');
    expect(cellText('x'.repeat(40_000))).toHaveLength(32_767);
  });
});
