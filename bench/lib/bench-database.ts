import { once } from 'node:events';
import type { Writable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Store } from '../../src/store/index.ts';
import { openStore, rebuildRunningTotals } from '../../src/store/index.ts';
import { installStudies, readStudies } from '../../src/studies/index.ts';
import type { DatasetOptions } from './dataset.ts';
import { generateResponses, modelsOf, simulateJourneys } from './dataset.ts';

/** The PostgreSQL server benchmarks use; each benchmark works in databases of its own there. */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const databaseUrl = (name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` afresh (dropping what was there), with credmap's tables and the studies. */
export async function freshDatabase(name: string): Promise<Store> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const store = await openStore({ databaseUrl: databaseUrl(name) });
  await installStudies(store, await readStudies('questionnaires'));
  return store;
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}

export async function databaseExists(name: string): Promise<boolean> {
  return admin(
    async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1,
  );
}

/** A CSV field as COPY reads it: null unquoted and empty, everything else quoted. */
const field = (value: string | number | boolean | null): string =>
  value === null ? '' : typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : String(value);
const line = (values: readonly (string | number | boolean | null)[]) => `${values.map(field).join(',')}\n`;

/** Writes text to a COPY stream, waiting when it is full. */
async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export interface LoadReport {
  readonly responses: number;
  readonly answerRows: number;
  readonly simulateSeconds: number;
  readonly copySeconds: number;
  readonly indexSeconds: number;
  /** Computing the running totals of the loaded responses (they went past credmap). */
  readonly totalsSeconds: number;
}

/**
 * Generates `count` responses to the microcredentials study into database `name` with COPY. The
 * answer table's key, foreign key and indexes are dropped for the load and built again after it,
 * as a bulk load into PostgreSQL is done; the schema afterwards is exactly the migrated one.
 */
export async function loadStudyResponses(
  store: Store,
  /** The database's name on the benchmark server. */
  name: string,
  count: number,
  options: DatasetOptions,
  progress: (done: number) => void = () => {},
): Promise<LoadReport> {
  const studies = await readStudies('questionnaires');
  const study = studies.find((s) => s.study.slug === 'microcredentials');
  if (study === undefined) throw new Error('the microcredentials study is missing from questionnaires/');
  const versions = new Map(
    (
      await store.db
        .selectFrom('questionnaire_version as v')
        .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
        .innerJoin('study as s', 's.id', 'q.study_id')
        .where('s.slug', '=', 'microcredentials')
        .select(['q.slug', (eb) => eb.fn.max('v.id').as('version')])
        .groupBy('q.slug')
        .execute()
    ).map((r) => [r.slug, r.version]),
  );
  let started = performance.now();
  const journeys = simulateJourneys(modelsOf(study), options);
  const simulateSeconds = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: databaseUrl(name) });
  const client2 = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  await client2.connect();
  let answerRows = 0;
  try {
    await client.query(`alter table answer drop constraint answer_pk,
      drop constraint answer_response_id_fkey`);
    await client.query('drop index answer_question');
    await client.query('drop index answer_counted_question');
    started = performance.now();
    const responses = client.query(
      copyFrom(
        'copy response (id, version_id, language, resume_hash, receipt, started_at, last_saved_at, completed_at) from stdin with (format csv)',
      ),
    );
    const answers = client2.query(
      copyFrom(
        'copy answer (response_id, question_id, item, part, value, missing, updated_at, counted) from stdin with (format csv)',
      ),
    );
    let n = 0;
    for (const r of generateResponses(journeys, count, options)) {
      const version = versions.get(r.instrument);
      if (version === undefined) throw new Error(`no published version of ${r.instrument}`);
      const at = r.completedAt.toISOString();
      await write(
        responses,
        line([r.id, version, r.language, r.resumeHash, r.receipt, r.startedAt.toISOString(), at, at]),
      );
      let rows = '';
      for (const c of r.cells)
        rows += line([r.id, c.question_id, c.item, c.part, c.value, c.missing, at, true]);
      await write(answers, rows);
      answerRows += r.cells.length;
      if (++n % 10_000 === 0) progress(n);
    }
    await Promise.all([finish(responses), finish(answers)]);
    const copySeconds = (performance.now() - started) / 1000;
    started = performance.now();
    // The migrations' key, foreign key and indexes, as 0001 and 0005 create them.
    await client.query(`alter table answer
      add constraint answer_pk primary key (response_id, question_id, item, part),
      add constraint answer_response_id_fkey foreign key (response_id) references response (id) on delete cascade`);
    await client.query('create index answer_question on answer (question_id, item)');
    await client.query('create index answer_counted_question on answer (question_id, part) where counted');
    await client.query('analyze');
    const indexSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await rebuildRunningTotals(store.db);
    await client.query('analyze running_total');
    const totalsSeconds = (performance.now() - started) / 1000;
    return { responses: count, answerRows, simulateSeconds, copySeconds, indexSeconds, totalsSeconds };
  } finally {
    await client.end();
    await client2.end();
  }
}

async function finish(stream: Writable): Promise<void> {
  const done = once(stream, 'finish');
  stream.end();
  await done;
}
