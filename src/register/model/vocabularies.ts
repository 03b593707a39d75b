/**
 * The controlled values of credentials that the mappers translate into register codes. Concept URIs
 * are those of the EU Vocabularies used by ELM v3 (`http://data.europa.eu/snb/…`, Publications
 * Office authority tables `http://publications.europa.eu/resource/authority/…`); labels are their
 * English prefLabels, for credentials that use ad-hoc `urn:epass:…` concepts with the standard label
 * (the Commission's own Sample-MC-Annex1 does so for its assessment type).
 */

import type { z } from 'zod';
import type {
  AssessmentType,
  participationFormSchema,
  QualityAssuranceType,
  Supervision,
} from './annex-i.ts';

type ParticipationForm = z.infer<typeof participationFormSchema>;

/** A concept found by the last segment of its URI, else by its English label (lower case). */
export interface ConceptTable<T> {
  readonly byId: Readonly<Record<string, T>>;
  readonly byLabel: Readonly<Record<string, T>>;
}

/**
 * LearningAssessmentSpecification `dcType` (`…/snb/assessment/`). Only concepts whose meaning is a
 * study code are listed; artefact assessment, for one, is not a test, a project or a portfolio, so
 * it maps to `other` with its label as the description.
 */
export const elmAssessment: ConceptTable<AssessmentType> = {
  byId: {
    '6e6cb2cc78': 'test',
    b1b68f6735: 'test',
    d30284d7df: 'oral',
    '6a4db9f11d': 'practical',
    '4f03b91c0e': 'project',
    '795dac4096': 'project',
  },
  byLabel: {
    'written examination': 'test',
    quiz: 'test',
    'oral examination': 'oral',
    'practical assessment': 'practical',
    portfolio: 'project',
    'project work': 'project',
  },
};

/** `mode` (scheme path `…/snb/learning-assessment/`, sic). Project based and Research-Lab based have no study code. */
export const elmMode: ConceptTable<ParticipationForm> = {
  byId: {
    '920fbb3cbe': 'online',
    '9191af2ed9': 'onsite',
    e92d221e4d: 'blended',
    '729f3bed4b': 'work_experience',
  },
  byLabel: { online: 'online', presential: 'onsite', blended: 'blended', workbased: 'work_experience' },
};

/** `idVerification` (`…/snb/supervision-verification/`): the three cases of Annex I. */
export const elmSupervision: ConceptTable<Supervision> = {
  byId: { c598449d64: 'unsupervised' },
  byLabel: {
    'unsupervised without id verification': 'unsupervised',
    'supervised without id verification': 'supervised_no_id',
    'supervised with id verification': 'supervised_id',
  },
};

/** Accreditation `dcType` (`…/snb/accreditation/`): institutional ones concern the provider, program ones the credential. */
export const elmAccreditation: ConceptTable<QualityAssuranceType> = {
  byId: {
    '003293d2ce': 'provider_accredited',
    bb4618238e: 'provider_accredited',
    '820101cba6': 'credential_accredited',
    e57dddfcf3: 'credential_accredited',
  },
  byLabel: {
    'institutional license': 'provider_accredited',
    'institutional qa': 'provider_accredited',
    'program qa': 'credential_accredited',
    'program license': 'credential_accredited',
  },
};

/** `creditPoint.framework` (`…/snb/education-credit/`). */
export const ECTS_FRAMEWORK = '6fcec5c5af';
export const ECVET_FRAMEWORK = '60b314e826';

/** Edubadges (SURF) OB3 extension terms, see research §3.8. */
export const edubadgesAssessment: Readonly<Record<string, AssessmentType>> = {
  testing: 'test',
  'application of a skill': 'practical',
  portfolio: 'project',
};
/** "onsite or blended" is two study codes at once, so it is not mapped. */
export const edubadgesParticipation: Readonly<Record<string, ParticipationForm>> = {
  online: 'online',
  volunteering: 'volunteering',
  'work experience': 'work_experience',
};
export const edubadgesSupervision: Readonly<Record<string, Supervision>> = {
  'unsupervised with no identity verification': 'unsupervised',
  'supervised with no identity verification': 'supervised_no_id',
  'onsite with identity verification': 'supervised_onsite_id',
};

/**
 * Publications Office country table (ISO 3166-1 alpha-3 for these) -> alpha-2, for the countries the
 * study covers: EU-27, EEA, Switzerland, the United Kingdom and the candidate countries.
 */
export const authorityCountries: Readonly<Record<string, string>> = {
  AUT: 'AT',
  BEL: 'BE',
  BGR: 'BG',
  CYP: 'CY',
  CZE: 'CZ',
  DEU: 'DE',
  DNK: 'DK',
  EST: 'EE',
  ESP: 'ES',
  FIN: 'FI',
  FRA: 'FR',
  GRC: 'GR',
  HRV: 'HR',
  HUN: 'HU',
  IRL: 'IE',
  ITA: 'IT',
  LTU: 'LT',
  LUX: 'LU',
  LVA: 'LV',
  MLT: 'MT',
  NLD: 'NL',
  POL: 'PL',
  PRT: 'PT',
  ROU: 'RO',
  SWE: 'SE',
  SVN: 'SI',
  SVK: 'SK',
  ISL: 'IS',
  LIE: 'LI',
  NOR: 'NO',
  CHE: 'CH',
  GBR: 'GB',
  ALB: 'AL',
  BIH: 'BA',
  GEO: 'GE',
  MDA: 'MD',
  MNE: 'ME',
  MKD: 'MK',
  SRB: 'RS',
  TUR: 'TR',
  UKR: 'UA',
};

/** Publications Office language table -> ISO 639-1: the EU's 24 official languages and neighbours. */
export const authorityLanguages: Readonly<Record<string, string>> = {
  BUL: 'bg',
  CES: 'cs',
  DAN: 'da',
  DEU: 'de',
  ELL: 'el',
  ENG: 'en',
  EST: 'et',
  FIN: 'fi',
  FRA: 'fr',
  GLE: 'ga',
  HRV: 'hr',
  HUN: 'hu',
  ITA: 'it',
  LAV: 'lv',
  LIT: 'lt',
  MLT: 'mt',
  NLD: 'nl',
  POL: 'pl',
  POR: 'pt',
  RON: 'ro',
  SLK: 'sk',
  SLV: 'sl',
  SPA: 'es',
  SWE: 'sv',
  ISL: 'is',
  NOR: 'no',
  MKD: 'mk',
  SQI: 'sq',
  SRP: 'sr',
  TUR: 'tr',
  UKR: 'uk',
  BOS: 'bs',
  CAT: 'ca',
  EUS: 'eu',
  GLG: 'gl',
  LTZ: 'lb',
};
