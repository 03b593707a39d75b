import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactRules } from './contact-list.ts';
import { parseCsv, readContactList } from './contact-list.ts';

const rules: ContactRules = {
  instruments: new Map([
    ['employer', ['en', 'fi']],
    ['learner', ['en']],
  ]),
  maxRows: 20,
};

/** Cells a contact list holds, and what a spreadsheet or a typing hand puts there instead. */
const cell = fc.oneof(
  fc.constantFrom(
    'ona@example.org',
    'ONA@Example.org',
    'tuuli@example.fi',
    'not an address',
    'a@b',
    '"quoted"@example.org',
    'en',
    'FI',
    'fi ',
    'sv',
    'employer',
    'Learner',
    'nobody',
    '',
    ' ',
    '=HYPERLINK("x")',
    'a,b;c',
    'line\nbreak',
    '"',
  ),
  fc.string({ maxLength: 20 }),
);
const header = fc.shuffledSubarray(['email', 'language', 'instrument', 'country', 'Email ', 'other'], {
  minLength: 0,
});
const table = fc.tuple(header, fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 25 }));

/** RFC 4180 as a spreadsheet writes it: every field quoted, quotes doubled, each row ended. */
const csv = (rows: readonly (readonly string[])[], delimiter: string) =>
  rows.map((r) => `${r.map((f) => `"${f.replaceAll('"', '""')}"`).join(delimiter)}\r\n`).join('');

type Read = Awaited<ReturnType<typeof readContactList>>;

/** What any answer must hold to: problems with rows, or lines that meet every rule. */
function expectSound(result: Read) {
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) expect(issue.row).toBeGreaterThanOrEqual(1);
    return;
  }
  expect(result.lines.length).toBeGreaterThan(0);
  expect(result.lines.length).toBeLessThanOrEqual(rules.maxRows);
  const seen = new Set<string>();
  for (const line of result.lines) {
    expect(line.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    expect(rules.instruments.get(line.instrument)).toContain(line.language);
    if (line.country !== null) expect(line.country).toMatch(/^[A-Z]{2}$/);
    const key = `${line.instrument} ${line.email}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }
}

describe('reading a contact list, whatever is uploaded (property)', () => {
  it('reads back any table written as RFC 4180, with either delimiter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        fc.constantFrom(',', ';'),
        (rows, delimiter) => {
          expect(parseCsv(csv(rows, delimiter), delimiter)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes, text or zip-like files, and says the list is unreadable or wrong', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
      fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => expectSound(await readContactList(b, rules))),
      { numRuns: 300 },
    );
  });

  it('never throws on tables of plausible cells as CSV, and accepts only lines that meet every rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';'),
        fc.boolean(),
        async ([names, rows], delimiter, bom) => {
          const text = `${bom ? '\uFEFF' : ''}${csv([names, ...rows], delimiter)}`;
          expectSound(await readContactList(new TextEncoder().encode(text), rules));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on workbooks of plausible cells, numbers, dates, formulas and rich text', async () => {
    const value = fc.oneof(
      cell,
      fc.double(),
      fc.date({ noInvalidDate: true }),
      fc.constantFrom(
        { formula: '1+1', result: 2 },
        { richText: [{ text: 'ona@' }, { text: 'example.org' }] },
        { text: 'ona@example.org', hyperlink: 'mailto:ona@example.org' },
        null,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 6 }),
        async (names, rows) => {
          const book = new ExcelJS.Workbook();
          const sheet = book.addWorksheet('contacts');
          for (const row of [names, ...rows]) sheet.addRow(row);
          const bytes = new Uint8Array(await book.xlsx.writeBuffer());
          expectSound(await readContactList(bytes, rules));
        },
      ),
      { numRuns: 40 },
    );
  });
});
