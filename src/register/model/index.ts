/**
 * The register's microcredential model: the European standard elements of Annex I of the Council
 * Recommendation of 16 June 2022 (OJ C 243, 27.6.2022, p. 10), their completeness check, and the
 * mappings from verified credentials. Pure: no I/O. See README.md.
 */
export type {
  AnnexIElement,
  Assessment,
  AssessmentType,
  AwardingBody,
  CredentialSource,
  EqfLevel,
  EscoSkillRef,
  Grade,
  LearningOutcome,
  Level,
  Microcredential,
  MicrocredentialDraft,
  Participation,
  Prerequisites,
  QualityAssurance,
  QualityAssuranceType,
  Stackability,
  Supervision,
  Workload,
} from './annex-i.ts';
export {
  annexIElements,
  assessmentTypeSchema,
  deliverySchema,
  durationSchema,
  ESCO_SKILL_URI,
  eqfLevelSchema,
  gradeSchemeSchema,
  microcredentialDraftSchema,
  microcredentialSchema,
  participationFormSchema,
  prerequisiteTypeSchema,
  qfEheaCycleSchema,
  qualityAssuranceTypeSchema,
  stackabilityOptionSchema,
  supervisionSchema,
} from './annex-i.ts';
export {
  countryCodeSchema,
  languageCodeSchema,
  localizedTextSchema,
  recordIdSchema,
  UNDETERMINED,
  webUrlSchema,
} from './common.ts';
export type { Completeness, ElementCheck, ElementReason, ElementStatus } from './completeness.ts';
export { annexICompleteness, MIN_OUTCOME_WORDS } from './completeness.ts';
export {
  ESCO_ATTRIBUTION,
  type EscoLanguage,
  type EscoSkill,
  escoSkills,
  findEscoSkill,
  searchEscoSkills,
} from './esco-skills.ts';
export { exampleMicrocredential } from './example-record.ts';
export type { MappingResult } from './from-credential.ts';
export {
  fromAchievement,
  fromElm,
  fromLearningAchievementSpecification,
  fromOpenBadge,
} from './from-credential.ts';
export { broadFieldOf, iscedF, iscedFCodes, isIscedFCode } from './isced-f.ts';
export type {
  AccreditationStatus,
  LegalIdentifier,
  Provider,
  ProviderAccreditation,
  ProviderType,
} from './providers.ts';
export { providerSchema, providerTypeSchema } from './providers.ts';
export type { ConceptTable } from './vocabularies.ts';
export {
  authorityCountries,
  authorityLanguages,
  ECTS_FRAMEWORK,
  ECVET_FRAMEWORK,
  elmAccreditation,
  elmAssessment,
  elmMode,
  elmSupervision,
} from './vocabularies.ts';
