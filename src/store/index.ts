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
export type { AnswerCell, CellWrite, NewAnswerCell } from './answer-rows.ts';
export {
  answerCells,
  applyCellWrite,
  donePart,
  itemKeysOf,
  itemPart,
  markerCell,
  savedPart,
  stateFromCells,
} from './answer-rows.ts';
export type { AuditEntry } from './audit.repository.ts';
export { auditEvents, recordAudit } from './audit.repository.ts';
export type { ContactCounts, NewContact } from './contacts.repository.ts';
export {
  completeInvitation,
  contactCounts,
  deleteContactsOf,
  findContact,
  findContactByToken,
  givenUpMails,
  insertContacts,
  markInvited,
  messageCounts,
  messageLog,
  plannedReminders,
  queueInvitations,
  queueReminders,
  recordMessage,
  releaseInvitation,
  reminderPlan,
  setReminderPlan,
  startInvitedResponse,
  unsubscribeContact,
} from './contacts.repository.ts';
export type { DatabaseKind, Store, StoreOptions } from './database.ts';
export { openStore, poolSize } from './database.ts';
export type { FixedWeights } from './fixed-weights.ts';
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
export type { PageQueueOptions } from './page-queue.ts';
export { PageQueue } from './page-queue.ts';
export { attemptsSoFar, countAttempt, purgeAttempts, refundAttempt } from './rate-limit.repository.ts';
export type {
  EntryFacets,
  EntryFilter,
  NewEntry,
  RegisterFacet,
  RegisterHit,
  RegisterQuery,
  RegisterSort,
  RepeatItemAnswers,
  StatusListRow,
} from './register.repository.ts';
export {
  addProviderMember,
  allocateStatusIndex,
  consentedRepeatItems,
  countEntriesByState,
  countPublished,
  ensureIssuerKey,
  entriesStackingInto,
  entryExists,
  facetCounts,
  findEntry,
  findIssued,
  findIssuerKey,
  findProvider,
  findStatusList,
  insertEntry,
  insertIssued,
  issuedFor,
  listEntries,
  listProviders,
  lockEntry,
  lockProvider,
  lockStatusList,
  markRevoked,
  mergedInto,
  providerMembers,
  providersOfAccount,
  publishEntry,
  registerFacets,
  removeProviderMember,
  saveStatusBits,
  searchEntries,
  setEntryState,
  unpublishEntry,
  updateEntryRecord,
  upsertProvider,
} from './register.repository.ts';
export { insertRelease, latestRelease, withdrawReleases } from './releases.repository.ts';
export type {
  ItemTarget,
  NewResponse,
  OpenedQuestionnaire,
  PageOutcome,
  PageWrite,
} from './responses.repository.ts';
export {
  completeResponse,
  deleteResponseRow,
  deleteResponsesOf,
  findCompletedByReceipt,
  findItem,
  findResponseWithCells,
  insertResponse,
  loadCells,
  lockResponse,
  markUncounted,
  openQuestionnaire,
  removeItem,
  replaceAnswer,
  responseExists,
  touchResponse,
  writePage,
  writePages,
} from './responses.repository.ts';
export { parseRowId } from './row-id.ts';
export {
  countResponses,
  dropRunningTotals,
  profileQuestions,
  rebuildRunningTotals,
  talliedTypes,
  uncountResponses,
} from './running-totals.repository.ts';
export { getOrCreateSetting } from './settings.repository.ts';
export { isStorableText, shownKey } from './stored-text.ts';
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
  questionnaireClosed,
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
  MessageStatus,
  QuestionnaireRow,
  RegisterEntryOrigin,
  RegisterEntryRow,
  RegisterEntryState,
  RegisterIssuedRow,
  RegisterProviderRow,
  ResponseRow,
  Role,
  StudyRow,
  VersionRow,
} from './tables.ts';
export type {
  CodeCount,
  ExportResponse,
  FixedScope,
  Grouping,
  NumberSummary,
  TallyScope,
  WeightedMoments,
  WeightedSums,
} from './tallies.repository.ts';
export {
  askedCounts,
  askedCountsFromAnswers,
  codeCounts,
  codeCountsFromAnswers,
  excludedCount,
  exportBatch,
  exportedVersions,
  fixScope,
  itemCount,
  numberSummaries,
  numberSummariesFromAnswers,
  respondentCounts,
  respondentCountsFromAnswers,
  textAnswers,
  textWidths,
  weightedCodeSums,
  weightedDesign,
  weightedNumberMoments,
} from './tallies.repository.ts';
export type { StudyWeighting, WeightingVariable } from './weights.repository.ts';
export { replaceWeights, studyWeighting, weightingUnits } from './weights.repository.ts';
