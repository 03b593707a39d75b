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

export async function listQuestionnaires(db: Db, studyId: number): Promise<QuestionnaireRow[]> {
  return db.selectFrom('questionnaire').selectAll().where('study_id', '=', studyId).orderBy('id').execute();
}

async function latestVersion(db: Db, questionnaireId: number): Promise<VersionRow | undefined> {
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

/**
 * A questionnaire by its study's slug and its own, with the id of its latest version: what every
 * respondent request needs first, in one query that leaves the (large) definition behind.
 */
export async function findCurrentQuestionnaire(
  db: Db,
  studySlug: string,
  slug: string,
): Promise<{ study: StudyRow; questionnaire: QuestionnaireRow; versionId: number } | undefined> {
  const row = await db
    .selectFrom('questionnaire as q')
    .innerJoin('study as s', 's.id', 'q.study_id')
    .select((eb) => [
      's.id as study_id',
      's.slug as study_slug',
      's.definition as study_definition',
      's.time_zone as study_time_zone',
      's.created_at as study_created_at',
      'q.id',
      'q.slug',
      'q.opens_at',
      'q.closes_at',
      'q.created_at',
      eb
        .selectFrom('questionnaire_version as v')
        .select('v.id')
        .whereRef('v.questionnaire_id', '=', 'q.id')
        .orderBy('v.number', 'desc')
        .limit(1)
        .as('version_id'),
    ])
    .where('s.slug', '=', studySlug)
    .where('q.slug', '=', slug)
    .executeTakeFirst();
  if (row === undefined || row.version_id === null) return undefined;
  return {
    study: {
      id: row.study_id,
      slug: row.study_slug,
      definition: row.study_definition,
      time_zone: row.study_time_zone,
      created_at: row.study_created_at,
    },
    questionnaire: {
      id: row.id,
      study_id: row.study_id,
      slug: row.slug,
      opens_at: row.opens_at,
      closes_at: row.closes_at,
      created_at: row.created_at,
    },
    versionId: row.version_id,
  };
}

/** The id of a questionnaire's latest version, without its definition. */
export async function latestVersionId(db: Db, questionnaireId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('questionnaire_version')
    .select('id')
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
