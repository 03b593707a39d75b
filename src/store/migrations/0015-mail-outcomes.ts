import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Two more ends of an attempt at an e-mail. `refused`: the mail server refused the address for good
 * (a 5xx reply to RCPT TO: no such mailbox, say), apart from a failure that is retried; it is not
 * sent again, and the study team can tell a wrong address on its list from a mail server that was
 * down. `closed`: not sent because the questionnaire had closed by the time it was due.
 *
 * Mail jobs are tried 30 times now, over about a day (ADR 0010); those not yet sent get as many.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table message drop constraint message_status_check`.execute(db);
  await sql`alter table message add constraint message_status_check
    check (status in ('sent', 'failed', 'refused', 'closed', 'skipped'))`.execute(db);
  await sql`update job set max_attempts = greatest(max_attempts, 30) where kind = 'mail' and done_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table message drop constraint message_status_check`.execute(db);
  await sql`update message set status = 'failed' where status in ('refused', 'closed')`.execute(db);
  await sql`alter table message add constraint message_status_check
    check (status in ('sent', 'failed', 'skipped'))`.execute(db);
}
