import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema, QuestionnaireRow, StudyRow, VersionRow } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export async function upsertStudy(
  db: Db,
  slug: string,
  definition: unknown,
  timeZone: string,
): Promise<StudyRow> {
  return db
    .insertInto('study')
    .values({ slug, definition: JSON.stringify(definition), time_zone: timeZone })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({ definition: JSON.stringify(definition), time_zone: timeZone }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findStudy(db: Db, slug: string): Promise<StudyRow | undefined> {
  return db.selectFrom('study').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listStudies(db: Db): Promise<StudyRow[]> {
  return db.selectFrom('study').selectAll().orderBy('id').execute();
}

/** The questionnaire, created with its first schedule if it is new; an existing schedule is kept. */
export async function ensureQuestionnaire(
  db: Db,
  studyId: number,
  slug: string,
  schedule: { opensAt: Date | null; closesAt: Date | null },
): Promise<QuestionnaireRow> {
  await db
    .insertInto('questionnaire')
    .values({ study_id: studyId, slug, opens_at: schedule.opensAt, closes_at: schedule.closesAt })
    .onConflict((oc) => oc.columns(['study_id', 'slug']).doNothing())
    .execute();
  return db
    .selectFrom('questionnaire')
    .selectAll()
    .where('study_id', '=', studyId)
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
}

export async function setSchedule(
  db: Db,
  questionnaireId: number,
  opensAt: Date | null,
  closesAt: Date | null,
) {
  await db
    .updateTable('questionnaire')
    .set({ opens_at: opensAt, closes_at: closesAt })
    .where('id', '=', questionnaireId)
    .execute();
}

export async function listQuestionnaires(db: Db, studyId: number): Promise<QuestionnaireRow[]> {
  return db.selectFrom('questionnaire').selectAll().where('study_id', '=', studyId).orderBy('id').execute();
}

export async function findQuestionnaire(
  db: Db,
  studyId: number,
  slug: string,
): Promise<QuestionnaireRow | undefined> {
  return db
    .selectFrom('questionnaire')
    .selectAll()
    .where('study_id', '=', studyId)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function latestVersion(db: Db, questionnaireId: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findVersion(db: Db, id: number): Promise<VersionRow | undefined> {
  return db.selectFrom('questionnaire_version').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Publishes a new version unless the latest one has the same definition (same hash). */
export async function publishVersion(
  db: Db,
  questionnaireId: number,
  definition: unknown,
  hash: string,
): Promise<VersionRow> {
  const latest = await latestVersion(db, questionnaireId);
  if (latest?.hash === hash) return latest;
  return db
    .insertInto('questionnaire_version')
    .values({
      questionnaire_id: questionnaireId,
      number: (latest?.number ?? 0) + 1,
      definition: JSON.stringify(definition),
      hash,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
