import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseJob, releaseJobKind } from '../../src/console/index.ts';
import type { WorkerOptions } from '../../src/distribution/index.ts';
import { runDueJobs } from '../../src/distribution/index.ts';
import { Catalog } from '../../src/respondent/index.ts';
import { enqueueJob, findStudy, latestRelease } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp, testSecret } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

describe('a release too large for the request, made by the job queue', () => {
  let t: TestApp;
  let worker: WorkerOptions;
  beforeAll(async () => {
    // Every release counts as large here, so the queue makes it.
    t = await testApp('pglite', { releaseInlineTables: 0 });
    const model = await demoModel();
    for (let seed = 1400; seed < 1412; seed++) await completeDemo(new Browser(t.app), model, seed);
    await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
    worker = {
      store: t.store,
      mailer: undefined,
      secret: testSecret,
      publicUrl: 'http://127.0.0.1:3000',
      logger: pino({ level: 'silent' }),
      now: () => t.clock.now,
      mailsPerMinute: 60,
      handlers: {
        [releaseJobKind]: releaseJob(t.store, new Catalog(t.store), () => t.clock.now),
        broken: async () => {
          throw new Error('broken on purpose');
        },
      },
    };
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('queues the release once, says it is being prepared, and publishes it when the job has run', async () => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/release', {})).status).toBe(303);
    // Asked twice while the first is waiting: still one job.
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/release', {})).status).toBe(303);
    const jobs = await t.store.db.selectFrom('job').selectAll().where('kind', '=', releaseJobKind).execute();
    expect(jobs).toHaveLength(1);
    expect(await latestRelease(t.store.db, study.id)).toBeUndefined();
    const waiting = await owner.get('/console/s/demo/results');
    expect(waiting.html).toContain('A release is being prepared');
    expect((await t.app.request('http://127.0.0.1:3000/en/s/demo/results')).status).toBe(404);

    expect(await runDueJobs(worker)).toBe(1);
    const release = await latestRelease(t.store.db, study.id);
    expect(release).toBeDefined();
    const done = await owner.get('/console/s/demo/results');
    expect(done.html).not.toContain('A release is being prepared');
    expect(done.html).toContain('Published on');
    expect((await t.app.request('http://127.0.0.1:3000/en/s/demo/results')).status).toBe(200);
    const actions = (
      await t.store.db.selectFrom('audit_event').select('action').where('study_id', '=', study.id).execute()
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['results.releaseQueued', 'results.release']));
  });

  it('retries a job whose handler fails, with backoff, and gives up after its attempts', async () => {
    await enqueueJob(t.store.db, { kind: 'broken', payload: {}, runAt: t.clock.now, maxAttempts: 2 });
    expect(await runDueJobs(worker)).toBe(1);
    const [first] = await t.store.db.selectFrom('job').selectAll().where('kind', '=', 'broken').execute();
    expect(first!.failed_at).toBeNull();
    expect(first!.last_error).toBe('broken on purpose');
    expect(first!.run_at.getTime()).toBeGreaterThan(t.clock.now.getTime());
    expect(await runDueJobs(worker)).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 3600_000);
    expect(await runDueJobs(worker)).toBe(1);
    const [last] = await t.store.db.selectFrom('job').selectAll().where('kind', '=', 'broken').execute();
    expect(last!.failed_at).not.toBeNull();
  });
});
