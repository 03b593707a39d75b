import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ReleaseGrouping } from '../src/analysis/index.ts';
import { buildRelease, tableParts, tabulable } from '../src/analysis/index.ts';
import type { Question } from '../src/questionnaire/index.ts';
import type { Grouping, Store, TallyScope } from '../src/store/index.ts';
import {
  askedCounts,
  askedCountsFromAnswers,
  codeCounts,
  codeCountsFromAnswers,
  findStudy,
  listQuestionnaires,
  numberSummaries,
  numberSummariesFromAnswers,
  openStore,
  respondentCounts,
  respondentCountsFromAnswers,
} from '../src/store/index.ts';
import { readStudies } from '../src/studies/index.ts';
import { databaseExists, databaseUrl } from './lib/bench-database.ts';
import { modelsOf } from './lib/dataset.ts';
import { benchDefaults, fixed, median, table, writeSection } from './lib/report.ts';

/**
 * `npm run bench:results`: the study's results over the responses `bench:generate` loaded: a
 * frequency table of every question that has results, and three crosstabs, counted as a release
 * counts them (from the running totals, ADR 0006) and protected (primary, concentration and
 * secondary suppression with the LP audit). Then the same counts from the answers, by credmap's
 * own queries on PostgreSQL and by DuckDB from the same rows, in the same run: the counts are
 * compared one by one, and the times give the ratios. `--answers false` leaves out the counts from
 * the answers on PostgreSQL, `--duckdb false` DuckDB (at a million responses each takes long).
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string', default: benchDefaults.database },
    runs: { type: 'string', default: '3' },
    answers: { type: 'string', default: 'true' },
    duckdb: { type: 'string', default: 'true' },
    /** The section of BENCHMARKS.md to write, when several sizes are reported side by side. */
    section: { type: 'string', default: 'results' },
  },
});
const runs = Number(values.runs);
if (!(await databaseExists(values.database)))
  throw new Error(`no database ${values.database}: run npm run bench:generate first`);

/** The three crosstabs: a question by a breakdown a release offers. */
const crosstabs: readonly { question: string; grouping: ReleaseGrouping }[] = [
  { question: 'familiarity', grouping: 'country' },
  { question: 'terms', grouping: 'target_group' },
  { question: 'challenges', grouping: 'language' },
];

const store = await openStore({ databaseUrl: databaseUrl(values.database) });
const studyFiles = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials')!;
const study = (await findStudy(store.db, 'microcredentials'))!;
const rows = await listQuestionnaires(store.db, study.id);
const models = modelsOf(studyFiles);
const scope: TallyScope = { studyId: study.id, questionnaireIds: rows.map((r) => r.id) };
const threshold = studyFiles.study.disclosureThreshold;

/** Every tabulable question once, as a release plans it (console/release.ts). */
const questions = new Map<string, { question: Question; perItem: boolean }>();
for (const model of models.values())
  for (const q of model.questions.values())
    if (tabulable(q) && !questions.has(q.id))
      questions.set(q.id, { question: q, perItem: model.groupOf.get(q.id) !== undefined });
for (const c of crosstabs)
  if (!questions.has(c.question)) throw new Error(`the study has no tabulable question ${c.question}`);

const groupingOf = (g: ReleaseGrouping): Grouping =>
  g === 'none'
    ? { kind: 'none' }
    : g === 'language'
      ? { kind: 'language' }
      : { kind: 'answer', questionId: g === 'country' ? 'country' : 'target_group' };

/** The tables of the benchmark: every question on its own (a matrix row by row), and the crosstabs. */
const tables = [
  ...[...questions.values()].map((q) => ({ ...q, grouping: 'none' as ReleaseGrouping })),
  ...crosstabs.map((c) => ({ ...questions.get(c.question)!, grouping: c.grouping })),
].flatMap((t) => tableParts(t.question).map((part) => ({ ...t, part })));

/** What a release computes, timed: every table counted in SQL and protected. */
async function release(): Promise<number> {
  const started = performance.now();
  const input = {
    studyId: study.id,
    questionnaires: rows.map((r) => ({ id: r.id, slug: r.slug })),
    threshold,
  };
  await buildRelease(store, { ...input, questions: [...questions.values()], groupings: ['none'] });
  for (const c of crosstabs)
    await buildRelease(store, { ...input, questions: [questions.get(c.question)!], groupings: [c.grouping] });
  return (performance.now() - started) / 1000;
}

/** One table's counts, in a form both databases give alike. */
type Counts = Map<string, number>;

/** The counting functions: as a release reads them (running totals), or from the answers. */
const readers = {
  totals: { respondentCounts, askedCounts, numberSummaries, codeCounts },
  answers: {
    respondentCounts: respondentCountsFromAnswers,
    askedCounts: askedCountsFromAnswers,
    numberSummaries: numberSummariesFromAnswers,
    codeCounts: codeCountsFromAnswers,
  },
} as const;

/** The counts a release's tables are made from, by PostgreSQL, through credmap's own queries. */
async function postgresCounts(db: Store['db'], from: keyof typeof readers): Promise<Counts> {
  const read = readers[from];
  const out: Counts = new Map();
  const put = (key: string, n: number | null) => out.set(key, n === null ? Number.NaN : Number(n));
  for (const g of new Set(tables.map((t) => t.grouping)))
    for (const r of await read.respondentCounts(db, scope, groupingOf(g))) put(`pop|${g}|${r.group}`, r.n);
  for (const t of tables) {
    const target = { id: t.question.id, part: t.part, perItem: t.perItem };
    const grouping = groupingOf(t.grouping);
    const k = `${t.question.id}|${t.part}|${t.grouping}`;
    for (const a of await read.askedCounts(db, scope, target, grouping)) {
      put(`asked|${k}|${a.group}`, a.answered);
      put(`missing|${k}|${a.group}`, a.missing);
    }
    if (t.question.type === 'number') {
      for (const s of await read.numberSummaries(db, scope, target, grouping))
        for (const [name, v] of Object.entries(s)) if (name !== 'group') put(`${name}|${k}|${s.group}`, v);
    } else {
      for (const c of await read.codeCounts(db, scope, target, grouping))
        put(`code|${k}|${c.group}|${c.code}|${c.missing}`, c.n);
    }
  }
  return out;
}

/** The study's completed, not excluded respondents and their counted answers, as CSV, for DuckDB. */
async function exportRows(dir: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(values.database) });
  await client.connect();
  try {
    const ids = scope.questionnaireIds!.join(',');
    const p = `select r.id, r.language from response r
      join questionnaire_version v on v.id = r.version_id
      where v.questionnaire_id in (${ids}) and r.completed_at is not null
        and not exists (select 1 from response_exclusion x where x.response_id = r.id)`;
    await pipeline(
      client.query(copyTo(`copy (${p}) to stdout with (format csv)`)),
      createWriteStream(join(dir, 'p.csv')),
    );
    await pipeline(
      client.query(
        copyTo(`copy (select a.response_id, a.question_id, a.item, a.part, a.value::text, a.missing
          from answer a join (${p}) p on p.id = a.response_id
          where a.counted and a.part not like '#%') to stdout with (format csv)`),
      ),
      createWriteStream(join(dir, 'answer.csv')),
    );
  } finally {
    await client.end();
  }
}

/** The same counts by DuckDB: the queries of src/store/tallies.repository.ts in DuckDB's SQL. */
async function duckdbCounts(
  dir: string,
): Promise<{ counts: Counts; loadSeconds: number; seconds: number[] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  let started = performance.now();
  await db.run(`create table p as select * from read_csv('${join(dir, 'p.csv')}',
    header = false, columns = {'id': 'UUID', 'language': 'VARCHAR'})`);
  await db.run(`create table answer as select * from read_csv('${join(dir, 'answer.csv')}',
    header = false, quote = '"', escape = '"', allow_quoted_nulls = false,
    columns = {'response_id': 'UUID', 'question_id': 'VARCHAR', 'item': 'INTEGER', 'part': 'VARCHAR',
      'value': 'JSON', 'missing': 'VARCHAR'})`);
  const loadSeconds = (performance.now() - started) / 1000;

  const groupOf = (g: ReleaseGrouping) =>
    g === 'none'
      ? `''`
      : g === 'language'
        ? 'p.language'
        : `(select g.value ->> '$' from answer g where g.response_id = p.id
            and g.question_id = '${g === 'country' ? 'country' : 'target_group'}'
            and g.item = 0 and g.part = '' and g.missing is null and json_type(g.value) = 'VARCHAR')`;
  const rowsOf = async (query: string) => (await db.runAndReadAll(query)).getRowObjectsJS();
  const seconds: number[] = [];
  let counts: Counts = new Map();
  for (let run = 0; run < runs; run++) {
    counts = new Map();
    const put = (key: string, n: unknown) => counts.set(key, n === null ? Number.NaN : Number(n));
    started = performance.now();
    for (const g of new Set(tables.map((t) => t.grouping)))
      for (const r of await rowsOf(`select ${groupOf(g)} as grp, count(*) as n from p group by 1`))
        put(`pop|${g}|${r.grp}`, r.n);
    for (const t of tables) {
      const grp = groupOf(t.grouping);
      const unit = t.perItem ? '(a.response_id, a.item)' : 'a.response_id';
      const k = `${t.question.id}|${t.part}|${t.grouping}`;
      const where = `a.question_id = '${t.question.id}' and a.part = '${t.part}'`;
      for (const a of await rowsOf(`select ${grp} as grp,
          count(distinct ${unit}) filter (where a.missing is null) as answered,
          count(distinct ${unit}) filter (where a.missing is not null) as missing
          from p join answer a on a.response_id = p.id where ${where} group by 1`)) {
        put(`asked|${k}|${a.grp}`, a.answered);
        put(`missing|${k}|${a.grp}`, a.missing);
      }
      if (t.question.type === 'number') {
        for (const s of await rowsOf(`with xs as (
            select ${grp} as grp, (a.value ->> '$')::decimal(38, 10) as x
            from p join answer a on a.response_id = p.id
            where ${where} and a.missing is null and json_type(a.value) in ('UBIGINT', 'BIGINT', 'DOUBLE', 'VARCHAR')
              and regexp_full_match(a.value ->> '$', '-?[0-9]+(\\.[0-9]+)?'))
            select grp, count(*) as n, avg(x) as mean, quantile_cont(x, 0.25) as q1,
              quantile_cont(x, 0.5) as median, quantile_cont(x, 0.75) as q3, min(x) as min, max(x) as max
            from xs group by grp`))
          for (const [name, v] of Object.entries(s)) if (name !== 'grp') put(`${name}|${k}|${s.grp}`, v);
      } else
        for (const c of await rowsOf(`with given as (
            select ${grp} as grp, a.missing, ${unit} as unit,
              case when json_type(a.value) = 'ARRAY' then null else a.value ->> '$' end as single,
              case when json_type(a.value) = 'ARRAY' then a.value else null end as list
            from p join answer a on a.response_id = p.id where ${where}),
          codes as (
            select grp, single as code, missing, unit from given where list is null
            union all
            select grp, unnest(from_json(list, '["VARCHAR"]')) as code, null, unit from given where list is not null)
          select grp, code, missing, count(distinct unit) as n from codes group by all`))
          put(`code|${k}|${c.grp}|${c.code}|${c.missing}`, c.n);
    }
    seconds.push((performance.now() - started) / 1000);
  }
  db.closeSync();
  instance.closeSync();
  return { counts, loadSeconds, seconds };
}

/** Keys whose counts differ (numbers to a millionth: PostgreSQL's numeric and DuckDB's decimal round apart). */
function differences(a: Counts, b: Counts, names: readonly [string, string]): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    const same =
      x !== undefined &&
      y !== undefined &&
      ((Number.isNaN(x) && Number.isNaN(y)) || Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x)));
    if (!same) out.push(`${key}: ${names[0]} ${x}, ${names[1]} ${y}`);
  }
  return out;
}

const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await f();
  return [value, (performance.now() - started) / 1000];
};

const respondents = (await respondentCounts(store.db, scope, { kind: 'none' }))[0]?.n ?? 0;
const releaseSeconds: number[] = [];
const countSeconds: number[] = [];
let totalCounts: Counts = new Map();
for (let run = 0; run < runs; run++) {
  releaseSeconds.push((await timed(release))[1]);
  let seconds: number;
  [totalCounts, seconds] = await timed(() => postgresCounts(store.db, 'totals'));
  countSeconds.push(seconds);
  console.error(`run ${run + 1}: release ${fixed(releaseSeconds.at(-1)!)} s, counts ${fixed(seconds)} s`);
}
// The same counts from the answers, as results were counted before running totals: once.
const fromAnswers =
  values.answers === 'true' ? await timed(() => postgresCounts(store.db, 'answers')) : undefined;
if (fromAnswers !== undefined) console.error(`counts from the answers: ${fixed(fromAnswers[1])} s`);
await store.close();

let duck: Awaited<ReturnType<typeof duckdbCounts>> | undefined;
let exportSeconds = 0;
if (values.duckdb === 'true') {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-results-'));
  try {
    exportSeconds = (await timed(() => exportRows(dir)))[1];
    duck = await duckdbCounts(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const compared = [
  ...(fromAnswers === undefined
    ? []
    : [
        {
          name: 'PostgreSQL from the answers',
          diff: differences(totalCounts, fromAnswers[0], ['totals', 'answers']),
        },
      ]),
  ...(duck === undefined
    ? []
    : [{ name: 'DuckDB', diff: differences(totalCounts, duck.counts, ['totals', 'DuckDB']) }]),
];
const totalsMedian = median(countSeconds);
const releaseMedian = median(releaseSeconds);
const rowsOf = (seconds: readonly number[]) => [
  fixed(median(seconds), 2),
  seconds.map((s) => fixed(s, 2)).join(', '),
];
const body = [
  `${respondents.toLocaleString('en')} completed responses to the microcredentials study (\`npm run bench:generate\`). ${tables.length - crosstabs.length} frequency tables (every question that has results, pooled over the nine questionnaires; a matrix has one per row) and three crosstabs (${crosstabs.map((c) => `${c.question} by ${c.grouping.replace('_', ' ')}`).join(', ')}), threshold ${threshold}. Medians of ${runs} runs.`,
  '',
  table(
    ['what', 'seconds (median)', 'runs'],
    [
      [
        'credmap release: counted from the running totals, protected (suppression and LP audit)',
        ...rowsOf(releaseSeconds),
      ],
      ['the counts alone, from the running totals', ...rowsOf(countSeconds)],
      ...(fromAnswers === undefined
        ? []
        : [
            [
              'the same counts from the answers, PostgreSQL (credmap’s queries before running totals)',
              ...rowsOf([fromAnswers[1]]),
            ],
          ]),
      ...(duck === undefined
        ? []
        : [
            ['the same counts from the answers, DuckDB (in memory)', ...rowsOf(duck.seconds)],
            ['rows out of PostgreSQL as CSV, for DuckDB (not in the ratio)', fixed(exportSeconds, 1), '1'],
            ['DuckDB reading the CSV (not in the ratio)', fixed(duck.loadSeconds, 1), '1'],
          ]),
    ],
  ),
  '',
  ...(fromAnswers === undefined
    ? []
    : [
        `Counting from the answers on PostgreSQL takes ${fixed(fromAnswers[1] / totalsMedian, 0)} × the time of the running totals.`,
      ]),
  ...(duck === undefined
    ? []
    : [
        `DuckDB counting from the answers takes ${fixed(median(duck.seconds) / totalsMedian, 1)} × the time of PostgreSQL reading the running totals.`,
      ]),
  `${totalCounts.size.toLocaleString('en')} counts compared: ${
    compared.length === 0
      ? 'none (counts from the answers left out)'
      : compared
          .map(
            (c) =>
              `with ${c.name}, ${c.diff.length === 0 ? 'all equal' : `${c.diff.length} differ, e.g. ${c.diff.slice(0, 3).join('; ')}`}`,
          )
          .join('; ')
  }.`,
  `Target: a release under 3 s on PostgreSQL: ${releaseMedian < 3 ? 'met' : 'not met'} (${fixed(releaseMedian, 2)} s).`,
].join('\n');
await writeSection(
  'results',
  `Results over ${respondents.toLocaleString('en')} generated responses`,
  body,
  values.section,
);
if (compared.some((c) => c.diff.length > 0)) process.exitCode = 1;
