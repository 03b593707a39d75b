import type { CellValue } from 'exceljs';
import { isEmailAddress } from '../mail/index.ts';
import {
  cellText,
  firstVisibleSheet,
  loadWorkbook,
  MAX_COLUMNS,
  MAX_UNPACKED_BYTES,
  readCsvTable,
  scanCsv,
  sheetWithinLimits,
  uploadedText,
} from '../spreadsheet/index.ts';

/** One contact as read from an uploaded list, before it is stored. */
export interface ContactLine {
  readonly row: number;
  readonly email: string;
  readonly language: string;
  readonly instrument: string;
  readonly country: string | null;
}

export type ContactIssueCode =
  | 'contacts.unreadable'
  /** A workbook over `MAX_UNPACKED_BYTES` unpacked (the detail), a sheet or a record too wide. */
  | 'contacts.tooLarge'
  | 'contacts.empty'
  | 'contacts.missingColumn'
  /** A column named twice: which of the two is meant cannot be known. */
  | 'contacts.duplicateColumn'
  | 'contacts.tooMany'
  | 'contacts.badEmail'
  | 'contacts.badLanguage'
  | 'contacts.badInstrument'
  | 'contacts.badCountry'
  | 'contacts.duplicate';

export interface ContactIssue {
  readonly row: number;
  readonly column?: string;
  readonly code: ContactIssueCode;
  readonly detail?: string;
}

export interface ContactRules {
  /** Instruments (questionnaire slugs) and the languages each is offered in. */
  readonly instruments: ReadonlyMap<string, readonly string[]>;
  readonly maxRows: number;
}

const columns = ['email', 'language', 'instrument', 'country'] as const;

/**
 * Reads a contact list (CSV, with comma or semicolon, or XLSX): columns email, language,
 * instrument and optionally country, in any order, headers in any case. Every problem comes back
 * with its row and column; a list with problems is stored not at all, so nobody is half-invited.
 */
export async function readContactList(
  bytes: Uint8Array,
  rules: ContactRules,
): Promise<{ ok: true; lines: ContactLine[] } | { ok: false; issues: ContactIssue[] }> {
  const table = await readTable(bytes, rules.maxRows);
  if (table === 'unreadable') return { ok: false, issues: [{ row: 1, code: 'contacts.unreadable' }] };
  if (table === 'tooLarge')
    return {
      ok: false,
      issues: [{ row: 1, code: 'contacts.tooLarge', detail: `${MAX_UNPACKED_BYTES / 1024 / 1024} MB` }],
    };
  return checkRows(table.header, table.rows, rules);
}

/** The same checks for a table already read (a header row, then one row per contact). */
export function checkContactTable(
  table: readonly (readonly string[])[],
  rules: ContactRules,
): { ok: true; lines: ContactLine[] } | { ok: false; issues: ContactIssue[] } {
  const [header = [], ...rows] = table;
  const filled = rows.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => hasValue(cells));
  return checkRows(header, filled, rules);
}

/** A row of the file that says something, and its number there (the header is row 1). */
interface FilledRow {
  readonly row: number;
  readonly cells: readonly string[];
}

const hasValue = (cells: readonly string[]) => cells.some((c) => c.trim() !== '');

function checkRows(
  header: readonly string[],
  filled: readonly FilledRow[],
  rules: ContactRules,
): { ok: true; lines: ContactLine[] } | { ok: false; issues: ContactIssue[] } {
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((name, i) => [name, i]));
  const missing = columns.filter((c) => c !== 'country' && !index.has(c));
  const twice = columns.filter((c) => names.indexOf(c) !== names.lastIndexOf(c));
  if (missing.length > 0 || twice.length > 0)
    return {
      ok: false,
      issues: [
        ...missing.map((column) => ({ row: 1, column, code: 'contacts.missingColumn' as const })),
        ...twice.map((column) => ({ row: 1, column, code: 'contacts.duplicateColumn' as const })),
      ],
    };
  if (filled.length === 0) return { ok: false, issues: [{ row: 2, code: 'contacts.empty' }] };
  const over = filled[rules.maxRows];
  if (over !== undefined)
    return {
      ok: false,
      issues: [{ row: over.row, code: 'contacts.tooMany', detail: String(rules.maxRows) }],
    };
  const cell = (cells: readonly string[], name: string) =>
    index.has(name) ? (cells[index.get(name)!] ?? '').trim() : '';
  const issues: ContactIssue[] = [];
  const lines: ContactLine[] = [];
  const seen = new Map<string, number>();
  for (const { cells, row } of filled) {
    const email = cell(cells, 'email').toLowerCase();
    const language = cell(cells, 'language').toLowerCase();
    const instrument = cell(cells, 'instrument').toLowerCase();
    const countryText = cell(cells, 'country').toUpperCase();
    const before = issues.length;
    // The same check as every other address the app takes: one a mail server accepts, with no NUL.
    if (!isEmailAddress(email))
      issues.push({ row, column: 'email', code: 'contacts.badEmail', detail: email.slice(0, 80) });
    const languages = rules.instruments.get(instrument);
    if (languages === undefined)
      issues.push({
        row,
        column: 'instrument',
        code: 'contacts.badInstrument',
        detail: instrument.slice(0, 80),
      });
    else if (!languages.includes(language))
      issues.push({ row, column: 'language', code: 'contacts.badLanguage', detail: language.slice(0, 10) });
    if (countryText !== '' && !/^[A-Z]{2}$/.test(countryText))
      issues.push({ row, column: 'country', code: 'contacts.badCountry', detail: countryText.slice(0, 10) });
    const key = `${instrument}\u0000${email}`;
    if (seen.has(key))
      issues.push({ row, column: 'email', code: 'contacts.duplicate', detail: String(seen.get(key)) });
    seen.set(key, row);
    if (issues.length === before)
      lines.push({ row, email, language, instrument, country: countryText === '' ? null : countryText });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lines };
}

/**
 * The header and the rows with values, up to the first past `maxRows`: nothing after it is read.
 * `unreadable` when the file is neither UTF-8 text nor a workbook; `tooLarge` when a workbook
 * unpacks too large or its sheet spans too many cells, or a record has more fields than a
 * spreadsheet has columns.
 */
async function readTable(
  bytes: Uint8Array,
  maxRows: number,
): Promise<{ header: readonly string[]; rows: FilledRow[] } | 'unreadable' | 'tooLarge'> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return loaded.problem;
    // The first sheet a person sees: a hidden one in front holds lookup lists or notes, not contacts.
    const sheet = firstVisibleSheet(loaded.book);
    if (sheet === undefined) return 'unreadable';
    if (!sheetWithinLimits(sheet)) return 'tooLarge';
    let header: string[] = [];
    const rows: FilledRow[] = [];
    // Rows that exist only: a row numbered a million must not make a million empty ones.
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      if (rows.length > maxRows) return;
      // Array.from, not map: a column left empty is a hole in `values`, and must become ''.
      const cells = Array.from((row.values as CellValue[]).slice(1), shownText);
      if (n === 1) header = cells;
      else if (hasValue(cells)) rows.push({ row: n, cells });
    });
    return { header, rows };
  }
  const text = uploadedText(bytes);
  if (text === undefined) return 'unreadable';
  const { header, rows, tooWideAt } = readCsvTable(text, maxRows, MAX_COLUMNS);
  return tooWideAt !== undefined ? 'tooLarge' : { header, rows };
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, line breaks inside quotes. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  scanCsv(text, delimiter, (cells) => {
    rows.push(cells);
    return true;
  });
  return rows;
}

/**
 * A small table an upload holds (a header and at most `maxRows` records that say something, blank
 * lines passed over as they are read), or undefined when it holds more, or a record wider than a
 * spreadsheet's columns: read no further than that, however large the file.
 */
export function parseSmallCsv(text: string, maxRows: number): string[][] | undefined {
  const { header, rows, tooWideAt } = readCsvTable(text, maxRows, MAX_COLUMNS);
  return tooWideAt !== undefined || rows.length > maxRows ? undefined : [header, ...rows.map((r) => r.cells)];
}

/**
 * A cell as its text; an error cell as the error it shows (#REF!), so that the row's problem names
 * it, and a formula saved without its result as empty.
 */
function shownText(value: CellValue): string {
  const read = cellText(value);
  if (read.ok) return read.text;
  return read.error.startsWith('#') ? read.error : '';
}
