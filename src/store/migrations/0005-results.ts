import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Results: which answers count. Answers on pages that became hidden are kept while a response is in
 * progress (the respondent may go back); when it is completed, those not on its final route are
 * marked as not counted, so every tally can be a plain SQL aggregate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('answer')
    .addColumn('counted', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();
  await sql`create index answer_counted_question on answer (question_id, part) where counted`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index answer_counted_question`.execute(db);
  await db.schema.alterTable('answer').dropColumn('counted').execute();
}
