import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../test/support/database.ts';
import { engines, freshStore } from '../../test/support/database.ts';
import { seededRandom } from '../questionnaire/index.ts';
import type { Store } from './database.ts';
import { PageQueue } from './page-queue.ts';
import type { PageWrite } from './responses.repository.ts';
import { completeResponse, insertResponse, loadCells } from './responses.repository.ts';
import { ensureQuestionnaire, publishVersion, upsertStudy } from './studies.repository.ts';

/** A page stored as it came (outside repeat items). */
const saved = { kind: 'saved', item: 0 };

const now = new Date('2026-11-24T10:00:00Z');

/**
 * A page of questions `qs`, each answering `value` (null: an answer with neither value nor missing
 * code, which the answer table refuses).
 */
const page = (qs: string | readonly string[], value: string | null, seconds = 1): PageWrite => ({
  clear: [{ ids: [qs].flat(), item: 0 }],
  cells: [qs].flat().map((q) => ({
    question_id: q,
    item: 0,
    part: '',
    value: value === null ? null : JSON.stringify(value),
    missing: null,
  })),
  step: `page-${[qs].flat()[0]}`,
  seconds,
  language: 'en',
  honeypot: false,
  now,
});

const value = (cells: readonly { question_id: string; value: unknown }[], q: string) =>
  cells.find((c) => c.question_id === q)?.value;

describe.each(engines())('page saves in a queue on %s', (engine: Engine) => {
  let store: Store;
  let versionId: number;
  let n = 0;
  const newResponse = async (): Promise<string> => {
    const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: `h${n}`, now });
    return id;
  };
  const newResponses = async (count: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await newResponse());
    return ids;
  };
  /** How many transactions last wrote the rows of these responses (to questions other than `last`). */
  const transactions = async (ids: readonly string[]): Promise<number> => {
    const { rows } = await sql<{ n: number }>`
      select count(distinct xmin::text)::integer as n from answer
      where response_id in (${sql.join(ids)}) and question_id <> 'last'`.execute(store.db);
    return rows[0]!.n;
  };

  beforeAll(async () => {
    store = await freshStore(engine);
    const study = await upsertStudy(store.db, 'queue', { any: 'thing' }, 'Europe/Brussels');
    const q = await ensureQuestionnaire(store.db, study.id, 'q', { opensAt: null, closesAt: null });
    versionId = (await publishVersion(store.db, q.id, { a: 1 }, 'hash-1')).id;
  });
  afterAll(async () => {
    await store?.close();
  });

  it('writes a save that finds the queue free at once, and those that wait for it together', async () => {
    const queue = new PageQueue(store.db, { groups: 1, groupSize: 50 });
    const ids = await newResponses(10);
    // Three saves of each response, each answering its own question and `last` again: the last
    // one sent must stay.
    const saves = [1, 2, 3].flatMap((round) =>
      ids.map((id) => queue.write(id, page([`r${round}`, 'last'], `r${round}`))),
    );
    expect(await Promise.all(saves)).toEqual(saves.map(() => saved));
    for (const id of ids) expect(value(await loadCells(store.db, id), 'last')).toBe('r3');
    // The first alone, the 29 that arrived while it was written in one transaction.
    expect(await transactions(ids)).toBe(2);
    // Each save's time was added once: three pages of a second each.
    const times = await store.db
      .selectFrom('page_time')
      .select(['response_id', sql<number>`sum(seconds)::integer`.as('seconds')])
      .where('response_id', 'in', ids)
      .groupBy('response_id')
      .execute();
    expect(times.map((t) => t.seconds)).toEqual(ids.map(() => 3));
  });

  it('takes at most groupSize pages into one transaction', async () => {
    const queue = new PageQueue(store.db, { groups: 1, groupSize: 4 });
    const ids = await newResponses(9);
    expect(await Promise.all(ids.map((id) => queue.write(id, page('q1', 'a'))))).toEqual(
      ids.map(() => saved),
    );
    // One alone, then 4 and 4.
    expect(await transactions(ids)).toBe(3);
  });

  it('refuses the page of a completed response and stores the rest of its group', async () => {
    const queue = new PageQueue(store.db, { groups: 1, groupSize: 50 });
    const first = await newResponse();
    const done = await newResponse();
    const open = await newResponse();
    await completeResponse(store.db, done, `R${n}`, now);
    const saves = [first, done, open].map((id) => queue.write(id, page('q1', 'a')));
    expect(await Promise.all(saves)).toEqual([saved, { kind: 'closed' }, saved]);
    expect(await loadCells(store.db, done)).toEqual([]);
    expect(value(await loadCells(store.db, open), 'q1')).toBe('a');
  });

  it('fails only the page that fails, writing the others of its group on their own', async () => {
    const queue = new PageQueue(store.db, { groups: 1, groupSize: 50 });
    const ids = await newResponses(4);
    const [head, a, bad, b] = ids as [string, string, string, string];
    const saves = [
      queue.write(head, page('q1', 'x')),
      queue.write(a, page('q1', 'a')),
      // Neither a value nor a missing code: the answer table's check refuses the row.
      queue.write(bad, page('q1', null)),
      queue.write(b, page('q1', 'b')),
    ];
    const settled = await Promise.allSettled(saves);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((settled[2] as PromiseRejectedResult).reason)).toMatch(/answer_value_or_missing/);
    expect(await loadCells(store.db, bad)).toEqual([]);
    const time = await store.db
      .selectFrom('page_time')
      .select('seconds')
      .where('response_id', '=', bad)
      .execute();
    expect(time).toEqual([]);
    expect(value(await loadCells(store.db, a), 'q1')).toBe('a');
    expect(value(await loadCells(store.db, b), 'q1')).toBe('b');
  });

  it('keeps one response’s saves in order when its group is written again page by page', async () => {
    const queue = new PageQueue(store.db, { groups: 1, groupSize: 50 });
    const head = await newResponse();
    const id = await newResponse();
    const bad = await newResponse();
    const saves = [
      queue.write(head, page('q1', 'x')),
      queue.write(id, page('q1', 'first')),
      queue.write(bad, page('q1', null)),
      queue.write(id, page('q1', 'second')),
      queue.write(id, page('q1', 'third')),
    ];
    await Promise.allSettled(saves);
    expect(value(await loadCells(store.db, id), 'q1')).toBe('third');
  });

  it('drains: every save handed in is written once drain resolves', async () => {
    const queue = new PageQueue(store.db, { groups: 2, groupSize: 3 });
    const ids = await newResponses(12);
    for (const id of ids) void queue.write(id, page('q2', 'kept'));
    await queue.drain();
    for (const id of ids) expect(value(await loadCells(store.db, id), 'q2')).toBe('kept');
    await queue.drain();
  });

  // Several groups at once need several connections: PostgreSQL only.
  if (engine === 'postgresql')
    it('writes groups that share responses at once without a deadlock', async () => {
      const queue = new PageQueue(store.db, { groups: 4, groupSize: 6 });
      const ids = await newResponses(12);
      const deadlocks = async () => {
        const { rows } = await sql<{ deadlocks: number }>`
          select deadlocks::integer as deadlocks from pg_stat_database where datname = current_database()`.execute(
          store.db,
        );
        return rows[0]!.deadlocks;
      };
      const before = await deadlocks();
      // Each save of a response drawn at random: every group holds several responses, in an order
      // unlike that of the groups written beside it.
      const random = seededRandom(7);
      const order = Array.from({ length: 240 }, () => ids[Math.floor(random() * ids.length)]!);
      const saves = order.map((id, i) => queue.write(id, page(`q${i % 5}`, String(i), 1)));
      expect(await Promise.all(saves)).toEqual(saves.map(() => saved));
      const times = await store.db
        .selectFrom('page_time')
        .select([sql<number>`sum(seconds)::integer`.as('seconds')])
        .where('response_id', 'in', ids)
        .executeTakeFirstOrThrow();
      expect(times.seconds).toBe(240);
      // A backend reports its statistics at most once a second, when idle; this wait covers it.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await sql`select pg_stat_clear_snapshot()`.execute(store.db);
      expect(await deadlocks()).toBe(before);
    });
});
