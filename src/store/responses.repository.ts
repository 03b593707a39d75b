import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { AnswerCell, CellWrite, NewAnswerCell } from './answer-rows.ts';
import { itemPart } from './answer-rows.ts';
import { dropRunningTotals, uncountResponses } from './running-totals.repository.ts';
import { questionnaireRowOf } from './studies.repository.ts';
import type { DatabaseSchema, QuestionnaireRow, ResponseRow } from './tables.ts';

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

/**
 * Removes one repeat item and moves the items after it up by one, so numbers stay 1..n. The rows
 * move in two steps, through negative numbers, so that no row takes a number another row still
 * holds: PostgreSQL checks the primary key row by row, in whatever order it updates them.
 */
export async function removeItem(
  db: Db,
  responseId: string,
  ids: readonly string[],
  item: number,
): Promise<void> {
  await deleteCells(db, responseId, ids, item);
  const shift = async (to: RawBuilder<number>, from: '>' | '<', than: number) => {
    await db
      .updateTable('answer')
      .set({ item: to })
      .where('response_id', '=', responseId)
      .where('question_id', 'in', ids)
      .where('item', from, than)
      .execute();
  };
  await shift(sql<number>`1 - item`, '>', item);
  await shift(sql<number>`- item`, '<', 0);
}

/** The number of the repeat item with this key (the value of its `#item` row), if there is one. */
export async function findItem(
  db: Db,
  responseId: string,
  groupId: string,
  key: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('answer')
    .select('item')
    .where('response_id', '=', responseId)
    .where('question_id', '=', groupId)
    .where('part', '=', itemPart)
    .where('value', '=', JSON.stringify(key))
    .orderBy('item')
    .executeTakeFirst();
  return row?.item;
}

export async function touchResponse(db: Db, id: string, language: string, now: Date): Promise<void> {
  await db.updateTable('response').set({ last_saved_at: now, language }).where('id', '=', id).execute();
}

/** Whether the response still exists: what tells a completed response from a deleted one once a save is refused. */
export async function responseExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('response').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
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
 * Writes one question's rows of one item over those stored, outside a page save: a calculation
 * brought up to date before a response is sent. With no rows, the question's rows are removed.
 */
export async function replaceAnswer(
  db: Db,
  responseId: string,
  target: { questionId: string; item: number },
  cells: readonly NewAnswerCell[],
  now: Date,
): Promise<void> {
  await db
    .deleteFrom('answer')
    .where('response_id', '=', responseId)
    .where('question_id', '=', target.questionId)
    .where('item', '=', target.item)
    .execute();
  for (const c of cells)
    await sql`insert into answer (response_id, question_id, item, part, value, missing, updated_at)
      values (${responseId}, ${c.question_id}, ${c.item}, ${c.part}, ${c.value}::jsonb, ${c.missing}, ${now})`.execute(
      db,
    );
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

/** A questionnaire as a respondent's request opens it: schedule, current version, their response. */
export interface OpenedQuestionnaire {
  readonly studyId: number;
  /** Changes whenever the study's row is written: what a cached copy of its definition is checked by. */
  readonly studyRevision: string;
  readonly questionnaire: QuestionnaireRow;
  readonly versionId: number;
  /** The response the resume code opens, with its rows; undefined without a code, or one of elsewhere. */
  readonly response: { readonly row: ResponseRow; readonly cells: AnswerCell[] } | undefined;
}

/** The response columns, in the order `openQuestionnaire` and `findResponseWithCells` select them. */
const responseColumns = [
  'id',
  'version_id',
  'language',
  'resume_hash',
  'receipt',
  'started_at',
  'last_saved_at',
  'completed_at',
  'completed_xid',
  'contact_id',
  'honeypot',
] as const satisfies readonly (keyof ResponseRow)[];

type Prefixed = { [K in (typeof responseColumns)[number] as `r_${K}`]: ResponseRow[K] | null };

/** A response's rows as `json_agg` returns them: `[question_id, item, part, value, missing]`. */
type PackedCell = [string, number, string, unknown, string | null];

const cellsOf = (packed: readonly PackedCell[] | null): AnswerCell[] =>
  (packed ?? []).map(([question_id, item, part, value, missing]) => ({
    question_id,
    item,
    part,
    value: value as AnswerCell['value'],
    missing,
  }));

function responseOf(row: Prefixed & { cells: PackedCell[] | null }): OpenedQuestionnaire['response'] {
  if (row.r_id === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const column of responseColumns) out[column] = row[`r_${column}`];
  return { row: out as unknown as ResponseRow, cells: cellsOf(row.cells) };
}

const selectResponse = sql.join(
  responseColumns.map((column) => sql`r.${sql.ref(column)} as ${sql.ref(`r_${column}`)}`),
);
const cellsSubquery = sql`(select json_agg(json_build_array(a.question_id, a.item, a.part, a.value, a.missing))
      from answer a where a.response_id = r.id) as cells`;

/**
 * The questionnaire `studySlug/slug` with its current version, and the response `resumeHash` opens
 * (if it answers any version of it), with all its rows: everything a respondent's page needs from
 * the database, in one round trip. The study's definition is not read, only its revision.
 */
export async function openQuestionnaire(
  db: Db,
  studySlug: string,
  slug: string,
  resumeHash: string | undefined,
): Promise<OpenedQuestionnaire | undefined> {
  const { rows } = await sql<
    QuestionnaireRow & {
      study_revision: string;
      version_id: number | null;
      cells: PackedCell[] | null;
    } & Prefixed
  >`
    select q.id, q.study_id, q.slug, q.opens_at, q.closes_at, q.created_at, s.xmin::text as study_revision,
      (select v.id from questionnaire_version v where v.questionnaire_id = q.id
        order by v.number desc limit 1) as version_id,
      ${selectResponse}, ${cellsSubquery}
    from questionnaire q
    join study s on s.id = q.study_id
    left join lateral (
      select r.* from response r join questionnaire_version v on v.id = r.version_id
      where r.resume_hash = ${resumeHash ?? null} and v.questionnaire_id = q.id
    ) r on true
    where s.slug = ${studySlug} and q.slug = ${slug}`.execute(db);
  const row = rows[0];
  if (row === undefined || row.version_id === null) return undefined;
  return {
    studyId: row.study_id,
    studyRevision: row.study_revision,
    questionnaire: questionnaireRowOf(row),
    versionId: row.version_id,
    response: responseOf(row),
  };
}

/** The response a resume code opens, if it answers (any version of) this questionnaire, with its rows. */
export async function findResponseWithCells(
  db: Db,
  resumeHash: string,
  questionnaireId: number,
): Promise<{ row: ResponseRow; cells: AnswerCell[] } | undefined> {
  const { rows } = await sql<Prefixed & { cells: PackedCell[] | null }>`
    select ${selectResponse}, ${cellsSubquery}
    from response r join questionnaire_version v on v.id = r.version_id
    where r.resume_hash = ${resumeHash} and v.questionnaire_id = ${questionnaireId}`.execute(db);
  return rows[0] === undefined ? undefined : responseOf(rows[0]);
}

/**
 * The repeat item a page belongs to, found by its key once the response is locked (migration 0014):
 * the page's rows of item `index` are stored at the item's number then, which another tab's removal
 * of an earlier item may have changed.
 */
export interface ItemTarget {
  readonly group: string;
  /** The item's key: the value of its `#item` row. */
  readonly key: string;
  /** The item number the page's rows carry: where the item was when the page was read. */
  readonly index: number;
  /** The first page of a new item: not found by its key, it is added after the last item. */
  readonly creates: boolean;
  /** Items the group may have: a new item beyond them is refused. */
  readonly max: number;
}

export interface PageWrite extends CellWrite {
  /** The step whose time is added to (a page, or a repeat group). */
  readonly step: string;
  readonly seconds: number;
  readonly language: string;
  readonly honeypot: boolean;
  readonly now: Date;
  /** The repeat item the page belongs to, when the form said which (undefined: as `clear` and `cells` say). */
  readonly item?: ItemTarget | undefined;
}

/**
 * What became of a page: stored, in item `item` (0 outside repeat groups); or nothing stored, as
 * the response is completed or gone (`closed`), its item was removed (`removed`) or a new item
 * found the group full (`full`).
 */
export type PageOutcome =
  | { readonly kind: 'saved'; readonly item: number }
  | { readonly kind: 'closed' | 'removed' | 'full' };

/** The answer of `credmap_save_page`, as migration 0014 gives it. */
function outcomeOf(code: number | null | undefined): PageOutcome {
  if (typeof code === 'number' && code >= 0) return { kind: 'saved', item: code };
  if (code === -2) return { kind: 'removed' };
  if (code === -3) return { kind: 'full' };
  return { kind: 'closed' };
}

/** The rows `clear` names and the cells, as `credmap_save_page` reads them. */
const packClear = (write: CellWrite) => write.clear.flatMap(({ ids, item }) => ids.map((id) => [id, item]));
const packCells = (write: CellWrite) =>
  write.cells.map((c) => [c.question_id, c.item, c.part, c.value, c.missing]);
const packItem = (write: PageWrite) => (write.item === undefined ? null : JSON.stringify(write.item));

/**
 * Stores a page in one round trip (the function of migrations 0011 and 0014): locks the response,
 * finds the page's repeat item by its key, replaces the rows `write.clear` names with `write.cells`,
 * adds to the step's time and marks the response saved. Nothing is written unless it is `saved`.
 */
export async function writePage(db: Db, responseId: string, write: PageWrite): Promise<PageOutcome> {
  const { rows } = await sql<{ saved: number | null }>`
    select credmap_save_page(${responseId}, ${JSON.stringify(packClear(write))}::jsonb,
      ${JSON.stringify(packCells(write))}::jsonb, ${write.step}, ${write.seconds}, ${write.language},
      ${write.honeypot}, ${write.now}, ${packItem(write)}::jsonb) as saved`.execute(db);
  return outcomeOf(rows[0]?.saved);
}

/**
 * Stores pages of any responses in one round trip and one transaction (the function of migrations
 * 0013 and 0014), in the order given, each as `writePage` stores it; what became of each, in that
 * order. If one fails, none is stored.
 */
export async function writePages(
  db: Db,
  pages: readonly { readonly responseId: string; readonly write: PageWrite }[],
): Promise<PageOutcome[]> {
  const encoded = pages.map(({ responseId, write: w }) => [
    responseId,
    packClear(w),
    packCells(w),
    w.step,
    w.seconds,
    w.language,
    w.honeypot,
    w.now.toISOString(),
    w.item ?? null,
  ]);
  const { rows } = await sql<{ saved: number[] | null }>`
    select credmap_save_pages(${JSON.stringify(encoded)}::jsonb) as saved`.execute(db);
  const saved = rows[0]?.saved ?? [];
  return pages.map((_, i) => outcomeOf(saved[i]));
}
