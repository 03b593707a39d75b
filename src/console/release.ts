import type { ReleaseGrouping } from '../analysis/index.ts';
import { buildRelease, tableParts, tabulable } from '../analysis/index.ts';
import type { Model, Question } from '../questionnaire/index.ts';
import { studySchema } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import type { JobRow, Store, StudyRow } from '../store/index.ts';
import { findStudyById, insertRelease, listQuestionnaires, recordAudit } from '../store/index.ts';

/** The queue's name for a release made in the background. */
export const releaseJobKind = 'results.release';

/** Who asked for a release, as the audit log records people. */
export interface Releaser {
  readonly accountId: number | null;
  readonly name: string;
}

/** The questionnaires of a study with the current version of each. */
export async function studyModels(
  store: Store,
  catalog: Catalog,
  study: StudyRow,
): Promise<{ id: number; slug: string; model: Model }[]> {
  const out: { id: number; slug: string; model: Model }[] = [];
  for (const row of await listQuestionnaires(store.db, study.id)) {
    const ref = await catalog.find(study.slug, row.slug);
    if (ref !== undefined) out.push({ id: row.id, slug: row.slug, model: ref.model });
  }
  return out;
}

/**
 * What a release of the study would hold: every tabulable question, once, by every breakdown the
 * questionnaires allow. `tables` is its cost: each table is counted and audited on its own.
 */
export function releasePlan(instruments: readonly { model: Model }[]): {
  questions: { question: Question; perItem: boolean }[];
  groupings: ReleaseGrouping[];
  tables: number;
} {
  const questions = new Map<string, { question: Question; perItem: boolean }>();
  for (const { model } of instruments)
    for (const q of model.questions.values())
      if (tabulable(q) && !questions.has(q.id))
        questions.set(q.id, { question: q, perItem: model.groupOf.get(q.id) !== undefined });
  const hasTargetGroup = instruments.some((i) => i.model.questions.has('target_group'));
  // A country breakdown needs a `country` question of the country type, asked once per response.
  const hasCountry = instruments.some(
    (i) =>
      i.model.questions.get('country')?.type === 'country' && i.model.groupOf.get('country') === undefined,
  );
  const groupings: ReleaseGrouping[] = [
    'none',
    ...(hasTargetGroup ? (['target_group'] as const) : []),
    'language',
    ...(hasCountry ? (['country'] as const) : []),
  ];
  const perGrouping = [...questions.values()].reduce((n, { question }) => n + tableParts(question).length, 0);
  return { questions: [...questions.values()], groupings, tables: perGrouping * groupings.length };
}

/** Computes, protects and stores a release of the study's results, and records it in the audit log. */
export async function makeRelease(
  store: Store,
  catalog: Catalog,
  study: StudyRow,
  by: Releaser,
  now: () => Date,
): Promise<number> {
  const settings = studySchema.parse(study.definition);
  const instruments = await studyModels(store, catalog, study);
  const plan = releasePlan(instruments);
  const content = await buildRelease(store, {
    studyId: study.id,
    questionnaires: instruments.map((i) => ({ id: i.id, slug: i.slug })),
    threshold: settings.disclosureThreshold,
    questions: plan.questions,
    groupings: plan.groupings,
    groupOrder: { language: settings.languages },
  });
  return store.db.transaction().execute(async (trx) => {
    const id = await insertRelease(trx, { studyId: study.id, releasedBy: by.name, content, now: now() });
    await recordAudit(trx, {
      accountId: by.accountId,
      actor: by.name,
      studyId: study.id,
      action: 'results.release',
      detail: { release: id, tables: content.tables.length, threshold: content.threshold },
    });
    return id;
  });
}

/**
 * The queue's handler for releases asked for in the console: the same work as a release made in
 * the request, in whichever process takes the job. A study that has gone is nothing to do.
 */
export function releaseJob(store: Store, catalog: Catalog, now: () => Date): (job: JobRow) => Promise<void> {
  return async (job) => {
    const payload = job.payload as { studyId?: number; accountId?: number | null; name?: string };
    if (typeof payload.studyId !== 'number') return;
    const study = await findStudyById(store.db, payload.studyId);
    if (study === undefined) return;
    await makeRelease(
      store,
      catalog,
      study,
      { accountId: payload.accountId ?? null, name: payload.name ?? 'credmap' },
      now,
    );
  };
}
