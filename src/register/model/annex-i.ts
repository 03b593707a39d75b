/**
 * The register's microcredential: the European standard elements of Annex I of the Council
 * Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong learning
 * and employability (2022/C 243/02, OJ C 243, 27.6.2022, p. 10), plus the few fields a register
 * needs (id, field of education, languages, provider type, links).
 *
 * Controlled values are codes; the pages translate them. Where the study's questionnaire
 * (questionnaires/microcredentials/modules/microcredentials.yaml) has a list for the same element,
 * the codes are its codes, so a study answer becomes a register value without a table.
 *
 * The schema has no top-level refinements, so `.partial()` and `.shape` keep working: the
 * completeness check validates each element with its own field schema.
 */
import { z } from 'zod';
import {
  countryCodeSchema,
  dateOrDateTimeSchema,
  languageCodeSchema,
  localizedTextSchema,
  recordIdSchema,
  webUrlSchema,
} from './common.ts';
import { isIscedFCode } from './isced-f.ts';
import { legalIdentifierSchema, providerTypeSchema } from './providers.ts';

/** The 16 elements of Annex I in its order: 11 mandatory, then 5 optional ("where relevant"). */
export const annexIElements = [
  { code: 'learner', number: 1, mandatory: true },
  { code: 'title', number: 2, mandatory: true },
  { code: 'issuerCountry', number: 3, mandatory: true },
  { code: 'awardingBody', number: 4, mandatory: true },
  { code: 'dateOfIssuing', number: 5, mandatory: true },
  { code: 'learningOutcomes', number: 6, mandatory: true },
  { code: 'workload', number: 7, mandatory: true },
  { code: 'level', number: 8, mandatory: true },
  { code: 'assessmentType', number: 9, mandatory: true },
  { code: 'participationForm', number: 10, mandatory: true },
  { code: 'qualityAssurance', number: 11, mandatory: true },
  { code: 'prerequisites', number: 12, mandatory: false },
  { code: 'supervision', number: 13, mandatory: false },
  { code: 'grade', number: 14, mandatory: false },
  { code: 'stackability', number: 15, mandatory: false },
  { code: 'furtherInformation', number: 16, mandatory: false },
] as const;
export type AnnexIElement = (typeof annexIElements)[number]['code'];

/** A value list in which `none` ("no assessment", "no prerequisites"…) excludes every other code. */
const noneIsExclusive = (codes: readonly string[]): boolean => !codes.includes('none') || codes.length === 1;
const distinct = (codes: readonly string[]): boolean => new Set(codes).size === codes.length;

// --- Element 3: country(ies)/region(s) of the issuer -------------------------------------------

/** An ISCED-F 2013 code (broad, narrow or detailed): the list in isced-f.ts. */
export const iscedFCodeSchema = z.string().refine(isIscedFCode, { message: 'an ISCED-F 2013 field code' });

// --- Element 4: awarding body(ies) --------------------------------------------------------------

export const awardingBodySchema = z.strictObject({
  name: localizedTextSchema,
  /** The register's provider record (providers.ts), once the body is known to the register. */
  providerId: recordIdSchema.optional(),
  country: countryCodeSchema.optional(),
  homepage: webUrlSchema.optional(),
  legalIdentifiers: z.array(legalIdentifierSchema).max(10).optional(),
});
export type AwardingBody = z.infer<typeof awardingBodySchema>;

// --- Element 6: learning outcomes ---------------------------------------------------------------

/**
 * ESCO skills and knowledge concepts all live under `/esco/skill/` (ESCO URIs are http, not https).
 * ELM links them with `LearningOutcome.relatedESCOSkill`, OB3 with an `Alignment.targetUrl`.
 */
export const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const escoSkillRefSchema = z.strictObject({
  uri: z.string().regex(ESCO_SKILL_URI, 'an ESCO skill URI'),
  /** The ESCO preferred label, in the languages the source gave. */
  label: localizedTextSchema,
});
export type EscoSkillRef = z.infer<typeof escoSkillRefSchema>;

export const learningOutcomeSchema = z.strictObject({
  text: localizedTextSchema,
  escoSkills: z.array(escoSkillRefSchema).max(50).optional(),
});
export type LearningOutcome = z.infer<typeof learningOutcomeSchema>;

// --- Element 7: notional workload ---------------------------------------------------------------

/**
 * Annex I asks for the workload "in ECTS, wherever possible"; hours are the other measure the study
 * asks for (`mc_ects`, `mc_hours`, same bounds). `credits` keeps a credit value whose system is not
 * ECTS or not stated: OB3 `creditsAvailable` has no unit, ELM may give ECVET points.
 */
export const creditSystemSchema = z.enum(['ecvet', 'unspecified']);
export const workloadSchema = z
  .strictObject({
    ects: z.number().positive().max(60).optional(),
    hours: z.number().positive().max(2000).optional(),
    credits: z
      .strictObject({ value: z.number().positive().max(1000), system: creditSystemSchema })
      .optional(),
  })
  .refine((w) => w.ects !== undefined || w.hours !== undefined || w.credits !== undefined, {
    message: 'ECTS credits, hours or another credit value',
  });
export type Workload = z.infer<typeof workloadSchema>;

// --- Element 8: level (and cycle) ---------------------------------------------------------------

/** EQF levels as the study codes them (`eqf` list): '1'…'8', or 'none' for "it has no level". */
export const eqfLevelSchema = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', 'none']);
export type EqfLevel = z.infer<typeof eqfLevelSchema>;

/** The cycles of the Qualifications Framework in the European Higher Education Area. */
export const qfEheaCycleSchema = z.enum(['short_cycle', 'first_cycle', 'second_cycle', 'third_cycle']);

export const levelSchema = z
  .strictObject({
    eqf: eqfLevelSchema.optional(),
    /** A national framework level, as its label (ELM `nqfLevel` prefLabel, e.g. "RQF Level 6"). */
    nqf: z
      .strictObject({ label: localizedTextSchema, uri: z.string().min(1).max(500).optional() })
      .optional(),
    cycle: qfEheaCycleSchema.optional(),
  })
  .refine((l) => l.eqf !== undefined || l.nqf !== undefined || l.cycle !== undefined, {
    message: 'an EQF level, an NQF level or a cycle',
  });
export type Level = z.infer<typeof levelSchema>;

// --- Element 9: type of assessment --------------------------------------------------------------

/** The study's `assessment` list. */
export const assessmentTypeSchema = z.enum([
  'test',
  'practical',
  'project',
  'oral',
  'workplace',
  'other',
  'none',
]);
export type AssessmentType = z.infer<typeof assessmentTypeSchema>;

export const assessmentSchema = z
  .strictObject({
    types: z.array(assessmentTypeSchema).max(7).refine(distinct).refine(noneIsExclusive),
    description: localizedTextSchema.optional(),
  })
  .refine((a) => a.types.length > 0 || a.description !== undefined, { message: 'a type or a description' });
export type Assessment = z.infer<typeof assessmentSchema>;

// --- Element 10: form of participation ----------------------------------------------------------

/** The study's `participation` list. */
export const participationFormSchema = z.enum([
  'online',
  'onsite',
  'blended',
  'work_experience',
  'volunteering',
]);
/** The study's `delivery` list: when people learn. */
export const deliverySchema = z.enum(['self_paced', 'scheduled', 'mixed']);

export const participationSchema = z.strictObject({
  form: participationFormSchema,
  delivery: deliverySchema.optional(),
});
export type Participation = z.infer<typeof participationSchema>;

// --- Element 11: type of quality assurance ------------------------------------------------------

/**
 * The study's `quality` list. ELM's accreditation types map onto it: Institutional QA/License ->
 * `provider_accredited`, Program QA/License -> `credential_accredited`.
 */
export const qualityAssuranceTypeSchema = z.enum([
  'internal',
  'provider_accredited',
  'credential_accredited',
  'industry_standard',
  'regulated',
  'none',
]);
export type QualityAssuranceType = z.infer<typeof qualityAssuranceTypeSchema>;

export const qualityAssuranceSchema = z
  .strictObject({
    types: z.array(qualityAssuranceTypeSchema).max(6).refine(distinct).refine(noneIsExclusive),
    description: localizedTextSchema.optional(),
    /** Accrediting or licensing bodies (ELM `accreditingAgent`). */
    bodies: z.array(localizedTextSchema).max(10).optional(),
    url: webUrlSchema.optional(),
  })
  .refine((q) => q.types.length > 0 || q.description !== undefined || (q.bodies?.length ?? 0) > 0, {
    message: 'a type, a description or a body',
  });
export type QualityAssurance = z.infer<typeof qualityAssuranceSchema>;

// --- Optional elements 12–16 --------------------------------------------------------------------

/** The study's `prerequisites` list. */
export const prerequisiteTypeSchema = z.enum(['qualification', 'experience', 'language', 'other', 'none']);
export const prerequisitesSchema = z
  .strictObject({
    types: z.array(prerequisiteTypeSchema).max(5).refine(distinct).refine(noneIsExclusive),
    description: localizedTextSchema.optional(),
  })
  .refine((p) => p.types.length > 0 || p.description !== undefined, { message: 'a type or a description' });
export type Prerequisites = z.infer<typeof prerequisitesSchema>;

/**
 * Supervision and identity verification during assessment. Annex I names three cases: unsupervised
 * with no identity verification, supervised with no identity verification, supervised online or
 * onsite with identity verification (`supervised_id`, ELM's "Supervised with ID Verification"). The
 * study splits the third into online and onsite; those two codes refine `supervised_id`.
 */
export const supervisionSchema = z.enum([
  'unsupervised',
  'supervised_no_id',
  'supervised_id',
  'supervised_online_id',
  'supervised_onsite_id',
]);
export type Supervision = z.infer<typeof supervisionSchema>;

/** The study's `grade` list: what result holders get. */
export const gradeSchemeSchema = z.enum(['pass_fail', 'graded', 'none']);
export const gradeSchema = z
  .strictObject({
    scheme: gradeSchemeSchema.optional(),
    /** The grading scheme in words (ELM `gradingScheme`, OB3 `resultDescription.name`). */
    schemeDescription: localizedTextSchema.optional(),
    /**
     * The grade achieved, on a record read from an issued credential (ELM `provenBy.grade`, OB3
     * `result.value`). It is about the holder: the register's pages decide whether to show it.
     */
    achieved: localizedTextSchema.optional(),
  })
  .refine((g) => g.scheme !== undefined || g.schemeDescription !== undefined || g.achieved !== undefined, {
    message: 'a scheme or a grade',
  });
export type Grade = z.infer<typeof gradeSchema>;

/** Annex I: stand-alone / integrated, stackable towards another credential. Codes of the study's `stacking` list. */
export const stackabilityOptionSchema = z.enum(['standalone', 'stackable', 'unit_of_qualification']);
export const credentialRefSchema = z
  .strictObject({
    title: localizedTextSchema.optional(),
    url: webUrlSchema.optional(),
    /** An identifier of the larger credential (ELM `isPartOf` id, a register id, a QDR URI…). */
    id: z.string().min(1).max(500).optional(),
  })
  .refine((r) => r.title !== undefined || r.url !== undefined || r.id !== undefined, {
    message: 'a title, a URL or an id',
  });
export const stackabilitySchema = z.strictObject({
  option: stackabilityOptionSchema,
  /** The larger credentials it counts towards. */
  partOf: z.array(credentialRefSchema).max(20).optional(),
});
export type Stackability = z.infer<typeof stackabilitySchema>;

export const furtherInformationSchema = z
  .strictObject({ text: localizedTextSchema.optional(), url: webUrlSchema.optional() })
  .refine((f) => f.text !== undefined || f.url !== undefined, { message: 'a text or a URL' });

// --- Register fields ----------------------------------------------------------------------------

/** The study's `duration` list: from start to finish. */
export const durationSchema = z.enum(['under_1w', '1w_1m', '1m_3m', '3m_6m', 'over_6m']);

export const linkSchema = z.strictObject({
  rel: z.enum(['homepage', 'enrolment', 'catalogue']),
  url: webUrlSchema,
});

/** Where a record was read from, when it was mapped from an issued credential. */
export const credentialSourceSchema = z.strictObject({
  /** The formats of VerificationReport (src/register/verify/report.ts). */
  format: z.enum(['open-badges-3', 'europass-elm-3']),
  credentialId: z.string().min(1).max(500).optional(),
  /** What the credential says it is: OB3 `achievementType` (e.g. MicroCredential), ELM `specifiedBy.dcType` URI. */
  declaredType: z.string().min(1).max(500).optional(),
});
export type CredentialSource = z.infer<typeof credentialSourceSchema>;

// --- The record ---------------------------------------------------------------------------------

export const microcredentialSchema = z.strictObject({
  id: recordIdSchema,

  // Element 1, identification of the learner, has no field. Annex I lists it because it describes
  // an awarded micro-credential; a register entry describes the micro-credential that is awarded,
  // not anyone who holds it, so the element does not apply, and the register keeps no learner data
  // (the mappers drop `credentialSubject`). The completeness check reports it as not applicable.

  /** Element 2: title of the micro-credential. */
  title: localizedTextSchema,
  /** Element 3: country(ies) of the issuer… */
  issuerCountries: z.array(countryCodeSchema).min(1).max(30).refine(distinct),
  /** …and region(s), as names (e.g. ELM `spatialCode` prefLabel, the study's `mc_region`). */
  issuerRegions: z.array(localizedTextSchema).max(30).optional(),
  /** Element 4: awarding body(ies). */
  awardingBodies: z.array(awardingBodySchema).min(1).max(20),
  /**
   * Element 5: date of issuing. Only a record read from an issued credential has one: a
   * description of a microcredential is not issued on any date.
   */
  dateOfIssuing: dateOrDateTimeSchema.optional(),
  /** Element 6: learning outcomes. */
  learningOutcomes: z.array(learningOutcomeSchema).min(1).max(50),
  /** Element 7: notional workload needed to achieve the learning outcomes. */
  workload: workloadSchema,
  /** Element 8: level (and cycle, if applicable); `eqf: 'none'` when it has no level. */
  level: levelSchema,
  /** Element 9: type of assessment. */
  assessment: assessmentSchema,
  /** Element 10: form of participation in the learning activity. */
  participation: participationSchema,
  /** Element 11: type of quality assurance used to underpin the micro-credential. */
  qualityAssurance: qualityAssuranceSchema,
  /** Element 12 (optional): prerequisites needed to enrol in the learning activity. */
  prerequisites: prerequisitesSchema.optional(),
  /** Element 13 (optional): supervision and identity verification during assessment. */
  supervision: supervisionSchema.optional(),
  /** Element 14 (optional): grade achieved (and the scheme it is on). */
  grade: gradeSchema.optional(),
  /** Element 15 (optional): integration/stackability options. */
  stackability: stackabilitySchema.optional(),
  /** Element 16 (optional): further information. */
  furtherInformation: furtherInformationSchema.optional(),

  /** A short description (OB3 `achievement.description`, ELM `learningOutcomeSummary`). */
  description: localizedTextSchema.optional(),
  /** What a learner must do to be awarded it (OB3 `criteria.narrative`). */
  awardCriteria: localizedTextSchema.optional(),
  /** ISCED-F 2013 field(s) of education and training. */
  iscedF: z.array(iscedFCodeSchema).min(1).max(5).refine(distinct).optional(),
  languagesOfInstruction: z.array(languageCodeSchema).min(1).max(30).refine(distinct).optional(),
  /** What kind of organisation provides the learning (the study's `mc_provider_type`). */
  providerType: providerTypeSchema.optional(),
  duration: durationSchema.optional(),
  links: z.array(linkSchema).max(20).optional(),
  source: credentialSourceSchema.optional(),
});
export type Microcredential = z.infer<typeof microcredentialSchema>;

/** A record under construction, or as a mapper returns it: every field optional, each still checked. */
export const microcredentialDraftSchema = microcredentialSchema.partial();
export type MicrocredentialDraft = z.infer<typeof microcredentialDraftSchema>;
