import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DatabaseSchema } from './tables.ts';
import type { CodeCount, Grouping, NumberSummary, TallyScope } from './tallies.repository.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Running totals: the counts results are made of, kept up to date as responses are completed,
 * excluded, taken back or deleted (migration 0009, ADR 0006). A release reads a few thousand rows
 * of totals instead of every answer of every respondent, so its time does not grow with the number
 * of responses.
 *
 * A total is kept per questionnaire and per respondent profile: the response's language and its
 * answers to the questions the release breakdowns are made of (`target_group`, `country`). Every
 * respondent has exactly one profile, so counts of distinct respondents (or repeat items) add up
 * over profiles: a breakdown by language is the sum over the other two, and the whole table the
 * sum over all three.
 *
 * Kinds of total, each counting respondents and repeat items:
 * - `respondent`: completed, counted respondents (question '' and part '');
 * - `answered` / `missing`: who answered a question, or gave a missing code (every question);
 * - `code`: a single answer's code, or the missing code given (questions that have results,
 *   `tallied` on the version);
 * - `element`: a code in a list answer (multiple choice, ranking). A question's answers are always
 *   one or the other (src/questionnaire/question-types/encode.ts), never both.
 */

/** The question types whose codes are counted: those that have results (src/analysis). */
export const talliedTypes = ['single', 'likert', 'multiple', 'matrix', 'number', 'country'] as const;

/** The questions whose answers make up a respondent's profile, as the release's breakdowns use them. */
export const profileQuestions = { target_group: 'target_group', country: 'country' } as const;

/** A respondent's answer to a profile question, as a breakdown reads it (null: not answered). */
const profileAnswer = (questionId: string): RawBuilder<string | null> =>
  sql<string | null>`(select g.value #>> '{}' from answer g
    where g.response_id = r.id and g.question_id = ${questionId}
      and g.item = 0 and g.part = '' and g.counted and g.missing is null
      and jsonb_typeof(g.value) = 'string')`;

const key = sql.raw(
  'questionnaire_id, question_id, part, kind, language, target_group, country, code, missing',
);

/**
 * What some completed responses add to the totals, one row per total. `which` chooses the
 * responses (a condition on `r`, the response).
 */
const contributions = (which: RawBuilder<unknown>): RawBuilder<unknown> => sql`
  -- Materialized: each response's profile is looked up once, not once for each of its answers.
  with p as materialized (
    select r.id, r.version_id, r.language, v.questionnaire_id,
      ${profileAnswer(profileQuestions.target_group)} as target_group,
      ${profileAnswer(profileQuestions.country)} as country
    from response r join questionnaire_version v on v.id = r.version_id
    where r.completed_at is not null and ${which}
  ),
  counted_codes as (
    select v.id as version_id, q.id as question_id
    from questionnaire_version v cross join lateral jsonb_array_elements_text(v.tallied) as q(id)
  ),
  -- Each response's totals first, a response at a time: the rows of one of its totals are its
  -- repeat items (a single row outside repeat groups, each code of a list once), so it counts as
  -- one respondent and as that many items. Then the responses' totals are added up. Both steps
  -- group by hash without any distinct count, so a million responses need no sort of every answer.
  own as (
    select p.questionnaire_id, p.language, p.target_group, p.country, t.question_id, t.part, t.kind,
      t.code, t.missing, t.items
    from p cross join lateral (
      select a.question_id, a.part, k.kind, k.code, k.missing, count(*) as items
      from answer a
      left join counted_codes c on c.version_id = p.version_id and c.question_id = a.question_id
      cross join lateral (
        select case when a.missing is null then 'answered' else 'missing' end, null::text, null::text
        union all
        select 'code', a.value #>> '{}', a.missing
        where c.question_id is not null and jsonb_typeof(a.value) is distinct from 'array'
        union all
        select distinct 'element', x.code, null::text
        from jsonb_array_elements_text(
          case when c.question_id is not null and jsonb_typeof(a.value) = 'array' then a.value end
        ) as x(code)
      ) as k(kind, code, missing)
      where a.response_id = p.id and a.counted and a.part not like '#%'
      group by a.question_id, a.part, k.kind, k.code, k.missing
    ) as t
  )
  select ${key}, count(*) as respondents, sum(items) as items from own group by ${key}
  union all
  select questionnaire_id, '', '', 'respondent', language, target_group, country, null, null, count(*), count(*)
  from p group by questionnaire_id, language, target_group, country`;

/** Adds (sign 1) or takes away (sign −1) what these responses count for, as they are counted now. */
async function change(db: Db, responseIds: readonly string[], sign: 1 | -1): Promise<void> {
  if (responseIds.length === 0) return;
  // Rows in key order, so that concurrent changes lock the totals they share in the same order.
  await sql`
    insert into running_total (${key}, respondents, items)
    select ${key}, ${sign} * respondents, ${sign} * items
    from (${contributions(sql`r.id in (${sql.join(responseIds)})
      and not exists (select 1 from response_exclusion x where x.response_id = r.id)`)}) c
    order by ${key}
    on conflict on constraint running_total_key do update
      set respondents = running_total.respondents + excluded.respondents,
        items = running_total.items + excluded.items`.execute(db);
}

/** A response now counts (completed, or taken back into analysis): its answers join the totals. */
export async function countResponses(db: Db, responseIds: readonly string[]): Promise<void> {
  await change(db, responseIds, 1);
}

/** A response is about to stop counting (excluded or deleted): its answers leave the totals. */
export async function uncountResponses(db: Db, responseIds: readonly string[]): Promise<void> {
  await change(db, responseIds, -1);
}

/** Every response of a questionnaire is deleted: so are its totals. */
export async function dropRunningTotals(db: Db, questionnaireId: number): Promise<void> {
  await db.deleteFrom('running_total').where('questionnaire_id', '=', questionnaireId).execute();
}

/**
 * Computes every total again from the answers: after a bulk load that went past credmap (COPY), or
 * to check the totals against the answers.
 */
export async function rebuildRunningTotals(db: Db): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => rebuildRunningTotals(trx));
  // One pass over every answer, grouped by hash: room for the groups, for this statement only.
  await sql`set local work_mem = '256MB'`.execute(db);
  await db.deleteFrom('running_total').execute();
  await sql`
    insert into running_total (${key}, respondents, items)
    select ${key}, respondents, items
    from (${contributions(sql`not exists (select 1 from response_exclusion x where x.response_id = r.id)`)}) c`.execute(
    db,
  );
}

/** The column of the totals a breakdown reads; undefined when totals are not kept by it. */
export function totalsColumn(grouping: Grouping): RawBuilder<string | null> | undefined {
  switch (grouping.kind) {
    case 'none':
      return sql<string>`''`;
    case 'language':
      return sql<string>`t.language`;
    case 'answer':
      if (grouping.questionId === profileQuestions.target_group) return sql<string | null>`t.target_group`;
      if (grouping.questionId === profileQuestions.country) return sql<string | null>`t.country`;
      return undefined;
  }
}

/** The questionnaires in scope. */
const questionnairesIn = (scope: TallyScope): RawBuilder<unknown> => sql`
  select q.id from questionnaire q where q.study_id = ${scope.studyId}
  ${
    scope.questionnaireIds === undefined
      ? sql``
      : scope.questionnaireIds.length === 0
        ? sql`and false`
        : sql`and q.id in (${sql.join(scope.questionnaireIds)})`
  }`;

/** The totals of the questionnaires in scope. */
const inScope = (scope: TallyScope): RawBuilder<unknown> =>
  sql`t.questionnaire_id in (${questionnairesIn(scope)})`;

type Target = { id: string; part?: string; perItem?: boolean };

/** The totals of one question (one part of it) in scope. */
const ofQuestion = (scope: TallyScope, target: Target): RawBuilder<unknown> =>
  sql`${inScope(scope)} and t.question_id = ${target.id} and t.part = ${target.part ?? ''}`;
const unitOf = (target: Target) => sql.raw(target.perItem === true ? 't.items' : 't.respondents');

/** Completed, counted respondents by group, from the totals. */
export async function respondentCountsFromTotals(
  db: Db,
  scope: TallyScope,
  column: RawBuilder<string | null>,
): Promise<{ group: string | null; n: number }[]> {
  const { rows } = await sql<{ grp: string | null; n: string }>`
    select ${column} as grp, sum(t.respondents) as n from running_total t
    where ${inScope(scope)} and t.kind = 'respondent'
    group by 1 having sum(t.respondents) > 0 order by 1 nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, n: Number(r.n) }));
}

/** Who answered a question (and who gave a missing code) by group, from the totals. */
export async function askedCountsFromTotals(
  db: Db,
  scope: TallyScope,
  target: Target,
  column: RawBuilder<string | null>,
): Promise<{ group: string | null; answered: number; missing: number }[]> {
  const unit = unitOf(target);
  const { rows } = await sql<{ grp: string | null; answered: string; missing: string }>`
    select ${column} as grp,
      coalesce(sum(${unit}) filter (where t.kind = 'answered'), 0) as answered,
      coalesce(sum(${unit}) filter (where t.kind = 'missing'), 0) as missing
    from running_total t
    where ${ofQuestion(scope, target)}
      and t.kind in ('answered', 'missing')
    group by 1 having sum(${unit}) > 0 order by 1 nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, answered: Number(r.answered), missing: Number(r.missing) }));
}

/** How often each code was given, by group, from the totals (a question whose codes are counted). */
export async function codeCountsFromTotals(
  db: Db,
  scope: TallyScope,
  target: Target,
  column: RawBuilder<string | null>,
): Promise<CodeCount[]> {
  const unit = unitOf(target);
  const { rows } = await sql<{ grp: string | null; code: string | null; missing: string | null; n: string }>`
    select ${column} as grp, t.code, t.missing, sum(${unit}) as n
    from running_total t
    where ${ofQuestion(scope, target)}
      and t.kind in ('code', 'element')
    group by 1, 2, 3 having sum(${unit}) > 0
    order by 1 nulls last, 2 nulls last, 3 nulls last`.execute(db);
  return rows.map((r) => ({ group: r.grp, code: r.code, missing: r.missing, n: Number(r.n) }));
}

/** A number as `numberSummaries` reads one from an answer (src/store/tallies.repository.ts). */
const numeric = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * n, mean, quartiles (continuous, R type 7, as percentile_cont) and range of a number question by
 * group, from the totals: every answer's value is a code there, so its counts are the distribution.
 * Each answer counts once (each repeat item), as when the numbers are read from the answers.
 */
export async function numberSummariesFromTotals(
  db: Db,
  scope: TallyScope,
  target: Target,
  column: RawBuilder<string | null>,
): Promise<NumberSummary[]> {
  const { rows } = await sql<{ grp: string | null; code: string; n: string }>`
    select ${column} as grp, t.code, sum(t.items) as n
    from running_total t
    where ${ofQuestion(scope, target)}
      and t.kind = 'code' and t.missing is null
    group by 1, 2 having sum(t.items) > 0
    order by 1 nulls last`.execute(db);
  const groups = new Map<string | null, { x: number; n: number }[]>();
  for (const r of rows) {
    if (!numeric.test(r.code)) continue;
    const values = groups.get(r.grp) ?? [];
    values.push({ x: Number(r.code), n: Number(r.n) });
    groups.set(r.grp, values);
  }
  return [...groups].map(([group, values]) => summarise(group, values));
}

/** The summary of a distribution given as values with their counts. */
export function summarise(group: string | null, values: { x: number; n: number }[]): NumberSummary {
  const sorted = [...values].sort((a, b) => a.x - b.x);
  const n = sorted.reduce((s, v) => s + v.n, 0);
  // The value at rank i (0-based) of the n values in order.
  const at = (rank: number): number => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.n;
      if (rank < seen) return v.x;
    }
    return sorted.at(-1)!.x;
  };
  const quantile = (p: number): number => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const x = at(lo);
    return h === lo ? x : x + (h - lo) * (at(lo + 1) - x);
  };
  return {
    group,
    n,
    mean: sorted.reduce((s, v) => s + v.x * v.n, 0) / n,
    q1: quantile(0.25),
    median: quantile(0.5),
    q3: quantile(0.75),
    min: sorted[0]!.x,
    max: sorted.at(-1)!.x,
  };
}
