import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export async function insertRelease(
  db: Db,
  release: { studyId: number; releasedBy: string; content: unknown; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('results_release')
    .values({
      study_id: release.studyId,
      released_by: release.releasedBy,
      content: JSON.stringify(release.content),
      released_at: release.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The study's current release, if its results are published. */
export async function latestRelease(
  db: Db,
  studyId: number,
): Promise<{ id: number; releasedAt: Date; releasedBy: string; content: unknown } | undefined> {
  const row = await db
    .selectFrom('results_release')
    .selectAll()
    .where('study_id', '=', studyId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { id: row.id, releasedAt: row.released_at, releasedBy: row.released_by, content: row.content };
}

/** Takes a study's results off line: every release is deleted. */
export async function withdrawReleases(db: Db, studyId: number): Promise<number> {
  const result = await db.deleteFrom('results_release').where('study_id', '=', studyId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
