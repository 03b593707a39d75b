import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { rebuildRunningTotals, talliedTypes } from '../running-totals.repository.ts';
import type { DatabaseSchema } from '../tables.ts';

/**
 * Running totals (ADR 0006): the counts results are made of, kept as responses complete, so that a
 * release reads totals instead of every answer. Each version says which of its questions have their
 * codes counted, computed from its definition by the database itself; the totals of responses
 * already completed are computed here once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const types = talliedTypes.map((t) => `@.type == "${t}"`).join(' || ');
  // Questions sit on pages, and on the pages of repeat groups (src/questionnaire/definition/schema.ts).
  const onPages = `$.pages[*].items[*] ? (${types}).id`;
  const inGroups = `$.pages[*].pages[*].items[*] ? (${types}).id`;
  await sql`alter table questionnaire_version add column tallied jsonb not null
    generated always as (jsonb_path_query_array(definition, ${sql.lit(onPages)}::jsonpath)
      || jsonb_path_query_array(definition, ${sql.lit(inGroups)}::jsonpath)) stored`.execute(db);

  await sql`create table running_total (
    questionnaire_id integer not null references questionnaire (id) on delete cascade,
    question_id text not null,
    part text not null,
    kind text not null check (kind in ('respondent', 'answered', 'missing', 'code', 'element')),
    language text not null,
    target_group text,
    country text,
    code text,
    missing text,
    respondents bigint not null,
    items bigint not null,
    constraint running_total_key unique nulls not distinct
      (questionnaire_id, question_id, part, kind, language, target_group, country, code, missing)
  )`.execute(db);
  await rebuildRunningTotals(db as Kysely<DatabaseSchema>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table running_total`.execute(db);
  await sql`alter table questionnaire_version drop column tallied`.execute(db);
}
