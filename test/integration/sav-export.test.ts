import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import { writeExportPackage } from '../../src/exports/index.ts';
import { findStudy } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { requirePrograms } from '../support/programs.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

const READSTAT = '/usr/bin/readstat';
const PSPP = '/usr/bin/pspp';

/** The readers are Debian packages; under CI=true a missing one fails instead of skipping. */
const requireReaders = (ctx: TestContext) =>
  requirePrograms(ctx, [READSTAT, PSPP], 'apt-get install readstat pspp', 'SPSS export check');

describe('the SPSS export of a study, read back by readstat and PSPP', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-sav-export-'));
  beforeAll(async () => {
    t = await testApp('pglite');
    const model = await demoModel();
    for (let seed = 1100; seed < 1112; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 2 ? 'sl' : 'en');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the rows and values of data.csv, codes as numbers with labels, -8/-9 as user-missing', async (ctx) => {
    requireReaders(ctx);
    const study = (await findStudy(t.store.db, 'demo'))!;
    const questionnaires = [(await demoModel()).definition];
    const scope = { studyId: study.id };
    const summary = await writeExportPackage(t.store, {
      scope,
      study: 'demo',
      questionnaires,
      language: 'en',
      dir,
      now: new Date(),
      formats: ['sav'],
    });
    const sav = join(dir, 'data.sav');
    expect(summary.respondents).toBe(12);
    expect(summary.files).toContain('data.sav');

    const csv = parseCsv(readFileSync(join(dir, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')).filter(
      (r) => r.length > 1,
    );
    const fromSav = parseCsv(execFileSync(READSTAT, [sav, '-'], { encoding: 'utf8' })).filter(
      (r) => r.length > 1,
    );
    expect(fromSav).toHaveLength(csv.length);
    const col = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0]!.indexOf(name)]);
    expect(col(fromSav, 'language')).toEqual(col(csv, 'language'));
    expect(col(fromSav, 'comments')).toEqual(col(csv, 'comments'));
    // Ages are numbers in both; a missing code stays -8 or -9 (readstat prints six decimals).
    expect(col(fromSav, 'age').map((v) => (v === '' ? '' : String(Number(v))))).toEqual(col(csv, 'age'));
    // Multiple choice: 0/1 per option in both.
    expect(col(fromSav, 'heard_badges').map((v) => (v === '' ? '' : String(Number(v))))).toEqual(
      col(csv, 'heard_badges'),
    );

    const syntax = join(dir, 'check.sps');
    const dictionary = join(dir, 'dictionary.csv');
    execFileSync('sh', [
      '-c',
      `printf 'GET FILE="%s".\\nDISPLAY DICTIONARY.\\nMRSETS /DISPLAY NAME=ALL.\\n' "${sav}" > "${syntax}"`,
    ]);
    try {
      execFileSync(PSPP, ['-O', 'format=csv', '-o', dictionary, syntax], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(
        `pspp: ${(error as { stdout?: string }).stdout ?? ''} ${(error as { stderr?: string }).stderr ?? ''}`,
      );
    }
    const text = readFileSync(dictionary, 'utf8');
    expect(text).toMatch(/role,.*Which of these best describes you\?/);
    // [a]: PSPP's mark of a user-missing value.
    expect(text).toMatch(/-8\[a\],Don't know/);
    expect(text).toMatch(/role,\d+,Which of these best describes you\?,Nominal,.*,-8; -9/);
    expect(text).toMatch(/\$heard/);

    // The syntax file reads data.csv with the same labels, in PSPP.
    const fromCsv = join(dir, 'from-csv.sps');
    execFileSync('sh', [
      '-c',
      `cd "${dir}" && cat data.sps > "${fromCsv}" && printf 'DISPLAY DICTIONARY.\\nMRSETS /DISPLAY NAME=ALL.\\nFREQUENCIES /VARIABLES=language.\\n' >> "${fromCsv}"`,
    ]);
    try {
      execFileSync(PSPP, ['-O', 'format=csv', '-o', join(dir, 'from-csv.csv'), fromCsv], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      throw new Error(`pspp: ${(error as { stdout?: string }).stdout ?? ''}`);
    }
    const read = readFileSync(join(dir, 'from-csv.csv'), 'utf8');
    expect(read).toMatch(/role,\d+,Which of these best describes you\?/);
    expect(read).toMatch(/\$heard/);
    expect(read).toMatch(/Valid,en,/);
  });
});
