/**
 * Register codes written as the EU Vocabularies concepts ELM v3 uses (the reverse of the tables in
 * ../model/vocabularies.ts, which read them). Where a model table has several concepts for one
 * code, the one that names the code most closely is chosen here; a test checks that every concept
 * below maps back to its code through the model's table.
 *
 * Concept URIs and English prefLabels: research note §2.5 (read from the EDC SHACL profile and the
 * Commission's Sample-MC-Annex1). Codes with no concept in those lists have none here: the writers
 * then leave the element out of ELM, or carry the code alone in Open Badges.
 */
import type {
  AssessmentType,
  EqfLevel,
  Microcredential,
  QualityAssuranceType,
  Supervision,
} from '../model/index.ts';
import { authorityCountries, authorityLanguages, ECTS_FRAMEWORK, ECVET_FRAMEWORK } from '../model/index.ts';

type ParticipationForm = Microcredential['participation']['form'];

const SNB = 'http://data.europa.eu/snb';
const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** A SKOS concept as ELM writes it: URI, scheme, English label. */
export interface ElmConcept {
  readonly id: string;
  readonly scheme: string;
  readonly label: string;
}

/** The scheme URIs (`…/25831c2` is the EU Vocabularies' scheme suffix for SNB tables). */
export const schemes = {
  assessment: `${SNB}/assessment/25831c2`,
  mode: `${SNB}/learning-assessment/25831c2`,
  supervision: `${SNB}/supervision-verification/25831c2`,
  accreditation: `${SNB}/accreditation/25831c2`,
  eqf: `${SNB}/eqf/25831c2`,
  iscedF: `${SNB}/isced-f/25831c2`,
  credit: `${SNB}/education-credit/25831c2`,
  country: `${AUTHORITY}/country`,
  language: `${AUTHORITY}/language`,
  escoSkills: 'http://data.europa.eu/esco/concept-scheme/skills',
} as const;

const concept = (scheme: string, path: string, label: string): ElmConcept => ({
  id: `${SNB}/${path}`,
  scheme,
  label,
});

/** LearningAssessmentSpecification `dcType`. `workplace`, `other` and `none` have no concept. */
export const assessmentConcepts: Partial<Record<AssessmentType, ElmConcept>> = {
  test: concept(schemes.assessment, 'assessment/6e6cb2cc78', 'written examination'),
  practical: concept(schemes.assessment, 'assessment/6a4db9f11d', 'practical assessment'),
  project: concept(schemes.assessment, 'assessment/795dac4096', 'project work'),
  oral: concept(schemes.assessment, 'assessment/d30284d7df', 'oral examination'),
};

/** `mode` (form of participation). `volunteering` has no concept. */
export const modeConcepts: Partial<Record<ParticipationForm, ElmConcept>> = {
  online: concept(schemes.mode, 'learning-assessment/920fbb3cbe', 'Online'),
  onsite: concept(schemes.mode, 'learning-assessment/9191af2ed9', 'Presential'),
  blended: concept(schemes.mode, 'learning-assessment/e92d221e4d', 'Blended'),
  work_experience: concept(schemes.mode, 'learning-assessment/729f3bed4b', 'Workbased'),
};

/**
 * `idVerification`. Only "Unsupervised without ID Verification" has a known URI (research §2.5; the
 * others are unverified there), so the other codes carry the English label of Annex I's case alone.
 */
export const supervisionConcepts: Record<Supervision, { readonly id?: string; readonly label: string }> = {
  unsupervised: {
    id: `${SNB}/supervision-verification/c598449d64`,
    label: 'Unsupervised without ID Verification',
  },
  supervised_no_id: { label: 'Supervised without ID Verification' },
  supervised_id: { label: 'Supervised with ID Verification' },
  supervised_online_id: { label: 'Supervised with ID Verification' },
  supervised_onsite_id: { label: 'Supervised with ID Verification' },
};

/** Accreditation `dcType`: QA of the provider is institutional, QA of the credential is programme QA. */
export const accreditationConcepts: Partial<Record<QualityAssuranceType, ElmConcept>> = {
  provider_accredited: concept(schemes.accreditation, 'accreditation/bb4618238e', 'Institutional QA'),
  credential_accredited: concept(schemes.accreditation, 'accreditation/820101cba6', 'Program QA'),
};

export const ectsConcept: ElmConcept = concept(
  schemes.credit,
  `education-credit/${ECTS_FRAMEWORK}`,
  'European Credit Transfer System',
);
export const ecvetConcept: ElmConcept = concept(
  schemes.credit,
  `education-credit/${ECVET_FRAMEWORK}`,
  'European credit system for vocational education and training',
);

export function eqfConcept(level: Exclude<EqfLevel, 'none'>): ElmConcept {
  return concept(schemes.eqf, `eqf/${level}`, `Level ${level}`);
}

export function iscedFConcept(code: string, name: string): ElmConcept {
  return concept(schemes.iscedF, `isced-f/${code}`, name);
}

const invert = (table: Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  new Map(Object.entries(table).map(([authority, code]) => [code, authority]));
const countryAuthority = invert(authorityCountries);
const languageAuthority = invert(authorityLanguages);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A country (ISO 3166-1 alpha-2) as a Publications Office country concept, for the study's countries. */
export function countryConcept(code: string): ElmConcept | undefined {
  const authority = countryAuthority.get(code);
  if (authority === undefined) return undefined;
  return {
    id: `${AUTHORITY}/country/${authority}`,
    scheme: schemes.country,
    label: regionNames.of(code) ?? code,
  };
}

/** A language (ISO 639-1) as a Publications Office language concept. */
export function languageConcept(code: string): ElmConcept | undefined {
  const authority = languageAuthority.get(code);
  if (authority === undefined) return undefined;
  return {
    id: `${AUTHORITY}/language/${authority}`,
    scheme: schemes.language,
    label: languageNames.of(code) ?? code,
  };
}
