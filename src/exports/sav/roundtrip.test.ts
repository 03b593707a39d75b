/**
 * Round trips through independent readers: Debian's readstat (the C library behind R haven and
 * pyreadstat) and GNU PSPP. They skip with a message when the readers are not installed, except
 * with CI=true, where a missing reader fails (the project's rule: with CI=true no suite skips).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePrograms } from '../test-support.ts';
import type { SavCell, SavVariable, SavWriterOptions } from './index.ts';
import { createSavWriter } from './index.ts';

const READSTAT = '/usr/bin/readstat';
const EXTRACT_METADATA = '/usr/bin/extract_metadata';
const PSPP = '/usr/bin/pspp';
const PSPP_CONVERT = '/usr/bin/pspp-convert';

const requireTools = (ctx: TestContext, ...paths: string[]) =>
  requirePrograms(ctx, paths, 'apt-get install readstat pspp', 'SAV round trip');

/** Each round trip runs on uncompressed data and on bytecode-compressed data. */
const compressions = ['none', 'bytecode'] as const;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'credmap-sav-'));
});
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** Writes a file the way a streaming caller would: header, rows one by one, end. */
function writeSav(
  name: string,
  options: SavWriterOptions,
  rows: readonly (readonly SavCell[])[],
  patchCount = false,
): string {
  const w = createSavWriter(options);
  const chunks: Uint8Array[] = [w.header()];
  for (const row of rows) chunks.push(w.row(row));
  chunks.push(w.end());
  const file = Buffer.concat(chunks);
  if (patchCount) {
    const patch = w.caseCountPatch();
    file.set(patch.bytes, patch.offset);
  }
  const path = join(dir, `${name}.sav`);
  writeFileSync(path, file);
  return path;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readstatCsv(path: string): string[][] {
  const out = execFileSync(READSTAT, [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseCsv(out);
}

interface ReadstatVariable {
  type: string;
  name: string;
  label?: string;
  categories?: { code: number | string; label: string }[];
  missing?: { type: string; values?: number[]; low?: number | string; high?: number | string };
}

function readstatMetadata(path: string): ReadstatVariable[] {
  const out = join(dir, 'meta.json');
  execFileSync(EXTRACT_METADATA, [path, out], { stdio: 'ignore' });
  // extract_metadata prints infinite range ends as bare `inf`, which is not JSON.
  const text = readFileSync(out, 'utf8').replace(/: (-?)inf\b/g, ': "$1inf"');
  return (JSON.parse(text) as { variables: ReadstatVariable[] }).variables;
}

/** PSPP's own report of the dictionary (and data), as CSV tables. */
function psppReport(path: string, extra = ''): string {
  const syntax = join(dir, 'check.sps');
  const out = join(dir, 'report.csv');
  writeFileSync(syntax, `GET FILE='${path}'.\nDISPLAY DICTIONARY.\n${extra}`);
  execFileSync(PSPP, ['-o', out, '-O', 'format=csv', syntax], { stdio: ['ignore', 'pipe', 'pipe'] });
  return readFileSync(out, 'utf8');
}

function psppConvert(path: string): string[][] {
  const out = join(dir, 'convert.csv');
  execFileSync(PSPP_CONVERT, [path, out], { stdio: 'ignore' });
  return parseCsv(readFileSync(out, 'utf8'));
}

const encoder = new TextEncoder();
const bytes = (s: string): number => encoder.encode(s).length;

/** Text of at most `width` bytes mixing ASCII with Slovenian, Finnish and Polish letters. */
function fill(width: number): string {
  const pattern = 'Ačšž-äö-łż ';
  let s = '';
  for (let i = 0; ; i++) {
    const c = pattern[i % pattern.length]!;
    if (bytes(s + c) > width) break;
    s += c;
  }
  return s.trimEnd();
}

const LONG_LABEL = 'Zadovoljstvo s programom čšž äö łż '.repeat(12);

const dictionaryVariables: SavVariable[] = [
  {
    name: 'satisfaction_overall',
    label: LONG_LABEL,
    type: 'numeric',
    valueLabels: [
      { value: 1, label: 'Zelo nezadovoljen čšž' },
      { value: 5, label: 'Erittäin tyytyväinen äö' },
      { value: 99, label: `Nie wiem łż ${'x'.repeat(200)}` },
    ],
    missingValues: [98, 99],
    measure: 'ordinal',
  },
  { name: 'age_years', label: 'Age', type: 'numeric', missingValues: { low: 900, high: Infinity } },
  {
    name: 'country',
    type: 'string',
    width: 2,
    valueLabels: [
      { value: 'SI', label: 'Slovenija' },
      { value: 'PL', label: 'Polska' },
    ],
  },
  {
    name: 'institution_type',
    type: 'string',
    width: 12,
    valueLabels: [{ value: 'university', label: 'Univerza čšž' }],
  },
];

describe('sav round trip: dictionary', () => {
  const rows: SavCell[][] = [
    [1, 35, 'SI', 'university'],
    [99, null, 'PL', null],
    [null, 950, null, 'other'],
  ];

  it('readstat reads names, labels, value labels and user-missing codes', (ctx) => {
    requireTools(ctx, READSTAT, EXTRACT_METADATA);
    const path = writeSav('dict-rs', { variables: dictionaryVariables, caseCount: rows.length }, rows);
    const meta = readstatMetadata(path);
    expect(meta.map((v) => v.name)).toEqual([
      'satisfaction_overall',
      'age_years',
      'country',
      'institution_type',
    ]);
    const sat = meta[0]!;
    // Label cut to 255 bytes at a character boundary: a prefix of the original, no broken character.
    expect(bytes(sat.label ?? '')).toBeLessThanOrEqual(255);
    expect(bytes(sat.label ?? '')).toBeGreaterThan(250);
    expect(LONG_LABEL.startsWith(sat.label ?? '-')).toBe(true);
    expect(sat.categories?.[0]).toEqual({ code: 1, label: 'Zelo nezadovoljen čšž' });
    expect(sat.categories?.[1]).toEqual({ code: 5, label: 'Erittäin tyytyväinen äö' });
    expect(bytes(sat.categories?.[2]?.label ?? '')).toBe(120);
    expect(sat.missing).toEqual({ type: 'DISCRETE', values: [98, 99] });
    expect(meta[1]!.missing).toMatchObject({ type: 'RANGE', low: 900, high: 'inf' });
    expect(meta[2]!.categories).toEqual([
      { code: 'SI', label: 'Slovenija' },
      { code: 'PL', label: 'Polska' },
    ]);

    const data = readstatCsv(path);
    expect(data[0]).toEqual(['satisfaction_overall', 'age_years', 'country', 'institution_type']);
    // User-missing 99 keeps its code; null is system-missing (empty), never 0.
    expect(data.slice(1).map((r) => [Number(r[0] || Number.NaN), r[1], r[2], r[3]])).toEqual([
      [1, '35.000000', 'SI', 'university'],
      [99, '', 'PL', ''],
      [Number.NaN, '950.000000', '', 'other'],
    ]);
  });

  it('PSPP reads the same dictionary, incl. long-string value labels', (ctx) => {
    requireTools(ctx, PSPP);
    const path = writeSav('dict-pspp', { variables: dictionaryVariables, fileLabel: 'Anketa čšž' }, rows);
    const report = psppReport(path, 'LIST.\n');
    expect(report).toContain('satisfaction_overall,1,Zadovoljstvo s programom čšž äö łż');
    expect(report).toContain(',Ordinal,Input,8,Right,F8.0,F8.0,98; 99');
    expect(report).toContain('age_years,2,Age,Scale,Input,8,Right,F8.2,F8.2,900 THRU HIGHEST');
    expect(report).toContain('country,3,,Nominal,Input,2,Left,A2,A2,');
    expect(report).toContain('institution_type,4,,Nominal,Input,12,Left,A12,A12,');
    expect(report).toContain(',1,Zelo nezadovoljen čšž');
    expect(report).toContain(',99[a],Nie wiem łż');
    // PSPP sorts value labels by value.
    expect(report).toContain('country,PL,Polska\n,SI,Slovenija');
    expect(report).toContain('institution_type,university,Univerza čšž');
    // LIST shows system-missing as "." — not 0.
    expect(report).toMatch(/^\.,950\.00,,other$/m);
  });
});

describe.each(compressions)('sav round trip: strings (compression %s)', (compression) => {
  const variables: SavVariable[] = [
    { name: 'id', type: 'numeric' },
    { name: 'text_10', label: 'Ten bytes', type: 'string', width: 10 },
    { name: 'text_255', type: 'string', width: 255 },
    { name: 'text_256', type: 'string', width: 256 },
    { name: 'open_comment_1000_bytes', label: 'Open comment čšž äö łż', type: 'string', width: 1000 },
  ];
  const rows: SavCell[][] = [
    [1, fill(10), fill(255), fill(256), fill(1000)],
    [2, 'čšž', 'äö', 'łż', 'Hyvää päivää, dzień dobry, dober dan'],
    [3, null, null, null, null],
    [null, 'a"b,c', 'line\nbreak', 'x', `${'ž'.repeat(126)}|${'ł'.repeat(200)}`],
  ];
  const expected = rows.map((r) => r.slice(1).map((v) => v ?? ''));

  it('readstat reads 10, 255, 256 and 1000-byte UTF-8 strings back exactly', (ctx) => {
    requireTools(ctx, READSTAT);
    const path = writeSav(
      `strings-rs-${compression}`,
      { variables, caseCount: rows.length, compression },
      rows,
    );
    const data = readstatCsv(path);
    expect(data[0]).toEqual(['id', 'text_10', 'text_255', 'text_256', 'open_comment_1000_bytes']);
    expect(data.slice(1).map((r) => r.slice(1))).toEqual(expected);
    expect(data[4]![0]).toBe('');
  });

  it('PSPP reports the widths and reads the same strings', (ctx) => {
    requireTools(ctx, PSPP, PSPP_CONVERT);
    const path = writeSav(`strings-pspp-${compression}`, { variables, compression }, rows);
    const report = psppReport(path);
    expect(report).toContain('text_10,2,Ten bytes,Nominal,Input,10,Left,A10,A10');
    expect(report).toContain('text_255,3,,Nominal,Input,40,Left,A255,A255');
    expect(report).toContain('text_256,4,,Nominal,Input,40,Left,A256,A256');
    expect(report).toContain(
      'open_comment_1000_bytes,5,Open comment čšž äö łż,Nominal,Input,40,Left,A1000,A1000',
    );
    const data = psppConvert(path);
    expect(data.slice(1).map((r) => r.slice(1))).toEqual(expected);
  });
});

describe.each(compressions)('sav round trip: row counts (compression %s)', (compression) => {
  const variables: SavVariable[] = [
    { name: 'respondent', type: 'numeric' },
    { name: 'score', type: 'numeric', decimals: 1 },
    { name: 'answer', type: 'string', width: 20 },
  ];
  const many: SavCell[][] = Array.from({ length: 1000 }, (_, i) => [
    i + 1,
    i % 10 === 0 ? null : i / 4,
    i % 3 === 0 ? null : `odgovor ${i} čšž`,
  ]);

  it('0 rows: both readers open the file', (ctx) => {
    requireTools(ctx, READSTAT, PSPP);
    const declared = writeSav(`empty-declared-${compression}`, { variables, caseCount: 0, compression }, []);
    expect(readstatCsv(declared)).toEqual([['respondent', 'score', 'answer']]);
    const unknown = writeSav(`empty-unknown-${compression}`, { variables, compression }, []);
    // PSPP leaves out columns that are empty for every variable (here: Label, Missing Values).
    expect(psppReport(unknown)).toContain('answer,3,Nominal,Input,20,Left,A20,A20');
  });

  it('1000 rows, count declared up front or patched after streaming', (ctx) => {
    requireTools(ctx, READSTAT, PSPP_CONVERT);
    const check = (data: string[][], nullAs: string): void => {
      expect(data.length).toBe(1001);
      expect([Number(data[1]![0]), data[1]![1], data[1]![2]]).toEqual([1, nullAs, '']);
      expect(Number(data[3]![1])).toBe(0.5);
      expect(data[999]![2]).toBe('odgovor 998 čšž');
      expect(Number(data[1000]![0])).toBe(1000);
    };
    check(
      readstatCsv(
        writeSav(`many-declared-${compression}`, { variables, caseCount: 1000, compression }, many),
      ),
      '',
    );
    check(readstatCsv(writeSav(`many-patched-${compression}`, { variables, compression }, many, true)), '');
    // pspp-convert writes system-missing as a blank.
    check(psppConvert(writeSav(`many-unknown-${compression}`, { variables, compression }, many)), ' ');
  });
});

describe('sav round trip: multiple-response sets', () => {
  it('PSPP reads dichotomy and category sets', (ctx) => {
    requireTools(ctx, PSPP);
    const path = writeSav(
      'mrsets',
      {
        variables: [
          { name: 'source_internet', label: 'Internet', type: 'numeric' },
          { name: 'source_radio', label: 'Radio', type: 'numeric' },
          { name: 'lang_1', type: 'string', width: 2 },
          { name: 'lang_2', type: 'string', width: 2 },
        ],
        multipleResponseSets: [
          {
            name: '$sources',
            label: 'Viri informacij čšž',
            type: 'dichotomies',
            countedValue: 1,
            variables: ['source_internet', 'source_radio'],
          },
          { name: '$langs', type: 'categories', variables: ['lang_1', 'lang_2'] },
        ],
      },
      [[1, 0, 'sl', 'fi']],
    );
    const report = psppReport(path, 'MRSETS /DISPLAY NAME=ALL.\n');
    // Members are read back by their long names (written as short names, mapped by record 7/13).
    expect(report).toContain('$langs,,Categories,,"lang_1\nlang_2"');
    expect(report).toContain('$sources,Viri informacij čšž,Dichotomies,1,"source_internet\nsource_radio"');
  });
});

describe.each(compressions)('sav round trip: property (compression %s)', (compression) => {
  const chars = ['a', 'Z', '0', ' ', ',', '"', "'", 'č', 'š', 'ž', 'ä', 'ö', 'ł', 'ż', '€'];
  const text = (maxLength: number) =>
    fc
      .array(fc.constantFrom(...chars), { maxLength })
      // SPSS pads strings with spaces, so trailing spaces cannot survive any reader.
      .map((cs) => cs.join('').trimEnd());
  // Integers and multiples of 1/64 print exactly in readstat's six-decimal CSV output.
  const number = fc.oneof(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    // Around the whole numbers bytecode compression stores in one byte (-99 to 151).
    fc.integer({ min: -120, max: 260 }),
    fc.integer({ min: -64_000_000, max: 64_000_000 }).map((k) => k / 64),
  );
  const row = fc.tuple(fc.option(number), fc.option(text(12)), fc.option(text(200)));

  it('random rows survive readstat exactly', (ctx) => {
    requireTools(ctx, READSTAT);
    const variables: SavVariable[] = [
      { name: 'num', type: 'numeric' },
      { name: 'short_text', type: 'string', width: 36 },
      { name: 'long_text', type: 'string', width: 600 },
    ];
    let run = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const path = writeSav(
          `prop-${compression}-${run++}`,
          { variables, caseCount: rows.length, compression },
          rows,
        );
        const data = readstatCsv(path).slice(1);
        expect(data.length).toBe(rows.length);
        data.forEach((r, i) => {
          const [n, s, l] = rows[i]!;
          expect(r[0] === '' ? null : Number(r[0])).toBe(n);
          expect(r[1]).toBe(s ?? '');
          expect(r[2]).toBe(l ?? '');
        });
      }),
      { numRuns: 20 },
    );
  });
});
