/**
 * A spreadsheet as text: CSV (RFC 4180, comma, semicolon or tab) or the sheet named
 * `microcredentials` of an XLSX workbook, or else its first sheet not hidden. Nothing is evaluated:
 * an XLSX formula gives the result the spreadsheet program saved with it, and a CSV cell is taken
 * as written.
 */
import {
  cellText,
  firstVisibleSheet,
  loadWorkbook,
  MAX_COLUMNS,
  readCsvTable,
  sheetWithinLimits,
} from '../../spreadsheet/index.ts';
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

/**
 * A CSV text (the BOM already removed) as a table; rows without any value are left out, and no row
 * after the first past `maxRows` is read.
 */
export function csvTable(text: string, maxRows?: number): Table {
  const { header, rows, unclosedAt, tooWideAt } = readCsvTable(
    text,
    maxRows ?? Number.POSITIVE_INFINITY,
    MAX_COLUMNS,
  );
  const problems: ImportProblem[] = [];
  if (tooWideAt !== undefined)
    problems.push({ row: tooWideAt, code: 'tooManyColumns', params: { max: MAX_COLUMNS } });
  if (unclosedAt !== undefined) problems.push({ row: unclosedAt, code: 'unclosedQuote' });
  return { header, rows, badCells: [], problems };
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
  const sheet =
    book.worksheets.find((w) => w.name.trim().toLowerCase() === SHEET_NAME) ?? firstVisibleSheet(book);
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
