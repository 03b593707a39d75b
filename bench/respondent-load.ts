import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Model } from '../src/questionnaire/index.ts';
import { readStudies } from '../src/studies/index.ts';
import { databaseUrl, dropDatabase, freshDatabase } from './lib/bench-database.ts';
import { instrumentShares, modelsOf } from './lib/dataset.ts';
import type { RequestEvent } from './lib/http-respondent.ts';
import { HttpBrowser, HttpRespondent } from './lib/http-respondent.ts';
import { fixed, quantile, table, writeSection } from './lib/report.ts';
import type { CredmapServer } from './lib/server.ts';
import { freePort, startCredmap } from './lib/server.ts';

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
    /** A paced run as well: this many respondents, each taking `think` ms over every page. */
    paced: { type: 'string', default: '200' },
    think: { type: 'string', default: '1000' },
  },
});
const levels = values.concurrency.split(',').map(Number);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const engines = values.engines.split(',');
const paced = Number(values.paced);
const thinkMs = Number(values.think);

const study = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials');
if (study === undefined) throw new Error('the microcredentials study is missing from questionnaires/');
const models = modelsOf(study);
const languages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'];
const today = new Date().toISOString().slice(0, 10);

interface Sample {
  readonly requests: number;
  readonly errors: number;
  readonly latencies: number[];
  /** Answer pages sent and stored (303). */
  readonly submissions: number;
  readonly submitLatencies: number[];
}

/** Thrown from a request's record once the measured window is over. */
class WindowClosed extends Error {}

/** Calls `work` from `concurrency` loops for warm-up plus `seconds`; records what ends inside the window. */
async function drive(
  concurrency: number,
  work: (record: (e: RequestEvent) => void, loop: number, round: number) => Promise<void>,
): Promise<Sample> {
  const start = performance.now();
  const from = start + warmup * 1000;
  const until = from + seconds * 1000;
  const sample = {
    requests: 0,
    errors: 0,
    latencies: [] as number[],
    submissions: 0,
    submitLatencies: [] as number[],
  };
  const record = (e: RequestEvent) => {
    const now = performance.now();
    // The window has closed: the respondent stops here, mid-journey, instead of finishing it.
    if (now > until) throw new WindowClosed();
    if (now < from) return;
    sample.requests++;
    sample.latencies.push(e.ms);
    if (e.status === 0 || e.status >= 400) sample.errors++;
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
  return sample;
}

const pickInstrument = (n: number): Model => {
  let x = ((n * 2654435761) % 1000) / 1000;
  for (const [slug, share] of Object.entries(instrumentShares)) {
    x -= share;
    if (x < 0) return models.get(slug)!;
  }
  return models.get('employees')!;
};

async function journeys(server: CredmapServer, concurrency: number, think = 0): Promise<Sample> {
  return drive(concurrency, async (record, loop, round) => {
    const seed = loop * 100_000 + round;
    const model = pickInstrument(seed);
    const respondent = new HttpRespondent({
      origin: server.origin,
      model,
      seed,
      lang: languages[seed % languages.length]!,
      today,
      study: 'microcredentials',
      questionnaire: model.definition.id,
      onRequest: record,
      thinkMs: think,
    });
    await respondent.complete();
  });
}

async function staticFile(server: CredmapServer, concurrency: number): Promise<Sample> {
  const home = await fetch(`${server.origin}/en/s/microcredentials`);
  const css = (await home.text()).match(/href="(\/assets\/credmap\.[0-9a-f]+\.css)"/)?.[1];
  if (css === undefined) throw new Error('no stylesheet on the study page');
  return drive(concurrency, async (record) => {
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
    execFileSync('psql', [
      url,
      '-qc',
      'create table single_row (id bigserial primary key, response_id uuid not null, value jsonb, at timestamptz not null)',
    ]);
    const out = execFileSync(
      'pgbench',
      ['-n', '-c', '10', '-j', '2', '-T', String(seconds), '-f', script, url],
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

interface Row {
  readonly engine: string;
  readonly concurrency: number;
  readonly journey: Sample;
  readonly static: Sample;
}

/** Respondents who take their time: latency when the server is not saturated. */
interface PacedRow {
  readonly engine: string;
  readonly journey: Sample;
}
const pacedRows: PacedRow[] = [];

const rows: Row[] = [];
let pgbenchTps = Number.NaN;
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
      const journey = await journeys(server, concurrency);
      const flat = await staticFile(server, concurrency);
      rows.push({ engine, concurrency, journey, static: flat });
      console.error(
        `${engine} ×${concurrency}: ${fixed(journey.requests / seconds)} req/s p99 ${fixed(quantile(journey.latencies, 0.99))} ms; static ${fixed(flat.requests / seconds)} req/s`,
      );
    }
    if (paced > 0) {
      const journey = await journeys(server, paced, thinkMs);
      pacedRows.push({ engine, journey });
      console.error(
        `${engine} ×${paced} paced: ${fixed(journey.requests / seconds)} req/s p99 ${fixed(quantile(journey.latencies, 0.99))} ms`,
      );
    }
    if (engine === 'postgresql') pgbenchTps = pgbench(dbName);
  } finally {
    await server.stop();
    if (engine === 'postgresql') await dropDatabase(dbName);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const perSecond = (s: Sample) => s.requests / seconds;
const ratio = (a: number, b: number) => (b > 0 ? `${fixed((100 * a) / b, 0)} %` : '–');
const body = [
  `Each respondent answers a whole questionnaire of the microcredentials study (${Object.keys(instrumentShares).length} target groups in their shares, eight languages in turn): GET and POST of every page, the repeat group, "check your answers" and the thank-you page, with cookies and CSRF tokens, and starts again as a new respondent; no pause between requests. ${warmup} s of warm-up, then ${seconds} s measured. The static file is credmap's stylesheet from the same process at the same concurrency: what the HTTP stack and this load generator (one Node process on the same two cores) reach together.`,
  '',
  table(
    [
      'database',
      'respondents',
      'requests/s',
      'p50 ms',
      'p99 ms',
      'pages stored/s',
      'p99 store ms',
      'errors',
      'static req/s',
      'static p50/p99 ms',
      'req/s vs static',
      'p99 vs static',
    ],
    rows.map((r) => [
      r.engine,
      String(r.concurrency),
      fixed(perSecond(r.journey), 0),
      fixed(quantile(r.journey.latencies, 0.5)),
      fixed(quantile(r.journey.latencies, 0.99)),
      fixed(r.journey.submissions / seconds, 0),
      fixed(quantile(r.journey.submitLatencies, 0.99)),
      String(r.journey.errors),
      fixed(perSecond(r.static), 0),
      `${fixed(quantile(r.static.latencies, 0.5))} / ${fixed(quantile(r.static.latencies, 0.99))}`,
      ratio(perSecond(r.journey), perSecond(r.static)),
      `${fixed(quantile(r.journey.latencies, 0.99) / quantile(r.static.latencies, 0.99), 1)} ×`,
    ]),
  ),
  '',
  pacedRows.length === 0
    ? ''
    : [
        `Paced: ${paced} respondents at once, each spending ${thinkMs} ms on every page before sending it (real respondents take far longer), a lighter load than the runs above:`,
        '',
        table(
          ['database', 'respondents', 'requests/s', 'p50 ms', 'p99 ms', 'p99 store ms', 'errors'],
          pacedRows.map((r) => [
            r.engine,
            String(paced),
            fixed(perSecond(r.journey), 0),
            fixed(quantile(r.journey.latencies, 0.5)),
            fixed(quantile(r.journey.latencies, 0.99)),
            fixed(quantile(r.journey.submitLatencies, 0.99)),
            String(r.journey.errors),
          ]),
        ),
        '',
      ].join('\n'),
  Number.isFinite(pgbenchTps)
    ? `pgbench, single-row inserts, 10 clients (credmap's pool size), ${seconds} s: ${fixed(pgbenchTps, 0)} transactions/s. Answer pages stored per second on PostgreSQL as a share of it: ${rows
        .filter((r) => r.engine === 'postgresql')
        .map((r) => `${ratio(r.journey.submissions / seconds, pgbenchTps)} at ${r.concurrency}`)
        .join(
          ', ',
        )}. Each stored page is one transaction of several statements (lock the response, replace the page's rows, the page time, the response's last save).`
    : '',
  targets(),
].join('\n');

/** The issue's targets on PostgreSQL, said plainly. */
function targets(): string {
  const pg200 = rows.find((r) => r.engine === 'postgresql' && r.concurrency === 200);
  const pgPaced = pacedRows.find((r) => r.engine === 'postgresql');
  const lines: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  if (pg200 !== undefined) {
    const p99 = quantile(pg200.journey.latencies, 0.99);
    lines.push(
      `- p99 under 100 ms at 200 respondents on PostgreSQL, saturated: ${fixed(p99)} ms, ${verdict(p99 < 100)}.`,
    );
    if (Number.isFinite(pgbenchTps)) {
      const share = pg200.journey.submissions / seconds / pgbenchTps;
      lines.push(
        `- pages stored at least 40 % of pgbench's single-row inserts: ${fixed(100 * share, 0)} %, ${verdict(share >= 0.4)}.`,
      );
    }
  }
  if (pgPaced !== undefined) {
    const p99 = quantile(pgPaced.journey.latencies, 0.99);
    lines.push(
      `- p99 under 100 ms at ${paced} paced respondents on PostgreSQL: ${fixed(p99)} ms, ${verdict(p99 < 100)}.`,
    );
  }
  return lines.length === 0 ? '' : ['', 'Targets:', '', ...lines].join('\n');
}
await writeSection('respondent-load', 'Respondent load', body);
