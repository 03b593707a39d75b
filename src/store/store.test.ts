import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../test/support/database.ts';
import { engines, freshStore } from '../../test/support/database.ts';
import type { Store } from './database.ts';
import { openStore } from './database.ts';
import { DataDirLockedError, lockDataDir } from './lock.ts';
import { countAttempt, purgeAttempts } from './rate-limit.repository.ts';
import { ensureQuestionnaire, publishVersion, upsertStudy } from './studies.repository.ts';

describe.each(engines())('store on %s', (engine: Engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('publishes a version once per definition and refuses to change a published one', async () => {
    const study = await upsertStudy(store.db, 'immutable', { any: 'thing' }, 'Europe/Brussels');
    const q = await ensureQuestionnaire(store.db, study.id, 'q', { opensAt: null, closesAt: null });
    const v1 = await publishVersion(store.db, q.id, { a: 1 }, 'hash-1');
    expect(await publishVersion(store.db, q.id, { a: 1 }, 'hash-1')).toMatchObject({ id: v1.id, number: 1 });
    expect(await publishVersion(store.db, q.id, { a: 2 }, 'hash-2')).toMatchObject({ number: 2 });
    await expect(
      store.db.updateTable('questionnaire_version').set({ hash: 'x' }).where('id', '=', v1.id).execute(),
    ).rejects.toThrow(/immutable/);
    await expect(
      store.db.deleteFrom('questionnaire_version').where('id', '=', v1.id).execute(),
    ).rejects.toThrow(/immutable/);
  });

  it('gives counts as numbers on both engines', async () => {
    const row = await store.db
      .selectFrom('questionnaire_version')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(typeof row.n).toBe('number');
    const { rows } = await sql<{
      s: unknown;
    }>`select sum(number)::numeric as s from questionnaire_version`.execute(store.db);
    expect(typeof rows[0]?.s).toBe('number');
  });

  it('counts attempts per key and window', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(await countAttempt(store.db, 'k', now, 60)).toBe(1);
    expect(await countAttempt(store.db, 'k', now, 60)).toBe(2);
    expect(await countAttempt(store.db, 'k', new Date('2026-11-23T10:01:00Z'), 60)).toBe(1);
    await purgeAttempts(store.db, new Date('2026-11-23T10:01:00Z'));
    const left = await store.db
      .selectFrom('rate_limit')
      .select('window_start')
      .where('key', '=', 'k')
      .execute();
    expect(left.map((r) => r.window_start.toISOString())).toEqual(['2026-11-23T10:01:00.000Z']);
  });

  it('lets the process go on serving while queries queue for the database', async () => {
    // PGlite runs in this thread: were its one connection handed from query to query without a
    // turn of the event loop, no request could be read nor timer run until every queued query
    // was done, and under load some pages would wait seconds.
    let finished = false;
    const queries = Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let i = 0; i < 25; i++) await sql`select 1`.execute(store.db);
      }),
    ).then(() => {
      finished = true;
    });
    const timerFirst = await new Promise<boolean>((resolve) => setTimeout(() => resolve(!finished), 0));
    await queries;
    expect(timerFirst).toBe(true);
  });

  it('reports whether the database answers', async () => {
    expect(await store.ping()).toBe(true);
  });
});

// An unhandled 'error' on a connection lent to a transaction would end the whole process.
describe.runIf(engines().includes('postgresql'))('a PostgreSQL connection lost in a transaction', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore('postgresql');
  });
  afterAll(async () => {
    await store?.close();
  });

  it('fails that transaction only; the process lives on and the pool recovers', async () => {
    const lost = store.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
      await sql`select pg_terminate_backend(${rows[0]!.pid})`.execute(store.db);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sql`select 1`.execute(trx);
    });
    // The message errors.tsx recognises as a lost database (a 503, not a 500).
    await expect(lost).rejects.toThrow(/is not queryable/);
    expect(await store.ping()).toBe(true);
  });
});

describe('the embedded database folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'credmap-lock-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('cannot be opened by a second process while the first holds it', async () => {
    const store = await openStore({ dataDir: dir });
    try {
      const second = spawnSync(process.execPath, ['bin/credmap.js', 'migrate'], {
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`in use by another credmap process (pid ${process.pid})`);
    } finally {
      await store.close();
    }
    // Released on close: the folder opens again, and its data is still there.
    const again = await openStore({ dataDir: dir });
    expect(await again.ping()).toBe(true);
    await again.close();
  });

  it('is taken over when the process holding it died', () => {
    const stale = mkdtempSync(join(tmpdir(), 'credmap-stale-'));
    // A pid far above any this machine hands out.
    writeFileSync(join(stale, 'credmap.lock'), '4194304999');
    const release = lockDataDir(stale);
    expect(() => lockDataDir(stale)).toThrow(DataDirLockedError);
    release();
    rmSync(stale, { recursive: true, force: true });
  });
});
