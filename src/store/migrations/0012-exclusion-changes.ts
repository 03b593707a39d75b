import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Every change to a response's exclusion, with the transaction that made it, so that a reader can
 * take the exclusions as they stood when it began: an export's passes, however long, leave out the
 * same respondents when the team excludes or includes one meanwhile (`snapshot` in
 * src/store/tallies.repository.ts). `response_exclusion` stays what is true now; this table is
 * written beside it in the same transaction. The exclusions already made count as made before any
 * export that starts after this migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table response_exclusion_change (
      id bigint generated always as identity primary key,
      response_id uuid not null references response (id) on delete cascade,
      excluded boolean not null,
      xid xid8 not null default pg_current_xact_id()
    )`.execute(db);
  await sql`create index response_exclusion_change_response on response_exclusion_change (response_id, id)`.execute(
    db,
  );
  await sql`insert into response_exclusion_change (response_id, excluded)
    select response_id, true from response_exclusion`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table response_exclusion_change`.execute(db);
}
