/**
 * CSV as spreadsheet programs write it (RFC 4180), read one record at a time, for every reader of
 * uploaded CSV files (contact lists, weighting margins, register imports).
 */

/** The delimiters an uploaded CSV may use. */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The delimiter of a CSV: the one of comma, semicolon and tab its first line has most of outside
 * quotes, the comma when none is more frequent. Spreadsheet programs write a semicolon where the
 * decimal separator is a comma (German, French, Polish settings), and a tab in "Unicode text".
 * Counted in one pass, as the first line may be 10 MB long.
 */
export function delimiterOf(text: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ',' || ch === ';' || ch === '\t') counts[ch]++;
  }
  const most = Math.max(counts[';'], counts['\t']);
  if (counts[','] >= most) return ',';
  return counts[';'] >= counts['\t'] ? ';' : '\t';
}

export interface CsvScanOptions {
  /** Pass over a record without any value after the first (the header), without an array of its own. */
  readonly skipBlank?: boolean;
  /** Stop at a record of more fields than this. */
  readonly maxFields?: number;
}

/** How a scan ended, when not at the end of the text or because `take` said so. */
export interface CsvScanEnd {
  /** The record with more than `maxFields` fields; nothing from it on is read. */
  readonly tooWideAt?: number;
  /** The record of a quotation mark never closed (it runs to the end of the text). */
  readonly unclosedAt?: number;
}

/**
 * RFC 4180 records, one by one, to `take` with their number from 1, until it returns false. A field
 * in double quotes may hold the delimiter, line breaks and `""` for a quote; leniently, a quote
 * inside an unquoted field is kept as a character, and text after a closing quote is added to the
 * field. A line break inside quotes does not start a record, so records are numbered as a
 * spreadsheet numbers its rows.
 *
 * With `skipBlank`, a file of ten million blank lines is a loop, not ten million arrays; with
 * `maxFields`, neither is a line of ten million commas. Fields are cut from the text run by run,
 * not grown a character at a time, which would make a 10 MB field a rope of ten million pieces.
 */
export function scanCsv(
  text: string,
  delimiter: string,
  take: (cells: string[], record: number) => boolean,
  options: CsvScanOptions = {},
): CsvScanEnd {
  const maxFields = options.maxFields ?? Number.POSITIVE_INFINITY;
  let cells: string[] = [];
  let field = '';
  /** Where the part of the field not yet in `field` starts. */
  let start = 0;
  let quoted = false;
  let filled = false;
  let record = 0;
  /** False when the record is too wide. */
  const endField = (end: number): boolean => {
    field += text.slice(start, end);
    if (!filled && field.trim() !== '') filled = true;
    cells.push(field);
    field = '';
    return cells.length <= maxFields;
  };
  /** Whether to read on. */
  const endRecord = (): boolean => {
    record++;
    const skip = options.skipBlank === true && !filled && record > 1;
    filled = false;
    if (skip) {
      cells.length = 0; // its array serves the next record
      return true;
    }
    const done = cells;
    cells = [];
    return take(done, record);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') continue;
      field += text.slice(start, i);
      // A doubled quote is one quote: the second begins the next run.
      if (text[i + 1] === '"') i++;
      else quoted = false;
      start = quoted ? i : i + 1;
    } else if (ch === '"' && field === '' && start === i) {
      quoted = true;
      start = i + 1;
    } else if (ch === delimiter) {
      if (!endField(i)) return { tooWideAt: record + 1 };
      start = i + 1;
    } else if (ch === '\n' || ch === '\r') {
      if (!endField(i)) return { tooWideAt: record + 1 };
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
      if (!endRecord()) return {};
    }
  }
  const unclosed = quoted;
  if (quoted || field !== '' || start < text.length || cells.length > 0) {
    if (!endField(text.length)) return { tooWideAt: record + 1 };
    endRecord();
  }
  return unclosed ? { unclosedAt: record } : {};
}

/** A row of a CSV that says something, with its number in the file (1 is the header). */
export interface CsvRow {
  readonly row: number;
  readonly cells: string[];
}

/** A CSV read up to a limit: the header, the rows with values, and how the reading ended. */
export interface CsvTable extends CsvScanEnd {
  readonly header: string[];
  readonly rows: CsvRow[];
  /** The delimiter it was read with: `;` tells that its numbers have a decimal comma. */
  readonly delimiter: CsvDelimiter;
}

/**
 * A CSV upload as a table (`scanCsv`, comma, semicolon or tab as `delimiterOf` finds): the first record
 * is the header; rows without any value are left out; reading stops at the first row past
 * `maxRows`, and at a record wider than `maxFields`. Line breaks inside fields become `\n`.
 */
export function readCsvTable(text: string, maxRows: number, maxFields: number): CsvTable {
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  const delimiter = delimiterOf(text);
  const end = scanCsv(
    text,
    delimiter,
    (record, row) => {
      const cells = record.map((cell) => (cell.includes('\r') ? cell.replace(/\r\n?/g, '\n') : cell));
      if (header === undefined) header = cells;
      else rows.push({ row, cells });
      return rows.length <= maxRows;
    },
    { skipBlank: true, maxFields },
  );
  return { header: header ?? [], rows, delimiter, ...end };
}
