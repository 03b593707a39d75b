import type { Kysely, Transaction } from 'kysely';
import type { AuditEventRow, DatabaseSchema } from './tables.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface AuditEntry {
  readonly accountId: number | null;
  /** Who, as shown in the log: the account's name at the time, or "credmap" for the command line. */
  readonly actor: string;
  readonly studyId: number | null;
  readonly action: string;
  readonly detail?: Record<string, unknown>;
}

/** Written in the transaction of the change it records, so the log never claims what did not happen. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      account_id: entry.accountId,
      actor: entry.actor,
      study_id: entry.studyId,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** The newest events first, for a study or (studyId null) for the installation. */
export async function auditEvents(
  db: Db,
  studyId: number | null,
  options: { limit: number; before?: number | undefined },
): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_event').selectAll();
  query = studyId === null ? query.where('study_id', 'is', null) : query.where('study_id', '=', studyId);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}
