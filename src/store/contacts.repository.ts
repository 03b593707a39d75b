import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { ContactRow, DatabaseSchema, MessageStatus } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface NewContact {
  readonly email: string;
  readonly language: string;
  readonly country: string | null;
  readonly tokenSalt: string;
  readonly tokenHash: string;
}

/** Adds contacts to a questionnaire; an address already there is left as it is. Returns how many were new. */
export async function insertContacts(
  db: Db,
  questionnaireId: number,
  contacts: readonly NewContact[],
): Promise<number> {
  let added = 0;
  // In slices, so a list of tens of thousands stays within the parameter limit of one statement.
  for (let i = 0; i < contacts.length; i += 1000) {
    const rows = await db
      .insertInto('contact')
      .values(
        contacts.slice(i, i + 1000).map((c) => ({
          questionnaire_id: questionnaireId,
          email: c.email,
          language: c.language,
          country: c.country,
          token_salt: c.tokenSalt,
          token_hash: c.tokenHash,
        })),
      )
      .onConflict((oc) => oc.columns(['questionnaire_id', 'email']).doNothing())
      .returning('id')
      .execute();
    added += rows.length;
  }
  return added;
}

export async function findContact(db: Db, id: number): Promise<ContactRow | undefined> {
  return db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findContactByToken(db: Db, tokenHash: string): Promise<ContactRow | undefined> {
  return db.selectFrom('contact').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Ties a new response to the invitation it came from, unless the invitation is completed. A person
 * may open their link on a second device before finishing on the first: whichever response they
 * complete completes the invitation.
 */
export async function startInvitedResponse(
  db: Db,
  contactId: number,
  responseId: string,
  now: Date,
): Promise<boolean> {
  const used = await db
    .updateTable('contact')
    .set((eb) => ({ started_at: eb.fn.coalesce('started_at', eb.val(now)) }))
    .where('id', '=', contactId)
    .where('completed_on', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return false;
  await db.updateTable('response').set({ contact_id: contactId }).where('id', '=', responseId).execute();
  return true;
}

/**
 * At completion: the invitation is marked done (by day only) and the response forgets it, so no
 * table links a person to their answers any more. The contact's start goes too: it was the
 * response's own `started_at` to the millisecond, a key to join the two on.
 */
export async function completeInvitation(db: Db, responseId: string, day: string): Promise<void> {
  const row = await db
    .selectFrom('response')
    .select('contact_id')
    .where('id', '=', responseId)
    .executeTakeFirst();
  if (row?.contact_id == null) return;
  await db
    .updateTable('contact')
    .set({ completed_on: day, started_at: null })
    .where('id', '=', row.contact_id)
    .execute();
  await db.updateTable('response').set({ contact_id: null }).where('id', '=', responseId).execute();
}

/** A response withdrawn before completion frees its invitation again. */
export async function releaseInvitation(db: Db, responseId: string): Promise<void> {
  const row = await db
    .selectFrom('response')
    .select('contact_id')
    .where('id', '=', responseId)
    .executeTakeFirst();
  if (row?.contact_id == null) return;
  await db.updateTable('contact').set({ started_at: null }).where('id', '=', row.contact_id).execute();
}

export async function unsubscribeContact(db: Db, contactId: number, now: Date): Promise<void> {
  await db
    .updateTable('contact')
    .set({ unsubscribed_at: now })
    .where('id', '=', contactId)
    .where('unsubscribed_at', 'is', null)
    .execute();
}

export async function markInvited(db: Db, contactId: number, now: Date): Promise<void> {
  await db
    .updateTable('contact')
    .set({ invited_at: now })
    .where('id', '=', contactId)
    .where('invited_at', 'is', null)
    .execute();
}

export interface ContactCounts {
  readonly contacts: number;
  readonly invited: number;
  readonly started: number;
  readonly completed: number;
  readonly unsubscribed: number;
}

export async function contactCounts(db: Db, questionnaireId: number): Promise<ContactCounts> {
  const row = await db
    .selectFrom('contact')
    .select((eb) => [
      eb.fn.countAll<number>().as('contacts'),
      eb.fn.count<number>('invited_at').as('invited'),
      // Started: in progress, or completed (which forgets when it started).
      sql<number>`count(*) filter (where started_at is not null or completed_on is not null)`.as('started'),
      eb.fn.count<number>('completed_on').as('completed'),
      eb.fn.count<number>('unsubscribed_at').as('unsubscribed'),
    ])
    .where('questionnaire_id', '=', questionnaireId)
    .executeTakeFirstOrThrow();
  return {
    contacts: Number(row.contacts),
    invited: Number(row.invited),
    started: Number(row.started),
    completed: Number(row.completed),
    unsubscribed: Number(row.unsubscribed),
  };
}

/** What an address the mail server refused for good rules out: it is not tried again (ADR 0010). */
const notRefused = sql`not exists (select 1 from message m where m.contact_id = c.id and m.status = 'refused')`;

/**
 * Queues, in one statement, an invitation for every contact of a questionnaire not yet invited,
 * not unsubscribed and whose address was not refused; an invitation given up before (its job
 * failed) is queued again from its first attempt, one still to run or running is left alone.
 * Returns how many were queued.
 */
export async function queueInvitations(
  db: Db,
  questionnaireId: number,
  options: { readonly now: Date; readonly maxAttempts: number },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into job (kind, payload, run_at, unique_key, max_attempts)
    select 'mail', jsonb_build_object('contactId', c.id, 'mail', 'invitation'), ${options.now},
      'invitation:' || c.id, ${options.maxAttempts}
    from contact c
    where c.questionnaire_id = ${questionnaireId} and c.invited_at is null and c.unsubscribed_at is null
      and ${notRefused}
    order by c.id
    on conflict (unique_key) do update
      set failed_at = null, attempts = 0, max_attempts = excluded.max_attempts, run_at = excluded.run_at,
        locked_until = null
      where job.failed_at is not null
    returning id`.execute(db);
  return rows.length;
}

/**
 * Queues, in one statement, the reminder `daysBefore` for every contact invited before
 * `invitedBefore` who has neither completed nor unsubscribed and whose address was not refused,
 * unless it has been queued already. Returns how many were queued.
 */
export async function queueReminders(
  db: Db,
  plan: {
    readonly questionnaireId: number;
    readonly daysBefore: number;
    readonly invitedBefore: Date;
    readonly now: Date;
    readonly maxAttempts: number;
  },
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into job (kind, payload, run_at, unique_key, max_attempts)
    select 'mail', jsonb_build_object('contactId', c.id, 'mail', 'reminder', 'daysBefore', ${plan.daysBefore}::integer),
      ${plan.now}, 'reminder:' || c.id || ':' || ${plan.daysBefore}::integer, ${plan.maxAttempts}
    from contact c
    where c.questionnaire_id = ${plan.questionnaireId} and c.invited_at < ${plan.invitedBefore}
      and c.completed_on is null and c.unsubscribed_at is null and ${notRefused}
      and not exists (select 1 from job j where j.unique_key = 'reminder:' || c.id || ':' || ${plan.daysBefore}::integer)
    order by c.id
    on conflict (unique_key) do nothing
    returning id`.execute(db);
  return rows.length;
}

export async function reminderPlan(db: Db, questionnaireId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('reminder_plan')
    .select('days_before')
    .where('questionnaire_id', '=', questionnaireId)
    .orderBy('days_before', 'desc')
    .execute();
  return rows.map((r) => r.days_before);
}

export async function setReminderPlan(
  db: Db,
  questionnaireId: number,
  days: readonly number[],
): Promise<void> {
  await db.deleteFrom('reminder_plan').where('questionnaire_id', '=', questionnaireId).execute();
  if (days.length > 0)
    await db
      .insertInto('reminder_plan')
      .values([...new Set(days)].map((d) => ({ questionnaire_id: questionnaireId, days_before: d })))
      .execute();
}

/** Questionnaires with a reminder plan and a closing date still ahead. */
export async function plannedReminders(
  db: Db,
  now: Date,
): Promise<{ questionnaireId: number; closesAt: Date; daysBefore: number }[]> {
  const rows = await db
    .selectFrom('reminder_plan as p')
    .innerJoin('questionnaire as q', 'q.id', 'p.questionnaire_id')
    .select(['q.id', 'q.closes_at', 'p.days_before'])
    .where('q.closes_at', '>', now)
    .execute();
  return rows.map((r) => ({ questionnaireId: r.id, closesAt: r.closes_at!, daysBefore: r.days_before }));
}

/** Every message sent or failed for a questionnaire's contacts, newest first. */
export async function messageLog(
  db: Db,
  questionnaireId: number,
  limit: number,
): Promise<
  { email: string; kind: string; status: MessageStatus; attempt: number; at: Date; error: string | null }[]
> {
  return db
    .selectFrom('message as m')
    .innerJoin('contact as c', 'c.id', 'm.contact_id')
    .select(['c.email', 'm.kind', 'm.status', 'm.attempt', 'm.at', 'm.error'])
    .where('c.questionnaire_id', '=', questionnaireId)
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
}

export async function messageCounts(
  db: Db,
  questionnaireId: number,
): Promise<{ kind: string; status: MessageStatus; n: number }[]> {
  const rows = await db
    .selectFrom('message as m')
    .innerJoin('contact as c', 'c.id', 'm.contact_id')
    .select((eb) => ['m.kind', 'm.status', eb.fn.countAll<number>().as('n')])
    .where('c.questionnaire_id', '=', questionnaireId)
    .groupBy(['m.kind', 'm.status'])
    .execute();
  return rows.map((r) => ({ kind: r.kind, status: r.status, n: Number(r.n) }));
}

/**
 * E-mails to a questionnaire's contacts given up for good: refused, stopped by the closing date, or
 * out of attempts. One each, however many attempts it took; one queued again is not counted.
 */
export async function givenUpMails(db: Db, questionnaireId: number): Promise<number> {
  const { rows } = await sql<{ n: string | number }>`
    select count(*) as n from job j
    join contact c on c.id = (j.payload->>'contactId')::integer
    where j.kind = 'mail' and j.failed_at is not null and c.questionnaire_id = ${questionnaireId}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

export async function recordMessage(
  db: Db,
  m: {
    contactId: number;
    kind: string;
    status: MessageStatus;
    attempt: number;
    at: Date;
    error?: string;
  },
): Promise<void> {
  await db
    .insertInto('message')
    .values({
      contact_id: m.contactId,
      kind: m.kind,
      status: m.status,
      attempt: m.attempt,
      at: m.at,
      error: m.error ?? null,
    })
    .execute();
}

/** Deletes every contact of a questionnaire (their message records go with them); returns how many. */
export async function deleteContactsOf(db: Db, questionnaireId: number): Promise<number> {
  const result = await db
    .deleteFrom('contact')
    .where('questionnaire_id', '=', questionnaireId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
