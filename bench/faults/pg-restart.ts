/**
 * A PostgreSQL restart under load: credmap answers 503 with Retry-After while the database is away
 * (quickly, never hanging, never crashing), serves again by itself once it is back, and the
 * respondents who were cut off can finish, with nothing acknowledged lost.
 *
 * It runs its own PostgreSQL cluster (initdb in a temporary folder, a free port): the shared server
 * is never stopped.
 *
 *   npx tsx bench/faults/pg-restart.ts
 */
import type { RequestEvent } from '../lib/http-respondent.ts';
import { HttpBrowser } from '../lib/http-respondent.ts';
import type { CredmapServer } from '../lib/server.ts';
import { freePort, startCredmap } from '../lib/server.ts';
import { demo, Ledger, verifyStored } from './support/ledger.ts';
import { createDatabase, privateCluster } from './support/postgres.ts';
import { runCheck } from './support/run.ts';

const loopers = 3;
const outageMs = 6000;
/** The longest a request may take while the database is away. */
const outageReplyMs = 5000;
/** How long credmap may take to serve again once the database is back. */
const recoveryMs = 15_000;
const seed = Number(process.env.FAULTS_SEED ?? Math.floor(Math.random() * 1_000_000));

interface Timed extends RequestEvent {
  readonly startedAt: number;
  readonly endedAt: number;
  readonly html?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<number> {
  const t0 = performance.now();
  const at = () => performance.now() - t0;
  const { model, languages, today } = await demo();
  const cluster = await privateCluster();
  let server: CredmapServer | undefined;
  try {
    await cluster.start();
    const database = await createDatabase(cluster.url);
    console.log(`pg-restart: private PostgreSQL on port ${cluster.port}, seed ${seed}`);
    server = await startCredmap({ PORT: String(await freePort()), DATABASE_URL: database.url });
    const { origin, pid } = server;
    const events: Timed[] = [];
    const record = (e: RequestEvent) => {
      const endedAt = at();
      events.push({ ...e, startedAt: endedAt - e.ms, endedAt });
    };

    // Light load: a few respondents at a time, each followed by the next, until told to stop.
    const ledger = new Ledger();
    let loading = true;
    const loop = async (n: number) => {
      for (let i = 0; loading; i++) {
        const r = ledger.respondent(
          {
            origin,
            model,
            today,
            timeoutMs: 15_000,
            retry: { forMs: 60_000, delayMs: 500 },
            onRequest: record,
          },
          seed * 1000 + n * 100 + i,
          languages[(n + i) % languages.length]!,
        );
        await Ledger.walk(r);
      }
    };
    const load = Promise.all(Array.from({ length: loopers }, (_, n) => loop(n)));

    // A probe: the landing page, twice a second, for the outage's timings and pages.
    let probing = true;
    const probe = (async () => {
      const browser = new HttpBrowser({ origin, timeoutMs: 15_000, headers: { 'accept-language': 'fi' } });
      while (probing) {
        const startedAt = at();
        try {
          const reply = await browser.get('/fi/s/demo/demo');
          events.push({
            method: 'GET',
            url: 'probe',
            status: reply.status,
            ms: reply.ms,
            retryAfter: reply.headers.get('retry-after'),
            startedAt,
            endedAt: at(),
            html: reply.html,
          });
        } catch (error) {
          events.push({
            method: 'GET',
            url: 'probe',
            status: 0,
            ms: at() - startedAt,
            error: String(error),
            startedAt,
            endedAt: at(),
          });
        }
        await sleep(500);
      }
    })();

    await sleep(3000);
    const stoppedAt = at();
    await cluster.stopImmediately();
    const downAt = at();
    await sleep(outageMs);
    const restartAt = at();
    await cluster.start();
    const upAt = at();
    // Serving again: the first landing page answered 200 after the database came back.
    let recoveredAt: number | undefined;
    while (recoveredAt === undefined && at() < upAt + recoveryMs) {
      recoveredAt = events.find((e) => e.url === 'probe' && e.startedAt >= upAt && e.status === 200)?.endedAt;
      await sleep(100);
    }
    await sleep(3000);
    loading = false;
    await load;
    probing = false;
    await probe;
    const alive = !server.hasExited() && server.pid === pid;
    const stopped = server;
    await server.stop();
    server = undefined;

    const problems: string[] = [];
    const during = events.filter((e) => e.startedAt >= downAt && e.endedAt <= restartAt);
    const unavailable = during.filter((e) => e.status === 503);
    const slowest = Math.max(0, ...during.map((e) => e.ms));
    if (!alive)
      problems.push(
        `credmap exited (${await stopped.exited}) while the database was away; it wrote:\n${stopped.output()}`,
      );
    if (unavailable.length === 0) problems.push('no request got a 503 while the database was away');
    for (const e of during) {
      if (e.status !== 503)
        problems.push(`during the outage ${e.method} ${e.url} answered ${e.status} ${e.error ?? ''}`);
      else if (e.retryAfter === null || e.retryAfter === undefined)
        problems.push(`a 503 during the outage had no Retry-After (${e.method} ${e.url})`);
      if (e.ms > outageReplyMs)
        problems.push(`${e.method} ${e.url} took ${Math.round(e.ms)} ms during the outage`);
    }
    const page = during.find((e) => e.url === 'probe' && e.status === 503)?.html ?? '';
    if (page !== '' && !page.includes('<html lang="fi">'))
      problems.push('the 503 page is not in the respondent’s language');
    for (const e of events)
      if (e.status === 500 || e.status === 0)
        problems.push(
          `${e.method} ${e.url} at ${Math.round(e.startedAt)} ms answered ${e.status} ${e.error ?? ''}`,
        );
    if (recoveredAt === undefined)
      problems.push(`credmap did not serve again within ${recoveryMs} ms of the database`);
    const after = events.filter((e) => recoveredAt !== undefined && e.startedAt > recoveredAt);
    for (const e of after)
      if (e.status !== 200 && e.status !== 303)
        problems.push(`after recovery ${e.method} ${e.url} answered ${e.status}`);
    const interrupted = ledger.records.filter((r) => r.respondent.retries > 0);
    if (interrupted.length === 0) problems.push('no respondent was interrupted: the check proved nothing');
    const stored = await verifyStored({ databaseUrl: database.url }, ledger, model, today);
    problems.push(...stored.problems);
    await database.drop();

    console.log(
      [
        `database stopped at ${Math.round(stoppedAt)} ms (down at ${Math.round(downAt)}), started again at ${Math.round(restartAt)}–${Math.round(upAt)} ms`,
        `during the outage: ${during.length} requests, ${unavailable.length} answered 503 with Retry-After ${unavailable[0]?.retryAfter ?? '-'}, slowest ${Math.round(slowest)} ms`,
        `serving again ${recoveredAt === undefined ? 'never' : `${Math.round(recoveredAt - upAt)} ms after the database`}, same process (pid ${pid}): ${alive}`,
        `after recovery: ${after.length} requests, ${after.filter((e) => e.status === 200 || e.status === 303).length} answered 200/303`,
        `respondents: ${ledger.records.length} (${ledger.records.filter((r) => r.completed).length} completed, ${interrupted.length} interrupted by the outage)`,
        `database: ${stored.responses} responses, ${stored.completed} completed, ${stored.ackedPages} acknowledged pages checked`,
        `time: ${Math.round(at())} ms`,
      ].join('\n'),
    );
    if (problems.length > 0) {
      console.error(
        `\nFAILED: ${problems.length} problems\n${[...new Set(problems)].slice(0, 40).join('\n')}`,
      );
      return 1;
    }
    console.log('OK: 503 with Retry-After during the outage, served again without a restart, nothing lost');
    return 0;
  } finally {
    if (server !== undefined) {
      await server.kill();
      console.error(`server output:\n${server.output()}`);
    }
    await cluster.destroy();
  }
}

runCheck(main);
