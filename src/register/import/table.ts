/**
 * A spreadsheet as text: CSV (RFC 4180, comma or semicolon) or the first sheet of an XLSX workbook
 * (or the one named `microcredentials`). Nothing is evaluated: an XLSX formula gives the result the
 * spreadsheet program saved with it, and a CSV cell is taken as written.
 */
import ExcelJS from 'exceljs';
import type { ImportProblem } from './problems.ts';

export interface TableRow {
  /** The row in the file: 1 is the header row. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  /** Cells that could not be read, by row and column index (0-based). */
  readonly badCells: readonly { readonly row: number; readonly index: number }[];
  /** Problems of the file's structure (an unclosed quotation mark). */
  readonly problems: readonly ImportProblem[];
}

/** The sheet a workbook's microcredentials are on when it has several (the template's first sheet). */
export const SHEET_NAME = 'microcredentials';

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The delimiter of a CSV: `;` when the header row has more semicolons than commas outside quotes. */
function delimiterOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 records: a field in double quotes may hold the delimiter, line breaks and `""` for a
 * quote. Leniently, a quote inside an unquoted field is kept as a character, and text after a
 * closing quote is added to the field. Line breaks inside fields become `\n`.
 */
export function parseCsv(text: string): { records: string[][]; unclosedAt?: number } {
  const delimiter = delimiterOf(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (ch === '\r') {
        field += '\n';
        if (text[i + 1] === '\n') i++;
      } else field += ch;
    } else if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) {
    record.push(field);
    records.push(record);
    return { records, unclosedAt: records.length };
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records };
}

/** A CSV text (the BOM already removed) as a table; rows without any value are left out. */
export function csvTable(text: string): Table {
  const { records, unclosedAt } = parseCsv(text);
  const [header = [], ...rest] = records;
  const rows = rest.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlank(r.cells));
  const problems: ImportProblem[] =
    unclosedAt === undefined ? [] : [{ row: unclosedAt, code: 'unclosedQuote' }];
  return { header, rows, badCells: [], problems };
}

type CellRead = { readonly ok: true; readonly text: string } | { readonly ok: false };

/**
 * What a cell says. Spreadsheet programs type numbers, booleans and dates: they come back as text.
 * A formula gives its cached result, never evaluated; a formula without one, or an error (#REF!), is
 * unreadable. A hyperlink gives its text, rich text its runs.
 */
function cellText(value: ExcelJS.CellValue, depth = 0): CellRead {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, text: String(value) } : { ok: false };
  if (typeof value === 'boolean') return { ok: true, text: value ? 'true' : 'false' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false };
    const iso = value.toISOString();
    return { ok: true, text: iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso };
  }
  if (depth > 2 || typeof value !== 'object') return { ok: false };
  if ('error' in value) return { ok: false };
  if ('richText' in value && Array.isArray(value.richText))
    return { ok: true, text: value.richText.map((part) => String(part.text ?? '')).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || result === null
      ? { ok: false }
      : cellText(result as ExcelJS.CellValue, depth + 1);
  }
  if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? '', depth + 1);
  return { ok: false };
}

/** An XLSX workbook as a table, or undefined when it cannot be opened or has no sheet. */
export async function xlsxTable(bytes: Uint8Array): Promise<Table | undefined> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const sheet = book.worksheets.find((w) => w.name.trim().toLowerCase() === SHEET_NAME) ?? book.worksheets[0];
  if (sheet === undefined) return undefined;
  let header: string[] = [];
  const rows: TableRow[] = [];
  const badCells: { row: number; index: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    let unreadable = false;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = cellText(cell.value);
      if (read.ok) cells[column - 1] = read.text;
      else {
        badCells.push({ row: rowNumber, index: column - 1 });
        cells[column - 1] = '';
        unreadable = true;
      }
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (rowNumber === 1) header = filled;
    else if (!isBlank(filled) || unreadable) rows.push({ row: rowNumber, cells: filled });
  });
  return { header, rows, badCells, problems: [] };
}
