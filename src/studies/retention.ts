import { studySchema } from '../questionnaire/index.ts';
import type { Store } from '../store/index.ts';
import {
  deleteContactsOf,
  deleteResponsesOf,
  listQuestionnaires,
  listStudies,
  recordAudit,
} from '../store/index.ts';

export interface Purged {
  readonly study: string;
  readonly questionnaire: string;
  readonly responses: number;
  readonly contacts: number;
}

class DryRun extends Error {}

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/**
 * Deletes what a study no longer may keep: the responses of questionnaires closed longer ago than
 * the study's `privacy.retentionMonths`, and invitation contacts `privacy.contactRetentionDays`
 * after closing. Questionnaires without a closing date keep everything. Each deletion is in the
 * audit log. With `dryRun`, counts what would go and deletes nothing.
 */
export async function purgeExpired(
  store: Store,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<Purged[]> {
  const purged: Purged[] = [];
  try {
    await store.db.transaction().execute(async (trx) => {
      for (const row of await listStudies(trx)) {
        const study = studySchema.parse(row.definition);
        for (const q of await listQuestionnaires(trx, row.id)) {
          if (q.closes_at === null) continue;
          const answersDue = now >= addMonths(q.closes_at, study.privacy.retentionMonths);
          const contactsDue =
            now.getTime() >= q.closes_at.getTime() + study.privacy.contactRetentionDays * 86_400_000;
          const responses = answersDue ? await deleteResponsesOf(trx, q.id) : 0;
          const contacts = contactsDue ? await deleteContactsOf(trx, q.id) : 0;
          if (responses + contacts === 0) continue;
          purged.push({ study: row.slug, questionnaire: q.slug, responses, contacts });
          await recordAudit(trx, {
            accountId: null,
            actor: 'credmap purge',
            studyId: row.id,
            action: 'retention.purge',
            detail: { questionnaire: q.slug, responses, contacts },
          });
        }
      }
      if (options.dryRun === true) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return purged;
}
