import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { AccountRow, ApiTokenRow, DatabaseSchema, MembershipRow, Role } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export async function countAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findAccount(db: Db, id: number): Promise<AccountRow | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Creates an account, or returns the one with this e-mail address unchanged. */
export async function ensureAccount(
  db: Db,
  account: { email: string; name: string; language?: string },
): Promise<{ account: AccountRow; created: boolean }> {
  const inserted = await db
    .insertInto('account')
    .values({ email: account.email.toLowerCase(), name: account.name, language: account.language ?? 'en' })
    .onConflict((oc) => oc.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted !== undefined) return { account: inserted, created: true };
  return { account: (await findAccountByEmail(db, account.email))!, created: false };
}

export async function setPasswordHash(db: Db, accountId: number, hash: string): Promise<void> {
  await db.updateTable('account').set({ password_hash: hash }).where('id', '=', accountId).execute();
}

export async function setAccountLanguage(db: Db, accountId: number, language: string): Promise<void> {
  await db.updateTable('account').set({ language }).where('id', '=', accountId).execute();
}

/** Every role an account holds: in one study, and installation-wide (study_id null). */
export async function membershipsOf(db: Db, accountId: number): Promise<MembershipRow[]> {
  return db.selectFrom('membership').selectAll().where('account_id', '=', accountId).execute();
}

export async function setMembership(
  db: Db,
  m: { accountId: number; studyId: number | null; role: Role; languages?: readonly string[] },
): Promise<void> {
  const languages = (m.languages ?? []).join(',');
  await removeMembership(db, m.accountId, m.studyId);
  await db
    .insertInto('membership')
    .values({ account_id: m.accountId, study_id: m.studyId, role: m.role, languages })
    .execute();
}

export async function removeMembership(db: Db, accountId: number, studyId: number | null): Promise<void> {
  await db
    .deleteFrom('membership')
    .where('account_id', '=', accountId)
    .where(studyId === null ? sql<boolean>`study_id is null` : sql<boolean>`study_id = ${studyId}`)
    .execute();
}

export interface Member {
  readonly accountId: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly languages: readonly string[];
  /** The role holds in every study. */
  readonly everyStudy: boolean;
  readonly active: boolean;
}

/** Who holds a role in a study, directly or installation-wide. */
export async function membersOf(db: Db, studyId: number): Promise<Member[]> {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('account as a', 'a.id', 'm.account_id')
    .select([
      'a.id',
      'a.email',
      'a.name',
      'a.password_hash',
      'a.disabled_at',
      'm.role',
      'm.languages',
      'm.study_id',
    ])
    .where((eb) => eb.or([eb('m.study_id', '=', studyId), eb('m.study_id', 'is', null)]))
    .orderBy('a.name')
    .execute();
  return rows.map((r) => ({
    accountId: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    languages: r.languages === '' ? [] : r.languages.split(','),
    everyStudy: r.study_id === null,
    active: r.password_hash !== null && r.disabled_at === null,
  }));
}

export async function insertSession(
  db: Db,
  s: { id: string; accountId: number; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('account_session')
    .values({
      id: s.id,
      account_id: s.accountId,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      created_at: s.now,
    })
    .execute();
}

/** The session and its account, if the session has not expired and the account is active. */
export async function findSession(
  db: Db,
  id: string,
  now: Date,
): Promise<{ account: AccountRow; createdAt: Date; lastSeenAt: Date } | undefined> {
  const row = await db
    .selectFrom('account_session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .selectAll('a')
    .select(['s.created_at as session_created_at', 's.last_seen_at as session_last_seen_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { session_created_at, session_last_seen_at, ...account } = row;
  return { account, createdAt: session_created_at, lastSeenAt: session_last_seen_at };
}

export async function touchSession(db: Db, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('account_session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('account_session').where('id', '=', id).execute();
}

/** Ends every session of an account (after a password change, or when it is disabled). */
export async function deleteSessionsOf(db: Db, accountId: number): Promise<void> {
  await db.deleteFrom('account_session').where('account_id', '=', accountId).execute();
}

export async function purgeSessions(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('account_session').where('expires_at', '<=', now).execute();
}

export async function insertAccountLink(
  db: Db,
  link: { id: string; accountId: number | null; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('account_link')
    .values({ id: link.id, account_id: link.accountId, expires_at: link.expiresAt })
    .execute();
}

/** A link that has not been used and has not expired. */
export async function findAccountLink(
  db: Db,
  id: string,
  now: Date,
): Promise<{ accountId: number | null } | undefined> {
  const row = await db
    .selectFrom('account_link')
    .select('account_id')
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row === undefined ? undefined : { accountId: row.account_id };
}

/** Uses a link once: true only for the request that used it first. */
export async function useAccountLink(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('account_link')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertApiToken(
  db: Db,
  t: { accountId: number; name: string; tokenHash: string },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_token')
    .values({ account_id: t.accountId, name: t.name, token_hash: t.tokenHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function apiTokensOf(db: Db, accountId: number): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('id')
    .execute();
}

export async function revokeApiToken(db: Db, accountId: number, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_token')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The account a bearer token belongs to, if the token is live; notes when it was last used. */
export async function accountByApiToken(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<AccountRow | undefined> {
  const row = await db
    .updateTable('api_token')
    .set({ last_used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .returning('account_id')
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const account = await findAccount(db, row.account_id);
  return account?.disabled_at === null ? account : undefined;
}
