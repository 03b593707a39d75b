import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The transaction that completed a response, so that a reader can take the responses completed
 * when it began and no others: an export's passes, however long, have the same respondents
 * (`snapshot` in src/store/tallies.repository.ts). Null: completed before this migration, or
 * loaded in bulk.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table response add column completed_xid xid8`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table response drop column completed_xid`.execute(db);
}
