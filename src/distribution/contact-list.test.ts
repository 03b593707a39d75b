import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_SLOTS, MAX_COLUMNS, MAX_UNPACKED_BYTES } from '../spreadsheet/index.ts';
import type { ContactIssue, ContactRules } from './contact-list.ts';
import { parseCsv, parseSmallCsv, readContactList } from './contact-list.ts';

const rules: ContactRules = { instruments: new Map([['employer', ['en', 'fi']]]), maxRows: 3 };
const header = 'email,language,instrument\n';
const contact = (n: number) => `person${n}@example.org,en,employer\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function issuesOf(input: Uint8Array): Promise<readonly ContactIssue[]> {
  const read = await readContactList(input, rules);
  return read.ok ? [] : read.issues;
}

async function xlsx(rows: readonly [number, readonly string[]][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('contacts');
  for (const [n, cells] of rows) sheet.getRow(n).values = [...cells];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readContactList, at its limits', () => {
  it('reads contacts between blank lines, by the row the spreadsheet shows', async () => {
    const read = await readContactList(bytes(`${header}\n\n${contact(1)} , ,\n${contact(2)}`), rules);
    expect(read.ok && read.lines.map((l) => [l.row, l.email])).toEqual([
      [4, 'person1@example.org'],
      [6, 'person2@example.org'],
    ]);
  });

  it('reads the files spreadsheet programs save: semicolons, "Unicode text" in UTF-16 with tabs', async () => {
    const rows = ['email\tlanguage\tinstrument\tcountry', 'müller@example.org\tfi\temployer\tFI', ''];
    const utf16 = (text: string, bigEndian: boolean) => {
      const units = Buffer.from(`\uFEFF${text}`, 'utf16le');
      return new Uint8Array(bigEndian ? units.swap16() : units);
    };
    for (const input of [
      utf16(rows.join('\r\n'), false),
      utf16(rows.join('\r\n'), true),
      bytes(`\uFEFF${rows.join('\n').replaceAll('\t', ';')}`),
    ]) {
      const read = await readContactList(input, rules);
      expect(read.ok && read.lines.map((l) => [l.row, l.email, l.language])).toEqual([
        [2, 'müller@example.org', 'fi'],
      ]);
    }
    // A legacy code page (Windows-1252 "ü") is refused, not guessed.
    const latin1 = new Uint8Array(Buffer.from(`${header}m\xfcller@example.org,en,employer\n`, 'latin1'));
    expect((await readContactList(latin1, rules)).ok).toBe(false);
  });

  it('refuses a column named twice, whatever its case, and says which, with a missing one', async () => {
    const twice = 'email,Email,language,instrument\nfirst@example.org,second@example.org,en,employer\n';
    expect(await issuesOf(bytes(twice))).toEqual([
      { row: 1, column: 'email', code: 'contacts.duplicateColumn' },
    ]);
    expect(await issuesOf(bytes('email,country,COUNTRY,language\nx@example.org,FI,SE,en\n'))).toEqual([
      { row: 1, column: 'instrument', code: 'contacts.missingColumn' },
      { row: 1, column: 'country', code: 'contacts.duplicateColumn' },
    ]);
    // Other columns (a name, a note) are not read, so naming them twice does no harm.
    const notes = 'note,email,language,instrument,note\nA,x@example.org,en,employer,B\n';
    expect(await issuesOf(bytes(notes))).toEqual([]);
  });

  it('finds no contact in a header and 10 MB of blank lines', async () => {
    // The parser once made an array per line before skipping them: 15 s and 2.7 GB of heap.
    for (const blank of ['\n', '\r\n', ',,\n'])
      expect(await issuesOf(bytes(header + blank.repeat((10 * 1024 * 1024) / blank.length)))).toEqual([
        { row: 2, code: 'contacts.empty' },
      ]);
  });

  it('stops at the first contact over the limit, and says where it is', async () => {
    const over = `${header}${[1, 2, 3].map(contact).join('\n')}\n${contact(4)}`;
    expect(await issuesOf(bytes(over))).toEqual([{ row: 8, code: 'contacts.tooMany', detail: '3' }]);
    // What follows is never read: a line no spreadsheet writes would make the file unreadable.
    const wide = `${','.repeat(MAX_COLUMNS)}\n`;
    expect(await issuesOf(bytes(over + wide))).toEqual([{ row: 8, code: 'contacts.tooMany', detail: '3' }]);
    expect(await issuesOf(bytes(header + wide))).toEqual([
      { row: 1, code: 'contacts.tooLarge', detail: '32 MB' },
    ]);
  });

  it('refuses a header of more columns than a spreadsheet has', async () => {
    const wide = `${Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',')},email,language,instrument\n`;
    expect(await issuesOf(bytes(wide + contact(1)))).toEqual([
      { row: 1, code: 'contacts.tooLarge', detail: '32 MB' },
    ]);
  });

  it('reads a workbook whose rows are far apart without visiting the rows between', async () => {
    const book = await xlsx([
      [1, ['email', 'language', 'instrument']],
      [3, ['person1@example.org', 'en', 'employer']],
      [1_048_576, ['person2@example.org', 'en', 'employer']],
    ]);
    const read = await readContactList(book, rules);
    expect(read.ok && read.lines.map((l) => l.row)).toEqual([3, 1_048_576]);
  });

  it('reads a workbook with an empty column in its header', async () => {
    // exceljs leaves a hole in a row's values for an empty cell; the header's once threw.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('contacts');
    for (const [address, value] of Object.entries({ A1: 'email', C1: 'language', D1: 'instrument' }))
      sheet.getCell(address).value = value;
    sheet.getRow(2).values = ['person1@example.org', 'x', 'en', 'employer'];
    const read = await readContactList(new Uint8Array(await book.xlsx.writeBuffer()), rules);
    expect(read.ok && read.lines).toEqual([
      { row: 2, email: 'person1@example.org', language: 'en', instrument: 'employer', country: null },
    ]);
  });

  it('reads the text a cell shows: a formula’s saved result, a link’s text, an error as the error', async () => {
    const book = async (emails: readonly ExcelJS.CellValue[]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('contacts');
      sheet.getRow(1).values = ['email', 'language', 'instrument'];
      emails.forEach((email, i) => {
        sheet.getRow(i + 2).values = [email, 'en', 'employer'];
      });
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    const shown: ExcelJS.CellValue[] = [
      { formula: 'LOWER("P1@EXAMPLE.ORG")', result: 'p1@example.org' } as ExcelJS.CellValue,
      { text: 'p2@example.org', hyperlink: 'mailto:p2@example.org' },
    ];
    const read = await readContactList(await book(shown), rules);
    expect(read.ok && read.lines.map((l) => l.email)).toEqual(['p1@example.org', 'p2@example.org']);
    const errors = [
      { formula: 'VLOOKUP(A9,X:Y,2)', result: { error: '#N/A' } },
      { error: '#REF!' },
    ] as ExcelJS.CellValue[];
    expect(await issuesOf(await book(errors))).toEqual([
      { row: 2, column: 'email', code: 'contacts.badEmail', detail: '#n/a' },
      { row: 3, column: 'email', code: 'contacts.badEmail', detail: '#ref!' },
    ]);
  });

  it('reads the first sheet a person sees, past a hidden one', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('lists', { state: 'hidden' }).getRow(1).values = ['languages', 'en', 'fi'];
    const sheet = book.addWorksheet('contacts');
    sheet.getRow(1).values = ['email', 'language', 'instrument'];
    sheet.getRow(2).values = ['person1@example.org', 'fi', 'employer'];
    const read = await readContactList(new Uint8Array(await book.xlsx.writeBuffer()), rules);
    expect(read.ok && read.lines.map((l) => [l.row, l.email, l.language])).toEqual([
      [2, 'person1@example.org', 'fi'],
    ]);
  });

  it('refuses a workbook whose rows span more cells than exceljs can walk in bounded time', async () => {
    // One cell in column XFD a row: exceljs walks 16,384 slots to visit each such row.
    const rows = Array.from({ length: Math.ceil(MAX_CELL_SLOTS / MAX_COLUMNS) + 1 }, (_, i) => i + 2);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('contacts');
    sheet.getRow(1).values = ['email', 'language', 'instrument'];
    for (const n of rows) sheet.getCell(`XFD${n}`).value = 'x';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await issuesOf(bytes)).toEqual([{ row: 1, code: 'contacts.tooLarge', detail: '32 MB' }]);
  });

  it('refuses a workbook larger unpacked than any contact list, before exceljs inflates it', async () => {
    const book = await xlsx([
      [1, ['email', 'language', 'instrument', 'note']],
      [2, ['person1@example.org', 'en', 'employer', 'x'.repeat(MAX_UNPACKED_BYTES)]],
    ]);
    expect(await issuesOf(book)).toEqual([{ row: 1, code: 'contacts.tooLarge', detail: '32 MB' }]);
  });
});

describe('parseCsv', () => {
  /** The parser as first written, a character at a time: the one now cuts runs and must agree. */
  function reference(text: string, delimiter: string): string[][] {
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
    // A quote still open at the end makes a record, even an empty one, so that it can be reported.
    if (quoted || field !== '' || row.length > 0) {
      row.push(field);
      rows.push(row);
    }
    return rows;
  }

  it('reads any text as it always did, blank records and stray quotes included', () => {
    const text = fc
      .array(fc.constantFrom('"', '""', ',', ';', '\n', '\r', '\r\n', ' ', 'a', 'é'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), (t, delimiter) => {
        expect(parseCsv(t, delimiter)).toEqual(reference(t, delimiter));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseSmallCsv', () => {
  it('reads a header and its rows, passing blank lines over, with the delimiter the header uses', () => {
    expect(parseSmallCsv('variable;category;share\n\n\nlanguage;en;0.5\n', 10)).toEqual([
      ['variable', 'category', 'share'],
      ['language', 'en', '0.5'],
    ]);
  });

  it('reads no further than the rows allowed: more rows, or a wider record than a sheet has, is no table', () => {
    const header = 'variable,category,share\n';
    expect(parseSmallCsv(`${header}${'a,b,0.1\n'.repeat(3)}`, 3)).toHaveLength(4);
    expect(parseSmallCsv(`${header}${'a,b,0.1\n'.repeat(4)}`, 3)).toBeUndefined();
    expect(parseSmallCsv(`${header}${','.repeat(MAX_COLUMNS)}x\n`, 3)).toBeUndefined();
    // Ten million blank lines are a loop, not ten million rows.
    expect(parseSmallCsv(`${header}${'\n'.repeat(10_000_000)}a,b,1\n`, 3)).toEqual([
      ['variable', 'category', 'share'],
      ['a', 'b', '1'],
    ]);
  });
});
