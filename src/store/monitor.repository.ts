import type { ColumnType, Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import { countResponses, uncountResponses } from './running-totals.repository.ts';
import type { DatabaseSchema } from './tables.ts';

/**
 * Fieldwork figures and data-quality flags, computed in SQL: every figure is an aggregate the
 * database makes, so a monitor page reads a few dozen rows however many answers there are.
 */

export const exclusionReasons = ['speeder', 'straightlining', 'duplicate', 'honeypot', 'other'] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/** A completed response the team leaves out of analysis, with why (migration 0004). */
export interface ResponseExclusionTable {
  response_id: string;
  reason: ExclusionReason;
  note: string | null;
  /** The account's name at the time, as the audit log keeps it. */
  excluded_by: string | null;
  excluded_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MonitorTables {
  response_exclusion: ResponseExclusionTable;
}

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
type MonitorDb = Kysely<DatabaseSchema & MonitorTables>;
// A transaction stays a transaction through withTables: the same connection, the same commit.
const withMonitor = (db: Db): MonitorDb =>
  (db as Kysely<DatabaseSchema>).withTables<Pick<MonitorTables, keyof MonitorTables>>();

/** Which responses a figure counts: a whole study, or one questionnaire (all its versions). */
export interface MonitorScope {
  readonly studyId: number;
  readonly questionnaireId?: number | undefined;
}

const inScope = (scope: MonitorScope): RawBuilder<unknown> =>
  scope.questionnaireId === undefined
    ? sql`q.study_id = ${scope.studyId}`
    : sql`q.study_id = ${scope.studyId} and q.id = ${scope.questionnaireId}`;

export interface InstrumentFigures {
  readonly questionnaireId: number;
  readonly slug: string;
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
  /** Responses created (a first page saved). */
  readonly started: number;
  readonly completed: number;
  /** Started and not completed. */
  readonly partial: number;
  /** Contacts an invitation was sent to. */
  readonly invited: number;
  /** Invited contacts whose response was completed. */
  readonly invitedCompleted: number;
  /** Median of completed_at − started_at over completed responses; null before the first. */
  readonly medianSeconds: number | null;
  /** Responses excluded from analysis. */
  readonly excluded: number;
}

/** Started, completed, invitations, median time and exclusions per questionnaire of a study. */
export async function instrumentFigures(db: Db, scope: MonitorScope): Promise<InstrumentFigures[]> {
  const { rows } = await sql<{
    id: number;
    slug: string;
    opens_at: Date | null;
    closes_at: Date | null;
    started: number;
    completed: number;
    median_seconds: number | null;
    excluded: number;
    invited: number;
    invited_completed: number;
  }>`
    with counts as (
      select v.questionnaire_id,
        count(*) as started,
        count(r.completed_at) as completed,
        -- percentile_cont skips nulls: partial responses have no duration.
        percentile_cont(0.5) within group (
          order by extract(epoch from (r.completed_at - r.started_at))::float8
        ) as median_seconds,
        count(x.response_id) as excluded
      from response r
      join questionnaire_version v on v.id = r.version_id
      left join response_exclusion x on x.response_id = r.id
      group by v.questionnaire_id
    ),
    invitations as (
      select c.questionnaire_id,
        count(*) as invited,
        count(c.completed_on) as invited_completed
      from contact c
      where c.invited_at is not null
      group by c.questionnaire_id
    )
    select q.id, q.slug, q.opens_at, q.closes_at,
      coalesce(n.started, 0) as started,
      coalesce(n.completed, 0) as completed,
      n.median_seconds,
      coalesce(n.excluded, 0) as excluded,
      coalesce(i.invited, 0) as invited,
      coalesce(i.invited_completed, 0) as invited_completed
    from questionnaire q
    left join counts n on n.questionnaire_id = q.id
    left join invitations i on i.questionnaire_id = q.id
    where ${inScope(scope)}
    order by q.id`.execute(withMonitor(db));
  return rows.map((r) => ({
    questionnaireId: r.id,
    slug: r.slug,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    started: Number(r.started),
    completed: Number(r.completed),
    partial: Number(r.started) - Number(r.completed),
    invited: Number(r.invited),
    invitedCompleted: Number(r.invited_completed),
    medianSeconds: r.median_seconds === null ? null : Number(r.median_seconds),
    excluded: Number(r.excluded),
  }));
}

export type BreakdownLevel = 'cross' | 'targetGroup' | 'country' | 'language';

export interface BreakdownRow {
  /** 'cross': one row per target group × country × language; the others: one dimension alone. */
  readonly level: BreakdownLevel;
  /** null: not answered (yet), or not part of this level. */
  readonly targetGroup: string | null;
  readonly country: string | null;
  readonly language: string | null;
  readonly started: number;
  readonly completed: number;
}

/**
 * Responses by the calculated answer `target_group`, the answer `country` (both at top level,
 * item 0, part '') and the response's language: the full cross and each dimension alone, in one
 * query with grouping sets.
 */
export async function breakdown(db: Db, scope: MonitorScope): Promise<BreakdownRow[]> {
  const { rows } = await sql<{
    level_bits: number;
    target_group: string | null;
    country: string | null;
    language: string | null;
    started: number;
    completed: number;
  }>`
    with base as (
      select tg.value #>> '{}' as target_group, co.value #>> '{}' as country, r.language, r.completed_at
      from response r
      join questionnaire_version v on v.id = r.version_id
      join questionnaire q on q.id = v.questionnaire_id
      left join answer tg on tg.response_id = r.id and tg.question_id = 'target_group'
        and tg.item = 0 and tg.part = ''
      left join answer co on co.response_id = r.id and co.question_id = 'country'
        and co.item = 0 and co.part = ''
      where ${inScope(scope)}
    )
    select grouping(target_group, country, language) as level_bits,
      target_group, country, language,
      count(*) as started, count(completed_at) as completed
    from base
    group by grouping sets ((target_group, country, language), (target_group), (country), (language))
    order by level_bits, target_group nulls last, country nulls last, language nulls last`.execute(db);
  // grouping(): a bit set for each column left out, first column highest.
  const levels: Record<number, BreakdownLevel> = {
    0: 'cross',
    3: 'targetGroup',
    5: 'country',
    6: 'language',
  };
  return rows.flatMap((r) => {
    const level = levels[Number(r.level_bits)];
    return level === undefined
      ? []
      : [
          {
            level,
            targetGroup: r.target_group,
            country: r.country,
            language: r.language,
            started: Number(r.started),
            completed: Number(r.completed),
          },
        ];
  });
}

/** Partial responses by the step they saved last (the page they left after). */
export async function dropOff(db: Db, scope: MonitorScope): Promise<{ step: string; partial: number }[]> {
  const { rows } = await sql<{ step: string; partial: number }>`
    select last.step, count(*) as partial
    from (
      select distinct on (pt.response_id) pt.response_id, pt.step
      from page_time pt
      join response r on r.id = pt.response_id
      join questionnaire_version v on v.id = r.version_id
      join questionnaire q on q.id = v.questionnaire_id
      where ${inScope(scope)} and r.completed_at is null
      order by pt.response_id, pt.last_saved_at desc, pt.first_saved_at desc, pt.step
    ) last
    group by last.step
    order by count(*) desc, last.step`.execute(db);
  return rows.map((r) => ({ step: r.step, partial: Number(r.partial) }));
}

/** Responses started and completed per day (YYYY-MM-DD) on the wall clock of `timeZone`. */
export async function perDay(
  db: Db,
  scope: MonitorScope,
  timeZone: string,
): Promise<{ day: string; started: number; completed: number }[]> {
  const { rows } = await sql<{ day: string; started: number; completed: number }>`
    with scoped as (
      select r.started_at, r.completed_at
      from response r
      join questionnaire_version v on v.id = r.version_id
      join questionnaire q on q.id = v.questionnaire_id
      where ${inScope(scope)}
    ),
    s as (
      select to_char(started_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, count(*) as n
      from scoped group by 1
    ),
    c as (
      select to_char(completed_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, count(*) as n
      from scoped where completed_at is not null group by 1
    )
    select coalesce(s.day, c.day) as day, coalesce(s.n, 0) as started, coalesce(c.n, 0) as completed
    from s full join c on c.day = s.day
    order by 1`.execute(db);
  return rows.map((r) => ({ day: r.day, started: Number(r.started), completed: Number(r.completed) }));
}

/** The flags of every completed response in scope, as the CTE `flagged` (see responseFlags). */
const flagsCte = (scope: MonitorScope): RawBuilder<unknown> => sql`
    with done as (
      select r.id, r.version_id, v.questionnaire_id, r.receipt, r.honeypot, r.completed_at,
        extract(epoch from (r.completed_at - r.started_at))::float8 as seconds
      from response r
      join questionnaire_version v on v.id = r.version_id
      join questionnaire q on q.id = v.questionnaire_id
      where ${inScope(scope)} and r.completed_at is not null
    ),
    medians as (
      select questionnaire_id, percentile_cont(0.5) within group (order by seconds) as median
      from done group by questionnaire_id
    ),
    matrices as (
      select distinct m.version_id, m.question_id
      from (
        select v.id as version_id,
          jsonb_path_query(v.definition, 'strict $.** ? (@.type == "matrix").id') #>> '{}' as question_id
        from questionnaire_version v
        where v.id in (select version_id from done)
      ) m
    ),
    straight as (
      select s.response_id, count(*) as matrices
      from (
        select a.response_id
        from done d
        join matrices m on m.version_id = d.version_id
        join answer a on a.response_id = d.id and a.question_id = m.question_id
        where a.part <> '' and a.part <> 'other' and a.part not like '#%' and a.value is not null
        group by a.response_id, a.question_id, a.item
        having count(*) >= 3 and count(distinct a.value) = 1
      ) s
      group by s.response_id
    ),
    signatures as (
      select d.id, d.questionnaire_id, d.completed_at,
        md5(coalesce(string_agg(
          a.question_id || chr(31) || a.item::text || chr(31) || a.part || chr(31)
            || coalesce(a.value::text, '') || chr(31) || coalesce(a.missing, ''),
          chr(30) order by a.question_id, a.item, a.part), '')) as hash
      from done d
      left join answer a on a.response_id = d.id and a.part not like '#%'
      group by d.id, d.questionnaire_id, d.completed_at
    ),
    duplicates as (
      select s.id
      from signatures s
      where exists (
        select 1 from signatures o
        where o.questionnaire_id = s.questionnaire_id and o.hash = s.hash
          and (o.completed_at < s.completed_at or (o.completed_at = s.completed_at and o.id < s.id))
      )
    ),
    flagged as (
      select d.questionnaire_id, d.receipt, d.seconds, d.completed_at, d.honeypot,
        coalesce(d.seconds < m.median / 3, false) as speeder,
        coalesce(st.matrices, 0) as straightlined,
        (du.id is not null) as duplicate,
        x.reason, x.note, x.excluded_by, x.excluded_at
      from done d
      join medians m on m.questionnaire_id = d.questionnaire_id
      left join straight st on st.response_id = d.id
      left join duplicates du on du.id = d.id
      left join response_exclusion x on x.response_id = d.id
    )`;

export interface FlagCounts {
  readonly completed: number;
  readonly speeder: number;
  readonly straightlining: number;
  readonly duplicate: number;
  readonly honeypot: number;
  /** With at least one flag. */
  readonly flagged: number;
  readonly excluded: number;
}

/** How many completed responses carry each flag. */
export async function flagCounts(db: Db, scope: MonitorScope): Promise<FlagCounts> {
  const { rows } = await sql<Record<keyof FlagCounts, number>>`
    ${flagsCte(scope)}
    select count(*) as completed,
      count(*) filter (where speeder) as speeder,
      count(*) filter (where straightlined > 0) as straightlining,
      count(*) filter (where duplicate) as duplicate,
      count(*) filter (where honeypot) as honeypot,
      count(*) filter (where speeder or straightlined > 0 or duplicate or honeypot) as flagged,
      count(reason) as excluded
    from flagged`.execute(withMonitor(db));
  const r = rows[0];
  return {
    completed: Number(r?.completed ?? 0),
    speeder: Number(r?.speeder ?? 0),
    straightlining: Number(r?.straightlining ?? 0),
    duplicate: Number(r?.duplicate ?? 0),
    honeypot: Number(r?.honeypot ?? 0),
    flagged: Number(r?.flagged ?? 0),
    excluded: Number(r?.excluded ?? 0),
  };
}

export interface FlaggedResponse {
  readonly questionnaireId: number;
  readonly receipt: string;
  readonly seconds: number;
  /** Completed in less than a third of the median time of its questionnaire's completed responses. */
  readonly speeder: boolean;
  /** How many matrices (per repeat item) have 3 or more rows answered all with one code. */
  readonly straightlined: number;
  /** Same answers as a response of the same questionnaire completed before it. */
  readonly duplicate: boolean;
  /** A form of it came back with the field only robots fill in. */
  readonly honeypot: boolean;
  readonly exclusion:
    | { reason: ExclusionReason; note: string | null; by: string | null; at: Date }
    | undefined;
}

/**
 * The flags of completed responses (only completed ones have a receipt, and only they are analysed),
 * in one query:
 * - speeder: completed_at − started_at < median / 3, the median over the completed responses of the
 *   same questionnaire (all versions);
 * - straight-lining: a matrix question (found by `type: matrix` anywhere in the version's stored
 *   definition, so rankings and other row-shaped answers are never mistaken for one) whose rows, in
 *   one repeat item, have at least 3 answers with a value, all the same code; rows answered with a
 *   missing code ("don't know") are left out;
 * - duplicate: the md5 of every answer row (question, item, part, value or missing code; bookkeeping
 *   parts starting with '#' left out) equals that of a completed response of the same questionnaire
 *   completed earlier (or at the same instant with a smaller id): the first of a set is not flagged;
 * - honeypot: response.honeypot.
 * Returns flagged or excluded responses, oldest first.
 */
export async function responseFlags(
  db: Db,
  scope: MonitorScope,
  options: { limit?: number } = {},
): Promise<FlaggedResponse[]> {
  const { rows } = await sql<{
    questionnaire_id: number;
    receipt: string;
    seconds: number;
    speeder: boolean;
    straightlined: number;
    duplicate: boolean;
    honeypot: boolean;
    reason: ExclusionReason | null;
    note: string | null;
    excluded_by: string | null;
    excluded_at: Date | null;
  }>`
    ${flagsCte(scope)}
    select questionnaire_id, receipt, seconds, speeder, straightlined, duplicate, honeypot,
      reason, note, excluded_by, excluded_at
    from flagged
    where speeder or straightlined > 0 or duplicate or honeypot or reason is not null
    order by completed_at, receipt
    limit ${options.limit ?? 1000}`.execute(withMonitor(db));
  return rows.map((r) => ({
    questionnaireId: r.questionnaire_id,
    receipt: r.receipt,
    seconds: Number(r.seconds),
    speeder: r.speeder,
    straightlined: Number(r.straightlined),
    duplicate: r.duplicate,
    honeypot: r.honeypot,
    exclusion:
      r.reason === null
        ? undefined
        : { reason: r.reason, note: r.note, by: r.excluded_by, at: r.excluded_at ?? new Date(0) },
  }));
}

/** The completed response of this questionnaire with this receipt, if any. */
async function completedByReceipt(db: Db, questionnaireId: number, receipt: string) {
  return (
    db
      .selectFrom('response as r')
      .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
      .select(['r.id', 'r.receipt'])
      .where('v.questionnaire_id', '=', questionnaireId)
      .where('r.receipt', '=', receipt)
      .where('r.completed_at', 'is not', null)
      // Locked, so that two changes to the same response's exclusion are made one after the other.
      .forUpdate('r')
      .executeTakeFirst()
  );
}

/**
 * Excludes a completed response from analysis (or changes why); false when this questionnaire has
 * no completed response with that receipt. Its answers leave the running totals the first time.
 * Call it in a transaction: the totals and the exclusion change together.
 */
export async function excludeResponse(
  db: Db,
  exclusion: {
    questionnaireId: number;
    receipt: string;
    reason: ExclusionReason;
    note: string | null;
    by: string | null;
    at: Date;
  },
): Promise<boolean> {
  const found = await completedByReceipt(db, exclusion.questionnaireId, exclusion.receipt);
  if (found === undefined) return false;
  const values = {
    reason: exclusion.reason,
    note: exclusion.note,
    excluded_by: exclusion.by,
    excluded_at: exclusion.at,
  };
  // While counted, the response's answers are taken out of the totals before it is excluded.
  // Uncounting reads only responses not yet excluded, so a second exclusion takes nothing away.
  await uncountResponses(db, [found.id]);
  await withMonitor(db)
    .insertInto('response_exclusion')
    .values({ response_id: found.id, ...values })
    .onConflict((oc) => oc.column('response_id').doUpdateSet(values))
    .execute();
  await logExclusionChange(db, found.id, true);
  return true;
}

/**
 * Takes a response back into analysis, and its answers back into the running totals. Returns the
 * reason it had been excluded for; null when it was not excluded; undefined when this
 * questionnaire has no completed response with that receipt. Call it in a transaction.
 */
export async function includeResponse(
  db: Db,
  questionnaireId: number,
  receipt: string,
): Promise<ExclusionReason | null | undefined> {
  const found = await completedByReceipt(db, questionnaireId, receipt);
  if (found === undefined) return undefined;
  const removed = await withMonitor(db)
    .deleteFrom('response_exclusion')
    .where('response_id', '=', found.id)
    .returning('reason')
    .executeTakeFirst();
  if (removed !== undefined) {
    await countResponses(db, [found.id]);
    await logExclusionChange(db, found.id, false);
  }
  return removed?.reason ?? null;
}

/**
 * Keeps the change with the transaction making it (migration 0012), for readers that take the
 * exclusions as they stood at a snapshot. Excluding again for another reason is logged too: the
 * latest change a snapshot sees is what held then.
 */
async function logExclusionChange(db: Db, responseId: string, excluded: boolean): Promise<void> {
  await sql`insert into response_exclusion_change (response_id, excluded) values (${responseId}, ${excluded})`.execute(
    db,
  );
}
