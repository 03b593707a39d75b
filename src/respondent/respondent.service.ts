import { randomUUID } from 'node:crypto';
import type { Answer, Model, ResponseState, Study, VisitedStep } from '../questionnaire/index.ts';
import { compile, parseDefinition, studySchema } from '../questionnaire/index.ts';
import type {
  AnswerCell,
  DatabaseSchema,
  NewAnswerCell,
  QuestionnaireRow,
  ResponseRow,
  Store,
  StudyRow,
  Transaction,
} from '../store/index.ts';
import {
  addPageTime,
  answerCells,
  completeInvitation,
  completeResponse,
  countResponses,
  deleteResponseRow,
  donePart,
  findCurrentQuestionnaire,
  findResponseByResumeHash,
  findStudy,
  findVersion,
  flagHoneypot,
  insertResponse,
  itemPart,
  latestVersionId,
  listQuestionnaires,
  loadCells,
  lockResponse,
  markerCell,
  markUncounted,
  releaseInvitation,
  removeItem,
  replaceCells,
  savedPart,
  startInvitedResponse,
  stateFromCells,
  touchResponse,
} from '../store/index.ts';
import { hashCode, newReceipt, newResumeCode } from './codes.ts';

/** A questionnaire as a request meets it: its study, its schedule and its current version. */
export interface QuestionnaireRef {
  readonly studyRow: StudyRow;
  readonly study: Study;
  readonly row: QuestionnaireRow;
  readonly versionId: number;
  readonly model: Model;
}

export type Schedule = 'notOpen' | 'open' | 'closed';

export function scheduleAt(row: QuestionnaireRow, now: Date): Schedule {
  if (row.opens_at !== null && now < row.opens_at) return 'notOpen';
  if (row.closes_at !== null && now >= row.closes_at) return 'closed';
  return 'open';
}

/**
 * Published versions never change, so each is checked and compiled once per process; the schedule
 * and the latest version are read on every request, so a change applies at once everywhere.
 */
export class Catalog {
  private readonly models = new Map<number, Promise<Model>>();
  constructor(private readonly store: Store) {}

  async find(studySlug: string, slug: string): Promise<QuestionnaireRef | undefined> {
    const found = await findCurrentQuestionnaire(this.store.db, studySlug, slug);
    if (found === undefined) return undefined;
    return {
      studyRow: found.study,
      study: studySchema.parse(found.study.definition),
      row: found.questionnaire,
      versionId: found.versionId,
      model: await this.model(found.versionId),
    };
  }

  /** A study with the current version of each of its questionnaires. */
  async study(
    slug: string,
  ): Promise<{ study: Study; questionnaires: { row: QuestionnaireRow; model: Model }[] } | undefined> {
    const studyRow = await findStudy(this.store.db, slug);
    if (studyRow === undefined) return undefined;
    const questionnaires: { row: QuestionnaireRow; model: Model }[] = [];
    for (const row of await listQuestionnaires(this.store.db, studyRow.id)) {
      const versionId = await latestVersionId(this.store.db, row.id);
      if (versionId !== undefined) questionnaires.push({ row, model: await this.model(versionId) });
    }
    return { study: studySchema.parse(studyRow.definition), questionnaires };
  }

  model(versionId: number): Promise<Model> {
    let model = this.models.get(versionId);
    if (model === undefined) {
      model = this.loadModel(versionId);
      this.models.set(versionId, model);
      model.catch(() => this.models.delete(versionId));
    }
    return model;
  }

  private async loadModel(versionId: number): Promise<Model> {
    const version = await findVersion(this.store.db, versionId);
    if (version === undefined) throw new Error(`questionnaire version ${versionId} does not exist`);
    const parsed = parseDefinition(version.definition);
    if (!parsed.ok)
      throw new Error(`stored questionnaire version ${versionId} does not check: ${parsed.issues[0]?.code}`);
    return compile(parsed.questionnaire);
  }
}

export interface LoadedResponse {
  readonly row: ResponseRow;
  readonly model: Model;
  readonly state: ResponseState;
}

/** The ids whose rows belong to a group: its item markers, its pages' saved markers, its questions. */
function groupIds(model: Model, groupId: string): string[] {
  const group = model.groups.get(groupId)!;
  return [groupId, ...group.pages.flatMap((p) => [p.id, ...p.items.map((q) => q.id)])];
}

export function stateOf(model: Model, cells: readonly AnswerCell[]): ResponseState {
  return stateFromCells(cells, (id) => model.groupOf.get(id)?.id);
}

/** The response a resume code opens, if it belongs to this questionnaire. */
export async function loadResponse(
  store: Store,
  catalog: Catalog,
  ref: QuestionnaireRef,
  code: string | undefined,
): Promise<LoadedResponse | undefined> {
  if (code === undefined) return undefined;
  const row = await findResponseByResumeHash(store.db, hashCode(code), ref.row.id);
  if (row === undefined) return undefined;
  const model = await catalog.model(row.version_id);
  return { row, model, state: stateOf(model, await loadCells(store.db, row.id)) };
}

export class CompletedError extends Error {
  constructor() {
    super('the response is already completed');
    this.name = 'CompletedError';
  }
}

type Trx = Transaction<DatabaseSchema>;

/**
 * Runs `work` in a transaction holding the response's row lock, so two requests for one response
 * queue up; a completed (or deleted) response refuses every change.
 */
async function inOpenResponse<T>(
  store: Store,
  responseId: string,
  work: (trx: Trx, row: ResponseRow) => Promise<T>,
): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    const locked = await lockResponse(trx, responseId);
    if (locked === undefined || locked.completed_at !== null) throw new CompletedError();
    return work(trx, locked);
  });
}

export interface PageSave {
  readonly visited: VisitedStep;
  readonly answers: Readonly<Record<string, Answer | undefined>>;
  readonly language: string;
  readonly seconds: number;
  readonly now: Date;
  /** The invitation (contact id) a new response comes from, if it came by a personal link. */
  readonly invitation?: number | undefined;
  /** The form's robots-only field was filled in. */
  readonly honeypot?: boolean | undefined;
}

/**
 * Stores one page in one transaction: the page's rows are replaced (hidden questions on it lose
 * their old answers), the page is marked saved, a new repeat item is created when this is its
 * first page. A new response is created here when `existing` is undefined; its resume code is
 * returned, the only time it exists in clear.
 */
export async function savePage(
  store: Store,
  versionId: number,
  existing: ResponseRow | undefined,
  save: PageSave,
): Promise<{ responseId: string; resumeCode?: string }> {
  const { visited, now } = save;
  const step = visited.step;
  if (step.kind !== 'page' && step.kind !== 'item') throw new Error(`not a page step: ${step.key}`);
  const item = step.kind === 'item' ? step.index : 0;
  const cells: NewAnswerCell[] = [markerCell(step.page.id, item, savedPart)];
  for (const q of step.page.items) {
    if (!visited.questions.includes(q)) continue;
    const answer = save.answers[q.id];
    if (answer !== undefined) cells.push(...answerCells(q.id, item, answer));
  }
  const ids = [step.page.id, ...step.page.items.map((q) => q.id)];

  const write = async (trx: Trx, responseId: string) => {
    if (step.kind === 'item') {
      const group = step.group.id;
      // A new item reopens the group's "anything else to add?" question.
      await replaceCells(
        trx,
        responseId,
        [group],
        step.index,
        [markerCell(group, step.index, itemPart)],
        now,
      );
      await replaceCells(trx, responseId, [group], 0, [], now);
    }
    await replaceCells(trx, responseId, ids, item, cells, now);
    await addPageTime(trx, responseId, step.page.id, save.seconds, now);
    await touchResponse(trx, responseId, save.language, now);
    if (save.honeypot === true) await flagHoneypot(trx, responseId);
  };
  if (existing !== undefined) {
    await inOpenResponse(store, existing.id, (trx) => write(trx, existing.id));
    return { responseId: existing.id };
  }
  const responseId = randomUUID();
  const resumeCode = newResumeCode();
  await store.db.transaction().execute(async (trx) => {
    await insertResponse(trx, {
      id: responseId,
      versionId,
      language: save.language,
      resumeHash: hashCode(resumeCode),
      now,
    });
    if (save.invitation !== undefined) await startInvitedResponse(trx, save.invitation, responseId, now);
    await write(trx, responseId);
  });
  return { responseId, resumeCode };
}

/** Records that the respondent has nothing more to add to a repeat group. */
export async function finishGroup(
  store: Store,
  responseId: string,
  groupId: string,
  language: string,
  seconds: number,
  now: Date,
): Promise<void> {
  await inOpenResponse(store, responseId, async (trx) => {
    await replaceCells(trx, responseId, [groupId], 0, [markerCell(groupId, 0, donePart)], now);
    await addPageTime(trx, responseId, groupId, seconds, now);
    await touchResponse(trx, responseId, language, now);
  });
}

/** Removes item `index` of a repeat group; later items move up. */
export async function removeGroupItem(
  store: Store,
  model: Model,
  responseId: string,
  groupId: string,
  index: number,
  now: Date,
): Promise<void> {
  await inOpenResponse(store, responseId, async (trx, locked) => {
    await removeItem(trx, responseId, groupIds(model, groupId), index);
    await touchResponse(trx, responseId, locked.language, now);
  });
}

/**
 * Completes the response; a second submission finds it completed and changes nothing. `shown` is
 * every question (and repeat item) on the final route: answers elsewhere stop counting.
 */
export async function submitResponse(
  store: Store,
  responseId: string,
  now: Date,
  shown: readonly { questionId: string; item: number }[],
): Promise<string> {
  return inOpenResponse(store, responseId, async (trx) => {
    const receipt = newReceipt();
    await completeResponse(trx, responseId, receipt, now);
    await markUncounted(trx, responseId, shown);
    await countResponses(trx, [responseId]);
    await completeInvitation(trx, responseId, now.toISOString().slice(0, 10));
    return receipt;
  });
}

/** A respondent who withdraws consent takes everything with them. */
export async function deleteResponse(store: Store, responseId: string): Promise<void> {
  await inOpenResponse(store, responseId, async (trx) => {
    await releaseInvitation(trx, responseId);
    await deleteResponseRow(trx, responseId);
  });
}
