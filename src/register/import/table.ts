/**
 * A spreadsheet as text: CSV (RFC 4180, comma or semicolon) or the first sheet of an XLSX workbook
 * (or the one named `microcredentials`). Nothing is evaluated: an XLSX formula gives the result the
 * spreadsheet program saved with it, and a CSV cell is taken as written.
 */
import type ExcelJS from 'exceljs';
import { loadWorkbook, MAX_COLUMNS, sheetWithinLimits } from '../../spreadsheet/index.ts';
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

/** A CSV read up to a limit: the header, the rows with values, and what went wrong. */
export interface CsvRecords {
  readonly header: string[];
  readonly rows: TableRow[];
  /** The row of a quotation mark never closed (it runs to the end of the file). */
  readonly unclosedAt?: number;
  /** The row of the first record with more than `MAX_COLUMNS` fields; nothing after it is read. */
  readonly tooWideAt?: number;
}

/**
 * RFC 4180 records: a field in double quotes may hold the delimiter, line breaks and `""` for a
 * quote. Leniently, a quote inside an unquoted field is kept as a character, and text after a
 * closing quote is added to the field. Line breaks inside fields become `\n`.
 *
 * Rows are numbered as a spreadsheet numbers them (a line break inside quotes does not start one).
 * A row without any value is left out as it is read, without an array of its own; reading stops at
 * the first row past `maxRows`, and at a record of more fields than a spreadsheet has columns, so a
 * 10 MB file of blank lines or of commas is a loop and not millions of arrays. Fields are cut from
 * the text run by run rather than grown a character at a time (a rope of a piece per character).
 */
export function parseCsv(text: string, maxRows = Number.POSITIVE_INFINITY): CsvRecords {
  const delimiter = delimiterOf(text);
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  let record: string[] = [];
  let field = '';
  /** Where the part of the field not yet in `field` starts. */
  let start = 0;
  let quoted = false;
  let fieldStarted = false;
  let filled = false;
  let row = 0;
  const endField = (end: number): boolean => {
    field += text.slice(start, end);
    if (!filled && field.trim() !== '') filled = true;
    record.push(field);
    field = '';
    fieldStarted = false;
    return record.length <= MAX_COLUMNS;
  };
  /** Whether to read on. */
  const endRecord = (): boolean => {
    row++;
    if (header === undefined) {
      header = record;
      record = [];
    } else if (filled) {
      rows.push({ row, cells: record });
      record = [];
    } else record.length = 0; // a blank row: its array serves the next
    filled = false;
    return rows.length <= maxRows;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        field += text.slice(start, i);
        // A doubled quote is one quote: the second begins the next run.
        if (text[i + 1] === '"') i++;
        else quoted = false;
        start = quoted ? i : i + 1;
      } else if (ch === '\r') {
        field += `${text.slice(start, i)}\n`;
        if (text[i + 1] === '\n') i++;
        start = i + 1;
      }
    } else if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      start = i + 1;
    } else if (ch === delimiter) {
      if (!endField(i)) return { header: header ?? [], rows, tooWideAt: row + 1 };
      start = i + 1;
    } else if (ch === '\n' || ch === '\r') {
      if (!endField(i)) return { header: header ?? [], rows, tooWideAt: row + 1 };
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      if (!endRecord()) return { header: header ?? [], rows };
    } else fieldStarted = true;
  }
  const unclosed = quoted;
  if (quoted || field !== '' || start < text.length || record.length > 0) {
    if (!endField(text.length)) return { header: header ?? [], rows, tooWideAt: row + 1 };
    endRecord();
  }
  return { header: header ?? [], rows, ...(unclosed ? { unclosedAt: row } : {}) };
}

/**
 * A CSV text (the BOM already removed) as a table; rows without any value are left out, and no row
 * after the first past `maxRows` is read.
 */
export function csvTable(text: string, maxRows?: number): Table {
  const { header, rows, unclosedAt, tooWideAt } = parseCsv(text, maxRows);
  const problems: ImportProblem[] = [];
  if (tooWideAt !== undefined)
    problems.push({ row: tooWideAt, code: 'tooManyColumns', params: { max: MAX_COLUMNS } });
  if (unclosedAt !== undefined) problems.push({ row: unclosedAt, code: 'unclosedQuote' });
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

/**
 * An XLSX workbook as a table, with no row after the first past `maxRows`; `unreadable` when it
 * cannot be opened or has no sheet, `tooLarge` when it unpacks to more than exceljs should hold.
 */
export async function xlsxTable(
  bytes: Uint8Array,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<Table | 'unreadable' | 'tooLarge'> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded.problem;
  const { book } = loaded;
  const sheet = book.worksheets.find((w) => w.name.trim().toLowerCase() === SHEET_NAME) ?? book.worksheets[0];
  // A sheet too long or too wide to walk in bounded time is none a registrar filled in.
  if (sheet === undefined || !sheetWithinLimits(sheet)) return 'unreadable';
  let header: string[] = [];
  const rows: TableRow[] = [];
  const badCells: { row: number; index: number }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length > maxRows) return;
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
