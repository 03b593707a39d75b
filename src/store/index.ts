/** The only folder that speaks SQL. Repository functions take the database or a transaction first. */

export type { Transaction } from 'kysely';
export type { AnswerCell, NewAnswerCell } from './answer-rows.ts';
export { answerCells, donePart, itemPart, markerCell, savedPart, stateFromCells } from './answer-rows.ts';
export type { DatabaseKind, Store, StoreOptions } from './database.ts';
export { openStore } from './database.ts';
export { DataDirLockedError } from './lock.ts';
export { countAttempt, purgeAttempts } from './rate-limit.repository.ts';
export type { NewResponse } from './responses.repository.ts';
export {
  addPageTime,
  completeResponse,
  deleteResponseRow,
  findResponseByResumeHash,
  insertResponse,
  loadCells,
  lockResponse,
  removeItem,
  replaceCells,
  touchResponse,
} from './responses.repository.ts';
export { getOrCreateSetting } from './settings.repository.ts';
export {
  ensureQuestionnaire,
  findCurrentQuestionnaire,
  findStudy,
  findVersion,
  latestVersionId,
  listQuestionnaires,
  listStudies,
  publishVersion,
  upsertStudy,
} from './studies.repository.ts';
export type { DatabaseSchema, QuestionnaireRow, ResponseRow, StudyRow, VersionRow } from './tables.ts';
