import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnexIElement } from './annex-i.ts';
import { microcredentialDraftSchema } from './annex-i.ts';
import { annexICompleteness, type ElementStatus } from './completeness.ts';
import {
  fromAchievement,
  fromElm,
  fromLearningAchievementSpecification,
  fromOpenBadge,
  type MappingResult,
} from './from-credential.ts';

const VECTORS = join(process.cwd(), '..', 'shared', 'vectors');
const json = (...path: string[]): unknown => JSON.parse(readFileSync(join(VECTORS, ...path), 'utf8'));
/** A JAdES JWS JSON serialisation carries the credential as a string under `payload`. */
const payloadOf = (...path: string[]): unknown => JSON.parse((json(...path) as { payload: string }).payload);

const commissionSigned = payloadOf('edc-elm3', 'mc-annex1-signed.jsonld');
const commissionUnsigned = json('edc-elm3', 'mc-annex1-unsigned.jsonld');
const myNextIdEdc = payloadOf('mynextid', 'edc_examples_edc-mc-signed.jsonld');
const myNextIdBadge = json('mynextid', 'open-badge_examples_open-badge-mc-example.json');
const complete = json('ob3-1edtech-validator', 'complete.json');

function statuses(result: MappingResult): Record<AnnexIElement, ElementStatus> {
  const all = annexICompleteness(result.record).elements.map((e) => [e.element, e.status] as const);
  return Object.fromEntries(all) as Record<AnnexIElement, ElementStatus>;
}

describe('fromElm: the Commission sample Sample-MC-Annex1', () => {
  const mapped = fromElm(commissionSigned);
  const { record } = mapped;

  it('maps every mandatory element but element 11, and the check says QA is missing', () => {
    const result = annexICompleteness(record);
    const mandatory = result.elements.filter((e) => e.mandatory);
    expect(mandatory.filter((e) => e.status === 'present').map((e) => e.number)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(mandatory.find((e) => e.number === 1)?.status).toBe('notApplicable');
    expect(mandatory.find((e) => e.number === 11)).toMatchObject({
      element: 'qualityAssurance',
      status: 'missing',
      reason: 'absent',
    });
    expect(result.score).toBe(9 / 10);
  });

  it('reads the values at the paths of research §2.4', () => {
    expect(record.title).toEqual({ en: 'Digital micro-credential creation' });
    expect(record.issuerCountries).toEqual(['IE']);
    expect(record.issuerRegions).toEqual([{ en: 'Dublin city' }]);
    expect(record.awardingBodies?.[0]).toMatchObject({ name: { en: 'University of Zed' }, country: 'IE' });
    expect(record.dateOfIssuing).toBe('2023-09-27T13:54:17+02:00');
    expect(record.learningOutcomes).toHaveLength(2);
    expect(record.learningOutcomes?.[1]?.escoSkills).toEqual([
      {
        uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
        label: { en: 'develop digital content' },
      },
    ]);
    expect(record.workload).toEqual({ ects: 2, hours: 60 });
    expect(record.level).toEqual({
      eqf: '6',
      nqf: { label: { en: 'RQF Level 6' }, uri: 'http://data.europa.eu/snb/qdr/c_c392e7a2' },
    });
    // The sample's assessment type is an ad-hoc urn:epass concept labelled "artefact assessment".
    expect(record.assessment).toEqual({ types: ['other'], description: { en: 'artefact assessment' } });
    expect(record.participation).toEqual({ form: 'blended' });
    expect(record.supervision).toBe('unsupervised');
    expect(record.grade?.achieved).toEqual({ en: 'Pass' });
    expect(record.stackability).toEqual({ option: 'standalone' });
    expect(record.prerequisites?.description?.en).toMatch(/EU Login/);
    expect(record.iscedF).toEqual(['003', '0688']);
    expect(record.languagesOfInstruction).toEqual(['en']);
    expect(record.qualityAssurance).toBeUndefined();
  });

  it('keeps the learner out and lists what it left', () => {
    expect(JSON.stringify(record)).not.toMatch(/Andromeda|LA-234218|1999-10-01/);
    expect(mapped.unmapped).toEqual(
      expect.arrayContaining([
        'credentialSubject.givenName',
        'credentialSubject.nationalID',
        'credentialSubject.hasClaim.specifiedBy.learningSetting',
        'credentialSubject.hasClaim.specifiedBy.learningOutcome[1].relatedSkill',
        'evidence',
        // The sealing organisation, which the mandate evidence distinguishes from the awarding body.
        'issuer',
      ]),
    );
    // Mapped parts, and the copies of the awarding body ELM repeats inline, are not listed.
    expect(mapped.unmapped).not.toContain('credentialSubject.hasClaim.title');
    expect(mapped.unmapped.some((p) => p.includes('awardingBody'))).toBe(false);
  });

  it('finds no date of issuing in the unsealed credential, which has no `issued`', () => {
    const unsigned = fromElm(commissionUnsigned);
    expect(unsigned.record.dateOfIssuing).toBeUndefined();
    expect(statuses(unsigned).dateOfIssuing).toBe('missing');
  });
});

describe('fromElm: the MyNextID EDC micro-credential', () => {
  const mapped = fromElm(myNextIdEdc);
  const { record } = mapped;

  it('maps the elements it carries', () => {
    expect(record.title?.en).toBe('Title of your learning achievement');
    expect(record.awardingBodies?.[0]?.name).toEqual({ de: 'NETIS d.o.o.', en: 'NETIS d.o.o.' });
    // The awarding body's country (Slovenia), not the sealing issuer's (Estonia).
    expect(record.issuerCountries).toEqual(['SI']);
    expect(record.dateOfIssuing).toBe('2026-01-12T07:12:23Z');
    expect(record.workload).toEqual({ ects: 5, hours: 45 });
    expect(record.level?.eqf).toBe('6');
    expect(record.participation).toEqual({ form: 'online' });
    expect(record.assessment).toEqual({
      types: ['other'],
      description: { de: 'Graded exercises', en: 'Graded exercises' },
    });
    // Annex I's third case, "supervised online or onsite with identity verification".
    expect(record.supervision).toBe('supervised_id');
    expect(record.grade?.achieved).toEqual({ de: '19', en: '19' });
  });

  it('does not take ad-hoc urn:epass ids for ESCO skills', () => {
    expect(record.learningOutcomes?.every((o) => o.escoSkills === undefined)).toBe(true);
    expect(mapped.unmapped).toContain(
      'credentialSubject.hasClaim.specifiedBy.learningOutcome[0].relatedESCOSkill',
    );
  });

  it('finds its placeholder outcomes vague and its QA missing', () => {
    const s = statuses(mapped);
    expect(s.learningOutcomes).toBe('vague');
    expect(s.qualityAssurance).toBe('missing');
    expect(s.title).toBe('present');
  });
});

describe('fromOpenBadge: the MyNextID Open Badges micro-credential', () => {
  const mapped = fromOpenBadge(myNextIdBadge);
  const { record } = mapped;

  it('maps the elements it carries', () => {
    expect(record.title).toEqual({ en: 'Data Science Fundamentals' });
    expect(record.awardingBodies).toEqual([
      {
        name: { en: 'NETIS d.o.o.' },
        homepage: 'https://www.netis.si',
        legalIdentifiers: [
          { scheme: 'eidas', value: 'urn:epass:legalIdentifier:df1eceb0-c36a-4613-b3d7-992c9ee66f5b' },
        ],
      },
    ]);
    expect(record.dateOfIssuing).toBe('2026-01-12T07:04:19Z');
    expect(record.learningOutcomes?.map((o) => o.escoSkills?.[0]?.uri)).toEqual([
      'http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4',
      'http://data.europa.eu/esco/skill/81a2db2c-7e55-44d0-9cd9-74c25147d7cd',
    ]);
    expect(record.source).toMatchObject({ format: 'open-badges-3', declaredType: 'MicroCredential' });
    expect(record.awardCriteria?.en).toMatch(/capstone project/);
  });

  it('keeps creditsAvailable as credits of no stated system, which the check calls vague', () => {
    expect(record.workload).toEqual({ credits: { value: 5, system: 'unspecified' } });
    expect(statuses(mapped).workload).toBe('vague');
  });

  it('does not invent what the badge does not say', () => {
    expect(record.issuerCountries).toBeUndefined();
    expect(record.level).toBeUndefined();
    expect(record.assessment).toBeUndefined();
    expect(record.qualityAssurance).toBeUndefined();
    expect(mapped.unmapped).toEqual(
      expect.arrayContaining(['credentialSubject.achievement.fieldOfStudy', 'credentialSubject.identifier']),
    );
  });
});

describe('fromOpenBadge: 1EdTech complete.json', () => {
  const mapped = fromOpenBadge(complete);
  const { record } = mapped;

  it('maps its achievement, its texts under "und" since it declares no language', () => {
    expect(record.title).toEqual({ und: '1EdTech University Degree' });
    expect(record.description).toEqual({ und: '1EdTech University Degree Description' });
    expect(record.learningOutcomes).toEqual([{ text: { und: '1EdTech University Degree Description' } }]);
    expect(record.awardingBodies?.[0]).toMatchObject({ name: { und: '1EdTech University' }, country: 'US' });
    expect(record.issuerCountries).toEqual(['US']);
    expect(record.workload).toEqual({ credits: { value: 36, system: 'unspecified' } });
    expect(record.grade).toEqual({
      achieved: { und: 'A' },
      schemeDescription: { und: 'Final Project Grade' },
      scheme: 'graded',
    });
    expect(record.source).toMatchObject({ declaredType: 'Degree' });
  });

  it('lists the catalogue alignments, endorsements and the assessing source as unmapped', () => {
    expect(mapped.unmapped).toEqual(
      expect.arrayContaining([
        'credentialSubject.achievement.alignment',
        'credentialSubject.achievement.endorsement',
        'credentialSubject.source',
      ]),
    );
  });
});

describe('fromAchievement and fromLearningAchievementSpecification: the definitions alone', () => {
  const achievement = (complete as { credentialSubject: { achievement: unknown } }).credentialSubject
    .achievement;
  const badgeAchievement = (myNextIdBadge as { credentialSubject: { achievement: unknown } })
    .credentialSubject.achievement;
  const spec = (commissionUnsigned as { credentialSubject: { hasClaim: { specifiedBy: unknown } } })
    .credentialSubject.hasClaim.specifiedBy;

  it('maps an achievement as fromOpenBadge maps it, its creator as the awarding body, with no source', () => {
    const alone = fromAchievement(badgeAchievement);
    const inCredential = fromOpenBadge(myNextIdBadge).record;
    for (const key of ['title', 'learningOutcomes', 'description', 'awardCriteria', 'workload'] as const)
      expect(alone.record[key]).toEqual(inCredential[key]);
    expect(alone.record.awardingBodies).toEqual([{ name: { en: 'NETIS d.o.o.' } }]);
    expect(alone.record.source).toBeUndefined();
    expect(alone.unmapped).toEqual(expect.arrayContaining(['achievementType', 'fieldOfStudy']));
    expect(fromAchievement(achievement).record).toMatchObject({
      issuerCountries: ['US'],
      issuerRegions: [{ und: 'TX' }],
    });
  });

  it('maps a specification as fromElm maps the one in the credential, with no source', () => {
    const alone = fromLearningAchievementSpecification(spec);
    const inCredential = fromElm(commissionUnsigned).record;
    for (const key of [
      'title',
      'learningOutcomes',
      'workload',
      'level',
      'iscedF',
      'prerequisites',
      'stackability',
    ] as const)
      expect(alone.record[key]).toEqual(inCredential[key]);
    expect(alone.record.awardingBodies).toBeUndefined();
    expect(alone.record.source).toBeUndefined();
    expect(alone.unmapped).toEqual(expect.arrayContaining(['dcType', 'learningSetting']));
  });
});

describe('both mappers', () => {
  it.each([
    ['Commission sample', fromElm(commissionSigned)],
    ['Commission sample, unsigned', fromElm(commissionUnsigned)],
    ['MyNextID EDC', fromElm(myNextIdEdc)],
    ['MyNextID badge', fromOpenBadge(myNextIdBadge)],
    ['complete.json', fromOpenBadge(complete)],
  ])('return a record whose every field passes the schema: %s', (_name, mapped) => {
    expect(microcredentialDraftSchema.safeParse(mapped.record).error?.issues).toBeUndefined();
  });

  it('return an empty record for anything that is not a JSON object, and never throw', () => {
    expect(fromElm('x')).toEqual({ record: {}, unmapped: ['$'] });
    expect(fromOpenBadge(null)).toEqual({ record: {}, unmapped: ['$'] });
    expect(fromAchievement([])).toEqual({ record: {}, unmapped: ['$'] });
    expect(fromLearningAchievementSpecification(1)).toEqual({ record: {}, unmapped: ['$'] });
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const map of [fromElm, fromOpenBadge, fromAchievement, fromLearningAchievementSpecification]) {
          const { record } = map(value);
          expect(microcredentialDraftSchema.safeParse(record).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
