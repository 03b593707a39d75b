import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import type {
  DatabaseSchema,
  RegisterEntryOrigin,
  RegisterEntryRow,
  RegisterEntryState,
  RegisterIssuedRow,
  RegisterProviderRow,
} from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The register's rows. Records are JSON the register folder has checked; this file only stores
 * them, keeps the published copy's facets beside it, and searches those.
 */

// --- Providers ----------------------------------------------------------------------------------

export async function upsertProvider(
  db: Db,
  p: { id: string; record: unknown; name: string; country: string; type: string; now: Date },
): Promise<void> {
  const values = {
    record: JSON.stringify(p.record),
    name: p.name,
    country: p.country,
    type: p.type,
    updated_at: p.now,
  };
  await db
    .insertInto('register_provider')
    .values({ id: p.id, ...values, created_at: p.now })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export const findProvider = (db: Db, id: string): Promise<RegisterProviderRow | undefined> =>
  db.selectFrom('register_provider').selectAll().where('id', '=', id).executeTakeFirst();

export const listProviders = (db: Db): Promise<RegisterProviderRow[]> =>
  db.selectFrom('register_provider').selectAll().orderBy('name').orderBy('id').execute();

export async function providersOfAccount(db: Db, accountId: number): Promise<RegisterProviderRow[]> {
  return db
    .selectFrom('register_provider as p')
    .innerJoin('register_provider_member as m', 'm.provider_id', 'p.id')
    .selectAll('p')
    .where('m.account_id', '=', accountId)
    .orderBy('p.name')
    .execute();
}

export async function addProviderMember(db: Db, accountId: number, providerId: string): Promise<void> {
  await db
    .insertInto('register_provider_member')
    .values({ account_id: accountId, provider_id: providerId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeProviderMember(db: Db, accountId: number, providerId: string): Promise<void> {
  await db
    .deleteFrom('register_provider_member')
    .where('account_id', '=', accountId)
    .where('provider_id', '=', providerId)
    .execute();
}

export async function providerMembers(
  db: Db,
  providerId: string,
): Promise<{ id: number; email: string; name: string }[]> {
  return db
    .selectFrom('account as a')
    .innerJoin('register_provider_member as m', 'm.account_id', 'a.id')
    .select(['a.id', 'a.email', 'a.name'])
    .where('m.provider_id', '=', providerId)
    .orderBy('a.email')
    .execute();
}

// --- Entries ------------------------------------------------------------------------------------

export interface NewEntry {
  readonly id: string;
  readonly record: unknown;
  readonly state: RegisterEntryState;
  readonly origin: RegisterEntryOrigin;
  readonly studyId?: number | undefined;
  readonly sourceKey?: string | undefined;
  readonly providerId?: string | undefined;
  readonly now: Date;
}

/**
 * Adds an entry. With a source key already known, the entry found is returned instead and, while
 * it still awaits review, its working copy is replaced: harvesting or importing again updates.
 */
export async function insertEntry(db: Db, e: NewEntry): Promise<{ id: string; created: boolean }> {
  if (e.sourceKey !== undefined) {
    const known = await db
      .selectFrom('register_entry')
      .select(['id', 'state'])
      .where('source_key', '=', e.sourceKey)
      .executeTakeFirst();
    if (known !== undefined) {
      if (known.state === 'pending')
        await db
          .updateTable('register_entry')
          .set({ record: JSON.stringify(e.record), updated_at: e.now })
          .where('id', '=', known.id)
          .execute();
      return { id: known.id, created: false };
    }
  }
  await db
    .insertInto('register_entry')
    .values({
      id: e.id,
      record: JSON.stringify(e.record),
      state: e.state,
      origin: e.origin,
      study_id: e.studyId ?? null,
      source_key: e.sourceKey ?? null,
      provider_id: e.providerId ?? null,
      created_at: e.now,
      updated_at: e.now,
    })
    .execute();
  return { id: e.id, created: true };
}

export const findEntry = (db: Db, id: string): Promise<RegisterEntryRow | undefined> =>
  db.selectFrom('register_entry').selectAll().where('id', '=', id).executeTakeFirst();

/** The same, locked until the transaction ends, for read-modify-write. */
export const lockEntry = (
  db: Transaction<DatabaseSchema>,
  id: string,
): Promise<RegisterEntryRow | undefined> =>
  db.selectFrom('register_entry').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/**
 * Locks a provider's row until the transaction ends, so that its submissions are taken one at a
 * time: one that looks for a twin among the provider's waiting entries before adding its own sees
 * every entry added before it. False when there is no such provider.
 */
export async function lockProvider(db: Transaction<DatabaseSchema>, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('register_provider')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function entryExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('register_entry').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export interface EntryFilter {
  readonly states?: readonly RegisterEntryState[];
  readonly origin?: RegisterEntryOrigin;
  readonly studyIds?: readonly number[];
  readonly providerIds?: readonly string[];
  readonly published?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

/** Entries for the console's lists: newest change first. */
export async function listEntries(db: Db, f: EntryFilter = {}): Promise<RegisterEntryRow[]> {
  let q = db.selectFrom('register_entry').selectAll();
  if (f.states !== undefined)
    q = f.states.length === 0 ? q.where(sql.lit(false)) : q.where('state', 'in', f.states);
  if (f.origin !== undefined) q = q.where('origin', '=', f.origin);
  if (f.studyIds !== undefined)
    q = f.studyIds.length === 0 ? q.where(sql.lit(false)) : q.where('study_id', 'in', f.studyIds);
  if (f.providerIds !== undefined)
    q = f.providerIds.length === 0 ? q.where(sql.lit(false)) : q.where('provider_id', 'in', f.providerIds);
  if (f.published !== undefined) q = q.where('published', f.published ? 'is not' : 'is', null);
  return q
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(f.limit ?? 500)
    .offset(f.offset ?? 0)
    .execute();
}

export async function countEntriesByState(
  db: Db,
): Promise<{ state: RegisterEntryState; origin: RegisterEntryOrigin; n: number }[]> {
  const rows = await db
    .selectFrom('register_entry')
    .select(['state', 'origin', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['state', 'origin'])
    .execute();
  return rows.map((r) => ({ state: r.state, origin: r.origin, n: Number(r.n) }));
}

export async function countPublished(db: Db): Promise<number> {
  const row = await db
    .selectFrom('register_entry')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('published', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A new working copy, and the state it is in (pending: it waits for review). */
export async function updateEntryRecord(
  db: Db,
  id: string,
  record: unknown,
  state: RegisterEntryState,
  now: Date,
): Promise<void> {
  await db
    .updateTable('register_entry')
    .set({ record: JSON.stringify(record), state, updated_at: now, review_note: null })
    .where('id', '=', id)
    .execute();
}

/** What is searched and filtered on, derived from the published copy by the register. */
export interface EntryFacets {
  readonly searchText: string;
  readonly titleSort: string;
  readonly countries: readonly string[];
  readonly eqf: string | null;
  readonly fields: readonly string[];
  readonly ects: number | null;
  readonly hours: number | null;
  readonly workload: string | null;
  readonly participation: string | null;
  readonly assessment: readonly string[];
  readonly quality: readonly string[];
  readonly providerType: string | null;
  readonly stackability: string | null;
  readonly languages: readonly string[];
  readonly completeness: number;
}

const textArray = (values: readonly string[]): RawBuilder<string[]> =>
  values.length === 0
    ? sql<string[]>`'{}'::text[]`
    : sql<string[]>`array[${sql.join(values.map((v) => sql`${v}::text`))}]`;

/** Publishes the working copy (or the record given): it becomes the public copy, searchable. */
export async function publishEntry(
  db: Db,
  id: string,
  p: { published: unknown; facets: EntryFacets; now: Date; note?: string | null },
): Promise<void> {
  const f = p.facets;
  await db
    .updateTable('register_entry')
    .set({
      state: 'current',
      published: JSON.stringify(p.published),
      published_at: p.now,
      updated_at: p.now,
      review_note: p.note ?? null,
      title_sort: f.titleSort,
      countries: textArray(f.countries),
      eqf: f.eqf,
      fields: textArray(f.fields),
      ects: f.ects,
      hours: f.hours,
      workload: f.workload,
      participation: f.participation,
      assessment: textArray(f.assessment),
      quality: textArray(f.quality),
      provider_type: f.providerType,
      stackability: f.stackability,
      languages: textArray(f.languages),
      completeness: f.completeness,
    })
    .where('id', '=', id)
    .execute();
  await sql`update register_entry set search = to_tsvector('simple', ${f.searchText}) where id = ${id}`.execute(
    db,
  );
}

const unpublished = {
  published: null,
  published_at: null,
  title_sort: null,
  countries: null,
  eqf: null,
  fields: null,
  ects: null,
  hours: null,
  workload: null,
  participation: null,
  assessment: null,
  quality: null,
  provider_type: null,
  stackability: null,
  languages: null,
  completeness: null,
} as const;

/** Takes the public copy off line; the working copy stays. */
export async function unpublishEntry(
  db: Db,
  id: string,
  state: RegisterEntryState,
  now: Date,
  extra: { note?: string | null; mergedInto?: string | null } = {},
): Promise<void> {
  await db
    .updateTable('register_entry')
    .set({
      ...unpublished,
      state,
      updated_at: now,
      review_note: extra.note ?? null,
      merged_into: extra.mergedInto ?? null,
    })
    .where('id', '=', id)
    .execute();
  await sql`update register_entry set search = null where id = ${id}`.execute(db);
}

/** Keeps the public copy and records a decision on the working copy (rejected, with a note). */
export async function setEntryState(
  db: Db,
  id: string,
  state: RegisterEntryState,
  now: Date,
  note: string | null,
): Promise<void> {
  await db
    .updateTable('register_entry')
    .set({ state, updated_at: now, review_note: note })
    .where('id', '=', id)
    .execute();
}

/** Entries merged into this one: their ids keep answering with a redirect to it. */
export async function mergedInto(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('register_entry')
    .select('merged_into')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.merged_into ?? undefined;
}

// --- Search -------------------------------------------------------------------------------------

export const registerFacets = [
  'country',
  'eqf',
  'field',
  'workload',
  'participation',
  'assessment',
  'quality',
  'providerType',
  'stackability',
  'language',
] as const;
export type RegisterFacet = (typeof registerFacets)[number];

/** The column of a facet, and whether it holds several values. */
const facetColumns: Record<RegisterFacet, { column: string; array: boolean }> = {
  country: { column: 'countries', array: true },
  eqf: { column: 'eqf', array: false },
  field: { column: 'fields', array: true },
  workload: { column: 'workload', array: false },
  participation: { column: 'participation', array: false },
  assessment: { column: 'assessment', array: true },
  quality: { column: 'quality', array: true },
  providerType: { column: 'provider_type', array: false },
  stackability: { column: 'stackability', array: false },
  language: { column: 'languages', array: true },
};

export type RegisterSort = 'relevance' | 'title' | 'newest' | 'workload';

export interface RegisterQuery {
  /** Words, already reduced to letters and digits; each must match (a prefix of) a word. */
  readonly words: readonly string[];
  /** Values per facet: any of a facet's values, and every facet given. */
  readonly filters: Partial<Record<RegisterFacet, readonly string[]>>;
  readonly sort: RegisterSort;
  /** The language titles are sorted in. */
  readonly language: string;
  readonly limit: number;
  readonly offset: number;
}

const tsQuery = (words: readonly string[]): string => words.map((w) => `${w}:*`).join(' & ');

function whereOf(q: Pick<RegisterQuery, 'words' | 'filters'>, except?: RegisterFacet): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`e.published is not null`];
  if (q.words.length > 0) parts.push(sql`e.search @@ to_tsquery('simple', ${tsQuery(q.words)})`);
  for (const facet of registerFacets) {
    const values = q.filters[facet];
    if (facet === except || values === undefined || values.length === 0) continue;
    const { column, array } = facetColumns[facet];
    parts.push(
      array
        ? sql`e.${sql.ref(column)} && ${textArray(values)}`
        : sql`e.${sql.ref(column)} in (${sql.join(values.map((v) => sql`${v}`))})`,
    );
  }
  return sql.join(parts, sql` and `);
}

export interface RegisterHit {
  readonly id: string;
  readonly published: unknown;
  readonly publishedAt: Date;
  readonly completeness: number;
}

/** One page of published entries matching a query, and how many match in all. */
export async function searchEntries(
  db: Db,
  q: RegisterQuery,
): Promise<{ total: number; hits: RegisterHit[] }> {
  const where = whereOf(q);
  const title = sql`coalesce(e.published->'title'->>${q.language}, e.title_sort)`;
  const order =
    q.sort === 'title'
      ? sql`lower(${title}), e.id`
      : q.sort === 'newest'
        ? sql`e.published_at desc, e.id`
        : q.sort === 'workload'
          ? sql`coalesce(e.ects, e.hours / 27.5) nulls last, lower(${title}), e.id`
          : q.words.length > 0
            ? sql`ts_rank(e.search, to_tsquery('simple', ${tsQuery(q.words)})) desc, lower(${title}), e.id`
            : sql`lower(${title}), e.id`;
  const { rows } = await sql<{
    id: string;
    published: unknown;
    published_at: Date;
    completeness: number;
    total: string | number;
  }>`select e.id, e.published, e.published_at, e.completeness, count(*) over () as total
     from register_entry e where ${where} order by ${order} limit ${q.limit} offset ${q.offset}`.execute(db);
  let total = rows.length === 0 ? 0 : Number(rows[0]!.total);
  if (rows.length === 0 && q.offset > 0) {
    const { rows: counted } = await sql<{ n: string | number }>`
      select count(*) as n from register_entry e where ${where}`.execute(db);
    total = Number(counted[0]?.n ?? 0);
  }
  return {
    total,
    hits: rows.map((r) => ({
      id: r.id,
      published: r.published,
      publishedAt: r.published_at,
      completeness: Number(r.completeness),
    })),
  };
}

/**
 * How many published entries each facet value would give, with every other filter applied (so a
 * facet's own choices stay visible when one is chosen).
 */
export async function facetCounts(
  db: Db,
  q: Pick<RegisterQuery, 'words' | 'filters'>,
): Promise<Record<RegisterFacet, { value: string; n: number }[]>> {
  const out = {} as Record<RegisterFacet, { value: string; n: number }[]>;
  for (const facet of registerFacets) {
    const { column, array } = facetColumns[facet];
    const value = array ? sql`unnest(e.${sql.ref(column)})` : sql`e.${sql.ref(column)}`;
    const { rows } = await sql<{ value: string | null; n: string | number }>`
      select v.value, count(*) as n
      from (select ${value} as value from register_entry e where ${whereOf(q, facet)}) v
      where v.value is not null
      group by v.value order by count(*) desc, v.value`.execute(db);
    out[facet] = rows.map((r) => ({ value: r.value as string, n: Number(r.n) }));
  }
  return out;
}

/** Published entries that say they stack into this one (by its id), for the pathways. */
export async function entriesStackingInto(db: Db, id: string): Promise<RegisterHit[]> {
  const { rows } = await sql<{ id: string; published: unknown; published_at: Date; completeness: number }>`
    select e.id, e.published, e.published_at, e.completeness from register_entry e
    where e.published is not null
      and exists (select 1 from jsonb_array_elements(coalesce(e.published->'stackability'->'partOf', '[]'::jsonb)) p
                  where p->>'id' = ${id})
    order by e.title_sort, e.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    published: r.published,
    publishedAt: r.published_at,
    completeness: Number(r.completeness),
  }));
}

// --- Study candidates ---------------------------------------------------------------------------

export interface RepeatItemAnswers {
  readonly responseId: string;
  readonly item: number;
  /** The language the respondent answered in: the language of the item's texts. */
  readonly language: string;
  /** Question id to its stored value (missing codes left out). */
  readonly values: Readonly<Record<string, unknown>>;
}

/**
 * The items of a study's repeat groups whose consent question was answered with `consentValue`, in
 * completed, not excluded responses, with the item's counted answers. Only the register reads
 * this, and it keeps none of the response's identity.
 */
export async function consentedRepeatItems(
  db: Db,
  studyId: number,
  consent: { questionId: string; value: string },
): Promise<RepeatItemAnswers[]> {
  const { rows } = await sql<{
    response_id: string;
    language: string;
    item: number;
    question_id: string;
    value: unknown;
  }>`
    with consented as (
      select a.response_id, a.item
      from answer a
      join response r on r.id = a.response_id
      join questionnaire_version v on v.id = r.version_id
      join questionnaire q on q.id = v.questionnaire_id
      where q.study_id = ${studyId}
        and r.completed_at is not null
        and not exists (select 1 from response_exclusion x where x.response_id = r.id)
        and a.question_id = ${consent.questionId} and a.item > 0 and a.part = '' and a.counted
        and a.missing is null and a.value = to_jsonb(${consent.value}::text)
    )
    select a.response_id, r.language, a.item, a.question_id, a.value
    from answer a join consented c on c.response_id = a.response_id and c.item = a.item
    join response r on r.id = a.response_id
    where a.part = '' and a.counted and a.missing is null
    order by a.response_id, a.item, a.question_id`.execute(db);
  const items: RepeatItemAnswers[] = [];
  let current:
    | { responseId: string; item: number; language: string; values: Record<string, unknown> }
    | undefined;
  for (const r of rows) {
    if (current === undefined || current.responseId !== r.response_id || current.item !== Number(r.item)) {
      current = { responseId: r.response_id, item: Number(r.item), language: r.language, values: {} };
      items.push(current);
    }
    current.values[r.question_id] = r.value;
  }
  return items;
}

// --- Issuing ------------------------------------------------------------------------------------

export async function findIssuerKey(
  db: Db,
  providerId: string,
): Promise<{ did: string; key: unknown } | undefined> {
  return db
    .selectFrom('register_issuer_key')
    .select(['did', 'key'])
    .where('provider_id', '=', providerId)
    .executeTakeFirst();
}

/** Stores a provider's key unless it has one; returns the one it has. */
export async function ensureIssuerKey(
  db: Db,
  providerId: string,
  key: { did: string; key: unknown },
  now: Date,
): Promise<{ did: string; key: unknown }> {
  await db
    .insertInto('register_issuer_key')
    .values({ provider_id: providerId, did: key.did, key: JSON.stringify(key.key), created_at: now })
    .onConflict((oc) => oc.column('provider_id').doNothing())
    .execute();
  return (await findIssuerKey(db, providerId))!;
}

export interface StatusListRow {
  readonly id: number;
  readonly providerId: string;
  readonly bits: Uint8Array;
  readonly size: number;
  readonly nextIndex: number;
  readonly updatedAt: Date;
}

const statusListRow = (r: {
  id: number;
  provider_id: string;
  bits: Uint8Array;
  size: number;
  next_index: number;
  updated_at: Date;
}): StatusListRow => ({
  id: r.id,
  providerId: r.provider_id,
  bits: new Uint8Array(r.bits),
  size: r.size,
  nextIndex: r.next_index,
  updatedAt: r.updated_at,
});

export async function findStatusList(db: Db, id: number): Promise<StatusListRow | undefined> {
  const row = await db.selectFrom('register_status_list').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : statusListRow(row);
}

/**
 * A free index on one of the provider's status lists, taken under the list's row lock so two
 * processes never hand out the same one; a new list is started when the last one is full. The
 * index is drawn at random (`random(size)`), as the Bitstring Status List recommends, so that an
 * index says nothing of when or to whom a credential was issued (W3C Bitstring Status List v1.0,
 * §6.1 "Group Privacy"; `next_index` counts the indexes used).
 */
export async function allocateStatusIndex(
  trx: Transaction<DatabaseSchema>,
  providerId: string,
  size: number,
  now: Date,
  random: (size: number) => number,
): Promise<{ listId: number; index: number }> {
  let list = await trx
    .selectFrom('register_status_list')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('next_index', '<', sql<number>`size`)
    .orderBy('id')
    .forUpdate()
    .executeTakeFirst();
  if (list === undefined) {
    list = await trx
      .insertInto('register_status_list')
      .values({ provider_id: providerId, bits: new Uint8Array(size / 8), size, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const used = async (index: number) =>
    (await trx
      .selectFrom('register_issued')
      .select('id')
      .where('list_id', '=', list.id)
      .where('list_index', '=', index)
      .executeTakeFirst()) !== undefined;
  let index = random(list.size);
  // A full list is left for a new one, so a draw misses at most as often as the list is full.
  for (let tries = 0; (await used(index)) && tries < 64; tries++) index = random(list.size);
  if (await used(index)) {
    const { rows } = await sql<{ i: number }>`
      select i from generate_series(0, ${list.size - 1}) i
      where not exists (select 1 from register_issued x where x.list_id = ${list.id} and x.list_index = i)
      limit 1`.execute(trx);
    index = Number(rows[0]!.i);
  }
  await trx
    .updateTable('register_status_list')
    .set({ next_index: list.next_index + 1 })
    .where('id', '=', list.id)
    .execute();
  return { listId: list.id, index };
}

export async function lockStatusList(
  trx: Transaction<DatabaseSchema>,
  id: number,
): Promise<StatusListRow | undefined> {
  const row = await trx
    .selectFrom('register_status_list')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row === undefined ? undefined : statusListRow(row);
}

export async function saveStatusBits(db: Db, id: number, bits: Uint8Array, now: Date): Promise<void> {
  await db.updateTable('register_status_list').set({ bits, updated_at: now }).where('id', '=', id).execute();
}

export async function insertIssued(db: Db, row: Omit<RegisterIssuedRow, 'revoked_at'>): Promise<void> {
  await db
    .insertInto('register_issued')
    .values({ ...row, revoked_at: null })
    .execute();
}

export const findIssued = (db: Db, id: string): Promise<RegisterIssuedRow | undefined> =>
  db.selectFrom('register_issued').selectAll().where('id', '=', id).executeTakeFirst();

export const issuedFor = (db: Db, entryId: string): Promise<RegisterIssuedRow[]> =>
  db
    .selectFrom('register_issued')
    .selectAll()
    .where('entry_id', '=', entryId)
    .orderBy('issued_at', 'desc')
    .execute();

export async function markRevoked(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('register_issued').set({ revoked_at: now }).where('id', '=', id).execute();
}
