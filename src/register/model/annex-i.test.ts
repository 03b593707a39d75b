import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  annexIElements,
  assessmentTypeSchema,
  deliverySchema,
  durationSchema,
  eqfLevelSchema,
  gradeSchemeSchema,
  microcredentialDraftSchema,
  microcredentialSchema,
  participationFormSchema,
  prerequisiteTypeSchema,
  qualityAssuranceTypeSchema,
  stackabilityOptionSchema,
  supervisionSchema,
} from './annex-i.ts';
import { exampleMicrocredential } from './example-record.ts';
import { broadFieldOf, iscedF, iscedFCodes } from './isced-f.ts';
import { providerSchema, providerTypeSchema } from './providers.ts';

const full = exampleMicrocredential;

describe('microcredentialSchema', () => {
  it('accepts a complete record', () => {
    expect(microcredentialSchema.parse(full)).toEqual(full);
  });

  it('accepts an empty draft, and checks the fields a draft has', () => {
    expect(microcredentialDraftSchema.safeParse({}).success).toBe(true);
    expect(microcredentialDraftSchema.safeParse({ level: { eqf: '9' } }).success).toBe(false);
  });

  interface BadCase {
    name: string;
    patch: Record<string, unknown>;
    path: (string | number)[];
  }
  it.each<BadCase>([
    { name: 'a title with no language', patch: { title: {} }, path: ['title'] },
    { name: 'a three-letter language key', patch: { title: { eng: 'x' } }, path: ['title', 'eng'] },
    { name: 'an empty text', patch: { title: { en: '  ' } }, path: ['title', 'en'] },
    { name: 'an alpha-3 country', patch: { issuerCountries: ['DEU'] }, path: ['issuerCountries', 0] },
    { name: 'no country', patch: { issuerCountries: [] }, path: ['issuerCountries'] },
    { name: 'no awarding body', patch: { awardingBodies: [] }, path: ['awardingBodies'] },
    { name: 'no learning outcome', patch: { learningOutcomes: [] }, path: ['learningOutcomes'] },
    {
      name: 'an ESCO occupation where a skill belongs',
      patch: {
        learningOutcomes: [
          {
            text: { en: 'x' },
            escoSkills: [
              {
                uri: 'http://data.europa.eu/esco/occupation/5fd5c985-eaaa-47aa-8314-62359c54505a',
                label: { en: 'x' },
              },
            ],
          },
        ],
      },
      path: ['learningOutcomes', 0, 'escoSkills', 0, 'uri'],
    },
    { name: 'a workload of nothing', patch: { workload: {} }, path: ['workload'] },
    { name: 'negative ECTS', patch: { workload: { ects: -1 } }, path: ['workload', 'ects'] },
    { name: 'EQF level 9', patch: { level: { eqf: '9' } }, path: ['level', 'eqf'] },
    {
      name: 'an unknown assessment type',
      patch: { assessment: { types: ['exam'] } },
      path: ['assessment', 'types', 0],
    },
    {
      name: "'none' with another assessment type",
      patch: { assessment: { types: ['none', 'test'] } },
      path: ['assessment', 'types'],
    },
    {
      name: 'an unknown form of participation',
      patch: { participation: { form: 'hybrid' } },
      path: ['participation', 'form'],
    },
    {
      name: 'a QA type twice',
      patch: { qualityAssurance: { types: ['internal', 'internal'] } },
      path: ['qualityAssurance', 'types'],
    },
    { name: 'an unknown supervision code', patch: { supervision: 'proctored' }, path: ['supervision'] },
    { name: 'an unknown ISCED-F code', patch: { iscedF: ['0619'] }, path: ['iscedF', 0] },
    {
      name: 'a javascript: URL',
      patch: { furtherInformation: { url: 'javascript:alert(1)' } },
      path: ['furtherInformation', 'url'],
    },
    { name: 'a date that is not one', patch: { dateOfIssuing: '27/09/2023' }, path: ['dateOfIssuing'] },
    { name: 'a field the model does not have', patch: { learner: 'Ana' }, path: [] },
  ])('refuses $name, at its path', ({ patch, path }) => {
    const result = microcredentialSchema.safeParse({ ...full, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path);
  });
});

describe('annexIElements', () => {
  it('numbers the 11 mandatory and 5 optional elements of Annex I in order', () => {
    expect(annexIElements.map((e) => e.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]);
    expect(annexIElements.filter((e) => e.mandatory)).toHaveLength(11);
    expect(annexIElements.find((e) => e.number === 11)?.code).toBe('qualityAssurance');
  });
});

describe('ISCED-F 2013', () => {
  it('has 11 broad fields, and every narrower code sits under a listed broader one', () => {
    expect(iscedFCodes.filter((c) => c.length === 2)).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '99',
    ]);
    for (const code of iscedFCodes) {
      if (code.length > 2) expect(iscedF.has(code.slice(0, code.length - 1)), code).toBe(true);
    }
    expect(broadFieldOf('0688')).toBe('06');
  });
});

/** The study's lists, so that an answer maps 1:1 to a register value. */
describe('codes shared with the study questionnaire', () => {
  const module = parseYaml(
    readFileSync(
      join(process.cwd(), 'questionnaires/microcredentials/modules/microcredentials.yaml'),
      'utf8',
    ),
  ) as { lists: Record<string, { code: string }[]> };
  const codes = (list: string) => (module.lists[list] ?? []).map((c) => c.code);

  it.each([
    ['assessment', assessmentTypeSchema.options],
    ['participation', participationFormSchema.options],
    ['delivery', deliverySchema.options],
    ['quality', qualityAssuranceTypeSchema.options],
    ['stacking', stackabilityOptionSchema.options],
    ['prerequisites', prerequisiteTypeSchema.options],
    ['grade', gradeSchemeSchema.options],
    ['duration', durationSchema.options],
    ['eqf', eqfLevelSchema.options],
  ])('the %s list has the same codes', (list, options) => {
    expect([...options]).toEqual(codes(list));
  });

  it.each([
    ['supervision', supervisionSchema.options],
    ['provider_type', providerTypeSchema.options],
    ['isced_f', iscedFCodes],
  ])('every code of the %s list is a register code', (list, options) => {
    expect(codes(list).length).toBeGreaterThan(0);
    for (const code of codes(list)) expect(options).toContain(code);
  });
});

describe('providerSchema', () => {
  const provider = {
    id: 'prov-de-0042',
    name: { de: 'Berufsschule Beispielstadt' },
    country: 'DE',
    type: 'public_vet',
    accreditation: { status: 'accredited', by: { de: 'Landesamt für Schule' }, validUntil: '2029-07-31' },
  };

  it('accepts a provider', () => {
    expect(providerSchema.parse(provider)).toEqual(provider);
  });

  it.each([
    [{ type: 'university' }, ['type']],
    [{ country: 'XX' }, ['country']],
    [{ accreditation: { status: 'yes' } }, ['accreditation', 'status']],
    [
      { accreditation: { status: 'accredited', decisionUrl: 'ftp://x.example' } },
      ['accreditation', 'decisionUrl'],
    ],
  ])('refuses %o at its path', (patch, path) => {
    const result = providerSchema.safeParse({ ...provider, ...patch });
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path);
  });
});
