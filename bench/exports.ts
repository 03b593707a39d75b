import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { computeWeights } from '../src/analysis/weighting.ts';
import { exportDatasets, writeCsvFile, writeSavFile } from '../src/exports/index.ts';
import {
  findStudy,
  listQuestionnaires,
  openStore,
  replaceWeights,
  studyWeighting,
  weightingUnits,
} from '../src/store/index.ts';
import { readStudies } from '../src/studies/index.ts';
import { databaseExists, databaseUrl } from './lib/bench-database.ts';
import { benchDefaults, fixed, median, mib, table, writeSection } from './lib/report.ts';

/**
 * `npm run bench:exports`: the research export of the responses `bench:generate` loaded, as CSV
 * and as SPSS `.sav`, each format written by a process of its own so that its peak resident
 * memory (the kernel's VmHWM) is the export's alone. Every dataset of the export is written: the
 * wide one (a row per respondent) and the long one of each repeat group.
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string', default: benchDefaults.database },
    runs: { type: 'string', default: '3' },
    formats: { type: 'string', default: 'csv,sav' },
    /**
     * `language`: a study without weights is weighted before the export, post-stratified by the
     * respondents' language to equal totals (as the console computes weights), so the export reads
     * a weight for every respondent and writes the weight column; the weights are removed after.
     * A study that has weights keeps them. `none`: exported as it is.
     */
    weights: { type: 'string', default: 'language' },
    /** Internal: this process writes one format and prints what it measured. */
    child: { type: 'string' },
    dir: { type: 'string' },
  },
});

/** Peak and current resident memory of this process, from /proc (bytes). */
function residentMemory(): { peak: number; now: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) =>
    Number(status.match(new RegExp(`${name}:\\s+(\\d+) kB`))?.[1] ?? Number.NaN) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}

interface Measured {
  readonly format: string;
  readonly seconds: number;
  readonly peakBytes: number;
  readonly startBytes: number;
  /** The largest resident set seen in the first and in the last quarter of the export. */
  readonly firstQuarterBytes: number;
  readonly lastQuarterBytes: number;
  readonly rows: number;
  readonly bytes: number;
}

async function writeFormat(format: 'csv' | 'sav', dir: string): Promise<Measured> {
  const store = await openStore({ databaseUrl: databaseUrl(values.database) });
  try {
    const files = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials')!;
    const study = (await findStudy(store.db, 'microcredentials'))!;
    const rows = await listQuestionnaires(store.db, study.id);
    const startBytes = residentMemory().now;
    const started = performance.now();
    const samples: { at: number; bytes: number }[] = [];
    const sampler = setInterval(
      () => samples.push({ at: performance.now(), bytes: residentMemory().now }),
      250,
    );
    const datasets = await exportDatasets(store, {
      scope: { studyId: study.id, questionnaireIds: rows.map((r) => r.id) },
      questionnaires: files.questionnaires,
      language: 'en',
    });
    let written = 0;
    let bytes = 0;
    for (const dataset of datasets) {
      const path = join(dir, `${dataset.name}.${format}`);
      written +=
        format === 'csv'
          ? await writeCsvFile(dataset, path)
          : await writeSavFile(dataset, path, `microcredentials: ${dataset.unit}`);
      bytes += statSync(path).size;
    }
    clearInterval(sampler);
    const ended = performance.now();
    const quarter = (ended - started) / 4;
    const largest = (from: number, to: number) =>
      Math.max(0, ...samples.filter((x) => x.at >= from && x.at <= to).map((x) => x.bytes));
    return {
      format,
      seconds: (ended - started) / 1000,
      firstQuarterBytes: largest(started, started + quarter),
      lastQuarterBytes: largest(ended - quarter, ended),
      peakBytes: residentMemory().peak,
      startBytes,
      rows: written,
      bytes,
    };
  } finally {
    await store.close();
  }
}

/** The study weighted by language unless it has weights, as `--weights` says; what was done. */
async function weightStudy(): Promise<{ note: string; remove?: () => Promise<void> }> {
  if (values.weights === 'none') return { note: 'The study has no weights in this run.' };
  if (values.weights !== 'language') throw new Error(`--weights is language or none: ${values.weights}`);
  const store = await openStore({ databaseUrl: databaseUrl(values.database) });
  try {
    const study = (await findStudy(store.db, 'microcredentials'))!;
    const existing = await studyWeighting(store.db, study.id);
    if (existing !== undefined)
      return {
        note: `The study's own weights (${existing.respondents.toLocaleString('en')} respondents) are exported.`,
      };
    const started = performance.now();
    const units = await weightingUnits(store.db, study.id, ['language']);
    const languages = [...new Set(units.map((u) => u.values[0]!))];
    const margins = {
      language: Object.fromEntries(languages.map((l) => [l, units.length / languages.length])),
    };
    const result = computeWeights(units, ['language'], margins);
    if (!result.ok) throw new Error(`weights: ${JSON.stringify(result.problems)}`);
    await store.db
      .transaction()
      .execute((trx) =>
        replaceWeights(trx, study.id, result.weights, { margins, by: 'bench:exports', now: new Date() }),
      );
    const seconds = (performance.now() - started) / 1000;
    return {
      note: `Every respondent has a weight: before the export, the study was post-stratified by language to equal totals over its ${languages.length} languages, as the console computes weights (read, computed and stored in ${fixed(seconds, 1)} s), so each export reads ${units.length.toLocaleString('en')} weights and writes the weight column; the weights were removed afterwards.`,
      async remove() {
        const again = await openStore({ databaseUrl: databaseUrl(values.database) });
        try {
          await sql`delete from response_weight w using response r, questionnaire_version v, questionnaire q
            where w.response_id = r.id and v.id = r.version_id and q.id = v.questionnaire_id
              and q.study_id = ${study.id}`.execute(again.db);
          await again.db.deleteFrom('study_weighting').where('study_id', '=', study.id).execute();
        } finally {
          await again.close();
        }
      },
    };
  } finally {
    await store.close();
  }
}

if (values.child !== undefined) {
  const format = values.child === 'sav' ? 'sav' : 'csv';
  console.log(JSON.stringify(await writeFormat(format, values.dir ?? tmpdir())));
} else {
  if (!(await databaseExists(values.database)))
    throw new Error(`no database ${values.database}: run npm run bench:generate first`);
  const runs = Number(values.runs);
  const results = new Map<string, Measured[]>();
  const weighting = await weightStudy();
  console.error(weighting.note);
  try {
    for (let run = 0; run < runs; run++)
      for (const format of values.formats.split(',')) {
        const dir = mkdtempSync(join(tmpdir(), 'credmap-export-'));
        try {
          const out = execFileSync(
            process.execPath,
            [
              ...process.execArgv,
              process.argv[1]!,
              '--child',
              format,
              '--dir',
              dir,
              '--database',
              values.database,
            ],
            { encoding: 'utf8', maxBuffer: 1 << 20 },
          );
          const measured = JSON.parse(out.trim().split('\n').at(-1)!) as Measured;
          results.set(format, [...(results.get(format) ?? []), measured]);
          console.error(
            `${format}: ${fixed(measured.seconds)} s, peak ${mib(measured.peakBytes)}, ${measured.rows} rows`,
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
  } finally {
    await weighting.remove?.();
  }
  const respondents = (await openStore({ databaseUrl: databaseUrl(values.database) }).then(async (s) => {
    const n = await s.db
      .selectFrom('response')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('completed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    await s.close();
    return Number(n.n);
  })) as number;
  const body = [
    `The research export of ${respondents.toLocaleString('en')} completed responses to the microcredentials study (\`npm run bench:generate\`): every dataset (a row per respondent, and a row per microcredential described in the repeat group), read from PostgreSQL a batch at a time and written to a local disk. Each format is written by a process of its own; its peak memory is the process's peak resident set (VmHWM), the Node runtime included. Medians of ${runs} runs. ${weighting.note}`,
    '',
    table(
      [
        'format',
        'rows written',
        'file size',
        'seconds',
        'rows/s',
        'peak memory',
        'before the export',
        'largest, first quarter',
        'largest, last quarter',
      ],
      [...results].map(([format, ms]) => [
        format === 'csv' ? 'CSV' : 'SPSS .sav',
        ms[0]!.rows.toLocaleString('en'),
        mib(ms[0]!.bytes),
        fixed(median(ms.map((m) => m.seconds)), 1),
        fixed(ms[0]!.rows / median(ms.map((m) => m.seconds)), 0),
        mib(median(ms.map((m) => m.peakBytes))),
        mib(median(ms.map((m) => m.startBytes))),
        mib(median(ms.map((m) => m.firstQuarterBytes))),
        mib(median(ms.map((m) => m.lastQuarterBytes))),
      ]),
    ),
    '',
    `Target: peak memory flat and under 300 MB: ${[...results.values()].every((ms) => median(ms.map((m) => m.peakBytes)) < 300e6) ? 'met' : 'not met'}.`,
  ].join('\n');
  await writeSection('exports', 'Exports', body);
}
