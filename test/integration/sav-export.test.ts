import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import type { DataFormat } from '../../src/exports/index.ts';
import { exportDatasets, writeExportPackage, writeSavFile } from '../../src/exports/index.ts';
import type { Model, Questionnaire } from '../../src/questionnaire/index.ts';
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

  /** Exports the demo study (or as `questionnaire` defines it), in English, to a folder of its own; returns the folder. */
  const exportTo = async (
    name: string,
    formats: readonly DataFormat[],
    questionnaire: Questionnaire | undefined = undefined,
  ) => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    const out = join(dir, name);
    await writeExportPackage(t.store, {
      scope: { studyId: study.id },
      study: 'demo',
      questionnaires: [questionnaire ?? (await demoModel()).definition],
      language: 'en',
      dir: out,
      now: new Date(),
      formats,
    });
    return out;
  };

  /** Gives the first response's answer to `questionId` the value `value`. */
  const setFirstAnswer = async (questionId: string, value: string) => {
    const [first] = await t.store.db
      .selectFrom('answer')
      .select('response_id')
      .where('question_id', '=', questionId)
      .where('missing', 'is', null)
      .orderBy('response_id')
      .limit(1)
      .execute();
    await t.store.db
      .updateTable('answer')
      .set({ value: JSON.stringify(value) })
      .where('question_id', '=', questionId)
      .where('response_id', '=', first!.response_id)
      .execute();
  };

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
  it('sizes each text variable to its widest answer in bytes, and keeps every character of it', async (ctx) => {
    requireReaders(ctx);
    // A long answer in three alphabets: 2 and 3 bytes a character in UTF-8.
    const long = `Mikrokvalifikacije: ${'čšž ΑΒΓ 資格 '.repeat(40)}konec`;
    await setFirstAnswer('comments', long);
    const out = await exportTo('widths', ['sav']);
    const fromSav = parseCsv(execFileSync(READSTAT, [join(out, 'data.sav'), '-'], { encoding: 'utf8' }));
    const comments = fromSav.slice(1).map((r) => r[fromSav[0]!.indexOf('comments')]);
    expect(comments).toContain(long);
    const syntax = join(out, 'dictionary.sps');
    execFileSync('sh', [
      '-c',
      `printf 'GET FILE="%s".\\nDISPLAY DICTIONARY /VARIABLES=comments.\\n' "${join(out, 'data.sav')}" > "${syntax}"`,
    ]);
    execFileSync(PSPP, ['-O', 'format=csv', '-o', join(out, 'dictionary.csv'), syntax], { stdio: 'pipe' });
    // The widest answer's bytes, not the question's limit (four bytes a character for 2,000).
    expect(readFileSync(join(out, 'dictionary.csv'), 'utf8')).toContain(`A${Buffer.byteLength(long)}`);
  });

  it('keeps the missing code of a text that was only ever answered "don\'t know", in SPSS and Stata', async (ctx) => {
    requireReaders(ctx);
    await t.store.db
      .updateTable('answer')
      .set({ value: null, missing: 'dont_know' })
      .where('question_id', '=', 'comments')
      .execute();
    const out = await exportTo('missing-texts', ['sav', 'dta']);
    const column = (rows: string[][]) => rows.slice(1).map((r) => r[rows[0]!.indexOf('comments')]);
    const csv = column(parseCsv(readFileSync(join(out, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')));
    expect(csv).toContain('-8');
    for (const file of ['data.sav', 'data.dta'])
      expect(
        column(parseCsv(execFileSync(READSTAT, [join(out, file), '-'], { encoding: 'utf8' }))),
        file,
      ).toEqual(csv);
    expect(readFileSync(join(out, 'data.sps'), 'utf8')).toMatch(/^ {4}comments A2$/m);
  });

  it('keeps a calculation longer than 64 bytes whole, in SPSS and Stata', async (ctx) => {
    requireReaders(ctx);
    // A calculation can make any text (here one joined from answers), and has no code list.
    const made = `Zaświadczenie, Mikrokvalifikacija, Teilqualifikation, Osaamismerkki: ${'ł'.repeat(40)}`;
    await setFirstAnswer('n_mc', made);
    // A calculation that may give a text: its column is text (the demo's own count is numeric).
    const joined = withCalculation(await demoModel(), 'n_mc', "concat('Count: ', count(${mc}))");
    const out = await exportTo('calculations', ['sav', 'dta'], joined);
    const column = (rows: string[][]) => rows.slice(1).map((r) => r[rows[0]!.indexOf('n_mc')]);
    const csv = column(parseCsv(readFileSync(join(out, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')));
    expect(csv).toContain(made);
    for (const file of ['data.sav', 'data.dta'])
      expect(
        column(parseCsv(execFileSync(READSTAT, [join(out, file), '-'], { encoding: 'utf8' }))),
        file,
      ).toEqual(csv);
    expect(readFileSync(join(out, 'data.sps'), 'utf8')).toContain(`n_mc A${Buffer.byteLength(made)}`);
  });

  it('gives a calculation that can only make numbers a numeric variable, unless a value stored is text', async (ctx) => {
    requireReaders(ctx);
    // The demo's n_mc is count(${mc}); another test may have stored a text in it.
    await t.store.db
      .updateTable('answer')
      .set({ value: JSON.stringify(2) })
      .where('question_id', '=', 'n_mc')
      .where(sql<boolean>`jsonb_typeof(value) = 'string'`)
      .execute();
    const column = (rows: string[][]) => rows.slice(1).map((r) => r[rows[0]!.indexOf('n_mc')]);
    /** n_mc as data.csv has it, after checking that the .sav and .dta have the same values. */
    const exported = async (name: string) => {
      const out = await exportTo(name, ['sav', 'dta']);
      const csv = column(parseCsv(readFileSync(join(out, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')));
      const raw = new Map<string, string>();
      for (const file of ['data.sav', 'data.dta']) {
        const read = execFileSync(READSTAT, [join(out, file), '-'], { encoding: 'utf8' });
        // readstat writes a double as 2.000000.
        const same = (v: string | undefined) =>
          v !== undefined && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
        expect(column(parseCsv(read)).map(same), file).toEqual(csv.map(same));
        // readstat's CSV quotes a string value and not a number.
        raw.set(file, read.split('\n')[1]!.split(',')[parseCsv(read)[0]!.indexOf('n_mc')]!);
      }
      return { csv, raw, syntax: readFileSync(join(out, 'data.sps'), 'utf8') };
    };
    const numeric = await exported('numeric-calculations');
    expect(numeric.csv.length).toBe(12);
    expect(numeric.csv.every((v) => /^\d+$/.test(v ?? ''))).toBe(true);
    for (const [file, value] of numeric.raw) expect(value, file).toMatch(/^\d+(\.0+)?$/);
    expect(numeric.syntax).toMatch(/^ {4}n_mc F12\.2$/m);

    // A value stored as text (as an earlier version's calculation could): a column of text, whole.
    await setFirstAnswer('n_mc', 'drei');
    const text = await exported('text-in-numeric-calculations');
    expect(text.csv).toContain('drei');
    for (const [file, value] of text.raw) expect(value, file).toMatch(/^"/);
    expect(text.syntax).toMatch(/^ {4}n_mc A64$/m);
  });

  it('writes the respondents it found when it began, however many finish while it writes', async () => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    const questionnaires = [(await demoModel()).definition];
    const [data] = await exportDatasets(t.store, {
      scope: { studyId: study.id },
      questionnaires,
      language: 'en',
    });
    expect(data!.rowCount).toBe(12);
    await completeDemo(new Browser(t.app), await demoModel(), 1200);
    // The header said 12 rows: a 13th would make the file invalid (the writer refuses it).
    expect(await writeSavFile(data!, join(dir, 'during.sav'), 'demo')).toBe(12);
    const [next] = await exportDatasets(t.store, {
      scope: { studyId: study.id },
      questionnaires,
      language: 'en',
    });
    expect(next!.rowCount).toBe(13);
  });
});

/** The questionnaire with the calculation `id` computed by `expression` instead. */
function withCalculation(model: Model, id: string, expression: string): Questionnaire {
  const definition = structuredClone(model.definition) as Questionnaire;
  for (const entry of definition.pages)
    for (const page of entry.type === 'page' ? [entry] : entry.pages)
      for (const q of page.items) if (q.id === id && q.type === 'calculate') Object.assign(q, { expression });
  return definition;
}
