import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Weights: one per completed response, computed from population margins (post-stratification or
 * raking), and the margins they were computed from, for the record and for exports' provenance.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('response_weight')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('response.id').onDelete('cascade'))
    .addColumn('weight', 'double precision', (c) => c.notNull().check(sql`weight > 0`))
    .execute();
  await db.schema
    .createTable('study_weighting')
    .addColumn('study_id', 'integer', (c) => c.primaryKey().references('study.id').onDelete('cascade'))
    .addColumn('margins', 'jsonb', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('computed_by', 'text', (c) => c.notNull())
    .addColumn('respondents', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('study_weighting').execute();
  await db.schema.dropTable('response_weight').execute();
}
