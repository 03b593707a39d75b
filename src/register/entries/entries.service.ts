/**
 * The register's entries through their life: a candidate from the study, a provider's submission,
 * an import or a curator's own entry waits for review (`pending`); a curator publishes it (its
 * working copy becomes the public copy), rejects it with a note, or merges it into another entry
 * (whose URL its own then leads to). A provider's change to a published entry waits for review
 * while the published copy stays public.
 */
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/index.ts';
import {
  consentedRepeatItems,
  entriesStackingInto,
  facetCounts,
  findEntry,
  findProvider,
  insertEntry,
  listEntries,
  publishEntry,
  type RegisterEntryOrigin,
  type RegisterEntryRow,
  type RegisterFacet,
  type RegisterHit,
  registerFacets,
  searchEntries,
  setEntryState,
  unpublishEntry,
  updateEntryRecord,
  upsertProvider,
} from '../../store/index.ts';
import type { Completeness, MicrocredentialDraft, Provider } from '../model/index.ts';
import { annexICompleteness, microcredentialDraftSchema, providerSchema } from '../model/index.ts';
import { CONSENT, candidateFrom } from './candidates.ts';
import { facetsOf } from './facets.ts';
import { publicRecord } from './json.ts';
import type { SearchRequest } from './search-query.ts';
import { storeQuery } from './search-query.ts';

type Db = Store['db'];

/** `mc-` and ten base-32 characters: short, URL-safe, and not guessable from another entry's id. */
export function newEntryId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return `mc-${[...randomBytes(10)].map((b) => alphabet[b % 32]).join('')}`;
}

export type PublishProblem = 'title' | 'awardingBody' | 'issuerCountry' | 'invalid';

/**
 * What keeps a record from being published. The register shows incomplete descriptions with their
 * completeness rather than hide them, but an entry must at least say what it is, who awards it and
 * where, to be found and told apart.
 */
export function publishProblems(record: unknown): PublishProblem[] {
  const parsed = microcredentialDraftSchema.safeParse(record);
  if (!parsed.success) return ['invalid'];
  const r = parsed.data;
  const problems: PublishProblem[] = [];
  if (r.title === undefined) problems.push('title');
  if ((r.awardingBodies?.length ?? 0) === 0) problems.push('awardingBody');
  if ((r.issuerCountries?.length ?? 0) === 0) problems.push('issuerCountry');
  return problems;
}

/** A working copy as stored: checked again on the way out (a stored record is never trusted blind). */
export function recordOf(row: Pick<RegisterEntryRow, 'id' | 'record'>): MicrocredentialDraft {
  const parsed = microcredentialDraftSchema.safeParse(row.record);
  return { ...(parsed.success ? parsed.data : {}), id: row.id };
}

export function publishedOf(row: { id: string; published: unknown }): MicrocredentialDraft | undefined {
  if (row.published === null || row.published === undefined) return undefined;
  const parsed = microcredentialDraftSchema.safeParse(row.published);
  return parsed.success ? { ...parsed.data, id: row.id } : undefined;
}

export async function createEntry(
  db: Db,
  e: {
    record: MicrocredentialDraft;
    origin: RegisterEntryOrigin;
    providerId?: string | undefined;
    studyId?: number | undefined;
    sourceKey?: string | undefined;
    now: Date;
  },
): Promise<{ id: string; created: boolean }> {
  const id = newEntryId();
  return insertEntry(db, {
    id,
    record: { ...e.record, id },
    state: 'pending',
    origin: e.origin,
    providerId: e.providerId,
    studyId: e.studyId,
    sourceKey: e.sourceKey,
    now: e.now,
  });
}

/** A JSON value with the members of every object in code-point order, for comparing content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, canonical(record[key])]),
  );
}

/** A record as it reads once stored (JSON, without its id), in canonical order. */
const contentOf = (record: unknown): string => {
  const { id: _, ...content } = JSON.parse(JSON.stringify(record ?? {})) as Record<string, unknown>;
  return JSON.stringify(canonical(content));
};

/**
 * A provider's entry that says exactly what `record` says and still waits for its first review,
 * if there is one. A provider whose client retries a submission (its answer lost to a timeout,
 * say) sends the same description again: that is the same submission, and the review queue should
 * not hold it twice. Once reviewed (published, rejected, merged), the same description sent again
 * is a new submission. Call it in the transaction that would add the entry.
 */
export async function waitingTwin(
  db: Db,
  providerId: string,
  record: MicrocredentialDraft,
): Promise<string | undefined> {
  const wanted = contentOf(record);
  const filter = {
    providerIds: [providerId],
    states: ['pending'],
    origin: 'provider',
    published: false,
  } as const;
  const page = 500;
  for (let offset = 0; ; offset += page) {
    const rows = await listEntries(db, { ...filter, limit: page, offset });
    const twin = rows.find((row) => contentOf(row.record) === wanted);
    if (twin !== undefined) return twin.id;
    if (rows.length < page) return undefined;
  }
}

/**
 * Reads the study's consented repeat items into pending candidates. Running it again adds what is
 * new and refreshes candidates not reviewed yet; reviewed ones are left as they are.
 */
export async function harvestCandidates(
  db: Db,
  studyId: number,
  secret: string,
  now: Date,
): Promise<{ found: number; added: number }> {
  const items = await consentedRepeatItems(db, studyId, CONSENT);
  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const item of items) {
      const candidate = candidateFrom(item, studyId, secret);
      if (Object.keys(candidate.record).length === 0) continue;
      const result = await createEntry(trx, {
        record: candidate.record,
        origin: 'study',
        studyId,
        sourceKey: candidate.sourceKey,
        now,
      });
      if (result.created) added++;
    }
  });
  return { found: items.length, added };
}

export class RegisterError extends Error {
  constructor(
    readonly code: 'notFound' | 'notPublishable' | 'sameEntry' | 'notPublished',
    readonly problems: readonly PublishProblem[] = [],
  ) {
    super(code);
    this.name = 'RegisterError';
  }
}

/** Publishes an entry's working copy (changed to `record` first, when given). */
export async function publish(db: Db, id: string, now: Date, record?: MicrocredentialDraft): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findEntry(trx, id);
    if (row === undefined || row.state === 'merged') throw new RegisterError('notFound');
    const working = { ...(record ?? recordOf(row)), id };
    const problems = publishProblems(working);
    if (problems.length > 0) throw new RegisterError('notPublishable', problems);
    if (record !== undefined) await updateEntryRecord(trx, id, working, 'current', now);
    const published = publicRecord(working);
    await publishEntry(trx, id, { published, facets: facetsOf(published), now });
  });
}

/** Saves a working copy; `pending` asks for review, `current` is a curator's own change. */
export async function saveWorkingCopy(
  db: Db,
  id: string,
  record: MicrocredentialDraft,
  state: 'pending' | 'current',
  now: Date,
): Promise<void> {
  await updateEntryRecord(db, id, { ...record, id }, state, now);
}

export async function reject(db: Db, id: string, note: string | null, now: Date): Promise<void> {
  await setEntryState(db, id, 'rejected', now, note);
}

export async function withdraw(db: Db, id: string, now: Date): Promise<void> {
  await unpublishEntry(db, id, 'current', now);
}

/**
 * Merges `id` into `into`: `id` leaves the public register and its address leads to `into`. What
 * the duplicate adds is the curator's to copy over first (nothing is merged field by field blind).
 */
export async function merge(db: Db, id: string, into: string, now: Date): Promise<void> {
  if (id === into) throw new RegisterError('sameEntry');
  await db.transaction().execute(async (trx) => {
    const target = await findEntry(trx, into);
    if (target === undefined || target.state === 'merged') throw new RegisterError('notFound');
    const row = await findEntry(trx, id);
    if (row === undefined) throw new RegisterError('notFound');
    await unpublishEntry(trx, id, 'merged', now, { mergedInto: into });
  });
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly (RegisterHit & { record: MicrocredentialDraft })[];
  readonly facets: Record<RegisterFacet, { value: string; n: number }[]>;
}

/** One page of a search; `facets: false` skips the facet counts (exports and the API need none). */
export async function search(
  db: Db,
  req: SearchRequest,
  language: string,
  limit?: number,
  options: { facets?: boolean } = {},
): Promise<SearchResult> {
  const [found, facets] = await Promise.all([
    searchEntries(db, storeQuery(req, language, limit)),
    options.facets === false ? noFacets() : facetCounts(db, { words: req.words, filters: req.filters }),
  ]);
  return {
    total: found.total,
    hits: found.hits.flatMap((h) => {
      const record = publishedOf({ id: h.id, published: h.published });
      return record === undefined ? [] : [{ ...h, record }];
    }),
    facets,
  };
}

const noFacets = async () =>
  Object.fromEntries(registerFacets.map((f) => [f, []])) as unknown as SearchResult['facets'];

/** A provider's entry names the provider as its (first) awarding body's register record. */
/**
 * Stores a provider's record with the columns lists and search sort by, read from the record
 * itself: its name in English or else in its first language, its country and type.
 */
export async function saveProvider(db: Db, record: Provider, now: Date): Promise<void> {
  await upsertProvider(db, {
    id: record.id,
    record,
    name: record.name.en ?? Object.values(record.name)[0] ?? record.id,
    country: record.country,
    type: record.type,
    now,
  });
}

export function withProvider(record: MicrocredentialDraft, providerId: string): MicrocredentialDraft {
  const bodies = record.awardingBodies ?? [];
  if (bodies.length === 0) return record;
  return { ...record, awardingBodies: [{ ...bodies[0]!, providerId }, ...bodies.slice(1)] };
}

export interface PublicEntry {
  readonly id: string;
  readonly record: MicrocredentialDraft;
  readonly publishedAt: Date;
  readonly completeness: Completeness;
  /** Register entries that say they count towards this one. */
  readonly stackedBy: readonly { id: string; record: MicrocredentialDraft }[];
  /** The register entries among what this one stacks into (by id). */
  readonly stacksInto: ReadonlyMap<string, MicrocredentialDraft>;
}

/** A published entry for its page; a merged one answers with the entry it was merged into. */
export async function publicEntry(
  db: Db,
  id: string,
): Promise<{ entry: PublicEntry } | { redirect: string } | undefined> {
  const row = await findEntry(db, id);
  if (row === undefined) return undefined;
  if (row.state === 'merged' && row.merged_into !== null) return { redirect: row.merged_into };
  const record = publishedOf(row);
  if (record === undefined || row.published_at === null) return undefined;
  const stackedBy = (await entriesStackingInto(db, id)).flatMap((h) => {
    const r = publishedOf({ id: h.id, published: h.published });
    return r === undefined ? [] : [{ id: h.id, record: r }];
  });
  const stacksInto = new Map<string, MicrocredentialDraft>();
  for (const ref of record.stackability?.partOf ?? []) {
    if (ref.id === undefined || !/^mc-[a-z0-9]+$/.test(ref.id)) continue;
    const target = await findEntry(db, ref.id);
    const published = target === undefined ? undefined : publishedOf(target);
    if (published !== undefined) stacksInto.set(ref.id, published);
  }
  return {
    entry: {
      id,
      record,
      publishedAt: row.published_at,
      completeness: annexICompleteness(record),
      stackedBy,
      stacksInto,
    },
  };
}

export interface PublicProvider {
  readonly provider: Provider;
  /** Its published entries, by title. */
  readonly entries: readonly { id: string; record: MicrocredentialDraft }[];
}

/** A provider's public page: its record and its published microcredentials (who awards what). */
export async function publicProvider(db: Db, id: string): Promise<PublicProvider | undefined> {
  const row = await findProvider(db, id);
  const parsed = row === undefined ? undefined : providerSchema.safeParse(row.record);
  if (parsed === undefined || !parsed.success) return undefined;
  const entries = (await listEntries(db, { providerIds: [id], published: true, limit: 1000 }))
    .flatMap((e) => {
      const record = publishedOf(e);
      return record === undefined ? [] : [{ id: e.id, record, sort: e.title_sort ?? '' }];
    })
    .sort((a, b) => a.sort.localeCompare(b.sort))
    .map(({ id: entryId, record }) => ({ id: entryId, record }));
  return { provider: parsed.data, entries };
}
