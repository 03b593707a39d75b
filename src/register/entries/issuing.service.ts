/**
 * The register serving a provider end to end: a published entry's microcredential awarded to a
 * learner as a signed Open Badges 3.0 credential, under its awarding body's own key, with a place on
 * the awarding body's Bitstring Status List so that it can be revoked; and those lists, signed, for
 * anyone to check. credmap keeps no learner data: the credential is handed over, not stored, and the
 * register remembers only its id, entry, list place and dates.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { Store } from '../../store/index.ts';
import {
  allocateStatusIndex,
  ensureIssuerKey,
  findEntry,
  findIssued,
  findIssuerKey,
  findProvider,
  findStatusList,
  insertIssued,
  lockStatusList,
  markRevoked,
  parseRowId,
  saveStatusBits,
} from '../../store/index.ts';
import type { JsonObject, Learner, StoredIssuerKey } from '../credentials/index.ts';
import {
  generateIssuerKey,
  issueOpenBadge,
  issueStatusListCredential,
  loadIssuerKey,
  setStatus,
} from '../credentials/index.ts';
import { microcredentialSchema, providerSchema } from '../model/index.ts';
import { publishedOf } from './entries.service.ts';

type Db = Store['db'];

/** 131,072 entries per list: the smallest the Bitstring Status List allows (herd privacy). */
export const STATUS_LIST_BITS = 131_072;

export const statusListUrl = (publicUrl: string, listId: number) =>
  `${publicUrl}/api/v1/register/status/${listId}`;

export class IssuingError extends Error {
  constructor(
    readonly code: 'notPublished' | 'noProvider' | 'incomplete' | 'noLearner' | 'notFound' | 'alreadyRevoked',
    readonly fields: readonly string[] = [],
  ) {
    super(code);
    this.name = 'IssuingError';
  }
}

/** The awarding body's key, made the first time it is needed. */
async function issuerKeyOf(db: Db, providerId: string, now: Date) {
  const known = await findIssuerKey(db, providerId);
  if (known !== undefined) return loadIssuerKey(known.key as StoredIssuerKey);
  const fresh = await generateIssuerKey();
  const kept = await ensureIssuerKey(db, providerId, { did: fresh.did, key: fresh }, now);
  return loadIssuerKey(kept.key as StoredIssuerKey);
}

/**
 * What an entry lacks to be awarded: every mandatory Annex I element the register records (a
 * credential is a promise about the learning; it should say all of it).
 */
export function issuingGaps(record: unknown): string[] {
  const parsed = microcredentialSchema.safeParse(record);
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
}

export async function issueCredential(
  db: Db,
  input: {
    entryId: string;
    /** The provider the request speaks for: the entry must be its own. */
    providerId: string;
    learner: Learner;
    issuedBy: string;
    publicUrl: string;
    language: string;
    now: Date;
  },
): Promise<{ id: string; credential: JsonObject }> {
  const row = await findEntry(db, input.entryId);
  const record = row === undefined ? undefined : publishedOf(row);
  if (row === undefined || row.provider_id !== input.providerId) throw new IssuingError('notFound');
  if (record === undefined) throw new IssuingError('notPublished');
  const gaps = issuingGaps(record);
  if (gaps.length > 0) throw new IssuingError('incomplete', gaps);
  if (
    (input.learner.name ?? '') === '' &&
    (input.learner.email ?? '') === '' &&
    (input.learner.id ?? '') === ''
  )
    throw new IssuingError('noLearner');
  const provider = await findProvider(db, input.providerId);
  const profile = provider === undefined ? undefined : providerSchema.safeParse(provider.record);
  if (provider === undefined || profile === undefined || !profile.success)
    throw new IssuingError('noProvider');
  const issuerKey = await issuerKeyOf(db, provider.id, input.now);
  const full = microcredentialSchema.parse(record);
  const id = `urn:uuid:${randomUUID()}`;
  return db.transaction().execute(async (trx) => {
    const slot = await allocateStatusIndex(trx, provider.id, STATUS_LIST_BITS, input.now, (n) =>
      randomInt(n),
    );
    const name = profile.data.name;
    const credential = await issueOpenBadge({
      record: full,
      achievementId: `${input.publicUrl}/${input.language}/register/${row.id}`,
      learner: input.learner,
      issuerKey,
      issuer: {
        name: name[input.language] ?? name.en ?? Object.values(name)[0] ?? provider.name,
        ...(profile.data.homepage === undefined ? {} : { url: profile.data.homepage }),
      },
      credentialId: id,
      validFrom: input.now.toISOString(),
      status: { listUrl: statusListUrl(input.publicUrl, slot.listId), index: slot.index },
      lang: input.language,
    });
    await insertIssued(trx, {
      id,
      entry_id: row.id,
      provider_id: provider.id,
      list_id: slot.listId,
      list_index: slot.index,
      issued_at: input.now,
      issued_by: input.issuedBy,
    });
    return { id, credential };
  });
}

/** The ids issueCredential gives. */
const credentialIdPattern = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Sets the credential's bit on its list; a verifier reading the list from then on sees it revoked. */
export async function revokeCredential(db: Db, id: string, providerId: string, now: Date): Promise<void> {
  // Only ids this register makes are looked up: anything else (a NUL, which the database cannot
  // even compare) names no credential.
  if (!credentialIdPattern.test(id)) throw new IssuingError('notFound');
  await db.transaction().execute(async (trx) => {
    const issued = await findIssued(trx, id);
    if (issued === undefined || issued.provider_id !== providerId) throw new IssuingError('notFound');
    if (issued.revoked_at !== null) throw new IssuingError('alreadyRevoked');
    const list = await lockStatusList(trx, issued.list_id);
    if (list === undefined) throw new IssuingError('notFound');
    const bits = setStatus({ bits: list.bits, length: list.size }, issued.list_index, true).bits;
    await saveStatusBits(trx, list.id, bits, now);
    await markRevoked(trx, id, now);
  });
}

/**
 * A status list as its signed BitstringStatusListCredential. It is valid for a day from its last
 * change's signing, so that caches fetch it again; verifiers read revocations from it.
 */
/**
 * Signed status lists kept for a while, by list and address. A list is fetched by every verifier of
 * every credential on it, and signing it costs milliseconds of CPU (about 13 ms on the embedded
 * database): a list whose bits and key have not changed is served as it was signed for up to five
 * minutes, then signed again with a new `validFrom`. A revocation changes the bits, so it is served
 * at once.
 */
const signedLists = new Map<string, { fingerprint: string; signedAt: number; credential: JsonObject }>();
const KEEP_SIGNED_MS = 5 * 60 * 1000;

export async function statusListCredential(
  db: Db,
  listId: number,
  publicUrl: string,
  now: Date,
): Promise<JsonObject | undefined> {
  const list = await findStatusList(db, listId);
  if (list === undefined) return undefined;
  const slot = `${listId}\u0000${publicUrl}`;
  const known = await findIssuerKey(db, list.providerId);
  const fingerprint = `${known?.did ?? ''}\u0000${createHash('sha256').update(list.bits).digest('hex')}`;
  const kept = signedLists.get(slot);
  const age = now.getTime() - (kept?.signedAt ?? Number.NaN);
  if (known !== undefined && kept?.fingerprint === fingerprint && age >= 0 && age < KEEP_SIGNED_MS)
    return kept.credential;
  const issuerKey = await issuerKeyOf(db, list.providerId, now);
  const credential = await issueStatusListCredential({
    url: statusListUrl(publicUrl, list.id),
    issuerKey,
    list: { bits: list.bits, length: list.size },
    validFrom: now.toISOString(),
    validUntil: new Date(now.getTime() + 24 * 3600 * 1000).toISOString(),
  });
  // A bound all the same: a register has a list per provider, a handful of thousands at most.
  if (signedLists.size >= 10_000) signedLists.clear();
  if (known !== undefined) signedLists.set(slot, { fingerprint, signedAt: now.getTime(), credential });
  return credential;
}

/**
 * The status lists of this register that a credential points to, signed as served, so that a
 * credential credmap issued is checked for revocation on credmap's own check page without any
 * fetch. Lists elsewhere stay out of reach ("could not check"), as the verifier reports them.
 */
export async function ownStatusLists(
  db: Db,
  credentialText: string,
  publicUrl: string,
  now: Date,
): Promise<ReadonlyMap<string, unknown>> {
  const lists = new Map<string, unknown>();
  let credential: unknown;
  try {
    // As the verifier reads it: white space and a byte-order mark around the JSON are not part of it.
    credential = JSON.parse(credentialText.trim());
  } catch {
    return lists;
  }
  const status = (credential as { credentialStatus?: unknown } | null)?.credentialStatus;
  const prefix = statusListUrl(publicUrl, 0).replace(/0$/, '');
  // A credential names a list or two; a few more are looked up at most, however many it names.
  const entries = (Array.isArray(status) ? status : [status]).slice(0, 8);
  for (const entry of entries) {
    const url = (entry as { statusListCredential?: unknown } | null)?.statusListCredential;
    if (typeof url !== 'string' || !url.startsWith(prefix) || lists.has(url)) continue;
    // A number no list can have (past the database's integer, say) names no list of ours.
    const id = parseRowId(url.slice(prefix.length));
    if (id === undefined) continue;
    const list = await statusListCredential(db, id, publicUrl, now);
    if (list !== undefined) lists.set(url, list);
    if (lists.size >= 4) break;
  }
  return lists;
}
