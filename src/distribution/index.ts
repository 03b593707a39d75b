/** Distribution: contact lists, personal links, invitation and reminder e-mails through the job queue. */
export { addContacts } from './add-contacts.ts';
export type { ContactIssue, ContactIssueCode, ContactLine, ContactRules } from './contact-list.ts';
export { checkContactTable, parseCsv, parseSmallCsv, readContactList } from './contact-list.ts';
export type { ComposedMail, MailKind } from './mail.ts';
export { composeMail } from './mail.ts';
export {
  invitationPath,
  invitationToken,
  isWellFormedToken,
  newSalt,
  tokenHash,
  unsubscribePath,
} from './tokens.ts';
export type { WorkerOptions } from './worker.ts';
export {
  backoffMs,
  enqueueInvitations,
  mailAttempts,
  runDueJobs,
  scheduleReminders,
  startWorker,
} from './worker.ts';
