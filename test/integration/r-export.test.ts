import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import type { ExportColumn } from '../../src/exports/columns.ts';
import { writeCsvFile } from '../../src/exports/csv-file.ts';
import type { Value } from '../../src/exports/dataset.ts';
import { exportDatasets } from '../../src/exports/dataset.ts';
import { rScript } from '../../src/exports/r-script.ts';
import { memoryDataset } from '../../src/exports/test-support.ts';
import { findStudy } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

const RSCRIPT = '/usr/bin/Rscript';

/** R and haven are Debian packages (r-base-core, r-cran-haven); under CI=true their absence fails. */
function requireR(ctx: TestContext): void {
  let missing = existsSync(RSCRIPT) ? '' : `${RSCRIPT} not installed`;
  if (missing === '')
    try {
      execFileSync(RSCRIPT, ['-e', 'library(haven)'], { stdio: 'pipe' });
    } catch {
      missing = 'the R package haven is not installed';
    }
  if (missing === '') return;
  const what = `${missing} (apt-get install r-base-core r-cran-haven)`;
  if (process.env.CI === 'true') throw new Error(`${what}: with CI=true this suite may not skip`);
  console.warn(`R export check skipped: ${what}`);
  ctx.skip();
}

/**
 * Runs the dataset's R script in `dir` followed by `checks`, in the C locale (so that nothing
 * depends on the reader's locale), and returns what the checks printed as `key=value` lines.
 */
function runR(dir: string, script: string, checks: readonly string[]): Map<string, string> {
  const file = join(dir, 'check.R');
  const out = 'out <- function(key, ...) writeLines(enc2utf8(paste0(key, "=", ...)), useBytes = TRUE)';
  writeFileSync(file, [script, out, ...checks, ''].join('\n'));
  let printed: string;
  try {
    printed = execFileSync(RSCRIPT, ['--vanilla', file], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`Rscript: ${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  return new Map(
    printed
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

/** Unicode code points as R's utf8ToInt prints them, space separated. */
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)).join(' ');

const columns: ExportColumn[] = [
  { name: 'respondent', label: 'Respondent', kind: 'id' },
  { name: 'questionnaire', label: 'Questionnaire', kind: 'code' },
  { name: 'completed', label: 'Day completed (UTC)', kind: 'date' },
  {
    name: 'role',
    label: 'Kaj od naštetega vas najbolje opisuje?',
    kind: 'code',
    codes: [
      { code: 'student', label: 'Študent "z" vejico, ali ne' },
      { code: 'teacher', label: 'Nauczyciel z Łodzi' },
    ],
    source: { questionId: 'role', item: 0, part: '' },
  },
  {
    name: 'heard_badges',
    label: 'Heard of: badges',
    kind: 'flag',
    source: { questionId: 'heard', item: 0, part: '', code: 'badges' },
  },
  {
    name: 'heard_other',
    label: 'Heard of: other',
    kind: 'flag',
    source: { questionId: 'heard', item: 0, part: '', code: 'other' },
  },
  { name: 'age', label: 'Age in years', kind: 'number', source: { questionId: 'age', item: 0, part: '' } },
  {
    name: 'comments',
    label: 'Comments',
    kind: 'text',
    width: 400,
    source: { questionId: 'comments', item: 0, part: '' },
  },
  { name: 'issued', label: 'Izdano dne', kind: 'date', source: { questionId: 'issued', item: 0, part: '' } },
];
const texts = ['Žužemberk, "v narekovajih"\nin nova vrstica', '=1+1', 'NA', 'Zażółć gęślą jaźń 😀', null];
const rows: Value[][] = [
  [1, 'demo', '2026-11-23', 'student', 1, 0, 34.5, texts[0]!, '2025-05-01'],
  [2, 'demo', '2026-11-24', -8, 0, 1, -9, texts[1]!, -8],
  [3, 'demo', '2026-01-02', null, -8, null, -8, texts[2]!, null],
  [4, 'demo', '2026-01-03', 'teacher', -9, -8, 0, texts[3]!, -9],
  [5, 'other', '2026-01-04', -9, null, null, null, texts[4]!, '2024-02-29'],
];
const small = memoryDataset(columns, rows);

describe('the R script of a CSV export, run by R with haven', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-r-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads types, labels, value labels, user-missing codes and texts as the CSV has them', async (ctx) => {
    requireR(ctx);
    await writeCsvFile(small, join(dir, 'data.csv'));
    const script = rScript(small);
    expect(script).toMatch(/^[\x20-\x7e\n]*$/); // ASCII only: no locale can garble it
    const r = runR(dir, script, [
      'out("nrow", nrow(data))',
      'out("is.data.frame", is.data.frame(data))',
      'for (n in names(data)) out(paste0("class.", n), paste(class(data[[n]]), collapse = ","))',
      'for (n in names(data)) out(paste0("label.", n), paste(utf8ToInt(attr(data[[n]], "label")), collapse = " "))',
      'out("respondent", paste(data$respondent, collapse = "|"))',
      'out("completed", paste(format(data$completed), collapse = "|"))',
      'out("issued", paste(format(data$issued), collapse = "|"))',
      'out("role", paste(unclass(data$role), collapse = "|"))',
      'out("role.na", paste(is.na(data$role), collapse = "|"))',
      'out("role.values", paste(attr(data$role, "labels"), collapse = "|"))',
      'out("role.na_values", paste(attr(data$role, "na_values"), collapse = "|"))',
      'labels <- names(attr(data$role, "labels"))',
      'for (i in seq_along(labels)) out(paste0("role.label.", i), paste(utf8ToInt(labels[i]), collapse = " "))',
      'factor <- as.character(haven::as_factor(data$role))',
      'for (i in 1:5) out(paste0("role.factor.", i), paste(utf8ToInt(factor[i]), collapse = " "))',
      'out("age", paste(unclass(data$age), collapse = "|"))',
      'out("age.na", paste(is.na(data$age), collapse = "|"))',
      'out("age.na_values", paste(attr(data$age, "na_values"), collapse = "|"))',
      'out("age.zapped", paste(haven::zap_missing(data$age), collapse = "|"))',
      'out("heard_badges", paste(unclass(data$heard_badges), collapse = "|"))',
      'out("heard_badges.labels", paste(names(attr(data$heard_badges, "labels")), collapse = "|"))',
      'for (i in seq_len(nrow(data))) out(paste0("comments.", i), if (is.na(data$comments[i])) "NA" else paste(utf8ToInt(data$comments[i]), collapse = " "))',
    ]);
    expect(r.get('nrow')).toBe('5');
    expect(r.get('is.data.frame')).toBe('TRUE');
    // Types: ids integer, dates Date, texts and short codes character, choices and numbers labelled.
    expect(r.get('class.respondent')).toBe('integer');
    expect(r.get('class.completed')).toBe('Date');
    expect(r.get('class.questionnaire')).toBe('haven_labelled_spss,haven_labelled,vctrs_vctr,character');
    expect(r.get('class.comments')).toBe('character');
    expect(r.get('class.role')).toBe('haven_labelled_spss,haven_labelled,vctrs_vctr,character');
    expect(r.get('class.age')).toBe('haven_labelled_spss,haven_labelled,vctrs_vctr,double');
    expect(r.get('class.heard_badges')).toBe('haven_labelled_spss,haven_labelled,vctrs_vctr,double');
    for (const c of columns) expect(r.get(`label.${c.name}`), c.name).toBe(codePoints(c.label));
    expect(r.get('respondent')).toBe('1|2|3|4|5');
    expect(r.get('completed')).toBe('2026-11-23|2026-11-24|2026-01-02|2026-01-03|2026-01-04');
    // A date's missing codes become NA: the Date class has no value labels.
    expect(r.get('class.issued')).toBe('Date');
    expect(r.get('issued')).toBe('2025-05-01|NA|NA|NA|2024-02-29');
    // A choice keeps its string codes; its missing codes are the strings "-8"/"-9", user-missing.
    expect(r.get('role')).toBe('student|-8|NA|teacher|-9');
    expect(r.get('role.na')).toBe('FALSE|TRUE|TRUE|FALSE|TRUE');
    expect(r.get('role.values')).toBe('student|teacher|-8|-9');
    expect(r.get('role.na_values')).toBe('-8|-9');
    expect(r.get('role.label.1')).toBe(codePoints('Študent "z" vejico, ali ne'));
    expect(r.get('role.label.2')).toBe(codePoints('Nauczyciel z Łodzi'));
    expect(r.get('role.label.3')).toBe(codePoints("Don't know"));
    expect(r.get('role.label.4')).toBe(codePoints('Prefer not to say'));
    // as_factor: labels in place of codes, missing codes labelled too.
    expect(r.get('role.factor.1')).toBe(codePoints('Študent "z" vejico, ali ne'));
    expect(r.get('role.factor.2')).toBe(codePoints("Don't know"));
    expect(r.get('role.factor.3')).toBe('NA');
    expect(r.get('role.factor.4')).toBe(codePoints('Nauczyciel z Łodzi'));
    // Numbers: -8/-9 stay as values, declared user-missing; zap_missing makes them NA.
    expect(r.get('age')).toBe('34.5|-9|-8|0|NA');
    expect(r.get('age.na')).toBe('FALSE|TRUE|TRUE|FALSE|TRUE');
    expect(r.get('age.na_values')).toBe('-8|-9');
    expect(r.get('age.zapped')).toBe('34.5|NA|NA|0|NA');
    expect(r.get('heard_badges')).toBe('1|0|-8|-9|NA');
    expect(r.get('heard_badges.labels')).toBe("not chosen|chosen|Don't know|Prefer not to say");
    // Texts as in the CSV: quotes, commas, newlines and non-ASCII letters; "NA" is a text; the
    // formula guard's apostrophe stays; an empty field is NA.
    expect(r.get('comments.1')).toBe(codePoints(texts[0]!));
    expect(r.get('comments.2')).toBe(codePoints("'=1+1"));
    expect(r.get('comments.3')).toBe(codePoints('NA'));
    expect(r.get('comments.4')).toBe(codePoints(texts[3]!));
    expect(r.get('comments.5')).toBe('NA');
  });

  it('stops with a message when the CSV does not have the columns it describes', async (ctx) => {
    requireR(ctx);
    const other = join(dir, 'broken');
    rmSync(other, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', other]);
    writeFileSync(join(other, 'data.csv'), '\uFEFFrespondent,questionnaire\r\nnot a number,demo\r\n');
    expect(() => runR(other, rScript(small), [])).toThrow(/did not read as described/);
  });
});

describe('the R scripts of the demo study, run by R on its CSV files', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-r-demo-'));
  beforeAll(async () => {
    t = await testApp('pglite');
    const model = await demoModel();
    for (let seed = 1200; seed < 1210; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 2 ? 'sl' : 'en');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every dataset with its rows, labels in the export language and missing codes', async (ctx) => {
    requireR(ctx);
    const study = (await findStudy(t.store.db, 'demo'))!;
    const datasets = await exportDatasets(t.store, {
      scope: { studyId: study.id },
      questionnaires: [(await demoModel()).definition],
      language: 'sl',
    });
    expect(datasets.map((d) => d.name)).toEqual(['data', 'mc']);
    for (const dataset of datasets) {
      const written = await writeCsvFile(dataset, join(dir, `${dataset.name}.csv`));
      expect(written).toBe(dataset.rowCount);
    }
    const data = datasets[0]!;
    const r = runR(dir, rScript(data), [
      'out("nrow", nrow(data))',
      'out("ncol", ncol(data))',
      'out("role.label", paste(utf8ToInt(attr(data$role, "label")), collapse = " "))',
      'out("role.values", paste(attr(data$role, "labels"), collapse = "|"))',
      'out("age.class", class(data$age)[1])',
      'out("age.na_values", paste(attr(data$age, "na_values"), collapse = "|"))',
      'out("language", paste(data$language, collapse = "|"))',
      'out("respondent", class(data$respondent))',
    ]);
    const csv = parseCsv(readFileSync(join(dir, 'data.csv'), 'utf8').replace(/^\uFEFF/, '')).filter(
      (row) => row.length > 1,
    );
    expect(r.get('nrow')).toBe(String(data.rowCount));
    expect(data.rowCount).toBe(10);
    expect(r.get('ncol')).toBe(String(data.columns.length));
    expect(r.get('role.label')).toBe(codePoints('Kaj od naštetega vas najbolje opisuje?'));
    expect(r.get('role.values')).toBe('employee|learner|not_working|employer|provider|other|-8|-9');
    expect(r.get('age.class')).toBe('haven_labelled_spss');
    expect(r.get('age.na_values')).toBe('-8|-9');
    expect(r.get('respondent')).toBe('integer');
    const language = csv[0]!.indexOf('language');
    expect(r.get('language')).toBe(
      csv
        .slice(1)
        .map((row) => row[language])
        .join('|'),
    );

    // The repeat group's long file: one row per item described, joined on `respondent`.
    const mc = datasets[1]!;
    const long = runR(dir, rScript(mc), [
      'out("nrow", nrow(mc))',
      'out("item", class(mc$item))',
      'out("mc_issued", class(mc$mc_issued))',
    ]);
    expect(long.get('nrow')).toBe(String(mc.rowCount));
    expect(long.get('item')).toBe('integer');
    expect(long.get('mc_issued')).toBe('Date');
  });
});
