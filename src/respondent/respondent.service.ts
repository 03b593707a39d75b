import { randomUUID } from 'node:crypto';
import type {
  Answer,
  Journey,
  Model,
  ResponseState,
  Step,
  Study,
  VisitedStep,
} from '../questionnaire/index.ts';
import {
  compile,
  itemKey,
  journey,
  parseDefinition,
  staleCalculations,
  studySchema,
} from '../questionnaire/index.ts';
import type {
  AnswerCell,
  CellWrite,
  DatabaseSchema,
  ItemTarget,
  NewAnswerCell,
  PageWrite,
  QuestionnaireRow,
  ResponseRow,
  Store,
  StudyRow,
  Transaction,
} from '../store/index.ts';
import {
  answerCells,
  applyCellWrite,
  completeInvitation,
  completeResponse,
  countResponses,
  deleteResponseRow,
  donePart,
  findItem,
  findResponseWithCells,
  findStudy,
  findStudyById,
  findVersion,
  insertResponse,
  itemKeysOf,
  itemPart,
  latestVersionId,
  listQuestionnaires,
  loadCells,
  lockResponse,
  markerCell,
  markUncounted,
  openQuestionnaire,
  releaseInvitation,
  removeItem,
  replaceAnswer,
  responseExists,
  savedPart,
  startInvitedResponse,
  stateFromCells,
  touchResponse,
  writePage,
} from '../store/index.ts';
import { hashCode, newItemKey, newReceipt, newResumeCode } from './codes.ts';
import type { ItemField } from './form.ts';

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
 * Published versions never change, so each is checked and compiled once per process; so is each
 * study definition, kept while its row's revision stays the same. The schedule, the latest version
 * and the study's revision are read on every request, so a change applies at once everywhere.
 */
export class Catalog {
  private readonly models = new Map<number, Promise<Model>>();
  private readonly studies = new Map<number, { revision: string; row: StudyRow; study: Study }>();
  /** `study/questionnaire` -> questionnaire id, as last seen: which resume cookie to read. */
  private readonly ids = new Map<string, number>();
  constructor(private readonly store: Store) {}

  async find(studySlug: string, slug: string): Promise<QuestionnaireRef | undefined> {
    return (await this.open(studySlug, slug, () => undefined))?.ref;
  }

  /**
   * The questionnaire, and the response the respondent's resume code opens (`codeOf` is given the
   * questionnaire's id), read together in one round trip.
   */
  async open(
    studySlug: string,
    slug: string,
    codeOf: (questionnaireId: number) => string | undefined,
  ): Promise<{ ref: QuestionnaireRef; loaded: LoadedResponse | undefined } | undefined> {
    const key = `${studySlug}/${slug}`;
    const guess = this.ids.get(key);
    const code = guess === undefined ? undefined : codeOf(guess);
    const found = await openQuestionnaire(
      this.store.db,
      studySlug,
      slug,
      code === undefined ? undefined : hashCode(code),
    );
    if (found === undefined) return undefined;
    const id = found.questionnaire.id;
    this.ids.set(key, id);
    let response = found.response;
    // First seen by this process (or made anew under the same name): read the response now.
    if (id !== guess) {
      const actual = codeOf(id);
      response =
        actual === undefined ? undefined : await findResponseWithCells(this.store.db, hashCode(actual), id);
    }
    const study = await this.studyOf(found.studyId, found.studyRevision);
    if (study === undefined) return undefined;
    const ref: QuestionnaireRef = {
      studyRow: study.row,
      study: study.study,
      row: found.questionnaire,
      versionId: found.versionId,
      model: await this.model(found.versionId),
    };
    return { ref, loaded: response === undefined ? undefined : await this.loaded(response) };
  }

  /** A response and its rows, as the model of its own version reads them. */
  async loaded(response: { row: ResponseRow; cells: AnswerCell[] }): Promise<LoadedResponse> {
    const model = await this.model(response.row.version_id);
    return { ...response, model, state: stateOf(model, response.cells) };
  }

  private async studyOf(id: number, revision: string) {
    const cached = this.studies.get(id);
    if (cached?.revision === revision) return cached;
    const row = await findStudyById(this.store.db, id);
    if (row === undefined) return undefined;
    const entry = { revision, row, study: studySchema.parse(row.definition) };
    this.studies.set(id, entry);
    return entry;
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
  /** Its rows as stored, from which `state` is built. */
  readonly cells: readonly AnswerCell[];
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

/** The keys of a repeat group's items, in the order of the state's items. */
export function itemKeysIn(
  model: Model,
  cells: readonly AnswerCell[],
  groupId: string,
): (string | undefined)[] {
  return itemKeysOf(cells, groupId, (id) => model.groupOf.get(id)?.id);
}

/**
 * Which item a page of a repeat item (`step`) belongs to, as its form should say: the key of the
 * item it shows, or a new key for the first page of an item not yet stored. Undefined for an item
 * stored without a key.
 */
export function itemFieldFor(
  model: Model,
  cells: readonly AnswerCell[],
  step: Extract<Step, { kind: 'item' }>,
): ItemField | undefined {
  const keys = itemKeysIn(model, cells, step.group.id);
  if (step.index > keys.length) return { key: newItemKey(), creates: true };
  const key = keys[step.index - 1];
  return key === undefined ? undefined : { key, creates: false };
}

/**
 * Where a page sent for the step `key` goes, when its form names its repeat item: the step of that
 * item as the response now stands. Another tab may have removed an item before it (it moved up),
 * removed it (`removed`), or, for a new item, filled the group (`full`).
 */
export type ItemPlace =
  | { readonly kind: 'at'; readonly key: string; readonly item: ItemField | undefined }
  | ItemLost;

/** Nothing of a page of a repeat item stored: its item was removed (in another tab), or its group is full. */
export interface ItemLost {
  readonly kind: 'removed' | 'full';
  readonly groupId: string;
  /** The most items the group takes, for the message. */
  readonly max: number;
}

export function placeItem(
  model: Model,
  cells: readonly AnswerCell[],
  key: string,
  field: ItemField | undefined,
): ItemPlace {
  const [groupId, , pageId, ...rest] = key.split('/');
  const group = groupId === undefined ? undefined : model.groups.get(groupId);
  if (field === undefined || group === undefined || pageId === undefined || rest.length > 0)
    return { kind: 'at', key, item: undefined };
  const keys = itemKeysIn(model, cells, group.id);
  const at = keys.indexOf(field.key) + 1;
  if (at > 0)
    return { kind: 'at', key: itemKey(group.id, at, pageId), item: { key: field.key, creates: false } };
  if (!field.creates) return { kind: 'removed', groupId: group.id, max: group.max };
  if (keys.length >= group.max) return { kind: 'full', groupId: group.id, max: group.max };
  return { kind: 'at', key: itemKey(group.id, keys.length + 1, pageId), item: field };
}

/** The response a resume code opens, if it belongs to this questionnaire. */
export async function loadResponse(
  store: Store,
  catalog: Catalog,
  ref: QuestionnaireRef,
  code: string | undefined,
): Promise<LoadedResponse | undefined> {
  if (code === undefined) return undefined;
  const found = await findResponseWithCells(store.db, hashCode(code), ref.row.id);
  return found === undefined ? undefined : catalog.loaded(found);
}

/** The response is completed: sent answers cannot change. */
export class CompletedError extends Error {
  constructor() {
    super('the response is already completed');
    this.name = 'CompletedError';
  }
}

/**
 * The response no longer exists: the respondent withdrew consent (in another tab) while this
 * request waited for the response, or it was deleted in the console.
 */
export class GoneError extends Error {
  constructor() {
    super('the response no longer exists');
    this.name = 'GoneError';
  }
}

/** Why a response refused a change: a save cannot tell a completed response from a deleted one. */
async function refusal(store: Store, responseId: string): Promise<Error> {
  return (await responseExists(store.db, responseId)) ? new CompletedError() : new GoneError();
}

type Trx = Transaction<DatabaseSchema>;

/**
 * Runs `work` in a transaction holding the response's row lock, so two requests for one response
 * queue up (a saved page takes the same lock); a completed or deleted response refuses every change.
 */
async function inOpenResponse<T>(
  store: Store,
  responseId: string,
  work: (trx: Trx, row: ResponseRow) => Promise<T>,
): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    const locked = await lockResponse(trx, responseId);
    if (locked === undefined) throw new GoneError();
    if (locked.completed_at !== null) throw new CompletedError();
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
  /** A page of a repeat item: which item, by its key (undefined for an item stored without one). */
  readonly item?: ItemField | undefined;
}

export type PageSaved =
  | {
      readonly kind: 'saved';
      readonly responseId: string;
      /** A new response's resume code, the only time it exists in clear. */
      readonly resumeCode?: string;
      /** The response's rows after the save. */
      readonly cells: AnswerCell[];
      /** The step stored: a page of an item whose items before it were removed meanwhile moves up. */
      readonly key: string;
    }
  | ItemLost;

/**
 * Stores one page in one transaction: the page's rows are replaced (hidden questions on it lose
 * their old answers), the page is marked saved, a new repeat item is created when this is its
 * first page. A page of a repeat item is stored on its item as the item's key finds it once the
 * response is locked. A new response is created here when `existing` is undefined. The response's
 * rows after the save are returned: as they were read before it, with the page's rows replaced.
 */
export async function savePage(
  store: Store,
  versionId: number,
  existing: Pick<LoadedResponse, 'row' | 'cells'> | undefined,
  save: PageSave,
): Promise<PageSaved> {
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
  const clear: CellWrite['clear'][number][] = [
    { ids: [step.page.id, ...step.page.items.map((q) => q.id)], item },
  ];
  let target: ItemTarget | undefined;
  if (step.kind === 'item') {
    // A new item reopens the group's "anything else to add?" question; a change to an item (from
    // "check your answers", say) leaves the answer "no" as it was. A form that does not name its
    // item is a new item when the response has no item of that number.
    const creates =
      save.item?.creates ??
      !(existing?.cells ?? []).some(
        (c) => c.question_id === step.group.id && c.part === itemPart && c.item === step.index,
      );
    if (creates) clear.push({ ids: [step.group.id], item: 0 });
    // The item exists, under its key.
    cells.push(markerCell(step.group.id, step.index, itemPart, save.item?.key ?? newItemKey()));
    if (save.item !== undefined)
      target = { group: step.group.id, index: step.index, max: step.group.max, ...save.item };
  }
  const write: PageWrite = {
    clear,
    cells,
    step: step.page.id,
    seconds: save.seconds,
    language: save.language,
    honeypot: save.honeypot === true,
    now,
    item: target,
  };
  if (existing !== undefined) {
    const outcome = await store.pages.write(existing.row.id, write);
    if (outcome.kind === 'closed') throw await refusal(store, existing.row.id);
    // Only a page that names its item can find it removed, or its group full.
    if (outcome.kind !== 'saved') return { kind: outcome.kind, groupId: target!.group, max: target!.max };
    if (target === undefined || outcome.item === item || step.kind !== 'item')
      return {
        kind: 'saved',
        responseId: existing.row.id,
        cells: applyCellWrite(existing.cells, write),
        key: step.key,
      };
    // Stored on its item, which has moved since the request read the response: read it again.
    return {
      kind: 'saved',
      responseId: existing.row.id,
      cells: await loadCells(store.db, existing.row.id),
      key: itemKey(step.group.id, outcome.item, step.page.id),
    };
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
    const outcome = await writePage(trx, responseId, write);
    if (outcome.kind !== 'saved' || outcome.item !== item)
      throw new Error(`the first page of a new response was not stored as it came: ${outcome.kind}`);
  });
  return { kind: 'saved', responseId, resumeCode, cells: applyCellWrite([], write), key: step.key };
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
  const outcome = await store.pages.write(responseId, {
    clear: [{ ids: [groupId], item: 0 }],
    cells: [markerCell(groupId, 0, donePart)],
    step: groupId,
    seconds,
    language,
    honeypot: false,
    now,
  });
  if (outcome.kind !== 'saved') throw await refusal(store, responseId);
}

/**
 * Removes an item of a repeat group, and later items move up: the item with `key` wherever it is
 * now (another tab may have removed one before it), and nothing if it is gone already; without a
 * key (a form that does not say), the item numbered `index`.
 */
export async function removeGroupItem(
  store: Store,
  model: Model,
  responseId: string,
  groupId: string,
  item: { readonly index: number; readonly key: string | undefined },
  now: Date,
): Promise<void> {
  await inOpenResponse(store, responseId, async (trx, locked) => {
    const index = item.key === undefined ? item.index : await findItem(trx, responseId, groupId, item.key);
    if (index === undefined) return;
    await removeItem(trx, responseId, groupIds(model, groupId), index);
    await touchResponse(trx, responseId, locked.language, now);
  });
}

export type Submission =
  | { readonly kind: 'completed'; readonly receipt: string }
  /** The stored answers do not end on "check your answers" (any more): where the journey goes instead. */
  | { readonly kind: 'unfinished'; readonly next: Step };

/** Every question (and repeat item) on the route: answers elsewhere do not count. */
function shownOn(j: Journey): { questionId: string; item: number }[] {
  return j.steps.flatMap((v) =>
    v.step.kind === 'page' || v.step.kind === 'item'
      ? v.questions.map((question) => ({
          questionId: question.id,
          item: v.step.kind === 'item' ? v.step.index : 0,
        }))
      : [],
  );
}

/**
 * Completes the response, if its answers as stored now reach "check your answers"; a second
 * submission finds it completed and changes nothing. `model` is the response's own version.
 */
export async function submitResponse(
  store: Store,
  model: Model,
  responseId: string,
  now: Date,
  today: string,
): Promise<Submission> {
  return inOpenResponse(store, responseId, async (trx) => {
    // Read again under the lock: what the request read before may be older than a page saved since
    // (in another tab), and only the route the stored answers take may be completed and counted.
    const j = journey(model, stateOf(model, await loadCells(trx, responseId)), today);
    if (j.next.step.kind !== 'check') return { kind: 'unfinished', next: j.next.step };
    // Calculations left behind by answers changed after their page was saved: sent as they are now.
    for (const stale of staleCalculations(model, j.steps))
      await replaceAnswer(
        trx,
        responseId,
        stale,
        stale.answer === undefined ? [] : answerCells(stale.questionId, stale.item, stale.answer),
        now,
      );
    const receipt = newReceipt();
    await completeResponse(trx, responseId, receipt, now);
    await markUncounted(trx, responseId, shownOn(j));
    await countResponses(trx, [responseId]);
    await completeInvitation(trx, responseId, now.toISOString().slice(0, 10));
    return { kind: 'completed', receipt };
  });
}

/** A respondent who withdraws consent takes everything with them. */
export async function deleteResponse(store: Store, responseId: string): Promise<void> {
  try {
    await inOpenResponse(store, responseId, async (trx) => {
      await releaseInvitation(trx, responseId);
      await deleteResponseRow(trx, responseId);
    });
  } catch (error) {
    // Withdrawn twice at once (two tabs): the first took everything, and that is what was asked.
    if (!(error instanceof GoneError)) throw error;
  }
}
