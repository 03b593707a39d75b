import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Distribution: contacts (kept apart from answers), the durable job queue, a record of every
 * message, reminder plans, and what links a response to an invitation while it is in progress.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contact')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('questionnaire_id', 'integer', (c) =>
      c.notNull().references('questionnaire.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    // The link's token is an HMAC of the salt with the installation's secret: reminders can rebuild
    // the link, and a copy of this table without the secret opens nothing.
    .addColumn('token_salt', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('invited_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    // A day, not a moment: a completion time would let anyone match the contact to the response.
    .addColumn('completed_on', 'text', (c) => c.check(sql`completed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn('unsubscribed_at', 'timestamptz')
    .addUniqueConstraint('contact_questionnaire_email', ['questionnaire_id', 'email'])
    .execute();

  // Set while an invited response is in progress, cleared when it is completed.
  await db.schema
    .alterTable('response')
    .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('set null'))
    .execute();
  // Filled when a form came back with the field that only robots see.
  await db.schema
    .alterTable('response')
    .addColumn('honeypot', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('job')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    // At most one live job per key (an invitation per contact, a reminder per contact and day).
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(6))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('done_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index job_due on job (run_at) where done_at is null and failed_at is null`.execute(db);

  await db.schema
    .createTable('message')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sent', 'failed', 'skipped')`))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();

  await db.schema
    .createTable('reminder_plan')
    .addColumn('questionnaire_id', 'integer', (c) =>
      c.notNull().references('questionnaire.id').onDelete('cascade'),
    )
    .addColumn('days_before', 'integer', (c) => c.notNull().check(sql`days_before between 0 and 90`))
    .addPrimaryKeyConstraint('reminder_plan_pk', ['questionnaire_id', 'days_before'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reminder_plan', 'message', 'job']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('response').dropColumn('honeypot').execute();
  await db.schema.alterTable('response').dropColumn('contact_id').execute();
  await db.schema.dropTable('contact').execute();
}
