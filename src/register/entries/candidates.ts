/**
 * Register candidates from the study: an item of the questionnaires' repeat group `mc` ("a
 * microcredential you described") becomes a draft entry when its `mc_register` question was answered
 * "yes" (questionnaires/microcredentials/modules/microcredentials.yaml, page `mc_listing`).
 *
 * Only questions about the microcredential itself are read. What the respondent says about
 * themselves in the same item (why they took it, what it brought them, who paid, when they got it)
 * is never read, and the entry keeps no link to the response: its source key is a keyed hash that
 * only makes a second harvest update the same candidate.
 */
import { createHmac } from 'node:crypto';
import type { RepeatItemAnswers } from '../../store/index.ts';
import type { MicrocredentialDraft } from '../model/index.ts';
import { microcredentialDraftSchema } from '../model/index.ts';

export const CONSENT = { questionId: 'mc_register', value: 'yes' } as const;

/** The questions read, and nothing else. */
export const candidateQuestions = [
  'mc_title',
  'mc_awarding_body',
  'mc_country',
  'mc_region',
  'mc_provider_type',
  'mc_field',
  'mc_outcomes',
  'mc_ects',
  'mc_hours',
  'mc_duration',
  'mc_eqf',
  'mc_participation',
  'mc_delivery',
  'mc_assessment',
  'mc_supervision',
  'mc_grade',
  'mc_qa',
  'mc_stacking',
  'mc_prerequisites',
  'mc_info',
] as const;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const codes = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((c) => typeof c === 'string') && v.length > 0 ? (v as string[]) : undefined;

export interface Candidate {
  readonly sourceKey: string;
  readonly record: MicrocredentialDraft;
  /** Fields the answers gave that the register's schema does not accept (kept out of the record). */
  readonly dropped: readonly string[];
}

/** The draft a consented repeat item describes, in the language it was answered in. */
export function candidateFrom(item: RepeatItemAnswers, studyId: number, secret: string): Candidate {
  const v = item.values;
  const lang = item.language;
  const text = (s: string | undefined) => (s === undefined ? undefined : { [lang]: s });
  const title = str(v.mc_title);
  const body = str(v.mc_awarding_body);
  const country = str(v.mc_country);
  const region = str(v.mc_region);
  const outcomes = str(v.mc_outcomes);
  const ects = num(v.mc_ects);
  const hours = num(v.mc_hours);
  const info = str(v.mc_info);
  const field = str(v.mc_field);
  const assessment = codes(v.mc_assessment);
  const quality = codes(v.mc_qa);
  const prerequisites = codes(v.mc_prerequisites);
  const participation = str(v.mc_participation);
  const stacking = str(v.mc_stacking);
  const fields: Record<string, unknown> = {
    title: text(title),
    issuerCountries: country === undefined ? undefined : [country],
    issuerRegions: region === undefined ? undefined : [text(region)],
    awardingBodies: body === undefined ? undefined : [{ name: text(body), country }],
    learningOutcomes: outcomes === undefined ? undefined : [{ text: text(outcomes) }],
    workload: ects === undefined && hours === undefined ? undefined : { ects, hours },
    level: str(v.mc_eqf) === undefined ? undefined : { eqf: str(v.mc_eqf) },
    assessment: assessment === undefined ? undefined : { types: assessment },
    participation:
      participation === undefined ? undefined : { form: participation, delivery: str(v.mc_delivery) },
    qualityAssurance: quality === undefined ? undefined : { types: quality },
    prerequisites: prerequisites === undefined ? undefined : { types: prerequisites },
    supervision: str(v.mc_supervision),
    grade: str(v.mc_grade) === undefined ? undefined : { scheme: str(v.mc_grade) },
    stackability: stacking === undefined ? undefined : { option: stacking },
    furtherInformation:
      info === undefined ? undefined : /^https?:\/\//i.test(info) ? { url: info } : { text: text(info) },
    iscedF: field === undefined ? undefined : [field],
    providerType: str(v.mc_provider_type),
    duration: str(v.mc_duration),
    languagesOfInstruction: undefined,
  };
  const record: Record<string, unknown> = {};
  const dropped: string[] = [];
  const shape = microcredentialDraftSchema.shape;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const clean = JSON.parse(JSON.stringify(value));
    const parsed = shape[key as keyof typeof shape].safeParse(clean);
    if (parsed.success) record[key] = parsed.data;
    else dropped.push(key);
  }
  const sourceKey = createHmac('sha256', secret)
    .update(`register-candidate:${studyId}:${item.responseId}:${item.item}`)
    .digest('base64url');
  return { sourceKey: `study:${sourceKey}`, record: record as MicrocredentialDraft, dropped };
}
