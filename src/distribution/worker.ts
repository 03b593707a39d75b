import type { Logger } from 'pino';
import type { Mailer } from '../mail/index.ts';
import { addressRefused, smtpCodes } from '../mail/index.ts';
import type { DatabaseSchema, JobRow, MessageStatus, Store, Transaction } from '../store/index.ts';
import {
  claimJob,
  countAttempt,
  extendJobLease,
  failJob,
  findContact,
  finishJob,
  markInvited,
  plannedReminders,
  questionnaireClosed,
  queueInvitations,
  queueReminders,
  recordMessage,
  retryJob,
} from '../store/index.ts';
import type { MailKind } from './mail.ts';
import { composeMail } from './mail.ts';

export interface WorkerOptions {
  readonly store: Store;
  readonly mailer: Mailer | undefined;
  readonly secret: string;
  readonly publicUrl: string;
  readonly logger: Logger;
  readonly now: () => Date;
  /** E-mails per minute, shared by every process (counted in the database). */
  readonly mailsPerMinute: number;
  /** Other kinds of job, by kind (e.g. releases of results); a handler that throws is retried. */
  readonly handlers?: Readonly<Record<string, (job: JobRow) => Promise<void>>>;
}

const leaseMs = 5 * 60 * 1000;
const dayMs = 24 * 3600 * 1000;

/** Waiting time before attempt n+1: 30 s, 1 min, 2 min … at most an hour. */
export const backoffMs = (attempt: number) => Math.min(3600_000, 30_000 * 2 ** Math.max(0, attempt - 1));

/**
 * Attempts at an e-mail before it is given up: with `backoffMs`, the last comes a little over 23
 * hours after the first, so that a mail server down for most of a day delays a reminder rather
 * than loses it. An invitation still unsent then is queued again by "Send invitations"; a reminder
 * is not, the next planned one follows (ADR 0010).
 */
export const mailAttempts = 30;

/**
 * Queues an invitation for every contact of a questionnaire not yet invited, nor unsubscribed, nor
 * refused by the mail server for good; an invitation given up earlier (the mail server down past
 * `mailAttempts`, the questionnaire closed then) is queued again. Returns how many were queued, or
 * `closed`, queuing nothing, when the questionnaire has closed.
 */
export async function enqueueInvitations(
  store: Store,
  questionnaireId: number,
  now: Date,
): Promise<number | 'closed'> {
  if (await questionnaireClosed(store.db, questionnaireId, now)) return 'closed';
  return queueInvitations(store.db, questionnaireId, { now, maxAttempts: mailAttempts });
}

/**
 * Queues the reminders that are due. Of a questionnaire's planned days, only the last that has
 * come counts: when two have come at once (a plan saved late, a worker that was stopped), a
 * contact gets one reminder, not two in the same minute. It goes to each contact invited before
 * that day who has neither completed nor unsubscribed. The queue's unique keys make this safe to
 * run as often as wanted, from any number of processes.
 */
export async function scheduleReminders(store: Store, now: Date): Promise<number> {
  const latest = new Map<number, { daysBefore: number; due: Date }>();
  for (const plan of await plannedReminders(store.db, now)) {
    const due = new Date(plan.closesAt.getTime() - plan.daysBefore * dayMs);
    const other = latest.get(plan.questionnaireId);
    if (now >= due && (other === undefined || due > other.due))
      latest.set(plan.questionnaireId, { daysBefore: plan.daysBefore, due });
  }
  let queued = 0;
  for (const [questionnaireId, { daysBefore, due }] of latest)
    queued += await queueReminders(store.db, {
      questionnaireId,
      daysBefore,
      invitedBefore: due,
      now,
      maxAttempts: mailAttempts,
    });
  return queued;
}

/** Runs due jobs until none is left or `limit` have run; returns how many ran. */
export async function runDueJobs(options: WorkerOptions, limit = 100): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const now = options.now();
    const job = await claimJob(options.store.db, now, leaseMs);
    if (job === undefined) break;
    ran++;
    await runJob(options, job, now);
  }
  return ran;
}

async function runJob(options: WorkerOptions, job: JobRow, now: Date): Promise<void> {
  const { store } = options;
  if (job.kind !== 'mail') {
    await runOther(options, job, now);
    return;
  }
  const payload = job.payload as { contactId?: number; mail?: MailKind };
  const contact =
    payload.contactId === undefined ? undefined : await findContact(store.db, payload.contactId);
  const kind: MailKind = payload.mail === 'reminder' ? 'reminder' : 'invitation';
  // Checked when sending, not when queued: whoever completed or unsubscribed since gets nothing.
  if (contact === undefined) {
    await finishJob(store.db, job.id, now);
    return;
  }
  /** Records what became of this attempt, in the transaction that ends or defers the job. */
  const record = (trx: Transaction<DatabaseSchema>, status: MessageStatus, error?: string) =>
    recordMessage(trx, {
      contactId: contact.id,
      kind,
      status,
      attempt: job.attempts,
      at: now,
      ...(error === undefined ? {} : { error }),
    });
  if (contact.unsubscribed_at !== null || contact.completed_on !== null) {
    await store.db.transaction().execute(async (trx) => {
      await record(trx, 'skipped');
      await finishJob(trx, job.id, now);
    });
    return;
  }
  if (options.mailer === undefined) {
    await retryJob(
      store.db,
      job.id,
      new Date(now.getTime() + 5 * 60_000),
      'no SMTP server configured',
      false,
    );
    return;
  }
  const composed = await composeMail(store, options, contact, kind, now);
  if (!composed.ok) {
    if (composed.reason === 'notOpen')
      // Held until the questionnaire opens, without using an attempt; looked at again within the
      // hour, in case the opening is moved earlier meanwhile.
      await retryJob(
        store.db,
        job.id,
        new Date(Math.min(composed.opensAt.getTime(), now.getTime() + 3600_000)),
        null,
        false,
      );
    else if (composed.reason === 'closed')
      // Given up, not done: queued again from the console if the closing date is moved later.
      await store.db.transaction().execute(async (trx) => {
        await record(trx, 'closed');
        await failJob(trx, job.id, now, 'the questionnaire has closed');
      });
    else await failJob(store.db, job.id, now, 'the questionnaire has no published version');
    return;
  }
  const { message } = composed;
  // Counted only for what is about to be sent: mail held or not sent uses none of the rate.
  const sentThisMinute = await countAttempt(store.db, 'mail-rate', now, 60);
  if (sentThisMinute > options.mailsPerMinute) {
    const nextMinute = new Date((Math.floor(now.getTime() / 60_000) + 1) * 60_000);
    await retryJob(store.db, job.id, nextMinute, null, false);
    return;
  }
  try {
    await options.mailer.send(message);
  } catch (error) {
    // The server's words may quote the address: they go to the message record, not to the log.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const smtp = smtpCodes(error);
    // A recipient refused for good is not tried again: the next attempt would be refused the same way.
    const refused = addressRefused(smtp);
    const last = refused || job.attempts >= job.max_attempts;
    await store.db.transaction().execute(async (trx) => {
      await record(trx, refused ? 'refused' : 'failed', detail);
      if (last) await failJob(trx, job.id, now, detail);
      else await retryJob(trx, job.id, new Date(now.getTime() + backoffMs(job.attempts)), detail);
    });
    options.logger.warn(
      { job: job.id, attempt: job.attempts, smtp, final: last },
      'an e-mail could not be sent',
    );
    return;
  }
  await store.db.transaction().execute(async (trx) => {
    await record(trx, 'sent');
    if (kind === 'invitation') await markInvited(trx, contact.id, now);
    await finishJob(trx, job.id, now);
  });
}

async function runOther(options: WorkerOptions, job: JobRow, now: Date): Promise<void> {
  const { store } = options;
  const handler = options.handlers?.[job.kind];
  if (handler === undefined) {
    await failJob(store.db, job.id, now, `unknown job kind ${job.kind}`);
    return;
  }
  try {
    // Such jobs may take minutes (every table of a release is audited): an hour's lease.
    await extendJobLease(store.db, job.id, new Date(now.getTime() + 3600_000));
    await handler(job);
    await finishJob(store.db, job.id, options.now());
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const last = job.attempts >= job.max_attempts;
    if (last) await failJob(store.db, job.id, now, detail);
    else await retryJob(store.db, job.id, new Date(now.getTime() + backoffMs(job.attempts)), detail);
    options.logger.warn({ job: job.id, kind: job.kind, attempt: job.attempts, final: last }, 'a job failed');
  }
}

/** Runs the queue in the background: due jobs run every `intervalMs`, reminders planned every minute. */
export function startWorker(options: WorkerOptions, intervalMs = 2000): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  /** Reminders are planned by the day: looking once a minute is often enough. */
  let scheduledAt = Number.NEGATIVE_INFINITY;
  const tick = () => {
    if (running !== undefined || stopped) return;
    running = (async () => {
      try {
        const now = options.now();
        if (now.getTime() - scheduledAt >= 60_000) {
          await scheduleReminders(options.store, now);
          scheduledAt = now.getTime();
        }
        await runDueJobs(options);
      } catch (err) {
        options.logger.warn({ err }, 'the job queue could not run');
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
