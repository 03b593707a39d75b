import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importCodeLists, importColumns } from './columns.ts';
import { importMicrocredentials } from './import.ts';
import { templateColumns, templateCsv, templateWorkbook } from './template.ts';

describe('templates', () => {
  it('name every column, text columns once per language', () => {
    const names = templateColumns({ languages: ['en', 'DE'] });
    expect(names.slice(0, 5)).toEqual(['id', 'title:en', 'title:de', 'description:en', 'description:de']);
    expect(names).toHaveLength(importColumns.length + importColumns.filter((c) => c.text).length);
    expect(templateCsv()).toBe(`${templateColumns().join(',')}\r\n`);
  });

  it('CSV: the header row alone is an empty file; with a row filled in, it imports', async () => {
    expect(await importMicrocredentials(templateCsv(), { format: 'csv' })).toMatchObject({
      ok: false,
      problems: [{ code: 'empty' }],
    });
    const header = templateColumns();
    const row = header.map(
      (h) =>
        ({
          'title:en': 'Data literacy',
          'awarding_body:en': 'University of Zed',
          awarding_body_country: 'IE',
        })[h] ?? '',
    );
    const result = await importMicrocredentials(`${templateCsv()}${row.join(',')}\r\n`, { format: 'csv' });
    expect(result).toMatchObject({
      ok: true,
      records: [{ row: 2, record: { title: { en: 'Data literacy' } } }],
    });
  });

  it('XLSX: a header sheet formatted as text and a sheet of codes; filled in, it imports', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await templateWorkbook({ languages: ['en', 'fi'] })) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['microcredentials', 'codes']);
    const [sheet, codes] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header).toEqual(templateColumns({ languages: ['en', 'fi'] }));

    const codeColumns = (codes.getRow(1).values as string[]).slice(1);
    expect(codeColumns).toContain('participation');
    const listed = (name: string) => {
      const column = codes.getColumn(codeColumns.indexOf(name) + 1);
      return (column.values as (string | null)[]).slice(2).filter((v): v is string => typeof v === 'string');
    };
    for (const [name, values] of Object.entries(importCodeLists)) expect(listed(name)).toEqual(values);
    expect(listed('isced_f (ISCED-F 2013)')).toContain('Information and Communication Technologies (ICTs)');

    const at = (name: string) => header.indexOf(name) + 1;
    const row = sheet.getRow(2);
    row.getCell(at('title:fi')).value = 'Datalukutaito';
    row.getCell(at('awarding_body:fi')).value = 'Zedin yliopisto';
    row.getCell(at('issuer_countries')).value = 'FI';
    row.getCell(at('isced_f')).value = '0688';
    row.commit();
    const filled = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await importMicrocredentials(filled, { format: 'xlsx' })).toMatchObject({
      ok: true,
      records: [
        { row: 2, record: { title: { fi: 'Datalukutaito' }, issuerCountries: ['FI'], iscedF: ['0688'] } },
      ],
    });
  });
});
