import ExcelJS from 'exceljs';

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
  | 'contacts.empty'
  | 'contacts.missingColumn'
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
const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Reads a contact list (CSV, with comma or semicolon, or XLSX): columns email, language,
 * instrument and optionally country, in any order, headers in any case. Every problem comes back
 * with its row and column; a list with problems is stored not at all, so nobody is half-invited.
 */
export async function readContactList(
  bytes: Uint8Array,
  rules: ContactRules,
): Promise<{ ok: true; lines: ContactLine[] } | { ok: false; issues: ContactIssue[] }> {
  const table = await readTable(bytes);
  if (table === undefined) return { ok: false, issues: [{ row: 1, code: 'contacts.unreadable' }] };
  return checkContactTable(table, rules);
}

/** The same checks for a table already read (a header row, then one row per contact). */
export function checkContactTable(
  table: readonly (readonly string[])[],
  rules: ContactRules,
): { ok: true; lines: ContactLine[] } | { ok: false; issues: ContactIssue[] } {
  const [header = [], ...rows] = table;
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = columns.filter((c) => c !== 'country' && !index.has(c));
  if (missing.length > 0)
    return {
      ok: false,
      issues: missing.map((column) => ({ row: 1, column, code: 'contacts.missingColumn' as const })),
    };
  const filled = rows
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return { ok: false, issues: [{ row: 2, code: 'contacts.empty' }] };
  if (filled.length > rules.maxRows)
    return {
      ok: false,
      issues: [{ row: rules.maxRows + 2, code: 'contacts.tooMany', detail: String(rules.maxRows) }],
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
    if (email.length > 254 || !emailPattern.test(email))
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

async function readTable(bytes: Uint8Array): Promise<string[][] | undefined> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return undefined;
    }
    const sheet = book.worksheets[0];
    if (sheet === undefined) return undefined;
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      rows[n - 1] = values;
    });
    return Array.from(rows, (r) => r ?? []);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parseCsv(text, delimiter);
}

/** RFC 4180 fields: quotes around a field, "" for a quote inside, line breaks inside quotes. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    if ('result' in value) return String((value as { result: unknown }).result);
  }
  return String(value);
}
