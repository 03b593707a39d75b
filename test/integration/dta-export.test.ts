/**
 * Stata files written by writeDtaFile, read back by two independent readers: Debian's readstat (the
 * C library behind R haven, pyreadstat and others; CLI `readstat` for data, `extract_metadata` for
 * labels) and R haven's `read_dta`. Expected values are derived from the dataset itself by the
 * export's rules: codes → 1..n, -8/-9 → .a/.b, null → ., days → dates, texts intact.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import type { ExportColumn } from '../../src/exports/columns.ts';
import type { Dataset, Value } from '../../src/exports/dataset.ts';
import { exportDatasets } from '../../src/exports/dataset.ts';
import { writeDtaFile } from '../../src/exports/dta-file.ts';
import { findStudy } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { requirePrograms } from '../support/programs.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

const READSTAT = '/usr/bin/readstat';
const EXTRACT_METADATA = '/usr/bin/extract_metadata';
const RSCRIPT = '/usr/bin/Rscript';

/** The readers are Debian packages; under CI=true a missing one fails instead of skipping. */
const requireReaders = (ctx: TestContext) =>
  requirePrograms(
    ctx,
    [READSTAT, EXTRACT_METADATA, RSCRIPT],
    'apt-get install readstat r-cran-haven',
    'Stata export check',
  );

/**
 * What R haven reads, one line per fact. Strings travel as hex UTF-8 bytes (prefixed `x`), so that
 * the locale R runs in cannot change them; numbers as %.15g, `.` for NA, `.a` for tagged NA(a).
 */
const R_SCRIPT = `
library(haven)
args <- commandArgs(trailingOnly = TRUE)
d <- read_dta(args[1])
hex <- function(s) vapply(s, function(x) if (is.na(x)) "NA" else
  paste0("x", paste(as.character(charToRaw(enc2utf8(x))), collapse = "")), "", USE.NAMES = FALSE)
num <- function(x) ifelse(is_tagged_na(x), paste0(".", na_tag(x)),
  ifelse(is.na(x), ".", sprintf("%.15g", as.numeric(unclass(x)))))
label <- attr(d, "label")
lines <- c(paste("nrow", nrow(d)), paste("label", hex(if (is.null(label)) "" else label)))
for (name in names(d)) {
  x <- d[[name]]
  lab <- attr(x, "label")
  lines <- c(lines, paste("var", name, hex(if (is.null(lab)) "" else lab)))
  values <- if (is.character(x)) hex(x) else if (inherits(x, "Date")) ifelse(is.na(x), ".", format(x)) else num(x)
  lines <- c(lines, paste("values", name, paste(values, collapse = " ")))
  labels <- attr(x, "labels")
  if (!is.null(labels))
    lines <- c(lines, paste("labels", name, paste(num(labels), hex(names(labels)), sep = "=", collapse = " ")))
}
writeLines(lines, args[2])
`;

interface Read {
  rows: number;
  label: string;
  names: string[];
  variableLabels: Map<string, string>;
  /** Per variable: `.`/`.a`/`.b`, a number as text, a date, or the string itself. */
  values: Map<string, string[]>;
  valueLabels: Map<string, string[]>;
}

const unhex = (s: string): string => (s === 'NA' ? 'NA' : Buffer.from(s.slice(1), 'hex').toString('utf8'));

function readWithHaven(path: string, dir: string): Read {
  const script = join(dir, 'read.R');
  const out = `${path}.haven.txt`;
  writeFileSync(script, R_SCRIPT);
  execFileSync(RSCRIPT, [script, path, out], { stdio: 'pipe' });
  const read: Read = {
    rows: -1,
    label: '',
    names: [],
    variableLabels: new Map(),
    values: new Map(),
    valueLabels: new Map(),
  };
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const [kind, a = '', b = ''] = line.split(' ', 3);
    // An empty list (no rows) leaves one empty field; every real field is non-empty.
    const rest = line
      .split(' ')
      .slice(2)
      .filter((v) => v !== '');
    if (kind === 'nrow') read.rows = Number(a);
    else if (kind === 'label') read.label = unhex(a);
    else if (kind === 'var') {
      read.names.push(a);
      read.variableLabels.set(a, unhex(b));
    } else if (kind === 'values')
      read.values.set(
        a,
        rest.map((v) => {
          if (v.startsWith('x')) return unhex(v);
          // ., .a, .b and dates as they are; numbers in JavaScript's shortest form.
          return v.startsWith('.') || /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : String(Number(v));
        }),
      );
    else if (kind === 'labels')
      read.valueLabels.set(
        a,
        rest.map((pair) => {
          const [value = '', text = ''] = pair.split('=');
          return `${value}=${unhex(text)}`;
        }),
      );
  }
  return read;
}

function readWithReadstat(path: string): Read {
  const csv = parseCsv(execFileSync(READSTAT, [path, '-'], { encoding: 'utf8', stdio: 'pipe' })).filter(
    (r) => r.length > 1 || r[0] !== '',
  );
  const names = csv[0]!;
  const metaPath = `${path}.json`;
  execFileSync(EXTRACT_METADATA, [path, metaPath], { stdio: 'pipe' });
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as {
    variables: { name: string; label?: string; categories?: { code: number | string; label: string }[] }[];
  };
  const summary = execFileSync(READSTAT, [path], { encoding: 'utf8' });
  return {
    rows: csv.length - 1,
    label: /^Table label: (.*)$/m.exec(summary)?.[1] ?? '',
    names,
    variableLabels: new Map(meta.variables.map((v) => [v.name, v.label ?? ''])),
    values: new Map(names.map((n, i) => [n, csv.slice(1).map((r) => r[i] ?? '')])),
    valueLabels: new Map(
      meta.variables
        .filter((v) => v.categories !== undefined)
        .map((v) => [v.name, v.categories!.map((c) => `${c.code}=${c.label}`)]),
    ),
  };
}

const missingTag: Readonly<Record<number, string>> = { [-8]: '.a', [-9]: '.b' };
const missingLabelled = ".a=Don't know|.b=Prefer not to say".split('|');

/** The value haven should read: the export's rules, written out independently of dta-file.ts. */
function expectedCell(column: ExportColumn, v: Value): string {
  const isString = column.kind === 'text' || (column.kind === 'code' && column.codes === undefined);
  if (isString) return v === null ? '' : String(v);
  if (v === null) return '.';
  if (typeof v === 'number' && missingTag[v] !== undefined && column.kind !== 'id') return missingTag[v]!;
  if (column.kind === 'code') {
    const i = column.codes!.findIndex((c) => c.code === v);
    return i < 0 ? '.' : String(i + 1);
  }
  if (column.kind === 'date') return String(v);
  return String(Number(v));
}

function expectedLabels(column: ExportColumn): string[] | undefined {
  switch (column.kind) {
    case 'code':
      return column.codes === undefined
        ? undefined
        : [...column.codes.map((c, i) => `${i + 1}=${c.label}`), ...missingLabelled];
    case 'flag':
      return ['0=not chosen', '1=chosen', ...missingLabelled];
    case 'rank':
    case 'number':
      return missingLabelled;
    default:
      return undefined;
  }
}

const firstChars = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/** Writes `dataset`, reads it back with both readers and compares everything with the dataset. */
async function roundTrip(dataset: Dataset, dir: string, names: readonly string[], fileLabel: string) {
  const path = join(dir, `${dataset.name}.dta`);
  expect(await writeDtaFile(dataset, path, fileLabel)).toBe(dataset.rowCount);
  const rows: Value[][] = [];
  for await (const batch of dataset.rows()) for (const row of batch) rows.push([...row]);
  const haven = readWithHaven(path, dir);
  const readstat = readWithReadstat(path);
  for (const read of [haven, readstat]) {
    expect(read.rows).toBe(dataset.rowCount);
    expect(read.names).toEqual(names);
    expect(read.label).toBe(firstChars(fileLabel, 80));
  }
  dataset.columns.forEach((column, i) => {
    const name = names[i]!;
    const expected = rows.map((r) => expectedCell(column, r[i] ?? null));
    expect(haven.values.get(name), `haven: ${name}`).toEqual(expected);
    // readstat's CSV prints no missing codes (., .a and .b are all empty) and doubles with decimals.
    expect(
      readstat.values.get(name)!.map((v) => (/^-?\d+\.\d+$/.test(v) ? String(Number(v)) : v)),
      `readstat: ${name}`,
    ).toEqual(expected.map((v) => (v.startsWith('.') ? '' : v)));
    for (const read of [haven, readstat]) {
      // Both readers (readstat's string conversion) drop trailing blanks; the file keeps them.
      expect(read.variableLabels.get(name), `label of ${name}`).toBe(firstChars(column.label, 80).trimEnd());
      expect(read.valueLabels.get(name)?.sort(), `value labels of ${name}`).toEqual(
        expectedLabels(column)?.sort(),
      );
    }
  });
  return { haven, readstat, rows };
}

describe('a Stata file of every column kind, read back by readstat and R haven', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-dta-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const essay = `Dolg odgovor: ${'Žužkarji, čmrlji in ščurki; zażółć gęślą jaźń. '.repeat(60)}`;
  const longLabel = `Kako zadovoljni ste z mikrodokazili, ki ste jih pridobili v zadnjem letu (čšž)? Prosimo, ocenite.`;
  const columns: ExportColumn[] = [
    { name: 'respondent', label: 'Respondent', kind: 'id' },
    { name: 'questionnaire', label: 'Questionnaire', kind: 'code' },
    { name: 'completed', label: 'Day completed (UTC)', kind: 'date' },
    {
      name: 'satisfaction',
      label: longLabel,
      kind: 'code',
      codes: [
        { code: 'high', label: 'Zelo zadovoljen' },
        { code: 'mid', label: 'Srednje — żółć' },
        { code: 'low', label: 'Nezadovoljen' },
      ],
    },
    { name: 'heard_badges', label: 'Heard of: badges', kind: 'flag' },
    { name: 'rank_price', label: 'Rank: price', kind: 'rank' },
    { name: 'age', label: 'Starost', kind: 'number' },
    { name: 'comment', label: 'Komentar', kind: 'text', width: 400 },
    { name: 'essay', label: 'Essay', kind: 'text', width: 8000 },
    { name: 'role_other_text', label: 'Role: other', kind: 'text' },
    { name: '2nd wave', label: 'Second wave (a name Stata cannot take)', kind: 'number' },
  ];
  const rows: Value[][] = [
    [
      1,
      'demo',
      '2026-11-23',
      'high',
      1,
      1,
      34,
      'Odlično, "hvala"!\nDruga vrstica, z vejico.',
      essay,
      'Učiteljica',
      1.25,
    ],
    [2, 'demo', '1959-12-31', 'low', 0, 2, -8, 'Zażółć gęślą jaźń', '', null, -1e12],
    [3, 'drugi', '2000-02-29', -8, -9, -8, -9, '', 'kratko', 'x'.repeat(3000), null],
    [4, 'demo', null, -9, null, null, null, null, null, '', 0],
    [5, 'demo', '2026-01-01', null, -8, -9, 0.1, 'čćđšž ąęłńóśźż ČĆĐŠŽ', `${essay}${essay}`, 'ok', -8],
  ];
  const dataset: Dataset = {
    name: 'every_kind',
    unit: 'respondent',
    layout: 'wide',
    columns,
    rowCount: rows.length,
    rows: async function* () {
      yield rows.slice(0, 2);
      yield rows.slice(2);
    },
  };

  it('keeps values, codes as 1..n, -8/-9 as .a/.b, nulls, labels and long non-ASCII texts', async (ctx) => {
    requireReaders(ctx);
    expect(new TextEncoder().encode(essay).length).toBeGreaterThan(2045);
    const names = [...columns.slice(0, -1).map((c) => c.name), 'v2nd_wave'];
    const { haven } = await roundTrip(dataset, dir, names, 'Raziskava o mikrodokazilih — čšž');
    // Spot checks in the readers' own terms, beside the generic comparison.
    expect(haven.values.get('satisfaction')).toEqual(['1', '3', '.a', '.b', '.']);
    expect(haven.values.get('age')).toEqual(['34', '.a', '.b', '.', '0.1']);
    expect(haven.values.get('completed')).toEqual([
      '2026-11-23',
      '1959-12-31',
      '2000-02-29',
      '.',
      '2026-01-01',
    ]);
    expect(haven.values.get('essay')![4]).toBe(`${essay}${essay}`);
    expect(haven.variableLabels.get('satisfaction')).toBe(firstChars(longLabel, 80).trimEnd());
    expect(Array.from(longLabel).length).toBeGreaterThan(80);
  });

  it('streams 2000 rows of 6 KB strLs through the side file into <strls>, and removes the side file', async (ctx) => {
    requireReaders(ctx);
    // A dataset of one long text per row, many rows: the file is as long as the texts need.
    const text = 'ž'.repeat(3000);
    const many: Dataset = {
      name: 'many',
      unit: 'respondent',
      layout: 'wide',
      columns: [{ name: 'note', label: 'Note', kind: 'text' }],
      rowCount: 2000,
      rows: async function* () {
        for (let b = 0; b < 4; b++) yield Array.from({ length: 500 }, (_, i) => [`${b * 500 + i}:${text}`]);
      },
    };
    const path = join(dir, 'many.dta');
    expect(await writeDtaFile(many, path, 'many')).toBe(2000);
    const csv = parseCsv(
      execFileSync(READSTAT, [path, '-'], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 1 << 28 }),
    );
    expect(csv[1]![0]).toBe(`0:${text}`);
    expect(csv[2000]![0]).toBe(`1999:${text}`);
    expect(existsSync(`${path}.strls-${process.pid}.tmp`)).toBe(false);
  });

  it('refuses a day that is not one, instead of writing it as missing', async () => {
    const bad: Dataset = {
      ...dataset,
      name: 'bad',
      rows: async function* () {
        yield [[...rows[0]!.slice(0, 2), '2026-02-30', ...rows[0]!.slice(3)]];
      },
      rowCount: 1,
    };
    await expect(writeDtaFile(bad, join(dir, 'bad.dta'), 'bad')).rejects.toThrow(/"2026-02-30" is not a day/);
  });
});

describe('the Stata export of the demo study, read back by readstat and R haven', () => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-dta-export-'));
  beforeAll(async () => {
    t = await testApp('pglite');
    const model = await demoModel();
    for (let seed = 1300; seed < 1312; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 2 ? 'sl' : 'en');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has every dataset with its rows, codes as numbers with labels and -8/-9 as .a/.b', async (ctx) => {
    requireReaders(ctx);
    const study = (await findStudy(t.store.db, 'demo'))!;
    const datasets = await exportDatasets(t.store, {
      scope: { studyId: study.id },
      questionnaires: [(await demoModel()).definition],
      language: 'en',
    });
    expect(datasets.length).toBeGreaterThan(1);
    for (const dataset of datasets) {
      // The demo's column names are valid Stata names already; they must come through unchanged.
      const names = dataset.columns.map((c) => c.name);
      for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/);
      const { haven, rows } = await roundTrip(dataset, dir, names, `demo: ${dataset.unit}`);
      expect(rows.length).toBe(dataset.rowCount);
      if (dataset.name === 'data') {
        expect(dataset.rowCount).toBe(12);
        // The demo's answers include missing codes; they must arrive as tagged NA.
        const all = [...haven.values.values()].flat();
        expect(all.some((v) => v === '.a' || v === '.b')).toBe(true);
      }
    }
  });
});
