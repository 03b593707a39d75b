import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Model } from '../src/questionnaire/index.ts';
import { seededRandom } from '../src/questionnaire/index.ts';
import type { NewAnswerCell, PageWrite } from '../src/store/index.ts';
import { insertResponse, openStore, poolSize, writePage } from '../src/store/index.ts';
import { readStudies } from '../src/studies/index.ts';
import { databaseUrl, dropDatabase, freshDatabase } from './lib/bench-database.ts';
import { cellsOfState, instrumentShares, modelsOf, simulateJourneys } from './lib/dataset.ts';
import type { RequestEvent } from './lib/http-respondent.ts';
import { HttpBrowser, HttpRespondent } from './lib/http-respondent.ts';
import { fixed, median, quantile, table, writeSection } from './lib/report.ts';
import type { CredmapServer } from './lib/server.ts';
import { cpuSecondsOf, cpuSecondsOfCommand, freePort, startCredmap } from './lib/server.ts';

/**
 * `npm run bench:respondent-load`: respondents of the microcredentials study, each going through
 * a whole questionnaire over HTTP (every page shown and sent, cookies, CSRF tokens, the repeat
 * group, "check your answers", the thank-you page), as many at once as `--concurrency` says, with
 * no pause between requests, against one credmap process on PostgreSQL and on the embedded
 * database. In the same run and the same process: a static file at the same concurrency, as the
 * ceiling of what the HTTP stack and this load generator reach on the machine; and `pgbench`
 * inserting single rows into the same PostgreSQL server, as the ceiling of the database.
 */
const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '200,1000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    engines: { type: 'string', default: 'postgresql,pglite' },
    /**
     * Paced runs as well: this many respondents, each taking `think` ms over every page, for each
     * pace listed; `estimate` is the pace the questionnaire's own estimate of its length implies.
     */
    paced: { type: 'string', default: '200' },
    think: { type: 'string', default: '1000,estimate' },
    /** Each measurement this many times, one after another; the tables give medians. */
    runs: { type: 'string', default: '1' },
  },
});
const levels = values.concurrency.split(',').map(Number);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const engines = values.engines.split(',');
const paced = Number(values.paced);
const paces: Pace[] = values.think.split(',').map((p) => (p === 'estimate' ? 'estimate' : Number(p)));
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number from 1: ${values.runs}`);

const study = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials');
if (study === undefined) throw new Error('the microcredentials study is missing from questionnaires/');
const models = modelsOf(study);
const languages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'];
const today = new Date().toISOString().slice(0, 10);

/** Pages and answer rows the store alone writes a second, with `callers` respondents at once. */
interface StoreRate {
  readonly callers: number;
  readonly pages: number;
  readonly answers: number;
}

interface Sample {
  /** The length of the measured window, in seconds. */
  readonly seconds: number;
  readonly requests: number;
  readonly errors: number;
  /** Errors by status, with the reason when no reply came (status 0). */
  readonly errorKinds: Map<string, number>;
  readonly latencies: number[];
  /** Answer pages sent and stored (303). */
  readonly submissions: number;
  readonly submitLatencies: number[];
  /** CPU seconds the credmap process used in the window (user and system), if it could be read. */
  readonly serverCpu: number | undefined;
  /** CPU seconds this load generator used in the window. */
  readonly generatorCpu: number;
  /** CPU seconds PostgreSQL's processes on this machine used in the window, if they could be read. */
  readonly postgresCpu: number | undefined;
}

/** Thrown from a request's record once the measured window is over. */
class WindowClosed extends Error {}

/** The errors of all runs together, with what they were. */
function errorsOf(samples: readonly Sample[]): string {
  const kinds = new Map<string, number>();
  for (const s of samples) for (const [kind, n] of s.errorKinds) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  const errors = samples.reduce((n, s) => n + s.errors, 0);
  return errors === 0 ? '0' : `${errors} (${[...kinds].map(([kind, n]) => `${n} × ${kind}`).join(', ')})`;
}
const perSecond = (s: Sample) => s.requests / s.seconds;
const generatorCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
/** Milliseconds of the server's CPU per request answered in the window. */
const serverCpuPerRequest = (s: Sample) =>
  s.serverCpu === undefined || s.requests === 0 ? Number.NaN : (1000 * s.serverCpu) / s.requests;
/** The share of one core the server process used in the window. */
const serverCoreUse = (s: Sample) => (s.serverCpu === undefined ? Number.NaN : s.serverCpu / s.seconds);
const generatorCoreUse = (s: Sample) => s.generatorCpu / s.seconds;
const postgresCoreUse = (s: Sample) => (s.postgresCpu === undefined ? Number.NaN : s.postgresCpu / s.seconds);
/** "0.95 / 0.62 / 0.24": the cores the server, PostgreSQL (on PostgreSQL) and the load generator kept busy. */
const coresUsed = (engine: string, samples: readonly Sample[]) =>
  [
    med(samples, serverCoreUse),
    ...(engine === 'postgresql' ? [med(samples, postgresCoreUse)] : []),
    med(samples, generatorCoreUse),
  ]
    .map((u) => fixed(u, 2))
    .join(' / ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `work` from `concurrency` loops for warm-up plus `window` seconds; records what ends inside the window. */
async function drive(
  server: CredmapServer,
  concurrency: number,
  work: (record: (e: RequestEvent) => void, loop: number, round: number) => Promise<void>,
  window = seconds,
): Promise<Sample> {
  const start = performance.now();
  const from = start + warmup * 1000;
  const until = from + window * 1000;
  const sample = {
    seconds: window,
    requests: 0,
    errors: 0,
    errorKinds: new Map<string, number>(),
    latencies: [] as number[],
    submissions: 0,
    submitLatencies: [] as number[],
    serverCpu: undefined as number | undefined,
    generatorCpu: 0,
    postgresCpu: undefined as number | undefined,
  };
  // The CPU both processes use from the window's opening to its close.
  const cpu = () => ({
    server: cpuSecondsOf(server.pid),
    generator: generatorCpuSeconds(),
    postgres: cpuSecondsOfCommand('postgres'),
  });
  const measured = (async () => {
    await sleep(from - performance.now());
    const opened = cpu();
    await sleep(until - performance.now());
    const closed = cpu();
    sample.generatorCpu = closed.generator - opened.generator;
    if (opened.server !== undefined && closed.server !== undefined)
      sample.serverCpu = closed.server - opened.server;
    if (opened.postgres !== undefined && closed.postgres !== undefined)
      sample.postgresCpu = closed.postgres - opened.postgres;
  })();
  const record = (e: RequestEvent) => {
    const now = performance.now();
    // The window has closed: the respondent stops here, mid-journey, instead of finishing it.
    if (now > until) throw new WindowClosed();
    if (now < from) return;
    sample.requests++;
    sample.latencies.push(e.ms);
    if (e.status === 0 || e.status >= 400) {
      sample.errors++;
      const kind = e.status === 0 ? `no reply (${e.error?.replace(/.*: /, '') ?? 'unknown'})` : `${e.status}`;
      sample.errorKinds.set(kind, (sample.errorKinds.get(kind) ?? 0) + 1);
    }
    if (e.method === 'POST' && e.status === 303) {
      sample.submissions++;
      sample.submitLatencies.push(e.ms);
    }
  };
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let round = 0; performance.now() < until; round++) {
        try {
          await work(record, loop, round);
        } catch {
          // Counted through the request's status; the loop goes on with a new respondent.
        }
      }
    }),
  );
  await measured;
  return sample;
}

/**
 * The questionnaire of respondent `seed`, drawn in the target groups' shares. Each respondent is
 * drawn on its own: respondents started at the same moment do not all get the same questionnaire.
 */
const pickInstrument = (seed: number): Model => {
  let x = seededRandom(seed)();
  for (const [slug, share] of Object.entries(instrumentShares)) {
    x -= share;
    if (x < 0) return models.get(slug)!;
  }
  return models.get('employees')!;
};

type Pace = number | 'estimate';

/**
 * Milliseconds on each page: the given number, or the questionnaire's estimated minutes spread
 * over all its pages. Routes skip pages, so people who take the estimated time spend longer on
 * each page they see: this pace is faster than theirs.
 */
const thinkOf = (pace: Pace, model: Model) =>
  pace === 'estimate' ? Math.round((model.definition.estimatedMinutes * 60_000) / model.pages.size) : pace;

/**
 * Respondents going through whole questionnaires from `concurrency` loops. At the estimated pace a
 * page takes most of a minute, so the window is a minute at least, for enough requests to rank.
 */
async function journeys(server: CredmapServer, concurrency: number, pace: Pace = 0): Promise<Sample> {
  const window = pace === 'estimate' ? Math.max(seconds, 60) : seconds;
  return drive(
    server,
    concurrency,
    async (record, loop, round) => {
      const seed = loop * 100_000 + round;
      const model = pickInstrument(seed);
      const think = thinkOf(pace, model);
      // Paced respondents arrive spread over one page's time, not all in the same millisecond.
      if (round === 0 && think > 0) await sleep((loop / concurrency) * think);
      const respondent = new HttpRespondent({
        origin: server.origin,
        model,
        seed,
        // Eight languages in turn, across loops and rounds alike.
        lang: languages[(loop + round) % languages.length]!,
        today,
        study: 'microcredentials',
        questionnaire: model.definition.id,
        onRequest: record,
        thinkMs: think,
      });
      await respondent.complete();
    },
    window,
  );
}

async function staticFile(server: CredmapServer, concurrency: number): Promise<Sample> {
  const home = await fetch(`${server.origin}/en/s/microcredentials`);
  const css = (await home.text()).match(/href="(\/assets\/credmap\.[0-9a-f]+\.css)"/)?.[1];
  if (css === undefined) throw new Error('no stylesheet on the study page');
  return drive(server, concurrency, async (record) => {
    const browser = new HttpBrowser({ origin: server.origin, onRequest: record });
    for (let i = 0; i < 50; i++) await browser.get(css);
  });
}

/** Single-row inserts by pgbench into a scratch table, with as many clients as credmap's pool. */
function pgbench(name: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-pgbench-'));
  try {
    const script = join(dir, 'insert.sql');
    writeFileSync(
      script,
      'insert into single_row (id, response_id, value, at) values (default, gen_random_uuid(), \'"a"\', now());\n',
    );
    const url = databaseUrl(name);
    // Each run starts from an empty table.
    execFileSync('psql', [
      url,
      '-qc',
      'drop table if exists single_row; create table single_row (id bigserial primary key, response_id uuid not null, value jsonb, at timestamptz not null)',
    ]);
    const out = execFileSync(
      'pgbench',
      ['-n', '-c', String(poolSize), '-j', '2', '-T', String(seconds), '-f', script, url],
      {
        encoding: 'utf8',
      },
    );
    const tps = out.match(/tps = ([\d.]+)/)?.[1];
    if (tps === undefined) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Pages stored per second by credmap's store itself, as the page handler calls it: a respondent's
 * first page in one transaction with the new response (`insertResponse`, `writePage`), the others
 * through the store's page queue (`store.pages`), which writes saves that arrive together in one
 * transaction. `callers` respondents at once, for `seconds` after the warm-up: the pages of
 * simulated respondents of the study, each respondent's pages in order, with their answer rows,
 * saved markers and repeat items. No HTTP: what the database path alone reaches beside pgbench.
 */
async function storedPages(name: string, callers: number): Promise<StoreRate> {
  const store = await openStore({ databaseUrl: databaseUrl(name) });
  try {
    const versions = new Map<string, number>();
    for (const row of await store.db
      .selectFrom('questionnaire_version as v')
      .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
      .select(['q.slug', 'v.id'])
      .execute())
      versions.set(row.slug, row.id);
    const respondents = simulateJourneys(models, { seed: 11, distinct: 400 }).map((j) => ({
      versionId: versions.get(j.instrument)!,
      pages: pageWrites(j.model, cellsOfState(j.model, j.state)),
    }));
    const start = performance.now();
    const from = start + warmup * 1000;
    const until = from + seconds * 1000;
    let stored = 0;
    let answers = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: callers }, async () => {
        while (performance.now() < until) {
          const respondent = respondents[next++ % respondents.length]!;
          const id = randomUUID();
          for (const [i, page] of respondent.pages.entries()) {
            const write = { ...page, seconds: 20, language: 'en', honeypot: false, now: new Date() };
            if (i === 0)
              await store.db.transaction().execute(async (trx) => {
                await insertResponse(trx, {
                  id,
                  versionId: respondent.versionId,
                  language: 'en',
                  resumeHash: id,
                  now: write.now,
                });
                await writePage(trx, id, write);
              });
            else if ((await store.pages.write(id, write)).kind !== 'saved')
              throw new Error(`page not stored: ${id}`);
            const at = performance.now();
            if (at > until) break;
            if (at >= from) {
              stored++;
              answers += page.cells.filter((c) => !c.part.startsWith('#')).length;
            }
          }
        }
      }),
    );
    return { callers, pages: stored / seconds, answers: answers / seconds };
  } finally {
    await store.close();
  }
}

/** A respondent's rows as the page saves that wrote them: each page (of each repeat item) with its markers. */
function pageWrites(
  model: Model,
  cells: readonly NewAnswerCell[],
): Omit<PageWrite, 'seconds' | 'language' | 'honeypot' | 'now'>[] {
  const pages = new Map<string, { step: string; item: number; cells: NewAnswerCell[] }>();
  for (const cell of cells) {
    const group = model.groups.get(cell.question_id);
    // A repeat item's marker goes with the item's first page; "no more items" is a save of its own.
    const page =
      group === undefined
        ? (model.pageOf.get(cell.question_id)?.id ?? cell.question_id)
        : cell.item === 0
          ? cell.question_id
          : group.pages[0]!.id;
    const key = `${page}\u0000${cell.item}`;
    const entry = pages.get(key) ?? { step: page, item: cell.item, cells: [] };
    entry.cells.push(cell);
    pages.set(key, entry);
  }
  return [...pages.values()].map(({ step, item, cells: pageCells }) => ({
    step,
    clear: [{ ids: [...new Set(pageCells.map((c) => c.question_id))], item }],
    cells: pageCells,
  }));
}

interface Row {
  readonly engine: string;
  readonly concurrency: number;
  /** One sample per run, in the order they ran. */
  readonly journeys: readonly Sample[];
  readonly statics: readonly Sample[];
}

/** Respondents who take their time: latency when the server is not saturated. */
interface PacedRow {
  readonly engine: string;
  readonly pace: Pace;
  readonly journeys: readonly Sample[];
}

/** The median over runs of what `of` reads from each run's sample. */
const med = (samples: readonly Sample[], of: (s: Sample) => number) => median(samples.map(of));
const p50 = (s: Sample) => quantile(s.latencies, 0.5);
const p99 = (s: Sample) => quantile(s.latencies, 0.99);
const p99Store = (s: Sample) => quantile(s.submitLatencies, 0.99);
const storedPerSecond = (s: Sample) => s.submissions / s.seconds;
/** Each run's value: "818, 790, 901". */
const eachRun = (samples: readonly Sample[], of: (s: Sample) => number) =>
  samples.map((s) => fixed(of(s), 0)).join(', ');
const pacedRows: PacedRow[] = [];

const rows: Row[] = [];
const pgbenchRuns: number[] = [];
/** Each run's store rates, one per number of callers. */
const storeRuns: StoreRate[][] = [];
/** The store is driven by as many callers as the pool has connections, and by as many as there are respondents. */
const storeCallers = [...new Set([poolSize, ...levels])];
for (const engine of engines) {
  const dbName = 'credmap_load';
  const dataDir = mkdtempSync(join(tmpdir(), 'credmap-load-'));
  let env: Record<string, string>;
  if (engine === 'postgresql') {
    const store = await freshDatabase(dbName);
    await store.close();
    env = { DATABASE_URL: databaseUrl(dbName) };
  } else env = { DATA_DIR: dataDir };
  const server = await startCredmap({ ...env, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
  try {
    for (const concurrency of levels) {
      const row = { engine, concurrency, journeys: [] as Sample[], statics: [] as Sample[] };
      // The respondents and the static file take turns, so both see the machine of the moment.
      for (let run = 0; run < runs; run++) {
        const journey = await journeys(server, concurrency);
        const flat = await staticFile(server, concurrency);
        row.journeys.push(journey);
        row.statics.push(flat);
        console.error(
          `${engine} ×${concurrency} run ${run + 1}: ${fixed(perSecond(journey))} req/s p99 ${fixed(p99(journey))} ms; static ${fixed(perSecond(flat))} req/s`,
        );
      }
      rows.push(row);
    }
    if (paced > 0)
      for (const pace of paces) {
        const row = { engine, pace, journeys: [] as Sample[] };
        for (let run = 0; run < runs; run++) {
          const journey = await journeys(server, paced, pace);
          row.journeys.push(journey);
          console.error(
            `${engine} ×${paced} paced ${pace} run ${run + 1}: ${fixed(perSecond(journey))} req/s p99 ${fixed(p99(journey))} ms`,
          );
        }
        pacedRows.push(row);
      }
    if (engine === 'postgresql')
      for (let run = 0; run < runs; run++) {
        pgbenchRuns.push(pgbench(dbName));
        const rates: StoreRate[] = [];
        for (const callers of storeCallers) rates.push(await storedPages(dbName, callers));
        storeRuns.push(rates);
        console.error(
          `run ${run + 1}: pgbench ${fixed(pgbenchRuns.at(-1)!, 0)} tps; credmap's store ${rates.map((r) => `×${r.callers} ${fixed(r.pages, 0)} pages/s, ${fixed(r.answers, 0)} answers/s`).join('; ')}`,
        );
      }
  } finally {
    await server.stop();
    if (engine === 'postgresql') await dropDatabase(dbName);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => (b > 0 ? `${fixed((100 * a) / b, 0)} %` : '–');
const pgbenchTps = median(pgbenchRuns);
/** The store's median rates over the runs, for each number of callers. */
const storeRates = storeCallers.map((callers, i) => ({
  callers,
  pages: median(storeRuns.map((run) => run[i]!.pages)),
  answers: median(storeRuns.map((run) => run[i]!.answers)),
  eachRun: storeRuns.map((run) => fixed(run[i]!.pages, 0)).join(', '),
}));
const several = runs > 1;
const runsNote = several
  ? ` Each measurement ran ${runs} times, one after another (respondents and static file taking turns); the tables give medians over the runs, and each run's p99 after them.`
  : '';
const body = [
  `Each respondent answers a whole questionnaire of the microcredentials study (each respondent's questionnaire drawn at random in the shares of the ${Object.keys(instrumentShares).length} target groups, the eight languages in turn): GET and POST of every page, the repeat group, "check your answers" and the thank-you page, with cookies and CSRF tokens, and starts again as a new respondent; no pause between requests (the saturated runs). ${warmup} s of warm-up, then ${seconds} s measured. The static file is credmap's stylesheet from the same process at the same concurrency: what the HTTP stack and this load generator (one Node process on the same two cores) reach together. The CPU each process used in the measured window is read from \`/proc\`: the server's per request answered, and the cores the server, PostgreSQL (all its processes; on PGlite the database runs inside the server) and the load generator kept busy.${runsNote}`,
  '',
  table(
    [
      'database',
      'respondents',
      'requests/s',
      'p50 ms',
      'p99 ms',
      ...(several ? ['p99 ms of each run'] : []),
      'pages stored/s',
      'p99 store ms',
      'errors',
      'server CPU ms a request',
      'cores used: server / PostgreSQL / generator',
      'static req/s',
      'static p50/p99 ms',
      'req/s vs static',
      'p99 vs static',
    ],
    rows.map((r) => [
      r.engine,
      String(r.concurrency),
      fixed(med(r.journeys, perSecond), 0),
      fixed(med(r.journeys, p50)),
      fixed(med(r.journeys, p99)),
      ...(several ? [eachRun(r.journeys, p99)] : []),
      fixed(med(r.journeys, storedPerSecond), 0),
      fixed(med(r.journeys, p99Store)),
      errorsOf(r.journeys),
      fixed(med(r.journeys, serverCpuPerRequest), 2),
      coresUsed(r.engine, r.journeys),
      fixed(med(r.statics, perSecond), 0),
      `${fixed(med(r.statics, p50))} / ${fixed(med(r.statics, p99))}`,
      ratio(med(r.journeys, perSecond), med(r.statics, perSecond)),
      `${fixed(med(r.journeys, p99) / med(r.statics, p99), 1)} ×`,
    ]),
  ),
  '',
  pacedRows.length === 0
    ? ''
    : [
        `Paced: ${paced} respondents at once, each spending a set time on every page before sending it (the GET after each redirect follows at once), arriving spread over one page's time. *1000 ms* is far faster than people answer; *estimate* is the questionnaire's own estimate (${[...new Set([...models.values()].map((m) => m.definition.estimatedMinutes))].join(' or ')} minutes) spread over all its pages, ${[...new Set([...models.values()].map((m) => `${fixed(thinkOf('estimate', m) / 1000, 0)} s`))].join(', ')} a page, still faster than people who take that long, since routes skip pages.`,
        '',
        table(
          [
            'database',
            'respondents',
            'time on a page',
            'requests/s',
            'requests',
            'p50 ms',
            'p99 ms',
            ...(several ? ['p99 ms of each run'] : []),
            'p99 store ms',
            'errors',
            'server CPU ms a request',
          ],
          pacedRows.map((r) => [
            r.engine,
            String(paced),
            r.pace === 'estimate' ? 'estimate' : `${r.pace} ms`,
            fixed(med(r.journeys, perSecond), 0),
            fixed(
              med(r.journeys, (s) => s.requests),
              0,
            ),
            fixed(med(r.journeys, p50)),
            fixed(med(r.journeys, p99)),
            ...(several ? [eachRun(r.journeys, p99)] : []),
            fixed(med(r.journeys, p99Store)),
            errorsOf(r.journeys),
            fixed(med(r.journeys, serverCpuPerRequest), 2),
          ]),
        ),
        '',
      ].join('\n'),
  pgbenchRuns.length > 0
    ? [
        `pgbench, single-row inserts, ${poolSize} clients (credmap's pool size), ${seconds} s: ${fixed(pgbenchTps, 0)} transactions/s${several ? ` (median; runs ${pgbenchRuns.map((t) => fixed(t, 0)).join(', ')})` : ''}. Answer pages stored per second over HTTP on PostgreSQL as a share of it: ${rows
          .filter((r) => r.engine === 'postgresql')
          .map((r) => `${ratio(med(r.journeys, storedPerSecond), pgbenchTps)} at ${r.concurrency}`)
          .join(', ')}; the static file alone reaches ${rows
          .filter((r) => r.engine === 'postgresql')
          .map((r) => `${ratio(med(r.statics, perSecond), pgbenchTps)}`)
          .join(' and ')} of it. ${serverBound()}`,
        '',
        `credmap's store alone, as the page handler calls it (a respondent's first page in one transaction with the new response, the others through the store's page queue, which writes the saves that arrive while its groups are busy together, in one round trip and one transaction, \`credmap_save_pages\`), with as many respondents at once as the pool has connections and as the load above; the pages of 400 simulated respondents, each respondent's in order, ${seconds} s after ${warmup} s of warm-up, same database, right after pgbench${several ? ', taking turns with it' : ''}. Answer rows do not count saved markers and repeat items.`,
        '',
        table(
          [
            'respondents at once',
            'pages/s',
            ...(several ? ['pages/s of each run'] : []),
            "share of pgbench's transactions",
            'answer rows/s',
            "share of pgbench's rows",
          ],
          storeRates.map((r) => [
            String(r.callers),
            fixed(r.pages, 0),
            ...(several ? [r.eachRun] : []),
            ratio(r.pages, pgbenchTps),
            fixed(r.answers, 0),
            ratio(r.answers, pgbenchTps),
          ]),
        ),
      ].join('\n')
    : '',
  targets(),
].join('\n');

/**
 * What bounds the pages stored over HTTP, from the CPU the server used: when its process kept a
 * core busy, one process's page handling, not the database, sets the pace.
 */
function serverBound(): string {
  const pg = rows.filter((r) => r.engine === 'postgresql');
  const use = pg.map((r) => med(r.journeys, serverCoreUse));
  if (pg.length === 0 || use.some((u) => !Number.isFinite(u))) return '';
  const each = pg
    .map(
      (r, i) =>
        `${fixed(100 * use[i]!, 0)} % of a core at ${r.concurrency} (${fixed(med(r.journeys, serverCpuPerRequest), 2)} ms of CPU a request)`,
    )
    .join(', ');
  const busy = use.every((u) => u >= 0.9);
  return `credmap's process used ${each}${busy ? ': it was busy all the time, so over HTTP its own page handling on one core sets the pace, not the database' : ''}.`;
}

/**
 * What 2,000 requests a second would take on this machine, from the CPU each request cost the
 * server, PostgreSQL and the load generator together in the saturated runs.
 */
function machineBound(samples: readonly Sample[]): string {
  const server = med(samples, serverCoreUse);
  const postgres = med(samples, postgresCoreUse);
  const generator = med(samples, generatorCoreUse);
  const rate = med(samples, perSecond);
  if (![server, postgres, generator, rate].every(Number.isFinite) || rate === 0) return '';
  const busy = server + postgres + generator;
  const perRequest = (1000 * busy) / rate;
  return ` Each request cost ${fixed((1000 * server) / rate, 2)} ms of CPU in credmap's process, ${fixed((1000 * postgres) / rate, 2)} ms in PostgreSQL and ${fixed((1000 * generator) / rate, 2)} ms in the load generator; together they kept ${fixed(busy, 2)} of the machine's ${cpus().length} cores busy, so at these costs 2,000 requests a second would take about ${fixed((2000 * perRequest) / 1000, 1)} cores.`;
}

/** The issue's targets on PostgreSQL, said plainly, from the medians. */
function targets(): string {
  const pg200 = rows.find((r) => r.engine === 'postgresql' && r.concurrency === 200);
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  if (pg200 !== undefined) {
    const p99ms = med(pg200.journeys, p99);
    lines.push(
      `- p99 under 100 ms at 200 respondents on PostgreSQL, saturated (no pause at all): ${fixed(p99ms)} ms, ${verdict(p99ms < 100)}. With 200 requests always in flight, the mean latency is 200 divided by the throughput (Little's law): under 100 ms would take 2,000 requests a second.${machineBound(pg200.journeys)} The static file reaches ${fixed(med(pg200.statics, perSecond), 0)} here, with a p99 of ${fixed(med(pg200.statics, p99))} ms.`,
    );
  }
  for (const r of pacedRows.filter((p) => p.engine === 'postgresql')) {
    const p99ms = med(r.journeys, p99);
    lines.push(
      `- p99 under 100 ms at ${paced} respondents on PostgreSQL, ${r.pace === 'estimate' ? "at the questionnaire's estimated pace" : `${r.pace} ms on a page`}: ${fixed(p99ms)} ms, ${verdict(p99ms < 100)}.`,
    );
  }
  if (pg200 !== undefined && pgbenchRuns.length > 0) {
    const share = med(pg200.journeys, storedPerSecond) / pgbenchTps;
    const store = (r: StoreRate) =>
      `at ${r.callers} respondents at once, pages ${fixed((100 * r.pages) / pgbenchTps, 0)} % of its transactions, ${verdict(r.pages / pgbenchTps >= 0.4)}, and answer rows ${fixed((100 * r.answers) / pgbenchTps, 0)} % of its rows, ${verdict(r.answers / pgbenchTps >= 0.4)}`;
    lines.push(
      `- answer submission at least 40 % of pgbench's single-row inserts: over HTTP, pages ${fixed(100 * share, 0)} % of its transactions, ${verdict(share >= 0.4)}; by the store alone, ${storeRates.map(store).join('; ')}.`,
    );
  }
  return lines.length === 0 ? '' : ['', 'Targets:', '', ...lines].join('\n');
}
await writeSection('respondent-load', 'Respondent load', body);
