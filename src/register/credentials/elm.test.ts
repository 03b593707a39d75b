import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  type ConceptTable,
  elmAccreditation,
  elmAssessment,
  elmMode,
  elmSupervision,
  exampleMicrocredential,
  fromElm,
  fromLearningAchievementSpecification,
} from '../model/index.ts';
import { createOfflineLoader } from '../verify/index.ts';
import {
  accreditationConcepts,
  assessmentConcepts,
  type ElmConcept,
  modeConcepts,
  supervisionConcepts,
} from './concepts.ts';
import { EDC_CONTEXT, hoursAsDuration, toElmLearningAchievementSpecification } from './index.ts';

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const VECTORS =
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: vectors and test documents are read by path
type Json = Record<string, any>;
const json = (...path: string[]): Json => JSON.parse(readFileSync(join(VECTORS, ...path), 'utf8'));

const ENTRY = 'https://register.example.org/entries/mc-2025-0001';
const VC_V1 = 'https://www.w3.org/2018/credentials/v1';

// --- Offline JSON-LD: the EDC context from the vectors, the VC contexts bundled with the verifier --

const edcContext = json('edc-elm3', 'edc-ap-context.jsonld');
const bundled = createOfflineLoader().documentLoader;
const documentLoader = async (url: string) =>
  url === EDC_CONTEXT ? { contextUrl: null, document: edcContext, documentUrl: url } : bundled(url);
/** Safe mode: expansion throws when a term no context defines would be dropped. */
const expand = (doc: unknown) => jsonld.expand(doc, { documentLoader, safe: true });

// --- A minimal Europass credential around the specification, for the schema and for fromElm -----

const concept = (id: string, scheme: string, label: string) => ({
  id,
  type: 'Concept',
  inScheme: { id: scheme, type: 'ConceptScheme' },
  prefLabel: { en: label },
});
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function europass(spec: Json): Json {
  const [body] = [spec.awardingOpportunity.awardingBody].flat();
  const assessment = [spec.provenBy].flat()[0];
  const english = concept(
    'http://publications.europa.eu/resource/authority/language/ENG',
    'http://publications.europa.eu/resource/authority/language',
    'English',
  );
  return {
    '@context': [VC_V1, EDC_CONTEXT],
    id: 'urn:credential:0c6a1f2e-5d8b-4a7e-9f3c-2b1d0e9a8c7f',
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: concept(
      'http://data.europa.eu/snb/credential/e34929035b',
      'http://data.europa.eu/snb/credential/25831c2',
      'Generic',
    ),
    credentialSchema: {
      id: 'http://data.europa.eu/snb/model/ap/edc-generic-full',
      type: 'ShaclValidator2017',
    },
    displayParameter: {
      id: 'urn:epass:displayParameter:1',
      type: 'DisplayParameter',
      title: { en: 'Micro-credential' },
      description: { en: 'Awarded on completion.' },
      language: english,
      primaryLanguage: english,
      individualDisplay: {
        id: 'urn:epass:individualDisplay:1',
        type: 'IndividualDisplay',
        language: english,
        displayDetail: {
          id: 'urn:epass:displayDetail:1',
          type: 'DisplayDetail',
          page: 1,
          image: {
            id: 'urn:epass:mediaObject:1',
            type: 'MediaObject',
            content: PNG_1PX,
            contentEncoding: concept(
              'http://data.europa.eu/snb/encoding/6146cde7dd',
              'http://data.europa.eu/snb/encoding/25831c2',
              'base64',
            ),
            contentType: concept(
              'http://publications.europa.eu/resource/authority/file-type/PNG',
              'http://publications.europa.eu/resource/authority/file-type',
              'PNG',
            ),
          },
        },
      },
    },
    issuer: body,
    issued: '2025-03-01T09:00:00Z',
    validFrom: '2025-03-01T09:00:00Z',
    credentialSubject: {
      id: 'urn:epass:person:1',
      type: 'Person',
      fullName: { en: 'Ana Andromeda' },
      hasClaim: {
        id: 'urn:epass:learningAchievement:1',
        type: 'LearningAchievement',
        title: spec.title,
        awardedBy: { id: 'urn:epass:awardingProcess:1', type: 'AwardingProcess', awardingBody: body },
        provenBy: {
          id: 'urn:epass:learningAssessment:1',
          type: 'LearningAssessment',
          title: assessment.title,
          grade: { id: 'urn:epass:note:1', type: 'Note', noteLiteral: { de: '2' } },
          awardedBy: { id: 'urn:epass:awardingProcess:1', type: 'AwardingProcess', awardingBody: body },
          specifiedBy: assessment,
        },
        specifiedBy: spec,
      },
    },
  };
}

// --- MyNextID's simplified EDC JSON Schema, and its defects against ELM --------------------------

const edcSchema = json('mynextid', 'edc_schema.json');
const SPEC = '/properties/credentialSubject/properties/hasClaim/properties/specifiedBy/properties';
const ASSESSMENT_SPEC =
  '/properties/credentialSubject/properties/hasClaim/properties/provenBy/properties/specifiedBy/properties';
/**
 * Where the schema contradicts ELM, so that nothing ELM-conformant passes:
 * - `prefLabel` is a language map (`$ref` languageMap) and, beside it, an `enum` of strings, which
 *   no object satisfies (MyNextID's own signed example fails on these three);
 * - `hasClaim.specifiedBy.type` must be `Qualification`: ELM's LearningAchievementSpecification
 *   (the EDC SHACL shapes target both) is refused;
 * - `provenBy.specifiedBy.type` must be `Qualification`: in ELM it is a LearningAssessmentSpecification;
 * - an Organisation may not have `accreditation` (`additionalProperties: false`), which ELM gives it
 *   (EDC SHACL `Organisation-elm_accreditation`).
 */
const LANGUAGE_MAP_ENUMS = [
  `${SPEC}/creditPoint/properties/framework/properties/prefLabel`,
  `${SPEC}/eqfLevel/properties/prefLabel`,
  `${SPEC}/mode/properties/prefLabel`,
];

/** Whether an error is one of the defects above (and nothing else). */
function isDefect(e: ErrorObject): boolean {
  if (e.keyword === 'enum') return LANGUAGE_MAP_ENUMS.some((p) => e.schemaPath === `#${p}/enum`);
  if (e.keyword === 'const') {
    return (
      (e.schemaPath === `#${SPEC}/type/const` &&
        e.instancePath === '/credentialSubject/hasClaim/specifiedBy/type') ||
      (e.schemaPath === `#${ASSESSMENT_SPEC}/type/const` &&
        e.instancePath === '/credentialSubject/hasClaim/provenBy/specifiedBy/type')
    );
  }
  return e.keyword === 'additionalProperties' && e.params.additionalProperty === 'accreditation';
}

function repaired(schema: Json): Json {
  const copy = structuredClone(schema);
  const at = (pointer: string): Json =>
    pointer
      .split('/')
      .slice(1)
      .reduce<Json>((node, key) => node[key], copy);
  for (const path of LANGUAGE_MAP_ENUMS) delete at(path).enum;
  at(`${SPEC}/type`).const = undefined;
  at(`${SPEC}/type`).enum = ['Qualification', 'LearningAchievementSpecification'];
  at(`${ASSESSMENT_SPEC}/type`).const = 'LearningAssessmentSpecification';
  copy.definitions.organisation.properties.accreditation = {};
  return JSON.parse(JSON.stringify(copy));
}

function validator(schema: Json) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
}
const validateAsIs = validator(edcSchema);
const validateRepaired = validator(repaired(edcSchema));

const specs = {
  LearningAchievementSpecification: toElmLearningAchievementSpecification(exampleMicrocredential, {
    id: ENTRY,
    withContext: false,
  }),
  Qualification: toElmLearningAchievementSpecification(exampleMicrocredential, {
    id: ENTRY,
    type: 'Qualification',
    withContext: false,
  }),
};

describe('valid against the EDC JSON Schema (MyNextID, ELM 3.2 simplified)', () => {
  it.each(Object.keys(specs) as (keyof typeof specs)[])(
    '%s in a credential: valid once its defects are repaired',
    (type) => {
      const credential = europass(specs[type]);
      validateRepaired(credential);
      expect(validateRepaired.errors ?? []).toEqual([]);
    },
  );

  it.each(Object.keys(specs) as (keyof typeof specs)[])(
    '%s: as published, it fails only at the defects',
    (type) => {
      expect(validateAsIs(europass(specs[type]))).toBe(false);
      const errors = validateAsIs.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.filter((e) => !isDefect(e))).toEqual([]);
    },
  );

  it('as published, it refuses MyNextID own signed example for the same language-map enums', () => {
    const own = JSON.parse(json('mynextid', 'edc_examples_edc-mc-signed.jsonld').payload);
    expect(validateAsIs(own)).toBe(false);
    const enums = (validateAsIs.errors ?? []).filter((e) => e.keyword === 'enum').map((e) => e.schemaPath);
    expect(enums.sort()).toEqual(LANGUAGE_MAP_ENUMS.map((p) => `#${p}/enum`).sort());
  });
});

describe('every property is defined by the EDC JSON-LD context (expansion in safe mode, offline)', () => {
  it('the standalone specification, with its own @context', async () => {
    const spec = toElmLearningAchievementSpecification(exampleMicrocredential, { id: ENTRY });
    const [node] = (await expand(spec)) as Json[];
    expect(node!['@id']).toBe(ENTRY);
    expect(node!['@type']).toEqual(['http://data.europa.eu/snb/model/elm/LearningAchievementSpecification']);
    expect(node!['http://data.europa.eu/snb/model/elm/EQFLevel']).toEqual([
      expect.objectContaining({ '@id': 'http://data.europa.eu/snb/eqf/4' }),
    ]);
    expect(node!['http://purl.org/dc/terms/title']).toEqual(
      expect.arrayContaining([{ '@value': 'Setting up a small office network', '@language': 'en' }]),
    );
  });

  it.each(Object.keys(specs) as (keyof typeof specs)[])('%s inside a Europass credential', async (type) => {
    await expect(expand(europass(specs[type]))).resolves.toHaveLength(1);
  });

  it('safe mode does catch a term the context lacks', async () => {
    const spec = { ...toElmLearningAchievementSpecification(exampleMicrocredential, { id: ENTRY }), ects: 3 };
    await expect(expand(spec)).rejects.toThrow();
  });
});

describe('the shapes of the Commission Sample-MC-Annex1', () => {
  const sample = json('edc-elm3', 'mc-annex1-unsigned.jsonld').credentialSubject.hasClaim.specifiedBy;
  const ours = specs.LearningAchievementSpecification as Json;
  const keys = (node: unknown) => Object.keys([node].flat()[0] as Json).sort();

  it.each([
    ['eqfLevel', (s: Json) => s.eqfLevel],
    ['thematicArea', (s: Json) => s.thematicArea],
    ['creditPoint', (s: Json) => s.creditPoint],
    ['creditPoint.framework', (s: Json) => s.creditPoint.framework],
    ['mode', (s: Json) => s.mode],
    ['language', (s: Json) => s.language],
    ['entryRequirement', (s: Json) => s.entryRequirement],
    ['learningOutcome', (s: Json) => s.learningOutcome.find((lo: Json) => lo.relatedESCOSkill)],
    [
      'relatedESCOSkill',
      (s: Json) => [s.learningOutcome.find((lo: Json) => lo.relatedESCOSkill).relatedESCOSkill].flat()[0],
    ],
  ])('%s has only keys the sample uses', (_name, get) => {
    const sampleKeys = keys(get(sample));
    for (const key of keys(get(ours))) expect(sampleKeys).toContain(key);
  });

  it('ECTS and EQF are the same concepts', () => {
    expect(ours.creditPoint.framework.id).toBe(sample.creditPoint.framework.id);
    expect(ours.creditPoint.framework.inScheme).toEqual(sample.creditPoint.framework.inScheme);
    expect(ours.eqfLevel.inScheme).toEqual(sample.eqfLevel.inScheme);
    expect(ours.mode.inScheme).toEqual(sample.mode.inScheme);
  });
});

describe('round trip', () => {
  const r = exampleMicrocredential;

  it('fromLearningAchievementSpecification gives back the Annex I values a specification holds', () => {
    const { record, unmapped } = fromLearningAchievementSpecification(
      toElmLearningAchievementSpecification(r, { id: ENTRY }),
    );
    expect(record).toEqual({
      title: r.title,
      awardingBodies: [
        {
          name: r.awardingBodies[0]!.name,
          country: 'DE',
          homepage: r.awardingBodies[0]!.homepage,
          legalIdentifiers: r.awardingBodies[0]!.legalIdentifiers,
        },
      ],
      issuerCountries: r.issuerCountries,
      learningOutcomes: r.learningOutcomes,
      description: r.description,
      workload: r.workload,
      level: r.level,
      iscedF: r.iscedF,
      languagesOfInstruction: r.languagesOfInstruction,
      participation: { form: r.participation.form },
      qualityAssurance: { types: ['provider_accredited'], bodies: r.qualityAssurance.bodies },
      prerequisites: { types: [], description: r.prerequisites!.description },
      stackability: {
        option: 'stackable',
        partOf: [{ title: r.stackability!.partOf![0]!.title, id: r.stackability!.partOf![0]!.url }],
      },
      furtherInformation: r.furtherInformation,
    });
    // Read by fromElm from a credential's assessment, not from a bare specification.
    expect(unmapped).toContain('provenBy');
  });

  it('fromElm on a credential built around it adds the assessment and grading scheme', () => {
    const { record } = fromElm(europass(specs.LearningAchievementSpecification));
    expect(record.assessment).toEqual({ types: ['practical'] });
    expect(record.grade).toEqual({ achieved: { de: '2' }, schemeDescription: r.grade!.schemeDescription });
    expect(record.title).toEqual(r.title);
    expect(record.learningOutcomes).toEqual(r.learningOutcomes);
    expect(record.workload).toEqual(r.workload);
  });

  it.each([
    ['standalone', { option: 'standalone' }, { option: 'standalone' }],
    [
      'unit of a qualification',
      { option: 'unit_of_qualification', partOf: [{ id: 'urn:qual:1' }] },
      { option: 'unit_of_qualification', partOf: [{ id: 'urn:qual:1' }] },
    ],
    ['stackable, nothing named', { option: 'stackable' }, undefined],
  ] as const)('stackability %s', (_name, stackability, expected) => {
    const spec = toElmLearningAchievementSpecification({ ...r, stackability } as typeof r, { id: ENTRY });
    expect(fromLearningAchievementSpecification(spec).record.stackability).toEqual(expected);
  });

  it('ECVET credits and hours with minutes come back', () => {
    const spec = toElmLearningAchievementSpecification(
      { ...r, workload: { hours: 1.5, credits: { value: 4, system: 'ecvet' } } },
      { id: ENTRY },
    );
    expect(fromLearningAchievementSpecification(spec).record.workload).toEqual({
      hours: 1.5,
      credits: { value: 4, system: 'ecvet' },
    });
  });
});

describe('concepts', () => {
  const lastSegment = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
  const back = <T>(c: ElmConcept | { id?: string; label: string }, table: ConceptTable<T>): T | undefined =>
    (c.id === undefined ? undefined : table.byId[lastSegment(c.id)]) ?? table.byLabel[c.label.toLowerCase()];

  it.each([
    ['assessment', assessmentConcepts, elmAssessment],
    ['mode', modeConcepts, elmMode],
    ['accreditation', accreditationConcepts, elmAccreditation],
  ] as const)('every %s concept maps back to its code through the model table', (_name, concepts, table) => {
    for (const [code, c] of Object.entries(concepts))
      expect(back(c as ElmConcept, table as ConceptTable<string>)).toBe(code);
  });

  it('supervision labels map back to the Annex I case (the study refinements to supervised_id)', () => {
    for (const [code, c] of Object.entries(supervisionConcepts)) {
      const annexCase = ['supervised_online_id', 'supervised_onsite_id'].includes(code)
        ? 'supervised_id'
        : code;
      expect(back(c, elmSupervision)).toBe(annexCase);
    }
  });

  it.each([
    [80, 'PT80H'],
    [1.5, 'PT1H30M'],
    [0.25, 'PT0H15M'],
    [2.999, 'PT3H'],
  ])('%d hours is %s', (hours, duration) => {
    expect(hoursAsDuration(hours)).toBe(duration);
  });
});
