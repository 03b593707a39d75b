import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseSchema, JobRow } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The durable job queue: rows in the same database, so a job is enqueued in the transaction of the
 * change that calls for it, and any process can run it. A job is leased while it runs; a process
 * that dies loses its lease and the job runs again elsewhere.
 */
export async function enqueueJob(
  db: Db,
  job: {
    kind: string;
    payload: Record<string, unknown>;
    runAt: Date;
    uniqueKey?: string;
    maxAttempts?: number;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      run_at: job.runAt,
      unique_key: job.uniqueKey ?? null,
      ...(job.maxAttempts === undefined ? {} : { max_attempts: job.maxAttempts }),
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Takes the next due job for `leaseMs`; two processes never take the same one (SKIP LOCKED). */
export async function claimJob(
  db: Kysely<DatabaseSchema>,
  now: Date,
  leaseMs: number,
): Promise<JobRow | undefined> {
  const until = new Date(now.getTime() + leaseMs);
  const result = await sql<JobRow>`
    update job set locked_until = ${until}, attempts = attempts + 1
    where id = (
      select id from job
      where done_at is null and failed_at is null and run_at <= ${now}
        and (locked_until is null or locked_until < ${now})
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning *`.execute(db);
  const row = result.rows[0];
  return row === undefined ? undefined : { ...row, id: Number(row.id) };
}

/** Keeps a long job (a release of a large study) from being taken by another process meanwhile. */
export async function extendJobLease(db: Db, id: number, until: Date): Promise<void> {
  await db.updateTable('job').set({ locked_until: until }).where('id', '=', id).execute();
}

export async function finishJob(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('job').set({ done_at: now, locked_until: null }).where('id', '=', id).execute();
}

/** Puts a job back for later (after a failure, or when the sending rate is used up). */
export async function retryJob(
  db: Db,
  id: number,
  runAt: Date,
  error: string | null,
  countAttempt = true,
): Promise<void> {
  await db
    .updateTable('job')
    .set((eb) => ({
      run_at: runAt,
      locked_until: null,
      last_error: error,
      ...(countAttempt ? {} : { attempts: eb('attempts', '-', 1) }),
    }))
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Db, id: number, now: Date, error: string): Promise<void> {
  await db
    .updateTable('job')
    .set({ failed_at: now, locked_until: null, last_error: error })
    .where('id', '=', id)
    .execute();
}

export async function jobCounts(db: Db): Promise<{ pending: number; failed: number; done: number }> {
  const row = await db
    .selectFrom('job')
    .select((eb) => [
      sql<number>`count(*) filter (where done_at is null and failed_at is null)`.as('pending'),
      eb.fn.count<number>('failed_at').as('failed'),
      eb.fn.count<number>('done_at').as('done'),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), failed: Number(row.failed), done: Number(row.done) };
}

/** The job of a kind for a study (payload `studyId`) that is still to run or running, if any. */
export async function pendingStudyJob(
  db: Db,
  kind: string,
  studyId: number,
): Promise<{ id: number; runAt: Date; attempts: number; lastError: string | null } | undefined> {
  const row = await db
    .selectFrom('job')
    .select(['id', 'run_at', 'attempts', 'last_error'])
    .where('kind', '=', kind)
    .where(sql<boolean>`(payload ->> 'studyId')::bigint = ${studyId}`)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { id: Number(row.id), runAt: row.run_at, attempts: row.attempts, lastError: row.last_error };
}
