import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseSchema } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** A weighting variable: the response's language, or the answer to a top-level question. */
export type WeightingVariable = 'language' | { readonly questionId: string };

/** Completed, not excluded responses of a study with their value of each weighting variable. */
export async function weightingUnits(
  db: Db,
  studyId: number,
  variables: readonly WeightingVariable[],
): Promise<{ id: string; values: (string | null)[] }[]> {
  const columns = variables.map((v, i) =>
    v === 'language'
      ? sql`r.language as ${sql.ref(`v${i}`)}`
      : sql`(select a.value #>> '{}' from answer a where a.response_id = r.id and a.question_id = ${v.questionId}
          and a.item = 0 and a.part = '' and a.counted and a.missing is null) as ${sql.ref(`v${i}`)}`,
  );
  const { rows } = await sql<Record<string, string | null> & { id: string }>`
    select r.id${columns.length === 0 ? sql`` : sql`, ${sql.join(columns)}`}
    from response r
    join questionnaire_version v on v.id = r.version_id
    join questionnaire q on q.id = v.questionnaire_id
    where q.study_id = ${studyId} and r.completed_at is not null
      and not exists (select 1 from response_exclusion x where x.response_id = r.id)
    order by r.id`.execute(db);
  return rows.map((r) => ({ id: r.id, values: variables.map((_, i) => r[`v${i}`] ?? null) }));
}

/** Replaces a study's weights (and the record of the margins they come from). */
export async function replaceWeights(
  db: Db,
  studyId: number,
  weights: readonly { id: string; weight: number }[],
  record: { margins: unknown; by: string; now: Date },
): Promise<void> {
  await sql`delete from response_weight w using response r, questionnaire_version v, questionnaire q
    where w.response_id = r.id and v.id = r.version_id and q.id = v.questionnaire_id and q.study_id = ${studyId}`.execute(
    db,
  );
  for (let i = 0; i < weights.length; i += 1000)
    await db
      .insertInto('response_weight')
      .values(weights.slice(i, i + 1000).map((w) => ({ response_id: w.id, weight: w.weight })))
      .execute();
  const values = {
    margins: JSON.stringify(record.margins),
    computed_at: record.now,
    computed_by: record.by,
    respondents: weights.length,
  };
  await db
    .insertInto('study_weighting')
    .values({ study_id: studyId, ...values })
    .onConflict((oc) => oc.column('study_id').doUpdateSet(values))
    .execute();
}

/** The record of a study's weights: the margins they come from, when and by whom, for how many. */
export interface StudyWeighting {
  readonly margins: unknown;
  readonly computedAt: Date;
  readonly computedBy: string;
  readonly respondents: number;
}

export async function studyWeighting(db: Db, studyId: number): Promise<StudyWeighting | undefined> {
  const row = await db
    .selectFrom('study_weighting')
    .selectAll()
    .where('study_id', '=', studyId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : {
        margins: row.margins,
        computedAt: row.computed_at,
        computedBy: row.computed_by,
        respondents: row.respondents,
      };
}
