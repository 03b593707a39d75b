import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { exampleMicrocredential, fromAchievement, type Microcredential } from '../model/index.ts';
import { openBadgeCredentialSchema } from '../verify/index.ts';
import { achievementLanguage, OB_CONTEXT, toOpenBadgeAchievement } from './index.ts';

const ENTRY = 'https://register.example.org/entries/mc-2025-0001';

const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(openBadgeCredentialSchema);

/** The achievement in the smallest AchievementCredential the OB 3.0 schema accepts. */
const inCredential = (achievement: Record<string, unknown>) => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', OB_CONTEXT],
  id: 'urn:uuid:9a1d3c4e-0000-4000-8000-000000000001',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:example:issuer', type: ['Profile'] },
  validFrom: '2025-03-01T09:00:00Z',
  credentialSubject: { id: 'did:example:learner', type: ['AchievementSubject'], achievement },
});

/** Only the mandatory Annex I elements, in German only. */
const minimal: Microcredential = {
  id: 'mc-min',
  title: { de: 'Netzwerke' },
  issuerCountries: ['AT'],
  awardingBodies: [{ name: { de: 'Schule' } }],
  learningOutcomes: [{ text: { de: 'Ein Netzwerk planen und einrichten.' } }],
  workload: { hours: 40 },
  level: { eqf: 'none' },
  assessment: { types: ['other'], description: { de: 'Fachgespräch' } },
  participation: { form: 'volunteering' },
  qualityAssurance: { types: ['none'] },
};

describe('toOpenBadgeAchievement: valid against the OB 3.0 AchievementCredential schema', () => {
  it.each([
    ['the example, English', exampleMicrocredential, 'en'],
    ['the example, German', exampleMicrocredential, 'de'],
    ['the example, no language asked', exampleMicrocredential, undefined],
    ['the example, a language it lacks', exampleMicrocredential, 'fr'],
    ['mandatory elements only', minimal, undefined],
  ] as const)('%s', (_name, record, lang) => {
    const achievement = toOpenBadgeAchievement(record, { id: ENTRY, ...(lang ? { lang } : {}) });
    const ok = validate(inCredential(achievement));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('languages', () => {
  it.each([
    [{ en: 'a', de: 'b' }, 'de', 'de'],
    [{ en: 'a', de: 'b' }, 'fr', 'en'],
    [{ de: 'b', fr: 'c' }, 'it', 'de'],
    [{ de: 'b', fr: 'c' }, undefined, 'de'],
  ])('title %j, asked %s: written in %s', (title, asked, expected) => {
    expect(achievementLanguage({ ...exampleMicrocredential, title }, asked)).toBe(expected);
  });

  it('each text falls back on its own: a body named only in German keeps its German name', () => {
    const a = toOpenBadgeAchievement(exampleMicrocredential, { id: ENTRY, lang: 'en' });
    expect(a).toMatchObject({
      name: 'Setting up a small office network',
      inLanguage: 'en',
      creator: { name: 'Berufsschule Beispielstadt' },
    });
    const de = toOpenBadgeAchievement(exampleMicrocredential, { id: ENTRY, lang: 'de' });
    expect(de).toMatchObject({ name: 'Ein kleines Büronetzwerk einrichten', inLanguage: 'de' });
    // No German description: the English one.
    expect(de.description).toBe(exampleMicrocredential.description!.en);
  });
});

describe('what goes where', () => {
  const a = toOpenBadgeAchievement(exampleMicrocredential, { id: ENTRY, lang: 'en' });
  const alignments = a.alignment as Record<string, unknown>[];
  const byType = (t: string) => alignments.filter((x) => x.targetType === t);

  it('is a MicroCredential with ECTS as creditsAvailable and ISCED-F as fieldOfStudy', () => {
    expect(a).toMatchObject({
      id: ENTRY,
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      creditsAvailable: 3,
      fieldOfStudy: 'Database and network design and administration',
    });
  });

  it.each([
    ['ceasn:Competency', 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a', undefined],
    ['ext:EQF', 'http://data.europa.eu/snb/eqf/4', '4'],
    ['ext:QualityAssurance', 'https://qa.example.org/decisions/42', 'provider_accredited regulated'],
    ['ext:ISCED-F', 'http://data.europa.eu/snb/isced-f/0612', '0612'],
    ['ext:AssessmentType', 'http://data.europa.eu/snb/assessment/6a4db9f11d', 'practical'],
    ['ext:ParticipationForm', 'http://data.europa.eu/snb/learning-assessment/e92d221e4d', 'blended'],
    ['ext:Supervision', 'http://data.europa.eu/snb/supervision-verification/25831c2', 'supervised_onsite_id'],
    ['ceterms:Credential', 'https://example.org/qual/fisi', undefined],
  ])('%s alignment → %s', (type, url, code) => {
    const [first] = byType(type);
    expect(first).toMatchObject({ type: ['Alignment'], targetUrl: url });
    expect(first?.targetCode).toBe(code);
  });

  it('writes every assessment type', () => {
    expect(byType('ext:AssessmentType').map((x) => x.targetCode)).toEqual(['practical', 'test']);
  });

  it('creator is the first awarding body, with its country, region and registration number', () => {
    expect(a.creator).toEqual({
      id: `${ENTRY}#awarding-body`,
      type: ['Profile'],
      name: 'Berufsschule Beispielstadt',
      url: 'https://bs-beispielstadt.example.org',
      address: { type: ['Address'], addressCountryCode: 'DE', addressRegion: 'Bavaria' },
      otherIdentifier: [
        { type: 'IdentifierEntry', identifier: 'HRB 12345', identifierType: 'ext:RegistrationNumber' },
      ],
    });
  });

  it('grading scheme as a ResultDescription', () => {
    expect(a.resultDescription).toEqual([
      {
        id: `${ENTRY}#grading-scheme`,
        type: ['ResultDescription'],
        name: 'Noten 1 bis 6',
        resultType: 'ext:Grade',
      },
    ]);
  });

  it('outcomes become the criteria narrative when there are no award criteria', () => {
    expect((a.criteria as { narrative: string }).narrative.split('\n')).toHaveLength(2);
  });
});

describe('round trip through fromAchievement', () => {
  it('gives back what OB 3.0 holds', () => {
    const a = toOpenBadgeAchievement(exampleMicrocredential, { id: ENTRY, lang: 'en' });
    const { record } = fromAchievement(a);
    const r = exampleMicrocredential;
    expect(record).toMatchObject({
      title: { en: r.title.en },
      issuerCountries: ['DE'],
      issuerRegions: [{ en: 'Bavaria' }],
      awardingBodies: [
        {
          name: { en: 'Berufsschule Beispielstadt' },
          country: 'DE',
          homepage: r.awardingBodies[0]!.homepage,
        },
      ],
      learningOutcomes: [
        { text: r.learningOutcomes[0]!.text, escoSkills: r.learningOutcomes[0]!.escoSkills },
      ],
      description: r.description,
      level: { eqf: '4' },
      qualityAssurance: { url: r.qualityAssurance.url },
    });
  });

  it('an achievement without ESCO skills keeps its outcomes in the description', () => {
    const { record } = fromAchievement(toOpenBadgeAchievement(minimal, { id: ENTRY }));
    expect(record.learningOutcomes).toEqual([{ text: { de: '- Ein Netzwerk planen und einrichten.' } }]);
    expect(record.title).toEqual({ de: 'Netzwerke' });
    expect(record.issuerCountries).toEqual(['AT']);
  });
});
