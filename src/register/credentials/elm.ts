/**
 * A register entry as a European Learning Model v3 `LearningAchievementSpecification` (or
 * `Qualification`), in the compact JSON-LD of the EDC application profile: the shapes of the
 * Commission's Sample-MC-Annex1 credential (research §2.2, §2.4) and the property list of the EDC
 * SHACL shapes (`EDC-generic-no-cv.ttl`, version 1.1.0). The model's `fromElm` and
 * `fromLearningAchievementSpecification` read what this writes; README.md says what is lost.
 *
 * Nodes get ids under the entry URL (`{id}#learning-outcome-1`…), so the output is the same for the
 * same record. One value is written bare and several as an array, as the Commission's sample does,
 * except `learningOutcome` and `relatedESCOSkill`, which are always arrays.
 */
import type { AwardingBody, Microcredential } from '../model/index.ts';
import { iscedF } from '../model/index.ts';
import {
  accreditationConcepts,
  assessmentConcepts,
  countryConcept,
  type ElmConcept,
  ectsConcept,
  ecvetConcept,
  eqfConcept,
  iscedFConcept,
  languageConcept,
  modeConcepts,
  schemes,
} from './concepts.ts';
import { defined, type JsonObject, type Text } from './json.ts';

/** The EDC JSON-LD context (research §2.6); a copy is in the vectors, `edc-elm3/edc-ap-context.jsonld`. */
export const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';
/** The EDC context does not alias `id` and `type`: EDCs get them from the VC v1 context; a bare specification from this. */
const KEYWORD_ALIASES = { id: '@id', type: '@type' } as const;

export interface ElmSpecificationOptions {
  /** The specification's id: the register entry's public URL. */
  readonly id: string;
  /**
   * `LearningAchievementSpecification` (default), or `Qualification` for a micro-credential that a
   * competent body has made a qualification (the Commission's sample is one).
   */
  readonly type?: 'LearningAchievementSpecification' | 'Qualification';
  /** Whether to add `@context` (a standalone document); false to embed it in a credential. Default true. */
  readonly withContext?: boolean;
}

const oneOrMany = <T>(list: readonly T[]): T | readonly T[] | undefined =>
  list.length === 0 ? undefined : list.length === 1 ? list[0] : list;

function conceptNode(concept: ElmConcept): JsonObject {
  return {
    id: concept.id,
    type: 'Concept',
    inScheme: { id: concept.scheme, type: 'ConceptScheme' },
    prefLabel: { en: concept.label },
  };
}

const note = (id: string, text: Text): JsonObject => ({ id, type: 'Note', noteLiteral: { ...text } });
const webResource = (id: string, url: string): JsonObject => ({ id, type: 'WebResource', contentURL: url });

/** `volumeOfLearning` as an xsd:duration of hours and minutes (`PT80H`, `PT1H30M`). */
export function hoursAsDuration(hours: number): string {
  const whole = Math.floor(hours);
  const minutes = Math.round((hours - whole) * 60);
  if (minutes === 60) return `PT${whole + 1}H`;
  return minutes === 0 ? `PT${whole}H` : `PT${whole}H${minutes}M`;
}

const LEGAL_IDENTIFIER_KEYS = {
  registration: 'registration',
  vat: 'vatIdentifier',
  eidas: 'eIDASIdentifier',
} as const;

/** Elements 3, 4 and (for the provider's QA) 11: an awarding body as an ELM Organisation. */
function organisation(
  body: AwardingBody,
  nodeId: string,
  fallbackCountry: string | undefined,
  accreditation: readonly JsonObject[],
): JsonObject {
  const country = countryConcept(body.country ?? fallbackCountry ?? '');
  const identifiers: Record<string, JsonObject[]> = {};
  const add = (key: string, node: JsonObject): void => {
    identifiers[key] = [...(identifiers[key] ?? []), node];
  };
  (body.legalIdentifiers ?? []).forEach((legal, i) => {
    const id = `${nodeId}-identifier-${i + 1}`;
    const spatial = countryConcept(legal.country ?? body.country ?? fallbackCountry ?? '');
    if (legal.scheme === 'other') {
      add('identifier', { id, type: 'Identifier', notation: legal.value });
      return;
    }
    const key = LEGAL_IDENTIFIER_KEYS[legal.scheme];
    add(
      key,
      defined({
        id,
        type: 'LegalIdentifier',
        notation: legal.value,
        spatial: spatial === undefined ? undefined : conceptNode(spatial),
      }),
    );
  });
  return defined({
    id: nodeId,
    type: 'Organisation',
    legalName: { ...body.name },
    location:
      country === undefined
        ? undefined
        : {
            id: `${nodeId}-location`,
            type: 'Location',
            address: { id: `${nodeId}-address`, type: 'Address', countryCode: conceptNode(country) },
          },
    homepage: body.homepage === undefined ? undefined : webResource(`${nodeId}-homepage`, body.homepage),
    ...Object.fromEntries(Object.entries(identifiers).map(([key, list]) => [key, oneOrMany(list)])),
    accreditation: oneOrMany(accreditation),
  });
}

/**
 * Element 11 as ELM Accreditations: one per QA type that has an accreditation concept and per
 * accrediting body (SHACL: `accreditingAgent` exactly one). Title: the concept's label.
 */
function accreditations(
  record: Microcredential,
  base: string,
  which: 'provider' | 'credential',
): JsonObject[] {
  const qa = record.qualityAssurance;
  const type = which === 'provider' ? 'provider_accredited' : 'credential_accredited';
  const concept = accreditationConcepts[type];
  if (concept === undefined || !qa.types.includes(type)) return [];
  const agents: (JsonObject | undefined)[] =
    qa.bodies === undefined || qa.bodies.length === 0
      ? [undefined]
      : qa.bodies.map((name, i) => ({
          id: `${base}#accrediting-agent-${i + 1}`,
          type: 'Organisation',
          legalName: { ...name },
        }));
  return agents.map((agent, i) =>
    defined({
      id: `${base}#accreditation-${which}-${i + 1}`,
      type: 'Accreditation',
      dcType: conceptNode(concept),
      title: { en: concept.label },
      description: qa.description === undefined ? undefined : { ...qa.description },
      accreditingAgent: agent,
      landingPage: qa.url === undefined ? undefined : webResource(`${base}#accreditation-page`, qa.url),
    }),
  );
}

/** Elements 9 and 14: one LearningAssessmentSpecification per assessment type, with the grading scheme. */
function assessments(record: Microcredential, base: string): JsonObject[] {
  const grade = record.grade;
  const schemeTitle: Text | undefined =
    grade?.schemeDescription ??
    (grade?.scheme === 'pass_fail'
      ? { en: 'Pass/fail' }
      : grade?.scheme === 'graded'
        ? { en: 'Grade' }
        : undefined);
  const gradingScheme =
    schemeTitle === undefined
      ? undefined
      : { id: `${base}#grading-scheme`, type: 'GradingScheme', title: { ...schemeTitle } };
  const { types, description } = record.assessment;
  const withConcept = types.filter((t) => assessmentConcepts[t] !== undefined);
  const out: JsonObject[] = withConcept.map((type, i) => {
    const concept = assessmentConcepts[type]!;
    return defined({
      id: `${base}#assessment-${i + 1}`,
      type: 'LearningAssessmentSpecification',
      title: description === undefined ? { en: concept.label } : { ...description },
      dcType: conceptNode(concept),
      gradingScheme,
    });
  });
  // A type with no concept (work-place assessment, other) or none at all: the description alone.
  if (out.length === 0 && (description !== undefined || gradingScheme !== undefined)) {
    out.push(
      defined({
        id: `${base}#assessment-1`,
        type: 'LearningAssessmentSpecification',
        title: description === undefined ? { ...record.title } : { ...description },
        gradingScheme,
      }),
    );
  }
  return out;
}

/** Element 15: `isPartialQualification` and `isPartOf`. */
function stackability(record: Microcredential, base: string): JsonObject {
  const stack = record.stackability;
  if (stack === undefined) return {};
  const partOf = (stack.partOf ?? []).map((ref, i) =>
    defined({
      id: ref.id ?? ref.url ?? `${base}#part-of-${i + 1}`,
      type: 'LearningAchievementSpecification',
      title: ref.title === undefined ? undefined : { ...ref.title },
      homepage: ref.url === undefined ? undefined : webResource(`${base}#part-of-${i + 1}-homepage`, ref.url),
    }),
  );
  return defined({
    // Stand-alone is a whole on its own; a unit of a qualification is partial. "Stackable" alone says neither.
    isPartialQualification:
      stack.option === 'standalone' ? false : stack.option === 'unit_of_qualification' ? true : undefined,
    isPartOf: oneOrMany(partOf),
  });
}

/**
 * A register entry as an ELM v3 LearningAchievementSpecification. The awarding bodies are its
 * `awardingOpportunity`; the provider's accreditation sits on the first awarding body (EDC allows
 * accreditation on organisations and qualifications, not on a LearningAchievementSpecification).
 */
export function toElmLearningAchievementSpecification(
  record: Microcredential,
  options: ElmSpecificationOptions,
): JsonObject {
  const base = options.id;
  const type = options.type ?? 'LearningAchievementSpecification';
  const { workload, level } = record;
  const providerQa = accreditations(record, base, 'provider');
  const credentialQa = accreditations(record, base, 'credential');
  const bodies = record.awardingBodies.map((body, i) =>
    organisation(
      body,
      `${base}#awarding-body-${i + 1}`,
      i === 0 ? record.issuerCountries[0] : undefined,
      // Programme QA can only sit on a Qualification; on a LearningAchievementSpecification it goes with the provider's.
      i === 0 ? [...providerQa, ...(type === 'Qualification' ? [] : credentialQa)] : [],
    ),
  );

  const creditPoints: JsonObject[] = [];
  if (workload.ects !== undefined) {
    creditPoints.push({
      id: `${base}#credit-point-ects`,
      type: 'CreditPoint',
      framework: conceptNode(ectsConcept),
      point: String(workload.ects),
    });
  }
  if (workload.credits?.system === 'ecvet') {
    creditPoints.push({
      id: `${base}#credit-point-ecvet`,
      type: 'CreditPoint',
      framework: conceptNode(ecvetConcept),
      point: String(workload.credits.value),
    });
  }

  const languages = (record.languagesOfInstruction ?? [])
    .map(languageConcept)
    .filter((c): c is ElmConcept => c !== undefined)
    .map(conceptNode);
  const mode = modeConcepts[record.participation.form];
  const further = record.furtherInformation;

  return defined({
    ...(options.withContext === false ? {} : { '@context': [EDC_CONTEXT, KEYWORD_ALIASES] }),
    id: base,
    type,
    title: { ...record.title },
    description: record.description === undefined ? undefined : { ...record.description },
    learningOutcome: record.learningOutcomes.map((outcome, i) =>
      defined({
        id: `${base}#learning-outcome-${i + 1}`,
        type: 'LearningOutcome',
        title: { ...outcome.text },
        relatedESCOSkill:
          outcome.escoSkills === undefined || outcome.escoSkills.length === 0
            ? undefined
            : outcome.escoSkills.map((skill) => ({
                ...conceptNode({ id: skill.uri, scheme: schemes.escoSkills, label: '' }),
                prefLabel: { ...skill.label },
              })),
      }),
    ),
    volumeOfLearning: workload.hours === undefined ? undefined : hoursAsDuration(workload.hours),
    creditPoint: oneOrMany(creditPoints),
    eqfLevel:
      level.eqf === undefined || level.eqf === 'none' ? undefined : conceptNode(eqfConcept(level.eqf)),
    nqfLevel:
      level.nqf === undefined
        ? undefined
        : defined({ id: level.nqf.uri, type: 'Concept', prefLabel: { ...level.nqf.label } }),
    thematicArea: oneOrMany(
      (record.iscedF ?? []).map((code) => conceptNode(iscedFConcept(code, iscedF.get(code) ?? code))),
    ),
    language: oneOrMany(languages),
    mode: mode === undefined ? undefined : conceptNode(mode),
    entryRequirement:
      record.prerequisites?.description === undefined
        ? undefined
        : note(`${base}#entry-requirement`, record.prerequisites.description),
    ...stackability(record, base),
    accreditation: type === 'Qualification' ? oneOrMany(credentialQa) : undefined,
    provenBy: oneOrMany(assessments(record, base)),
    awardingOpportunity: {
      id: `${base}#awarding-opportunity`,
      type: 'AwardingOpportunity',
      awardingBody: oneOrMany(bodies),
    },
    additionalNote: further?.text === undefined ? undefined : note(`${base}#additional-note`, further.text),
    homepage: further?.url === undefined ? undefined : webResource(`${base}#homepage`, further.url),
  });
}
