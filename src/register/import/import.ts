/**
 * Bulk import into the register: a file in, drafts or problems out. All or nothing: one problem
 * anywhere and no record is returned, so a provider fixes the file and imports it again rather than
 * finding half of it in the register. Pure: the caller reads the upload and stores the records.
 */

import { MAX_UNPACKED_BYTES, uploadedText } from '../../spreadsheet/index.ts';
import { isStorableText, shownKey } from '../../store/index.ts';
import { countryCodeSchema, type MicrocredentialDraft, microcredentialDraftSchema } from '../model/index.ts';
import { type JsonKind, readJsonItems, tooDeep } from './json.ts';
import { ProblemList } from './problem-list.ts';
import type { ImportProblem } from './problems.ts';
import { readRows } from './rows.ts';
import { csvTable, type Table, xlsxTable } from './table.ts';

export type ImportFormat = 'csv' | 'xlsx' | 'json';

export interface ImportOptions {
  readonly format: ImportFormat;
  /**
   * CSV/XLSX: the language (ISO 639-1) of text columns whose heading has no `:xx`. Without it, such
   * a column is a problem (`missingLanguage`).
   */
  readonly language?: string;
  /**
   * Issuer countries (ISO 3166-1 alpha-2) for a microcredential that names none: a row without
   * `issuer_countries` or `awarding_body_country`, a credential whose issuer has no address. The
   * uploader says where the provider is; nothing is guessed.
   */
  readonly defaultIssuerCountries?: readonly string[];
  /** At most this many microcredentials (rows or JSON items); default and ceiling `MAX_ROWS`. */
  readonly maxRows?: number;
  /** At most this many characters in a cell; default and ceiling `MAX_CELL_LENGTH`. */
  readonly maxCellLength?: number;
  /** At most this many problems listed; the rest are counted. Default `MAX_PROBLEMS`. */
  readonly maxProblems?: number;
}

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 5000;
/** The model's longest text (localizedTextSchema). */
export const MAX_CELL_LENGTH = 10_000;
export const MAX_PROBLEMS = 200;

export interface ImportedRecord {
  /** CSV/XLSX: the row it was read from. */
  readonly row?: number;
  /** JSON: its position among the items. */
  readonly entry?: number;
  /** What it was read from. */
  readonly from: 'row' | JsonKind;
  readonly record: MicrocredentialDraft;
  /** JSON: what the credential says that the register has no place for (MappingResult.unmapped). */
  readonly unmapped: readonly string[];
}

export type ImportResult =
  | { readonly ok: true; readonly format: ImportFormat; readonly records: readonly ImportedRecord[] }
  | {
      readonly ok: false;
      readonly format: ImportFormat;
      /** The first `maxProblems` problems, in file order. */
      readonly problems: readonly ImportProblem[];
      /** How many more there are. */
      readonly moreProblems: number;
    };

const encoder = new TextEncoder();

/** File problems first, then by row or entry; a row keeps its own order. */
function failed(format: ImportFormat, problems: ProblemList): ImportResult {
  return { ok: false, format, ...problems.listed() };
}

function fail(format: ImportFormat, problems: readonly ImportProblem[], max: number): ImportResult {
  const list = new ProblemList(max);
  for (const problem of problems) list.add(problem);
  return failed(format, list);
}

/** A size for a message, as the 10 MB limit is written. */
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A positive whole number from the options, at most `ceiling`; `fallback` otherwise. */
const bounded = (value: number | undefined, ceiling: number, fallback = ceiling) =>
  value !== undefined && Number.isInteger(value) && value > 0 ? Math.min(value, ceiling) : fallback;

/** The text without its BOM, or undefined when the bytes are neither UTF-8 nor marked UTF-16. */
function textOf(input: Uint8Array | string): string | undefined {
  return typeof input === 'string' ? input.replace(/^\uFEFF/, '') : uploadedText(input);
}

/**
 * Reads microcredentials from a file: a spreadsheet with one microcredential per row (CSV or XLSX,
 * columns in README.md), or JSON (a Europass credential or learning achievement specification, an
 * Open Badge credential or achievement, or an array of them). Returns every record, or every
 * problem (the first `maxProblems`, and how many more). Never throws on any input.
 */
export async function importMicrocredentials(
  input: Uint8Array | string,
  options: ImportOptions,
): Promise<ImportResult> {
  const { format } = options;
  const maxRows = bounded(options.maxRows, MAX_ROWS);
  const maxCellLength = bounded(options.maxCellLength, MAX_CELL_LENGTH);
  const cap = bounded(options.maxProblems, Number.MAX_SAFE_INTEGER, MAX_PROBLEMS);
  const size = typeof input === 'string' ? encoder.encode(input).length : input.length;
  if (size > MAX_BYTES)
    return fail(format, [{ code: 'tooLarge', params: { max: megabytes(MAX_BYTES) } }], cap);
  const defaults = (options.defaultIssuerCountries ?? [])
    .map((c) => c.toUpperCase())
    .filter((c) => countryCodeSchema.safeParse(c).success);

  if (format === 'json') {
    const text = textOf(input);
    if (text === undefined)
      return fail(format, [{ code: 'unreadable', params: { format: 'JSON (UTF-8)' } }], cap);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return fail(format, [{ code: 'badJson' }], cap);
    }
    if (tooDeep(doc)) return fail(format, [{ code: 'badJson' }], cap);
    return importJson(doc, defaults, maxRows, cap);
  }

  let table: Table;
  if (format === 'xlsx') {
    const read = typeof input === 'string' ? 'unreadable' : await xlsxTable(input, maxRows);
    if (read === 'tooLarge')
      return fail(
        format,
        [{ code: 'tooLargeUnpacked', params: { max: megabytes(MAX_UNPACKED_BYTES) } }],
        cap,
      );
    if (read === 'unreadable') return fail(format, [{ code: 'unreadable', params: { format: 'XLSX' } }], cap);
    table = read;
  } else {
    const text = textOf(input);
    if (text === undefined)
      return fail(format, [{ code: 'unreadable', params: { format: 'CSV (UTF-8)' } }], cap);
    table = csvTable(text, maxRows);
  }
  // Reading stopped there: the rest of the file is unknown.
  const tooWide = table.problems.filter((p) => p.code === 'tooManyColumns');
  if (tooWide.length > 0) return fail(format, tooWide, cap);
  if (table.rows.length === 0) return fail(format, [...table.problems, { code: 'empty' }], cap);
  if (table.rows.length > maxRows)
    return fail(format, [{ code: 'tooManyRows', params: { max: maxRows } }], cap);
  const problems = new ProblemList(cap);
  const records = readRows(
    table,
    {
      maxCellLength,
      ...(options.language === undefined ? {} : { language: options.language }),
      ...(defaults.length === 0 ? {} : { defaultIssuerCountries: defaults }),
    },
    checkRecord,
    problems,
  );
  if (problems.count > 0) return failed(format, problems);
  return {
    ok: true,
    format,
    records: records.map(({ row, record }) => ({ row, from: 'row', record, unmapped: [] })),
  };
}

/**
 * The last word on a record, whatever it was read from: it parses as a draft, has a title, an
 * awarding body and an issuer country, and holds no text the database cannot store (a CSV's NUL, an
 * XLSX's `_x0000_`, a JSON `\ud800`), each such text named by its path. The spreadsheet checks
 * report a bad value where it is, so `invalid` is only a guard against the model and the checks
 * drifting apart.
 */
export function checkRecord(
  record: MicrocredentialDraft,
  where: { readonly row: number } | { readonly entry: number },
): { ok: true; record: MicrocredentialDraft } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  if (record.title === undefined) problems.push({ ...where, code: 'missingTitle' });
  if (record.awardingBodies === undefined) problems.push({ ...where, code: 'missingAwardingBody' });
  if (record.issuerCountries === undefined) problems.push({ ...where, code: 'missingIssuerCountry' });
  const parsed = microcredentialDraftSchema.safeParse(record);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({ ...where, code: 'invalid', params: { path: issue.path.map(String).join('.') || '$' } });
  else
    for (const path of unstorablePaths(parsed.data, []))
      problems.push({ ...where, code: 'unstorable', params: { path: path.join('.') || '$' } });
  return problems.length === 0 && parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problems };
}

/**
 * Where a parsed draft holds a string or a key the database cannot store. A draft is as deep as its
 * schema, so recursion is safe here.
 */
function unstorablePaths(value: unknown, path: readonly string[]): string[][] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [[...path]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = [...path, shownKey(key)];
    return isStorableText(key) ? unstorablePaths(child, at) : [at];
  });
}

function importJson(doc: unknown, defaults: readonly string[], maxRows: number, cap: number): ImportResult {
  const { items, problems, count } = readJsonItems(doc, maxRows);
  if (count > maxRows) return fail('json', [{ code: 'tooManyRows', params: { max: maxRows } }], cap);
  if (count === 0) return fail('json', [{ code: 'empty' }], cap);
  const list = new ProblemList(cap);
  for (const problem of problems) list.add(problem);
  const records: ImportedRecord[] = [];
  for (const { entry, kind, mapped } of items) {
    const record: MicrocredentialDraft = { ...mapped.record };
    if (record.issuerCountries === undefined && defaults.length > 0) record.issuerCountries = [...defaults];
    const checked = checkRecord(record, { entry });
    if (checked.ok) records.push({ entry, from: kind, record: checked.record, unmapped: mapped.unmapped });
    else for (const problem of checked.problems) list.add(problem);
  }
  if (list.count > 0) return failed('json', list);
  return { ok: true, format: 'json', records };
}
