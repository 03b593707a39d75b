import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import { FixedWeights } from './fixed-weights.ts';
import {
  askedCountsFromTotals,
  codeCountsFromTotals,
  numberSummariesFromTotals,
  respondentCountsFromTotals,
  totalsColumn,
} from './running-totals.repository.ts';
import type { DatabaseSchema } from './tables.ts';
import type { StudyWeighting, WeightingVariable } from './weights.repository.ts';
import { studyWeighting } from './weights.repository.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Tallies for results, computed by the database: only completed responses, only answers on their
 * final route (`counted`), never responses excluded from analysis. Every function returns counts
 * of respondents (or of repeat items, where it says so), unweighted.
 */
export interface TallyScope {
  readonly studyId: number;
  /** Some questionnaires of the study (pooled through their shared question ids); all when absent. */
  readonly questionnaireIds?: readonly number[] | undefined;
  /**
   * Only responses whose completion had been committed in this snapshot (`pg_current_snapshot()`),
   * and excluded as they were then: an export fixes its respondents when it begins, so that its
   * passes (a file per dataset) have the same respondents, numbered alike, and the row counts in
   * its headers hold, however many finish, are excluded or are included meanwhile. Counts with it
   * are always read from the answers.
   */
  readonly snapshot?: string | undefined;
  /**
   * With a snapshot: the study's weighting and its respondents' weights as they were then, read
   * by `fixScope`, so that every pass of an export and its README carry the same weights however
   * often they are computed again meanwhile.
   */
  readonly weights?: FixedWeights | undefined;
}

/**
 * The exclusion of `r`: as it is now, or with a snapshot as it stood then, the latest change the
 * snapshot sees (migration 0012), so that excluding or including a respondent during an export
 * changes none of its passes.
 */
const excluded = (scope: TallyScope): RawBuilder<unknown> =>
  scope.snapshot === undefined
    ? sql`select 1 from response_exclusion x where x.response_id = r.id`
    : sql`select 1 from (
        select distinct on (c.response_id) c.response_id, c.excluded
        from response_exclusion_change c
        where pg_visible_in_snapshot(c.xid, ${scope.snapshot}::pg_snapshot)
        order by c.response_id, c.id desc
      ) x where x.response_id = r.id and x.excluded`;

/** What a table is broken down by: a respondent attribute, or the answer to a single-choice question. */
export type Grouping =
  | { readonly kind: 'none' }
  | { readonly kind: 'language' }
  | { readonly kind: 'answer'; readonly questionId: string };

/** The completed responses of a scope: those counted in analysis, or (`excluded`) those left out. */
const respondents = (
  scope: TallyScope,
  which: 'counted' | 'excluded' = 'counted',
): RawBuilder<unknown> => sql`
  select r.id, r.language
  from response r
  join questionnaire_version v on v.id = r.version_id
  join questionnaire q on q.id = v.questionnaire_id
  where q.study_id = ${scope.studyId}
    and r.completed_at is not null
    and ${which === 'counted' ? sql`not exists` : sql`exists`} (${excluded(scope)})
    ${
      scope.questionnaireIds === undefined
        ? sql``
        : scope.questionnaireIds.length === 0
          ? sql`and false`
          : sql`and q.id in (${sql.join(scope.questionnaireIds)})`
    }
    ${
      scope.snapshot === undefined
        ? sql``
        : sql`and (r.completed_xid is null or pg_visible_in_snapshot(r.completed_xid, ${scope.snapshot}::pg_snapshot))`
    }`;

/** The group each respondent falls in (null: not answered, or a missing code). */
const groupOf = (grouping: Grouping): RawBuilder<unknown> => {
  switch (grouping.kind) {
    case 'none':
      return sql`''`;
    case 'language':
      return sql`p.language`;
    case 'answer':
      return sql`(select g.value #>> '{}' from answer g
        where g.response_id = p.id and g.question_id = ${grouping.questionId}
          and g.item = 0 and g.part = '' and g.counted and g.missing is null
          and jsonb_typeof(g.value) = 'string')`;
  }
};

export interface CodeCount {
  readonly group: string | null;
  /** The code, or null when `missing` says which missing code. */
  readonly code: string | null;
  readonly missing: string | null;
  /** Respondents (or, with `perItem`, repeat items) giving it. */
  readonly n: number;
}

/**
 * How often each code of a choice question was given, by group: single choice and Likert (one
 * code each), multiple choice (each code of the list counts once), a matrix row (`part` = row
 * code). With `perItem`, answers in repeat items count once per item, else once per respondent.
 */
export async function codeCountsFromAnswers(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<CodeCount[]> {
  const unit =
    question.perItem === true ? sql`a.response_id::text || ':' || a.item` : sql`a.response_id::text`;
  const { rows } = await sql<{ grp: string | null; code: string | null; missing: string | null; n: number }>`
    with p as (${respondents(scope)}),
    given as (
      select ${groupOf(grouping)} as grp, a.missing, ${unit} as unit,
        case when jsonb_typeof(a.value) = 'array' then null else a.value #>> '{}' end as single,
        case when jsonb_typeof(a.value) = 'array' then a.value else null end as list
      from p join answer a on a.response_id = p.id
      where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.counted
    ),
    codes as (
      select grp, single as code, missing, unit from given where list is null
      union all
      select grp, e.code, null, unit from given, jsonb_array_elements_text(given.list) as e(code)
      where list is not null
    )
    select grp, code, missing, count(distinct unit) as n
    from codes group by grp, code, missing
    order by grp nulls last, code nulls last, missing nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, code: r.code, missing: r.missing, n: Number(r.n) }));
}

/** Who was asked a question, by group: the base of every percentage. */
export async function askedCountsFromAnswers(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<{ group: string | null; answered: number; missing: number }[]> {
  const unit =
    question.perItem === true ? sql`a.response_id::text || ':' || a.item` : sql`a.response_id::text`;
  const { rows } = await sql<{ grp: string | null; answered: number; missing: number }>`
    with p as (${respondents(scope)})
    select ${groupOf(grouping)} as grp,
      count(distinct ${unit}) filter (where a.missing is null) as answered,
      count(distinct ${unit}) filter (where a.missing is not null) as missing
    from p join answer a on a.response_id = p.id
    where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.counted
    group by 1 order by 1 nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, answered: Number(r.answered), missing: Number(r.missing) }));
}

export interface NumberSummary {
  readonly group: string | null;
  readonly n: number;
  readonly mean: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Numbers (and Likert codes read as numbers): n, mean, quartiles (continuous, as R type 7), range. */
export async function numberSummariesFromAnswers(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<NumberSummary[]> {
  const { rows } = await sql<{
    grp: string | null;
    n: number;
    mean: number | null;
    q1: number | null;
    median: number | null;
    q3: number | null;
    min: number | null;
    max: number | null;
  }>`
    with p as (${respondents(scope)}),
    xs as (
      select ${groupOf(grouping)} as grp, (a.value #>> '{}')::numeric as x
      from p join answer a on a.response_id = p.id
      where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.counted
        and a.missing is null and jsonb_typeof(a.value) in ('number', 'string')
        and (a.value #>> '{}') ~ '^-?[0-9]+(\\.[0-9]+)?$'
    )
    select grp, count(*) as n, avg(x) as mean,
      percentile_cont(0.25) within group (order by x) as q1,
      percentile_cont(0.5) within group (order by x) as median,
      percentile_cont(0.75) within group (order by x) as q3,
      min(x) as min, max(x) as max
    from xs group by grp order by grp nulls last`.execute(db);
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    group: r.grp,
    n: Number(r.n),
    mean: num(r.mean),
    q1: num(r.q1),
    median: num(r.median),
    q3: num(r.q3),
    min: num(r.min),
    max: num(r.max),
  }));
}

/** Completed, not excluded respondents by group: the population of a results page. */
export async function respondentCountsFromAnswers(
  db: Db,
  scope: TallyScope,
  grouping: Grouping,
): Promise<{ group: string | null; n: number }[]> {
  const { rows } = await sql<{ grp: string | null; n: number }>`
    with p as (${respondents(scope)})
    select ${groupOf(grouping)} as grp, count(*) as n from p group by 1 order by 1 nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, n: Number(r.n) }));
}

/*
 * The counts results are made of come from the running totals (running-totals.repository.ts) for
 * the breakdowns totals are kept by, and from the answers themselves for any other: the two give
 * the same numbers (test/integration/running-totals.test.ts).
 */

/** The column of the running totals to read, or undefined where counts are read from the answers. */
const totalsFor = (scope: TallyScope, grouping: Grouping) =>
  scope.snapshot === undefined ? totalsColumn(grouping) : undefined;

/** How often each code of a choice question was given, by group (see `codeCountsFromAnswers`). */
export async function codeCounts(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<CodeCount[]> {
  const column = totalsFor(scope, grouping);
  // Totals have a row for every counted answer of a question whose codes they count (a missing
  // code is one): none means no answer, or codes not counted (free text), and the answers tell.
  const totals = column === undefined ? [] : await codeCountsFromTotals(db, scope, question, column);
  return totals.length > 0 ? totals : codeCountsFromAnswers(db, scope, question, grouping);
}

/** Who was asked a question, by group (see `askedCountsFromAnswers`). */
export async function askedCounts(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<{ group: string | null; answered: number; missing: number }[]> {
  const column = totalsFor(scope, grouping);
  return column !== undefined
    ? askedCountsFromTotals(db, scope, question, column)
    : askedCountsFromAnswers(db, scope, question, grouping);
}

/** Numbers summarised by group (see `numberSummariesFromAnswers`). */
export async function numberSummaries(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string; perItem?: boolean },
  grouping: Grouping,
): Promise<NumberSummary[]> {
  const column = totalsFor(scope, grouping);
  // As for codes: no totals, then the answers tell (no number given, or codes not counted).
  const totals = column === undefined ? [] : await numberSummariesFromTotals(db, scope, question, column);
  return totals.length > 0 ? totals : numberSummariesFromAnswers(db, scope, question, grouping);
}

/** Completed, not excluded respondents by group (see `respondentCountsFromAnswers`). */
export async function respondentCounts(
  db: Db,
  scope: TallyScope,
  grouping: Grouping,
): Promise<{ group: string | null; n: number }[]> {
  const column = totalsFor(scope, grouping);
  return column !== undefined
    ? respondentCountsFromTotals(db, scope, column)
    : respondentCountsFromAnswers(db, scope, grouping);
}

export interface ExportResponse {
  readonly id: string;
  readonly questionnaire: string;
  readonly version: number;
  readonly language: string;
  readonly completedOn: string;
  /** The response's weight, when the study has weights. */
  readonly weight: number | null;
  readonly cells: readonly {
    question_id: string;
    item: number;
    part: string;
    value: unknown;
    missing: string | null;
  }[];
}

/**
 * Completed, not excluded responses with their counted answers, a batch at a time in id order
 * (keyset paging), so an export of any size holds one batch in memory, with the weights the
 * scope was fixed with.
 */
export async function exportBatch(
  db: Db,
  scope: FixedScope,
  after: string | null,
  size: number,
): Promise<ExportResponse[]> {
  const { rows: heads } = await sql<{
    id: string;
    questionnaire: string;
    version: number;
    language: string;
    completed: string;
  }>`
    with p as (${respondents(scope)})
    select p.id, q.slug as questionnaire, v.number as version, p.language,
      to_char(r.completed_at at time zone 'UTC', 'YYYY-MM-DD') as completed
    from p join response r on r.id = p.id
    join questionnaire_version v on v.id = r.version_id
    join questionnaire q on q.id = v.questionnaire_id
    ${
      // Said of every table joined on the response id, so that each is read from the key on: a
      // merge join would otherwise read a table from its start for every batch, and an export of
      // a million responses would take hours instead of minutes.
      after === null ? sql`` : sql`where p.id > ${after} and r.id > ${after}`
    }
    order by p.id limit ${size}`.execute(db);
  if (heads.length === 0) return [];
  const cells = await db
    .selectFrom('answer')
    .select(['response_id', 'question_id', 'item', 'part', 'value', 'missing'])
    // The batch's range of ids as well as its ids: with the range, the planner reads the answers
    // through their key; with the list alone, on a large table it may scan the whole table instead.
    .where('response_id', '>=', heads[0]!.id)
    .where('response_id', '<=', heads.at(-1)!.id)
    .where(
      'response_id',
      'in',
      heads.map((h) => h.id),
    )
    .where('counted', '=', true)
    .where('part', 'not like', '#%')
    .execute();
  const byResponse = new Map<string, ExportResponse['cells'][number][]>();
  for (const c of cells) {
    const list = byResponse.get(c.response_id);
    if (list === undefined) byResponse.set(c.response_id, [c]);
    else list.push(c);
  }
  return heads.map((h) => ({
    id: h.id,
    questionnaire: h.questionnaire,
    version: Number(h.version),
    language: h.language,
    completedOn: h.completed,
    weight: scope.weights.of(h.id),
    cells: byResponse.get(h.id) ?? [],
  }));
}

/** A scope fixed by `fixScope`: its snapshot, and the weights as they stood then. */
export type FixedScope = TallyScope & { readonly snapshot: string; readonly weights: FixedWeights };

/**
 * The scope fixed at this moment: the responses completed now, whoever completes afterwards, with
 * the weights they have now, however often the weights are computed again. The snapshot and the
 * weights are read in one REPEATABLE READ transaction, so both are of the same moment; its own
 * transaction, not the caller's, as that isolation is what makes them agree. The weights are kept
 * in memory (24 bytes a respondent, read a page at a time) rather than read through the snapshot
 * as exclusions are: computing them again deletes the rows it replaces, and keeping every past
 * weighting (a row per respondent each) for exports that might still be writing would cost the
 * store more than this costs an export.
 */
export async function fixScope(
  db: Kysely<DatabaseSchema>,
  scope: TallyScope,
  /** Called after each page of weights read, to let the caller collect what the page left behind. */
  settle?: () => void,
): Promise<FixedScope> {
  if (scope.snapshot !== undefined) {
    // A snapshot's weights cannot be read after it: only fixScope can have set them.
    if (scope.weights === undefined) throw new Error('fixScope: a snapshot without its weights');
    return { ...scope, snapshot: scope.snapshot, weights: scope.weights };
  }
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // The first statement: the transaction's snapshot is taken with it.
      const { rows } = await sql<{
        snapshot: string;
      }>`select pg_current_snapshot()::text as snapshot`.execute(trx);
      const fixed = { ...scope, snapshot: rows[0]!.snapshot };
      const record = await studyWeighting(trx, scope.studyId);
      return {
        ...fixed,
        weights: record === undefined ? FixedWeights.none : await weightsOf(trx, fixed, record, settle),
      };
    });
}

const WEIGHTS_PAGE = 10_000;

/** The weights of a scope's respondents, read a page at a time in id order. */
async function weightsOf(
  trx: Transaction<DatabaseSchema>,
  scope: TallyScope,
  record: StudyWeighting,
  settle?: () => void,
): Promise<FixedWeights> {
  const { rows: counted } = await sql<{ n: number }>`
    with p as (${respondents(scope)})
    select count(*) as n from p join response_weight w on w.response_id = p.id`.execute(trx);
  const weights = new FixedWeights(record, Number(counted[0]?.n ?? 0));
  let after: string | null = null;
  for (;;) {
    const { rows }: { rows: { id: string; weight: number }[] } = await sql<{ id: string; weight: number }>`
      with p as (${respondents(scope)})
      select p.id, w.weight from p join response_weight w on w.response_id = p.id
      ${after === null ? sql`` : sql`where p.id > ${after} and w.response_id > ${after}`}
      order by p.id limit ${WEIGHTS_PAGE}`.execute(trx);
    for (const r of rows) weights.add(r.id, Number(r.weight));
    settle?.();
    if (rows.length < WEIGHTS_PAGE) return weights;
    after = rows.at(-1)!.id;
  }
}

/**
 * The widest answer (in UTF-8 bytes) to each of some questions, by item and part, among the
 * counted answers of completed, not excluded responses: how wide an export's text variables are.
 */
export async function textWidths(
  db: Db,
  scope: TallyScope,
  questionIds: readonly string[],
): Promise<{ questionId: string; item: number; part: string; width: number }[]> {
  if (questionIds.length === 0) return [];
  const { rows } = await sql<{ question_id: string; item: number; part: string; width: number }>`
    with p as (${respondents(scope)})
    select a.question_id, a.item, a.part, max(octet_length(a.value #>> '{}')) as width
    from p join answer a on a.response_id = p.id
    where a.counted and a.missing is null and jsonb_typeof(a.value) = 'string'
      and a.question_id in (${sql.join(questionIds)})
    group by 1, 2, 3`.execute(db);
  return rows.map((r) => ({ questionId: r.question_id, item: r.item, part: r.part, width: Number(r.width) }));
}

/** Per questionnaire version: completed, not excluded responses and the first and last day of completion. */
export async function exportedVersions(
  db: Db,
  scope: TallyScope,
): Promise<{ questionnaire: string; version: number; responses: number; first: string; last: string }[]> {
  const { rows } = await sql<{
    questionnaire: string;
    version: number;
    n: number;
    first: string;
    last: string;
  }>`
    with p as (${respondents(scope)})
    select q.slug as questionnaire, v.number as version, count(*) as n,
      to_char(min(r.completed_at) at time zone 'UTC', 'YYYY-MM-DD') as first,
      to_char(max(r.completed_at) at time zone 'UTC', 'YYYY-MM-DD') as last
    from p join response r on r.id = p.id
    join questionnaire_version v on v.id = r.version_id
    join questionnaire q on q.id = v.questionnaire_id
    group by q.slug, v.number order by q.slug, v.number`.execute(db);
  return rows.map((r) => ({
    questionnaire: r.questionnaire,
    version: Number(r.version),
    responses: Number(r.n),
    first: r.first,
    last: r.last,
  }));
}

/** Repeat items (response and item number) with a counted answer to one of `questionIds`. */
export async function itemCount(db: Db, scope: TallyScope, questionIds: readonly string[]): Promise<number> {
  if (questionIds.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    with p as (${respondents(scope)})
    select count(*) as n from (
      select distinct a.response_id, a.item from answer a join p on p.id = a.response_id
      where a.counted and a.item > 0 and a.question_id in (${sql.join(questionIds)})) x`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Completed responses of the scope that the study team excluded from analysis. */
export async function excludedCount(db: Db, scope: TallyScope): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from (${respondents(scope, 'excluded')}) p`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Free-text answers of a question by group (at most `limit` per group), for researchers only. */
export async function textAnswers(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string },
  grouping: Grouping,
  limit: number,
): Promise<{ group: string | null; answered: number; texts: string[] }[]> {
  const { rows } = await sql<{ grp: string | null; answered: number; texts: string[] | null }>`
    with p as (${respondents(scope)}),
    given as (
      select ${groupOf(grouping)} as grp, a.value #>> '{}' as text,
        row_number() over (partition by ${groupOf(grouping)} order by a.response_id) as nr
      from p join answer a on a.response_id = p.id
      where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.counted
        and a.missing is null and jsonb_typeof(a.value) = 'string' and length(a.value #>> '{}') > 0
    )
    select grp, count(*) as answered, array_agg(text order by nr) filter (where nr <= ${limit}) as texts
    from given group by grp order by grp nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, answered: Number(r.answered), texts: r.texts ?? [] }));
}

export interface WeightedSums {
  readonly group: string | null;
  /** The code, or null for the base (everyone who answered). */
  readonly code: string | null;
  /** Unweighted count, for disclosure control. */
  readonly n: number;
  readonly sumW: number;
  readonly sumW2: number;
  /** With a calibration: the respondents' category of each weighting variable. */
  readonly cell?: readonly string[];
}

/** A respondent's categories of the weighting variables, as one text (unit separator between). */
const cellOf = (calibration: readonly WeightingVariable[]): RawBuilder<unknown> =>
  calibration.length === 0
    ? sql`''`
    : sql`concat_ws(chr(31), ${sql.join(
        calibration.map((v) =>
          v === 'language'
            ? sql`p.language`
            : sql`coalesce((select c.value #>> '{}' from answer c where c.response_id = p.id
                and c.question_id = ${v.questionId} and c.item = 0 and c.part = '' and c.counted
                and c.missing is null), '')`,
        ),
      )})`;

const cellValues = (key: string, calibration: readonly WeightingVariable[]) =>
  calibration.length === 0 ? {} : { cell: key.split('\u001f') };

/** Weighted moments of a number question in one group and calibration cell. */
export interface WeightedMoments {
  readonly group: string | null;
  readonly cell?: readonly string[];
  readonly n: number;
  readonly sumY: number;
  readonly sumW: number;
  readonly sumWY: number;
  readonly sumW2: number;
  readonly sumW2Y: number;
  readonly sumW2Y2: number;
}

/**
 * The sums a weighted mean of a number question and its variance after raking need, by group
 * and calibration cell, over weighted respondents who gave a number (top-level questions only).
 */
export async function weightedNumberMoments(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string },
  grouping: Grouping,
  calibration: readonly WeightingVariable[] = [],
): Promise<WeightedMoments[]> {
  const { rows } = await sql<Record<string, string | number | null> & { grp: string | null; cell: string }>`
    with p as (${respondents(scope)}),
    xs as (
      select ${groupOf(grouping)} as grp, ${cellOf(calibration)} as cell, w.weight as w,
        (a.value #>> '{}')::float8 as y
      from p join answer a on a.response_id = p.id
      join response_weight w on w.response_id = p.id
      where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.item = 0
        and a.counted and a.missing is null and jsonb_typeof(a.value) in ('number', 'string')
        and (a.value #>> '{}') ~ '^-?[0-9]+(\.[0-9]+)?$'
    )
    select grp, cell, count(*) as n, sum(y) as sy, sum(w) as sw, sum(w * y) as swy, sum(w * w) as sw2,
      sum(w * w * y) as sw2y, sum(w * w * y * y) as sw2y2
    from xs group by grp, cell`.execute(db);
  return rows.map((r) => ({
    group: r.grp,
    n: Number(r.n),
    sumY: Number(r.sy),
    sumW: Number(r.sw),
    sumWY: Number(r.swy),
    sumW2: Number(r.sw2),
    sumW2Y: Number(r.sw2y),
    sumW2Y2: Number(r.sw2y2),
    ...cellValues(r.cell, calibration),
  }));
}

/**
 * Every weighted respondent of a study (the whole design the weights were calibrated on), summed
 * by calibration cell: what the variance of a raked estimate for any sub-population needs.
 */
export async function weightedDesign(
  db: Db,
  studyId: number,
  calibration: readonly WeightingVariable[],
): Promise<WeightedSums[]> {
  const { rows } = await sql<{ cell: string; n: number; sw: number; sw2: number }>`
    with p as (${respondents({ studyId })})
    select ${cellOf(calibration)} as cell, count(*) as n, sum(w.weight) as sw, sum(w.weight * w.weight) as sw2
    from p join response_weight w on w.response_id = p.id group by 1`.execute(db);
  return rows.map((r) => ({
    group: null,
    code: null,
    n: Number(r.n),
    sumW: Number(r.sw),
    sumW2: Number(r.sw2),
    ...cellValues(r.cell, calibration),
  }));
}

/**
 * Weighted sums of a choice question by group, over respondents who have a weight: Σw and Σw² of
 * those giving each code, and of everyone answering (code null). Enough for weighted percentages,
 * their linearisation variance and Kish's effective n.
 */
export async function weightedCodeSums(
  db: Db,
  scope: TallyScope,
  question: { id: string; part?: string },
  grouping: Grouping,
  /** The weighting variables: sums also by calibration cell, for the variance after raking. */
  calibration: readonly WeightingVariable[] = [],
): Promise<WeightedSums[]> {
  const { rows } = await sql<{
    grp: string | null;
    cell: string;
    code: string | null;
    n: number;
    sw: number;
    sw2: number;
  }>`
    with p as (${respondents(scope)}),
    given as (
      select ${groupOf(grouping)} as grp, ${cellOf(calibration)} as cell, w.weight as w, a.value
      from p join answer a on a.response_id = p.id
      join response_weight w on w.response_id = p.id
      where a.question_id = ${question.id} and a.part = ${question.part ?? ''} and a.counted and a.missing is null
    ),
    codes as (
      select grp, cell, w, value #>> '{}' as code from given where jsonb_typeof(value) <> 'array'
      union all
      select grp, cell, w, e.code from given, jsonb_array_elements_text(given.value) as e(code)
      where jsonb_typeof(given.value) = 'array'
    )
    select grp, cell, code, count(*) as n, sum(w) as sw, sum(w * w) as sw2 from codes group by grp, cell, code
    union all
    select grp, cell, null, count(*), sum(w), sum(w * w) from given group by grp, cell`.execute(db);
  return rows.map((r) => ({
    group: r.grp,
    code: r.code,
    n: Number(r.n),
    sumW: Number(r.sw),
    sumW2: Number(r.sw2),
    ...cellValues(r.cell, calibration),
  }));
}
