/**
 * The columns of a microcredential spreadsheet (one row per microcredential) and the code lists
 * they accept. README.md describes each column; the template is built from this list.
 */
import {
  assessmentTypeSchema,
  deliverySchema,
  durationSchema,
  eqfLevelSchema,
  gradeSchemeSchema,
  iscedF,
  participationFormSchema,
  prerequisiteTypeSchema,
  providerTypeSchema,
  qfEheaCycleSchema,
  qualityAssuranceTypeSchema,
  stackabilityOptionSchema,
  supervisionSchema,
} from '../model/index.ts';

export interface ImportColumn {
  /** The heading; a text column is written `name:xx` with an ISO 639-1 language code. */
  readonly name: string;
  /** Text in a language: the heading carries the language (`title:en`). */
  readonly text: boolean;
  /** One entry per line of the cell (line-break separated). */
  readonly lines?: boolean;
  /** Codes from a list: `list` takes several (`;`, `,` or line breaks between them). */
  readonly codes?: 'one' | 'list';
}

/** The columns in the template's order, by Annex I element. */
export const importColumns: readonly ImportColumn[] = [
  { name: 'id', text: false },
  { name: 'title', text: true },
  { name: 'description', text: true },
  { name: 'awarding_body', text: true, lines: true },
  { name: 'awarding_body_country', text: false, lines: true },
  { name: 'awarding_body_homepage', text: false, lines: true },
  { name: 'awarding_body_id', text: false, lines: true },
  { name: 'issuer_countries', text: false },
  { name: 'issuer_regions', text: true, lines: true },
  { name: 'learning_outcomes', text: true, lines: true },
  { name: 'esco_skills', text: true, lines: true },
  { name: 'ects', text: false },
  { name: 'hours', text: false },
  { name: 'eqf', text: false, codes: 'one' },
  { name: 'nqf', text: true },
  { name: 'cycle', text: false, codes: 'one' },
  { name: 'assessment', text: false, codes: 'list' },
  { name: 'assessment_description', text: true },
  { name: 'participation', text: false, codes: 'one' },
  { name: 'delivery', text: false, codes: 'one' },
  { name: 'quality_assurance', text: false, codes: 'list' },
  { name: 'quality_assurance_description', text: true },
  { name: 'qa_bodies', text: true, lines: true },
  { name: 'qa_url', text: false },
  { name: 'prerequisites', text: false, codes: 'list' },
  { name: 'prerequisites_description', text: true },
  { name: 'supervision', text: false, codes: 'one' },
  { name: 'grade_scheme', text: false, codes: 'one' },
  { name: 'grade_scheme_description', text: true },
  { name: 'stackability', text: false, codes: 'one' },
  { name: 'part_of', text: true, lines: true },
  { name: 'further_information', text: true },
  { name: 'further_information_url', text: false },
  { name: 'award_criteria', text: true },
  { name: 'isced_f', text: false, codes: 'list' },
  { name: 'languages', text: false },
  { name: 'provider_type', text: false, codes: 'one' },
  { name: 'duration', text: false, codes: 'one' },
  { name: 'url', text: false },
  { name: 'enrolment_url', text: false },
  { name: 'catalogue_url', text: false },
];

export const columnByName: ReadonlyMap<string, ImportColumn> = new Map(importColumns.map((c) => [c.name, c]));

/** The allowed codes of each coded column: the model's enums (annex-i.ts, providers.ts, isced-f.ts). */
export const importCodeLists: Readonly<Record<string, readonly string[]>> = {
  eqf: eqfLevelSchema.options,
  cycle: qfEheaCycleSchema.options,
  assessment: assessmentTypeSchema.options,
  participation: participationFormSchema.options,
  delivery: deliverySchema.options,
  quality_assurance: qualityAssuranceTypeSchema.options,
  prerequisites: prerequisiteTypeSchema.options,
  supervision: supervisionSchema.options,
  grade_scheme: gradeSchemeSchema.options,
  stackability: stackabilityOptionSchema.options,
  provider_type: providerTypeSchema.options,
  duration: durationSchema.options,
  isced_f: [...iscedF.keys()],
};

/** Lists in which `none` must stand alone. */
export const noneIsExclusive: ReadonlySet<string> = new Set([
  'assessment',
  'quality_assurance',
  'prerequisites',
]);

/** Limits of the model's lists, reported as `tooMany`. */
export const listLimits = {
  awardingBodies: 20,
  issuerCountries: 30,
  issuerRegions: 30,
  learningOutcomes: 50,
  escoSkills: 50,
  qaBodies: 10,
  partOf: 20,
  iscedF: 5,
  languages: 30,
} as const;

/** Bounds of the numeric columns (the model's, as the study asks them). */
export const numberBounds = { ects: 60, hours: 2000 } as const;
