/**
 * kill -9 under load loses nothing, on PostgreSQL and on the embedded database. 200 simulated
 * respondents answer the demo questionnaire at once (languages mixed) on a fresh database; 2–5 s
 * after the first page is acknowledged the server is killed with SIGKILL and started again on the
 * same database (the embedded one: the same data folder, whose lock the dead process left); respondents whose request
 * failed carry on with their resume cookie until done. A response made by a first page whose reply
 * was lost is allowed (its respondent never got the code and starts again), nothing else. Then,
 * from the database: every page acknowledged with a 303 is stored with the answers sent, each
 * respondent has one response, completed responses rebuild into exactly the simulated state and
 * have a receipt, and every response's rows parse.
 *
 *   npx tsx bench/faults/kill.ts   (FAULTS_SEED=n replays the answers; FAULTS_DATABASE_URL names the
 *   server; FAULTS_ENGINES=postgresql or pglite runs one of the two)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreOptions } from '../../src/store/index.ts';
import { freePort, startCredmap } from '../lib/server.ts';
import { demo, Ledger, verifyStored } from './support/ledger.ts';
import { createDatabase, sharedServer } from './support/postgres.ts';
import { runCheck } from './support/run.ts';

const respondents = Number(process.env.FAULTS_RESPONDENTS ?? 200);
const seed = Number(process.env.FAULTS_SEED ?? Math.floor(Math.random() * 1_000_000));
const killAfterMs = 2000 + (seed % 3001);

const engines = (process.env.FAULTS_ENGINES ?? 'postgresql,pglite').split(',');

interface Database {
  readonly name: string;
  /** The server's environment. */
  readonly env: Readonly<Record<string, string>>;
  /** How this process opens it, once the server has stopped. */
  readonly options: StoreOptions;
  drop(): Promise<void>;
}

async function databaseFor(engine: string): Promise<Database> {
  if (engine === 'postgresql') {
    const database = await createDatabase();
    return {
      name: `database ${database.name} on ${sharedServer}`,
      env: { DATABASE_URL: database.url },
      options: { databaseUrl: database.url },
      drop: () => database.drop(),
    };
  }
  if (engine !== 'pglite') throw new Error(`FAULTS_ENGINES: no engine ${engine}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'credmap-kill-'));
  return {
    name: `the embedded database in ${dataDir}`,
    env: { DATA_DIR: dataDir },
    options: { dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function main(): Promise<number> {
  let failed = 0;
  for (const engine of engines) failed = Math.max(failed, await check(engine));
  return failed;
}

async function check(engine: string): Promise<number> {
  const started = performance.now();
  const { model, languages, today } = await demo();
  const database = await databaseFor(engine);
  console.log(`kill: ${respondents} respondents, seed ${seed}, ${database.name}`);
  let server: Awaited<ReturnType<typeof startCredmap>> | undefined;
  try {
    const port = String(await freePort());
    const env = { PORT: port, ...database.env };
    server = await startCredmap(env);
    const origin = server.origin;
    const ledger = new Ledger();
    let requests = 0;
    for (let i = 0; i < respondents; i++)
      ledger.respondent(
        {
          origin,
          model,
          today,
          retry: { forMs: 120_000, delayMs: 500 },
          onRequest: () => {
            requests++;
          },
        },
        seed * 1000 + i,
        languages[i % languages.length]!,
      );
    const walking = Promise.all(ledger.records.map((r) => Ledger.walk(r)));

    // The clock starts at the first acknowledged page: a cold server takes a while to answer 200 at once.
    while (ledger.records.every((r) => r.acked.length === 0) && requests < 100_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, killAfterMs));
    const acknowledgedBefore = ledger.records.reduce((n, r) => n + r.acked.length, 0);
    const completedBefore = ledger.records.filter((r) => r.completed).length;
    await server.kill();
    const killedAt = performance.now();
    console.log(
      `killed pid ${server.pid} ${killAfterMs} ms after the first acknowledged page: ${acknowledgedBefore} POSTs acknowledged, ${completedBefore} respondents done`,
    );
    server = await startCredmap(env);
    console.log(`restarted as pid ${server.pid} in ${Math.round(performance.now() - killedAt)} ms`);
    await walking;
    const walkedMs = performance.now() - started;
    await server.stop();
    server = undefined;

    const unanswered = ledger.records.reduce((n, r) => n + r.unanswered, 0);
    const retries = ledger.records.reduce((n, r) => n + r.respondent.retries, 0);
    const stored = await verifyStored(database.options, ledger, model, today);
    console.log(
      [
        `requests: ${requests}, POSTs without a reply: ${unanswered}, retries: ${retries}`,
        `respondents completed: ${ledger.records.filter((r) => r.completed).length}/${respondents}`,
        `acknowledged pages checked: ${stored.ackedPages}`,
        `responses in the database: ${stored.responses} (${stored.completed} completed, ${stored.orphans} made by a first page whose reply was lost)`,
        `time: ${Math.round(walkedMs)} ms`,
      ].join('\n'),
    );
    if (completedBefore === respondents || unanswered === 0)
      stored.problems.push('no request was cut off by the kill: the check proved nothing');
    if (stored.problems.length > 0) {
      console.error(
        `\nFAILED: ${stored.problems.length} problems\n${stored.problems.slice(0, 40).join('\n')}`,
      );
      return 1;
    }
    console.log('OK: nothing acknowledged was lost, nothing was stored twice, every response parses');
    return 0;
  } finally {
    if (server !== undefined) {
      await server.kill();
      if (server.output().trim() !== '') console.error(`server output:\n${server.output()}`);
    }
    await database.drop();
  }
}

runCheck(main);
