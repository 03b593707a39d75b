/**
 * The SPSS files of an export dataset, the .sav file and the syntax that reads the CSV, opened in
 * GNU PSPP and readstat as an analyst would open them. Under CI=true a missing reader fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../distribution/index.ts';
import type { ExportColumn } from './columns.ts';
import { writeCsvFile } from './csv-file.ts';
import type { Dataset } from './dataset.ts';
import { writeSavFile } from './sav-file.ts';
import { spssSyntax } from './spss-syntax.ts';
import { memoryDataset, requirePrograms } from './test-support.ts';

const READSTAT = '/usr/bin/readstat';
const PSPP = '/usr/bin/pspp';

/** The readers are Debian packages; under CI=true a missing one fails instead of skipping. */
const requireReaders = (ctx: TestContext) =>
  requirePrograms(ctx, [READSTAT, PSPP], 'apt-get install readstat pspp', 'SPSS export check');

const answer = (questionId: string, code?: string): NonNullable<ExportColumn['source']> => ({
  questionId,
  item: 0,
  part: '',
  ...(code === undefined ? {} : { code }),
});

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'credmap-spss-files-'));
});
afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

/**
 * Writes the dataset's CSV, syntax and .sav to a folder of its own, then runs `commands` in PSPP
 * once after the syntax (reading the CSV) and once after GET FILE of the .sav; returns PSPP's
 * output (CSV tables and any warnings) for each.
 */
async function openInPspp(
  name: string,
  data: Dataset,
  commands: string,
): Promise<{ fromCsv: string; fromSav: string; dir: string }> {
  const dir = join(root, name);
  mkdirSync(dir);
  await writeCsvFile(data, join(dir, 'data.csv'));
  writeFileSync(join(dir, 'data.sps'), spssSyntax(data));
  await writeSavFile(data, join(dir, 'data.sav'), name);
  const run = (file: string, syntax: string) => {
    writeFileSync(join(dir, file), syntax);
    return execFileSync(PSPP, ['-O', 'format=csv', file], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  };
  return {
    fromCsv: run('from-csv.sps', `${spssSyntax(data)}${commands}\n`),
    fromSav: run('from-sav.sps', `GET FILE='data.sav'.\n${commands}\n`),
    dir,
  };
}

describe('the SPSS files of an export', () => {
  it('name every column validly and uniquely, whatever its question is called', async (ctx) => {
    requireReaders(ctx);
    // Question ids may be SPSS keywords, start with _, differ only in characters SPSS names
    // cannot hold (choice codes may hold -), or be 64 characters long before a choice's code.
    const long = 'a'.repeat(64);
    const names = ['to', 'with', '_x', 'vx', 'q_a-b', 'q_a_b', `${long}_x`, `${long}_y`];
    const columns: ExportColumn[] = [
      ...names.map((name): ExportColumn => ({ name, label: name, kind: 'number', source: answer(name) })),
      // Two multiple choices whose sets would both be called $m_a.
      { name: 'm_a_x', label: 'M: x', kind: 'flag', source: answer('m', 'x') },
      { name: 'm_a_y', label: 'M: y', kind: 'flag', source: answer('m', 'y') },
      { name: 'm_a_b-x', label: 'N: x', kind: 'flag', source: answer('m_a_b', 'x') },
      { name: 'm_a_b-y', label: 'N: y', kind: 'flag', source: answer('m_a_b', 'y') },
    ];
    const data = memoryDataset(columns, [columns.map((_, i) => i + 1)]);
    const { fromCsv, fromSav, dir } = await openInPspp('names', data, 'LIST.\nMRSETS /DISPLAY NAME=ALL.');
    const header = (output: string) =>
      output.split('\n')[output.split('\n').indexOf('Table: Data List') + 1]!;
    const sav = parseCsv(execFileSync(READSTAT, [join(dir, 'data.sav'), '-'], { encoding: 'utf8' }));
    const savNames = sav[0]!;
    expect(new Set(savNames.map((n) => n.toLowerCase())).size).toBe(columns.length);
    expect(savNames.slice(0, 6)).toEqual(['to_2', 'with_2', 'v_x', 'vx', 'q_a_b', 'q_a_b_2']);
    // Every value under its own name, in the .sav and in what the syntax reads from the CSV.
    expect(sav[1]!.map(Number)).toEqual(columns.map((_, i) => i + 1));
    expect(header(fromSav)).toBe(savNames.join(','));
    expect(header(fromCsv)).toBe(savNames.join(','));
    for (const output of [fromCsv, fromSav]) {
      expect(output).not.toMatch(/error|warning/i);
      expect(output).toMatch(/\$m_a,/);
      expect(output).toMatch(/\$m_a_2,/);
    }
  });

  it('read every column of the CSV when one is named like a PSPP command', async (ctx) => {
    requireReaders(ctx);
    // PSPP reads a line starting with COMMENT (down to COMM) or DOCUMENT (down to DOC) as that
    // command, even inside another, and drops the line.
    const names = ['respondent', 'comment', 'comm', 'doc', 'document', 'age'];
    const columns = names.map(
      (name): ExportColumn => ({ name, label: `Label of ${name}`, kind: 'number', source: answer(name) }),
    );
    const data = memoryDataset(columns, [[1, 2, 3, 4, 5, 6]]);
    const { fromCsv } = await openInPspp('keywords', data, 'LIST.\nDISPLAY LABELS.');
    expect(fromCsv).not.toMatch(/error|warning/i);
    expect(fromCsv).toContain(`Table: Data List\n${names.join(',')}\n1.00,2.00,3.00,4.00,5.00,6.00\n`);
    for (const name of names) expect(fromCsv).toContain(`${name},`);
    expect(fromCsv).toContain('Label of document');
  });

  it('hold -8 and -9 as user-missing in every numeric variable, flags and ranks too', async (ctx) => {
    requireReaders(ctx);
    // A multiple choice or a ranking answered "don't know" has -8 in each of its variables.
    const columns: ExportColumn[] = [
      { name: 'respondent', label: 'Respondent', kind: 'id' },
      { name: 'heard_a', label: 'Heard: A', kind: 'flag', source: answer('heard', 'a') },
      { name: 'heard_b', label: 'Heard: B', kind: 'flag', source: answer('heard', 'b') },
      { name: 'rank_a', label: 'Rank: A', kind: 'rank', source: answer('rank', 'a') },
      { name: 'rank_b', label: 'Rank: B', kind: 'rank', source: answer('rank', 'b') },
    ];
    const data = memoryDataset(columns, [
      [1, 1, 0, 1, 2],
      [2, 0, 1, 2, 1],
      [3, -8, -8, -8, -8],
      [4, -9, -9, -9, -9],
    ]);
    const { fromCsv, fromSav } = await openInPspp(
      'missing',
      data,
      'DESCRIPTIVES heard_a heard_b rank_a rank_b.',
    );
    for (const output of [fromCsv, fromSav]) {
      expect(output).not.toMatch(/error|warning/i);
      // Two valid values each, their mean 0.5 or 1.5: the missing codes are left out.
      for (const label of ['Heard: A', 'Heard: B']) expect(output).toMatch(new RegExp(`${label},2,\\.50,`));
      for (const label of ['Rank: A', 'Rank: B']) expect(output).toMatch(new RegExp(`${label},2,1\\.50,`));
    }
    const dictionary = (await openInPspp('missing-dictionary', data, 'DISPLAY DICTIONARY.')).fromSav;
    expect(dictionary).toMatch(/-8\[a\],Don't know/);
    expect(readFileSync(join(root, 'missing', 'data.sps'), 'utf8')).toContain("-8 'Don''t know'");
  });

  it('hold days as SPSS dates in the .sav file, -8 and -9 user-missing beside them', async (ctx) => {
    requireReaders(ctx);
    const columns: ExportColumn[] = [
      { name: 'respondent', label: 'Respondent', kind: 'id' },
      { name: 'started', label: 'Started on', kind: 'date', source: answer('started') },
    ];
    const data = memoryDataset(columns, [
      [1, '2024-04-03'],
      [2, '1582-10-15'],
      [3, -8],
      [4, null],
    ]);
    const { fromSav, dir } = await openInPspp(
      'dates',
      data,
      'DISPLAY DICTIONARY.\nLIST.\nDESCRIPTIVES started.',
    );
    expect(fromSav).not.toMatch(/error|warning/i);
    expect(fromSav).toMatch(/^started,2,Started on,Scale,Input,8,Right,SDATE10,SDATE10,-8; -9$/m);
    expect(fromSav).toContain('Table: Data List\nrespondent,started\n1,2024/04/03\n2,1582/10/15\n3,.\n4,.\n');
    // Two valid days: the missing code is not a day of 1582.
    expect(fromSav).toMatch(/^Started on,2,.*,1582\/10\/15,2024\/04\/03$/m);
    // Seconds since 14 October 1582, as SPSS counts: 1582-10-15 is one day after.
    const raw = parseCsv(execFileSync(READSTAT, [join(dir, 'data.sav'), '-'], { encoding: 'utf8' }));
    expect(raw.slice(1).map((r) => r[1])).toEqual(['13931481600.000000', '86400.000000', '-8.000000', '']);
  });

  it('cut long labels as the .sav file does, in bytes and never inside a character', async (ctx) => {
    requireReaders(ctx);
    // 127 two-byte letters, then an emoji of four bytes across SPSS's limit of 255 bytes; a value
    // label of 59 letters and an emoji across its limit of 120.
    const long = `${'ł'.repeat(127)}😀 and more`;
    const columns: ExportColumn[] = [
      { name: 'respondent', label: 'Respondent', kind: 'id' },
      {
        name: 'sector',
        label: long,
        kind: 'code',
        codes: [{ code: 'a', label: `${'č'.repeat(59)}😀 and more` }],
        source: answer('sector'),
      },
    ];
    const data = memoryDataset(columns, [[1, 'a']]);
    const { fromCsv, fromSav } = await openInPspp('labels', data, 'DISPLAY LABELS.\nDISPLAY DICTIONARY.');
    expect(fromCsv).not.toMatch(/error|warning/i);
    expect(fromCsv).not.toContain('\uFFFD');
    // The syntax gives the labels the .sav file holds.
    // The CSV holds the code, the .sav its number.
    for (const [output, value] of [
      [fromCsv, 'a'],
      [fromSav, '1'],
    ] as const) {
      expect(output).toContain(`sector,2,${'ł'.repeat(127)}\n`);
      expect(output).toContain(`,${value},${'č'.repeat(59)}\n`);
    }
  });
});
