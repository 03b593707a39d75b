/**
 * Empty templates for providers: the header row of every column (text columns once per language),
 * and in the workbook a second sheet listing the allowed codes.
 */
import ExcelJS from 'exceljs';
import { iscedF } from '../model/index.ts';
import { importCodeLists, importColumns } from './columns.ts';
import { SHEET_NAME } from './table.ts';

export interface TemplateOptions {
  /** The languages of the text columns (ISO 639-1), in order; default `['en']`. */
  readonly languages?: readonly string[];
}

export const CODES_SHEET_NAME = 'codes';

/** The headings of a template: every column, a text column once per language (`title:en`, `title:de`). */
export function templateColumns(options: TemplateOptions = {}): string[] {
  const languages = [...new Set((options.languages ?? ['en']).map((l) => l.toLowerCase()))].filter((l) =>
    /^[a-z]{2}$/.test(l),
  );
  const langs = languages.length > 0 ? languages : ['en'];
  return importColumns.flatMap((c) => (c.text ? langs.map((l) => `${c.name}:${l}`) : [c.name]));
}

/** A field with a delimiter, a quote or a line break in quotes (RFC 4180). */
const csvField = (value: string) => (/[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV template: the header row only, comma-separated, CRLF as RFC 4180 has it. */
export function templateCsv(options: TemplateOptions = {}): string {
  return `${templateColumns(options).map(csvField).join(',')}\r\n`;
}

/**
 * The XLSX template: sheet `microcredentials` with the header row (frozen, bold, every column
 * formatted as text so that spreadsheet programs keep codes such as ISCED-F `0688` as written), and
 * sheet `codes` with one column per coded column listing its codes (ISCED-F with its English names).
 */
export async function templateWorkbook(options: TemplateOptions = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'credmap';
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headings = templateColumns(options);
  sheet.columns = headings.map((header) => ({
    header,
    key: header,
    width: Math.max(12, Math.min(40, header.length + 4)),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };

  const codes = book.addWorksheet(CODES_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = Object.entries(importCodeLists);
  const columns: { header: string; values: readonly string[] }[] = lists.flatMap(([name, values]) =>
    name === 'isced_f'
      ? [
          { header: name, values },
          { header: `${name} (ISCED-F 2013)`, values: values.map((v) => iscedF.get(v) ?? '') },
        ]
      : [{ header: name, values }],
  );
  codes.columns = columns.map(({ header }) => ({
    header,
    key: header,
    width: header.startsWith('isced_f (') ? 60 : Math.max(14, header.length + 4),
    style: { numFmt: '@' },
  }));
  codes.getRow(1).font = { bold: true };
  const height = Math.max(...columns.map((c) => c.values.length));
  for (let i = 0; i < height; i++) codes.addRow(columns.map((c) => c.values[i] ?? null));

  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
