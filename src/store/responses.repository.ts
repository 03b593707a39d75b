import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { AnswerCell, NewAnswerCell } from './answer-rows.ts';
import { dropRunningTotals, uncountResponses } from './running-totals.repository.ts';
import type { DatabaseSchema, ResponseRow } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface NewResponse {
  readonly id: string;
  readonly versionId: number;
  readonly language: string;
  readonly resumeHash: string;
  readonly now: Date;
}

export async function insertResponse(db: Db, r: NewResponse): Promise<void> {
  await db
    .insertInto('response')
    .values({
      id: r.id,
      version_id: r.versionId,
      language: r.language,
      resume_hash: r.resumeHash,
      started_at: r.now,
      last_saved_at: r.now,
    })
    .execute();
}

/** The response a resume code opens, if it answers (any version of) this questionnaire. */
export async function findResponseByResumeHash(
  db: Db,
  resumeHash: string,
  questionnaireId: number,
): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('response')
    .innerJoin('questionnaire_version as v', 'v.id', 'response.version_id')
    .selectAll('response')
    .where('response.resume_hash', '=', resumeHash)
    .where('v.questionnaire_id', '=', questionnaireId)
    .executeTakeFirst();
}

/** The response, locked until the transaction ends, so that two saves of one response queue up. */
export async function lockResponse(
  trx: Transaction<DatabaseSchema>,
  id: string,
): Promise<ResponseRow | undefined> {
  return trx.selectFrom('response').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function loadCells(db: Db, responseId: string): Promise<AnswerCell[]> {
  return db
    .selectFrom('answer')
    .select(['question_id', 'item', 'part', 'value', 'missing'])
    .where('response_id', '=', responseId)
    .execute();
}

/** Deletes every row of these ids in this item. */
async function deleteCells(db: Db, responseId: string, ids: readonly string[], item: number): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom('answer')
    .where('response_id', '=', responseId)
    .where('item', '=', item)
    .where('question_id', 'in', ids)
    .execute();
}

/** Replaces everything stored for these ids in this item with `cells`. */
export async function replaceCells(
  db: Db,
  responseId: string,
  ids: readonly string[],
  item: number,
  cells: readonly NewAnswerCell[],
  now: Date,
): Promise<void> {
  await deleteCells(db, responseId, ids, item);
  if (cells.length > 0) {
    await db
      .insertInto('answer')
      .values(cells.map((c) => ({ ...c, response_id: responseId, updated_at: now })))
      .execute();
  }
}

/** Removes one repeat item and moves the items after it up by one, so numbers stay 1..n. */
export async function removeItem(
  db: Db,
  responseId: string,
  ids: readonly string[],
  item: number,
): Promise<void> {
  await deleteCells(db, responseId, ids, item);
  await db
    .updateTable('answer')
    .set({ item: sql`item - 1` })
    .where('response_id', '=', responseId)
    .where('item', '>', item)
    .where('question_id', 'in', ids)
    .execute();
}

export async function touchResponse(db: Db, id: string, language: string, now: Date): Promise<void> {
  await db.updateTable('response').set({ last_saved_at: now, language }).where('id', '=', id).execute();
}

/** Adds the seconds a respondent spent on a page (all items of a repeat group together). */
export async function addPageTime(
  db: Db,
  responseId: string,
  step: string,
  seconds: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('page_time')
    .values({ response_id: responseId, step, seconds, first_saved_at: now, last_saved_at: now })
    .onConflict((oc) =>
      oc
        .columns(['response_id', 'step'])
        .doUpdateSet({ seconds: sql`page_time.seconds + ${seconds}`, last_saved_at: now }),
    )
    .execute();
}

/** Marks the response completed; false if it already was (a replayed submission). */
export async function completeResponse(db: Db, id: string, receipt: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('response')
    .set({ completed_at: now, receipt, last_saved_at: now, completed_xid: sql<string>`pg_current_xact_id()` })
    .where('id', '=', id)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a response with its answers and page times (cascade), and what it counted for. */
export async function deleteResponseRow(db: Db, id: string): Promise<void> {
  await uncountResponses(db, [id]);
  await db.deleteFrom('response').where('id', '=', id).execute();
}

/** Notes that a form of this response came back with the field only robots fill in. */
export async function flagHoneypot(
  db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>,
  responseId: string,
): Promise<void> {
  await db.updateTable('response').set({ honeypot: true }).where('id', '=', responseId).execute();
}

/** A completed response of a study, found by its receipt code. */
export async function findCompletedByReceipt(
  db: Db,
  studyId: number,
  receipt: string,
): Promise<{ id: string; questionnaire: string } | undefined> {
  return db
    .selectFrom('response as r')
    .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
    .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
    .select(['r.id', 'q.slug as questionnaire'])
    .where('q.study_id', '=', studyId)
    .where('r.receipt', '=', receipt)
    .where('r.completed_at', 'is not', null)
    .executeTakeFirst();
}

/** Deletes every response (with its answers and page times) of a questionnaire; returns how many. */
export async function deleteResponsesOf(db: Db, questionnaireId: number): Promise<number> {
  await dropRunningTotals(db, questionnaireId);
  const result = await db
    .deleteFrom('response')
    .where(
      'version_id',
      'in',
      db.selectFrom('questionnaire_version').select('id').where('questionnaire_id', '=', questionnaireId),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Marks the answers that are not on the final route as not counted: every answer row whose
 * (question, item) is not in `shown`. Bookkeeping rows (parts starting with '#') are left alone.
 */
export async function markUncounted(
  db: Db,
  responseId: string,
  shown: readonly { questionId: string; item: number }[],
): Promise<void> {
  const keep = new Set(shown.map((s) => `${s.questionId}\u0000${s.item}`));
  const rows = await db
    .selectFrom('answer')
    .select(['question_id', 'item'])
    .where('response_id', '=', responseId)
    .where('part', 'not like', '#%')
    .execute();
  const drop = [...new Set(rows.map((r) => `${r.question_id}\u0000${r.item}`))].filter((k) => !keep.has(k));
  for (const key of drop) {
    const [questionId, item] = key.split('\u0000') as [string, string];
    await db
      .updateTable('answer')
      .set({ counted: false })
      .where('response_id', '=', responseId)
      .where('question_id', '=', questionId)
      .where('item', '=', Number(item))
      .execute();
  }
}
