/** The only folder that speaks SQL. Repository functions take the database or a transaction first. */

export type { Transaction } from 'kysely';
export type { Member } from './accounts.repository.ts';
export {
  accountByApiToken,
  apiTokensOf,
  countAccounts,
  deleteSession,
  deleteSessionsOf,
  ensureAccount,
  findAccount,
  findAccountByEmail,
  findAccountLink,
  findSession,
  insertAccountLink,
  insertApiToken,
  insertSession,
  membershipsOf,
  membersOf,
  purgeSessions,
  removeMembership,
  revokeApiToken,
  setAccountLanguage,
  setMembership,
  setPasswordHash,
  touchSession,
  useAccountLink,
} from './accounts.repository.ts';
export type { AnswerCell, NewAnswerCell } from './answer-rows.ts';
export { answerCells, donePart, itemPart, markerCell, savedPart, stateFromCells } from './answer-rows.ts';
export type { AuditEntry } from './audit.repository.ts';
export { auditEvents, recordAudit } from './audit.repository.ts';
export type { ContactCounts, NewContact } from './contacts.repository.ts';
export {
  completeInvitation,
  contactCounts,
  contactsToInvite,
  contactsToRemind,
  deleteContactsOf,
  findContact,
  findContactByToken,
  insertContacts,
  markInvited,
  messageCounts,
  messageLog,
  plannedReminders,
  recordMessage,
  releaseInvitation,
  reminderPlan,
  setReminderPlan,
  startInvitedResponse,
  unsubscribeContact,
} from './contacts.repository.ts';
export type { DatabaseKind, Store, StoreOptions } from './database.ts';
export { openStore } from './database.ts';
export {
  claimJob,
  enqueueJob,
  extendJobLease,
  failJob,
  finishJob,
  jobCounts,
  pendingStudyJob,
  retryJob,
} from './jobs.repository.ts';
export { DataDirLockedError } from './lock.ts';
export * from './monitor.repository.ts';
export { attemptsSoFar, countAttempt, purgeAttempts } from './rate-limit.repository.ts';
export { insertRelease, latestRelease, withdrawReleases } from './releases.repository.ts';
export type { NewResponse } from './responses.repository.ts';
export {
  addPageTime,
  completeResponse,
  deleteResponseRow,
  deleteResponsesOf,
  findCompletedByReceipt,
  findResponseByResumeHash,
  flagHoneypot,
  insertResponse,
  loadCells,
  lockResponse,
  markUncounted,
  removeItem,
  replaceCells,
  touchResponse,
} from './responses.repository.ts';
export { getOrCreateSetting } from './settings.repository.ts';
export {
  deleteDraft,
  ensureQuestionnaire,
  findCurrentQuestionnaire,
  findDraft,
  findQuestionnaire,
  findStudy,
  findStudyById,
  findVersion,
  findVersionByNumber,
  latestVersionId,
  listQuestionnaires,
  listStudies,
  listVersions,
  publishVersion,
  recordTranslationSources,
  responseCounts,
  saveDraft,
  setSchedule,
  translationSources,
  upsertStudy,
} from './studies.repository.ts';
export type {
  AccountRow,
  ApiTokenRow,
  AuditEventRow,
  ContactRow,
  DatabaseSchema,
  JobRow,
  MembershipRow,
  QuestionnaireRow,
  ResponseRow,
  Role,
  StudyRow,
  VersionRow,
} from './tables.ts';
export type {
  CodeCount,
  ExportResponse,
  Grouping,
  NumberSummary,
  TallyScope,
  WeightedMoments,
  WeightedSums,
} from './tallies.repository.ts';
export {
  askedCounts,
  codeCounts,
  excludedCount,
  exportBatch,
  exportedVersions,
  itemCount,
  numberSummaries,
  respondentCounts,
  textAnswers,
  weightedCodeSums,
  weightedDesign,
  weightedNumberMoments,
} from './tallies.repository.ts';
export type { WeightingVariable } from './weights.repository.ts';
export { replaceWeights, studyWeighting, weightingUnits } from './weights.repository.ts';
