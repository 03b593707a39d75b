import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/** The survey engine's tables. SQL stays at PostgreSQL 15 (Debian's server; PGlite is 18). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('study')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('questionnaire')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('study_id', 'integer', (c) => c.notNull().references('study.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'timestamptz')
    .addColumn('closes_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('questionnaire_study_slug', ['study_id', 'slug'])
    .execute();

  await db.schema
    .createTable('questionnaire_version')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('questionnaire_id', 'integer', (c) => c.notNull().references('questionnaire.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('questionnaire_version_number', ['questionnaire_id', 'number'])
    .execute();

  // A published version is a record of what respondents were asked: the database refuses to change it.
  await sql`create function credmap_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'published questionnaire versions are immutable' using errcode = 'P0001';
    end $$`.execute(db);
  await sql`create trigger questionnaire_version_immutable before update or delete on questionnaire_version
    for each row execute function credmap_refuse_change()`.execute(db);

  await db.schema
    .createTable('response')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('questionnaire_version.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('resume_hash', 'text', (c) => c.notNull().unique())
    .addColumn('receipt', 'text', (c) => c.unique())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_saved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('response_version')
    .on('response')
    .columns(['version_id', 'completed_at'])
    .execute();

  await db.schema
    .createTable('answer')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('response.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('item', 'integer', (c) => c.notNull())
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb')
    .addColumn('missing', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_pk', ['response_id', 'question_id', 'item', 'part'])
    .addCheckConstraint('answer_value_or_missing', sql`(value is null) <> (missing is null)`)
    .execute();
  await db.schema.createIndex('answer_question').on('answer').columns(['question_id', 'item']).execute();

  await db.schema
    .createTable('page_time')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('response.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('seconds', 'integer', (c) => c.notNull())
    .addColumn('first_saved_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_saved_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('page_time_pk', ['response_id', 'step'])
    .execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_pk', ['key', 'window_start'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'rate_limit',
    'page_time',
    'answer',
    'response',
    'questionnaire_version',
    'questionnaire',
    'study',
    'setting',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function credmap_refuse_change()`.execute(db);
}
