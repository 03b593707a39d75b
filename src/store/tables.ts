import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Every table credmap keeps, as Kysely sees them. Column comments are in the migrations. */
export interface DatabaseSchema {
  setting: SettingTable;
  study: StudyTable;
  questionnaire: QuestionnaireTable;
  questionnaire_version: QuestionnaireVersionTable;
  response: ResponseTable;
  answer: AnswerTable;
  page_time: PageTimeTable;
  rate_limit: RateLimitTable;
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

export type StudyRow = Selectable<StudyTable>;
export type QuestionnaireRow = Selectable<QuestionnaireTable>;
export type VersionRow = Selectable<QuestionnaireVersionTable>;
export type ResponseRow = Selectable<ResponseTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type NewAnswerRow = Insertable<AnswerTable>;
