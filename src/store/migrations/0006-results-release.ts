import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Results are published as releases: every table computed and protected at one moment, stored,
 * and shown to the public from the store. Nothing public is computed from live answers, so
 * respondents arriving one by one cannot be singled out by comparing two views.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('results_release')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('study_id', 'integer', (c) => c.notNull().references('study.id').onDelete('cascade'))
    .addColumn('released_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('released_by', 'text', (c) => c.notNull())
    // The protected tables only: no suppressed cell has a number in them.
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('results_release_study')
    .on('results_release')
    .columns(['study_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('results_release').execute();
}
