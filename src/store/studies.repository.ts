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

export async function findStudyById(db: Db, id: number): Promise<StudyRow | undefined> {
  return db.selectFrom('study').selectAll().where('id', '=', id).executeTakeFirst();
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
 * A questionnaire by its study's slug and its own, with its study and the id of its latest
 * version, in one query that leaves the (large) version definition behind. Respondent requests
 * read the same with their response instead (`openQuestionnaire`).
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
    questionnaire: questionnaireRowOf(row),
    versionId: row.version_id,
  };
}

/** The questionnaire's own columns, out of a row that joined it with others. */
export function questionnaireRowOf(row: QuestionnaireRow): QuestionnaireRow {
  const { id, study_id, slug, opens_at, closes_at, created_at } = row;
  return { id, study_id, slug, opens_at, closes_at, created_at };
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

/** Whether a questionnaire's closing date has come by `now`. */
export async function questionnaireClosed(db: Db, id: number, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('questionnaire')
    .select('closes_at')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.closes_at != null && row.closes_at <= now;
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

/** Opening and closing as the team sets them; respondent pages read them on every request. */
export async function setSchedule(
  db: Db,
  questionnaireId: number,
  schedule: { opensAt: Date | null; closesAt: Date | null },
): Promise<void> {
  await db
    .updateTable('questionnaire')
    .set({ opens_at: schedule.opensAt, closes_at: schedule.closesAt })
    .where('id', '=', questionnaireId)
    .execute();
}

/** Every version of a questionnaire, newest first, without definitions. */
export async function listVersions(
  db: Db,
  questionnaireId: number,
): Promise<{ id: number; number: number; hash: string; published_at: Date; responses: number }[]> {
  const rows = await db
    .selectFrom('questionnaire_version as v')
    .select((eb) => [
      'v.id',
      'v.number',
      'v.hash',
      'v.published_at',
      eb
        .selectFrom('response as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.version_id', '=', 'v.id')
        .as('responses'),
    ])
    .where('v.questionnaire_id', '=', questionnaireId)
    .orderBy('v.number', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, responses: Number(r.responses ?? 0) }));
}

export async function findVersionByNumber(
  db: Db,
  questionnaireId: number,
  number: number,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('questionnaire_version')
    .selectAll()
    .where('questionnaire_id', '=', questionnaireId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function findDraft(
  db: Db,
  questionnaireId: number,
): Promise<{ definition: unknown; updated_at: Date; updated_by: string } | undefined> {
  return db
    .selectFrom('questionnaire_draft')
    .select(['definition', 'updated_at', 'updated_by'])
    .where('questionnaire_id', '=', questionnaireId)
    .executeTakeFirst();
}

export async function saveDraft(
  db: Db,
  questionnaireId: number,
  definition: unknown,
  by: string,
  now: Date,
): Promise<void> {
  const values = { definition: JSON.stringify(definition), updated_at: now, updated_by: by };
  await db
    .insertInto('questionnaire_draft')
    .values({ questionnaire_id: questionnaireId, ...values })
    .onConflict((oc) => oc.column('questionnaire_id').doUpdateSet(values))
    .execute();
}

export async function deleteDraft(db: Db, questionnaireId: number): Promise<void> {
  await db.deleteFrom('questionnaire_draft').where('questionnaire_id', '=', questionnaireId).execute();
}

/** key -> hash of the source text each translation of `language` was made from. */
export async function translationSources(
  db: Db,
  questionnaireId: number,
  language: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('translation_source')
    .select(['key', 'source_hash'])
    .where('questionnaire_id', '=', questionnaireId)
    .where('language', '=', language)
    .execute();
  return new Map(rows.map((r) => [r.key, r.source_hash]));
}

export async function recordTranslationSources(
  db: Db,
  questionnaireId: number,
  language: string,
  sources: ReadonlyMap<string, string>,
): Promise<void> {
  if (sources.size === 0) return;
  await db
    .insertInto('translation_source')
    .values(
      [...sources].map(([key, hash]) => ({
        questionnaire_id: questionnaireId,
        language,
        key,
        source_hash: hash,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['questionnaire_id', 'language', 'key'])
        .doUpdateSet((eb) => ({ source_hash: eb.ref('excluded.source_hash') })),
    )
    .execute();
}

/** Started and completed responses per questionnaire of a study, over all its versions. */
export async function responseCounts(
  db: Db,
  studyId: number,
): Promise<Map<number, { started: number; completed: number }>> {
  const rows = await db
    .selectFrom('response as r')
    .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
    .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
    .select((eb) => [
      'q.id',
      eb.fn.countAll<number>().as('started'),
      eb.fn.count<number>('r.completed_at').as('completed'),
    ])
    .where('q.study_id', '=', studyId)
    .groupBy('q.id')
    .execute();
  return new Map(rows.map((r) => [r.id, { started: Number(r.started), completed: Number(r.completed) }]));
}
