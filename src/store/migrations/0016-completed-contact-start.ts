import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * A completed invitation forgets when it was started: `contact.started_at` was the response's own
 * `started_at`, to the millisecond, a key to join a person to their answers after the response had
 * forgotten the contact (`completeInvitation`). Down leaves it forgotten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update contact set started_at = null where completed_on is not null`.execute(db);
}

export async function down(_db: Kysely<unknown>): Promise<void> {}
