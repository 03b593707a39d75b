import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseSchema } from './tables.ts';

/**
 * Counts one attempt for `key` in the fixed window that holds `now` and returns the count so far.
 * Kept in the database so that every process behind a load balancer sees the same count.
 */
export async function countAttempt(
  db: Kysely<DatabaseSchema>,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const row = await db
    .insertInto('rate_limit')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limit.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Takes back one attempt counted in the window that holds `now`: one that turned out right, when
 * only wrong ones are to count. Counting first and taking back after keeps the limit whole under
 * many requests at once, where looking first and counting after would let them all through.
 */
export async function refundAttempt(
  db: Kysely<DatabaseSchema>,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  await db
    .updateTable('rate_limit')
    .set({ count: sql`greatest(rate_limit.count - 1, 0)` })
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .execute();
}

/** Forgets windows that ended before `before`. */
export async function purgeAttempts(db: Kysely<DatabaseSchema>, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit').where('window_start', '<', before).execute();
}

/** The count so far in the window that holds `now`, without counting this look. */
export async function attemptsSoFar(
  db: Kysely<DatabaseSchema>,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const row = await db
    .selectFrom('rate_limit')
    .select('count')
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .executeTakeFirst();
  return row?.count ?? 0;
}
