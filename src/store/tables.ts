import type { ColumnType, Generated, Insertable, RawBuilder, Selectable } from 'kysely';
import type { ResponseExclusionTable } from './monitor.repository.ts';

/** Every table credmap keeps, as Kysely sees them. Column comments are in the migrations. */
export interface DatabaseSchema {
  setting: SettingTable;
  study: StudyTable;
  questionnaire: QuestionnaireTable;
  questionnaire_version: QuestionnaireVersionTable;
  response: ResponseTable;
  answer: AnswerTable;
  running_total: RunningTotalTable;
  page_time: PageTimeTable;
  rate_limit: RateLimitTable;
  account: AccountTable;
  membership: MembershipTable;
  account_session: AccountSessionTable;
  account_link: AccountLinkTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  questionnaire_draft: QuestionnaireDraftTable;
  translation_source: TranslationSourceTable;
  contact: ContactTable;
  job: JobTable;
  message: MessageTable;
  reminder_plan: ReminderPlanTable;
  response_exclusion: ResponseExclusionTable;
  results_release: ResultsReleaseTable;
  response_weight: ResponseWeightTable;
  study_weighting: StudyWeightingTable;
  register_provider: RegisterProviderTable;
  register_entry: RegisterEntryTable;
  register_provider_member: RegisterProviderMemberTable;
  register_issuer_key: RegisterIssuerKeyTable;
  register_status_list: RegisterStatusListTable;
  register_issued: RegisterIssuedTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface SettingTable {
  key: string;
  value: string;
}

export interface StudyTable {
  id: Generated<number>;
  slug: string;
  /** Titles, organisation, contact, privacy texts: the study file as loaded. */
  definition: Json<unknown>;
  time_zone: string;
  created_at: CreatedAt;
}

export interface QuestionnaireTable {
  id: Generated<number>;
  study_id: number;
  slug: string;
  opens_at: Date | null;
  closes_at: Date | null;
  created_at: CreatedAt;
}

export interface QuestionnaireVersionTable {
  id: Generated<number>;
  questionnaire_id: number;
  number: number;
  definition: Json<unknown>;
  hash: string;
  published_at: CreatedAt;
  /** The questions whose codes are counted in running totals, computed from the definition (migration 0009). */
  tallied: ColumnType<string[], never, never>;
}

/** One running total (src/store/running-totals.repository.ts, migration 0009). */
export interface RunningTotalTable {
  questionnaire_id: number;
  question_id: string;
  part: string;
  kind: 'respondent' | 'answered' | 'missing' | 'code' | 'element';
  language: string;
  target_group: string | null;
  country: string | null;
  code: string | null;
  missing: string | null;
  respondents: ColumnType<string, number, number>;
  items: ColumnType<string, number, number>;
}

export interface ResponseTable {
  id: string;
  version_id: number;
  language: string;
  /** SHA-256 of the resume code; the code itself is never stored. */
  resume_hash: string;
  receipt: string | null;
  started_at: CreatedAt;
  last_saved_at: Date;
  completed_at: Date | null;
  /** The transaction that completed it (xid8, migration 0009); null before, or when loaded in bulk. */
  completed_xid: ColumnType<string | null, never, string | RawBuilder<string>>;
  /** The invitation, while the response is in progress; null once it is completed. */
  contact_id: number | null;
  /** A form came back with the field only robots fill in. */
  honeypot: Generated<boolean>;
}

export interface AnswerTable {
  response_id: string;
  question_id: string;
  /** 0 at top level, 1.. for the items of a repeat group. */
  item: number;
  /** '' for the answer itself, a row code for matrix rows, 'other' for "other, specify". */
  part: string;
  value: Json<unknown> | null;
  missing: string | null;
  updated_at: Date;
  /** False for answers left on pages the completed response's final route does not show. */
  counted: Generated<boolean>;
}

export interface PageTimeTable {
  response_id: string;
  step: string;
  seconds: number;
  first_saved_at: CreatedAt;
  last_saved_at: Date;
}

export interface RateLimitTable {
  key: string;
  window_start: Date;
  count: number;
}

export interface AccountTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  language: Generated<string>;
  created_at: CreatedAt;
  disabled_at: Date | null;
}

export type Role = 'owner' | 'researcher' | 'analyst' | 'translator' | 'viewer';

export interface MembershipTable {
  id: Generated<number>;
  account_id: number;
  /** null: every study. */
  study_id: number | null;
  role: Role;
  /** Translators: comma-separated language codes. */
  languages: Generated<string>;
}

export interface AccountSessionTable {
  id: string;
  account_id: number;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}

export interface AccountLinkTable {
  id: string;
  account_id: number | null;
  expires_at: Date;
  used_at: Date | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: CreatedAt;
  account_id: number | null;
  actor: string;
  study_id: number | null;
  action: string;
  detail: Json<Record<string, unknown>>;
}

export interface QuestionnaireDraftTable {
  questionnaire_id: number;
  definition: Json<unknown>;
  updated_at: Date;
  updated_by: string;
}

export interface TranslationSourceTable {
  questionnaire_id: number;
  language: string;
  key: string;
  source_hash: string;
}

export interface ContactTable {
  id: Generated<number>;
  questionnaire_id: number;
  email: string;
  language: string;
  country: string | null;
  token_salt: string;
  token_hash: string;
  created_at: CreatedAt;
  invited_at: Date | null;
  started_at: Date | null;
  /** YYYY-MM-DD */
  completed_on: ColumnType<string | null, string | null | undefined, string | null>;
  unsubscribed_at: Date | null;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  unique_key: string | null;
  run_at: Date;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Date | null;
  done_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  created_at: CreatedAt;
}

/**
 * What became of one attempt at an e-mail: sent; failed (the server down, a temporary refusal),
 * retried later up to the job's attempts; refused by the mail server for good, not retried; not
 * sent because the questionnaire had closed (`closed`); or skipped, the contact having completed or
 * unsubscribed since it was queued. `refused` and `closed` came with migration 0015.
 */
export type MessageStatus = 'sent' | 'failed' | 'refused' | 'closed' | 'skipped';

export interface MessageTable {
  id: Generated<number>;
  contact_id: number;
  kind: string;
  status: MessageStatus;
  attempt: number;
  at: Date;
  error: string | null;
}

export interface ReminderPlanTable {
  questionnaire_id: number;
  days_before: number;
}

export interface ResultsReleaseTable {
  id: Generated<number>;
  study_id: number;
  released_at: CreatedAt;
  released_by: string;
  content: Json<unknown>;
}

export interface ResponseWeightTable {
  response_id: string;
  weight: number;
}

export interface StudyWeightingTable {
  study_id: number;
  margins: Json<unknown>;
  computed_at: Date;
  computed_by: string;
  respondents: number;
}

export interface RegisterProviderTable {
  id: string;
  record: Json<unknown>;
  name: string;
  country: string;
  type: string;
  created_at: CreatedAt;
  updated_at: Date;
}

export type RegisterEntryState = 'pending' | 'current' | 'rejected' | 'merged';
export type RegisterEntryOrigin = 'study' | 'provider' | 'import' | 'console';

export interface RegisterEntryTable {
  id: string;
  record: Json<unknown>;
  state: RegisterEntryState;
  origin: RegisterEntryOrigin;
  study_id: number | null;
  source_key: string | null;
  provider_id: string | null;
  merged_into: string | null;
  review_note: string | null;
  created_at: CreatedAt;
  updated_at: Date;
  published: Json<unknown> | null;
  published_at: Date | null;
  /** Set through SQL (to_tsvector) only. */
  search: ColumnType<unknown, never, never>;
  title_sort: string | null;
  countries: string[] | null;
  eqf: string | null;
  fields: string[] | null;
  ects: number | null;
  hours: number | null;
  workload: string | null;
  participation: string | null;
  assessment: string[] | null;
  quality: string[] | null;
  provider_type: string | null;
  stackability: string | null;
  languages: string[] | null;
  completeness: number | null;
}

export interface RegisterProviderMemberTable {
  account_id: number;
  provider_id: string;
}

export interface RegisterIssuerKeyTable {
  provider_id: string;
  did: string;
  key: Json<unknown>;
  created_at: CreatedAt;
}

export interface RegisterStatusListTable {
  id: Generated<number>;
  provider_id: string;
  bits: Uint8Array;
  size: number;
  next_index: Generated<number>;
  updated_at: Date;
}

export interface RegisterIssuedTable {
  id: string;
  entry_id: string;
  provider_id: string;
  list_id: number;
  list_index: number;
  issued_at: Date;
  issued_by: string;
  revoked_at: Date | null;
}

export type RegisterEntryRow = Selectable<RegisterEntryTable>;
export type RegisterProviderRow = Selectable<RegisterProviderTable>;
export type RegisterIssuedRow = Selectable<RegisterIssuedTable>;

export type StudyRow = Selectable<StudyTable>;
export type QuestionnaireRow = Selectable<QuestionnaireTable>;
export type VersionRow = Selectable<QuestionnaireVersionTable>;
export type ResponseRow = Selectable<ResponseTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type NewAnswerRow = Insertable<AnswerTable>;
export type AccountRow = Selectable<AccountTable>;
export type MembershipRow = Selectable<MembershipTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type ContactRow = Selectable<ContactTable>;
export type JobRow = Selectable<JobTable>;
