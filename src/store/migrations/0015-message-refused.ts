import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * A message the mail server refused for good (a 5xx reply to RCPT TO: no such mailbox, say) is
 * recorded as `refused`, apart from a failure that is retried: it is not sent again, and the study
 * team can tell a wrong address on its list from a mail server that was down.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table message drop constraint message_status_check`.execute(db);
  await sql`alter table message add constraint message_status_check
    check (status in ('sent', 'failed', 'refused', 'skipped'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table message drop constraint message_status_check`.execute(db);
  await sql`update message set status = 'failed' where status = 'refused'`.execute(db);
  await sql`alter table message add constraint message_status_check
    check (status in ('sent', 'failed', 'skipped'))`.execute(db);
}
