import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Fieldwork monitoring: data-quality exclusions. A response the team excludes stays in the
 * database, with why and by whom; analysis leaves it out. Excluding it again replaces the reason,
 * including it deletes the row (the audit log keeps the history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('response_exclusion')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('response.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('speeder', 'straightlining', 'duplicate', 'honeypot', 'other')`),
    )
    .addColumn('note', 'text')
    // The account's name at the time, as the audit log keeps it.
    .addColumn('excluded_by', 'text')
    .addColumn('excluded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('response_exclusion').execute();
}
