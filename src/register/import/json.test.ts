import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  fromAchievement,
  fromElm,
  fromLearningAchievementSpecification,
  fromOpenBadge,
} from '../model/index.ts';
import { type ImportResult, importMicrocredentials } from './import.ts';

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const VECTORS =
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));
const raw = (...path: string[]) => readFileSync(join(VECTORS, ...path), 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: test data is read as plain JSON and taken apart by hand
const json = (...path: string[]): any => JSON.parse(raw(...path));

const commission = json('edc-elm3', 'mc-annex1-unsigned.jsonld');
const complete = json('ob3-1edtech-validator', 'complete.json');
const myNextId = json('mynextid', 'open-badge_examples_open-badge-mc-example.json');
const achievement = complete.credentialSubject.achievement;
const specification = commission.credentialSubject.hasClaim.specifiedBy;
/** The specification with the credential's awarding body as the body that awards it. */
const offered = {
  ...specification,
  awardingOpportunity: {
    type: 'AwardingOpportunity',
    awardingBody: commission.credentialSubject.hasClaim.awardedBy.awardingBody,
  },
};

const importJson = (value: unknown, options: { defaultIssuerCountries?: string[] } = {}) =>
  importMicrocredentials(typeof value === 'string' ? value : JSON.stringify(value), {
    format: 'json',
    ...options,
  });

function records(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 1));
  return result.records;
}

describe('JSON: whole credentials, mapped as the verifier maps them', () => {
  it.each([
    [
      'the Commission sample (ELM v3)',
      raw('edc-elm3', 'mc-annex1-unsigned.jsonld'),
      'elm-credential',
      fromElm(commission),
    ],
    [
      '1EdTech complete.json (OB 3.0)',
      raw('ob3-1edtech-validator', 'complete.json'),
      'open-badge-credential',
      fromOpenBadge(complete),
    ],
  ])('imports %s', async (_name, text, kind, mapped) => {
    const [record, ...rest] = records(await importJson(text));
    expect(rest).toEqual([]);
    expect(record).toEqual({ entry: 1, from: kind, record: mapped.record, unmapped: mapped.unmapped });
  });

  it('reads the sealed Commission sample through its JWS payload (reading is not verifying)', async () => {
    const [record] = records(await importJson(raw('edc-elm3', 'mc-annex1-signed.jsonld')));
    expect(record?.from).toBe('elm-credential');
    expect(record?.record.title).toEqual({ en: 'Digital micro-credential creation' });
    expect(record?.record.dateOfIssuing).toBe('2023-09-27T13:54:17+02:00');
  });

  it('asks for the issuer country of the MyNextID badge, whose issuer has no address, and takes the one given', async () => {
    expect(await importJson(myNextId)).toEqual({
      ok: false,
      format: 'json',
      problems: [{ entry: 1, code: 'missingIssuerCountry' }],
      moreProblems: 0,
    });
    const [record] = records(await importJson(myNextId, { defaultIssuerCountries: ['SI'] }));
    expect(record?.record).toEqual({ ...fromOpenBadge(myNextId).record, issuerCountries: ['SI'] });
  });
});

describe('JSON: bare definitions', () => {
  it('imports a bare OB 3.0 Achievement, its creator as the awarding body', async () => {
    const [record] = records(await importJson(achievement));
    expect(record?.from).toBe('open-badge-achievement');
    expect(record?.record).toEqual(fromAchievement(achievement).record);
    expect(record?.record).toMatchObject({
      title: { und: '1EdTech University Degree' },
      awardingBodies: [{ name: { und: '1EdTech University' }, country: 'US' }],
      issuerCountries: ['US'],
    });
    expect(record?.record.source).toBeUndefined();
    expect(record?.unmapped).toEqual(
      expect.arrayContaining(['achievementType', 'alignment', 'creator.phone']),
    );
  });

  it('maps the achievement of a credential and the same achievement alone alike', () => {
    const inCredential = fromOpenBadge(myNextId).record;
    const alone = fromAchievement(myNextId.credentialSubject.achievement).record;
    for (const key of ['title', 'learningOutcomes', 'description', 'awardCriteria', 'workload'] as const)
      expect(alone[key]).toEqual(inCredential[key]);
  });

  it('imports a bare LearningAchievementSpecification with an awarding opportunity', async () => {
    const [record] = records(await importJson(offered));
    expect(record?.from).toBe('elm-specification');
    const fromCredential = fromElm(commission).record;
    expect(record?.record).toEqual({
      title: fromCredential.title,
      awardingBodies: fromCredential.awardingBodies,
      issuerCountries: ['IE'],
      issuerRegions: fromCredential.issuerRegions,
      learningOutcomes: fromCredential.learningOutcomes,
      workload: { ects: 2, hours: 60 },
      level: fromCredential.level,
      iscedF: ['003', '0688'],
      languagesOfInstruction: ['en'],
      participation: { form: 'blended' },
      prerequisites: fromCredential.prerequisites,
      stackability: { option: 'standalone' },
    });
    expect(record?.unmapped).toEqual(expect.arrayContaining(['dcType', 'learningSetting']));
  });

  it('says what a specification without awarding body lacks, and maps it all the same', async () => {
    expect(await importJson(specification)).toMatchObject({
      ok: false,
      problems: [
        { entry: 1, code: 'missingAwardingBody' },
        { entry: 1, code: 'missingIssuerCountry' },
      ],
    });
    expect(fromLearningAchievementSpecification(specification).record.title).toEqual({
      en: 'Digital micro-credential creation',
    });
  });

  it.each([
    ['an array', [achievement, offered, commission]],
    ['an achievement list', { type: 'AchievementList', achievement: [achievement, achievement] }],
    ['a GetOpenBadgeCredentialsResponse', { credential: [complete, complete] }],
  ])('imports %s, item by item', async (_name, doc) => {
    const read = records(await importJson(doc));
    expect(read.map((r) => r.entry)).toEqual(read.map((_r, i) => i + 1));
    expect(read.length).toBeGreaterThan(1);
  });

  it('is all or nothing across items, and numbers problems by entry', async () => {
    const result = await importJson([achievement, { type: 'Person' }, specification]);
    expect(result).toEqual({
      ok: false,
      format: 'json',
      problems: [
        { entry: 2, code: 'unknownJson' },
        { entry: 3, code: 'missingAwardingBody' },
        { entry: 3, code: 'missingIssuerCountry' },
      ],
      moreProblems: 0,
    });
  });

  it('names every text the database cannot store, by entry and path, written as JSON escapes', async () => {
    const withText = (name: string) => ({ ...achievement, name });
    // JSON.stringify writes both as escapes: `\u0000`, `\ud800`.
    const text = JSON.stringify([achievement, withText('A\u0000B'), withText('\ud800')]);
    expect(text).toContain('"A\\u0000B"');
    const result = await importJson(text);
    expect(result).toEqual({
      ok: false,
      format: 'json',
      problems: [
        { entry: 2, code: 'unstorable', params: { path: 'title.und' } },
        { entry: 3, code: 'unstorable', params: { path: 'title.und' } },
      ],
      moreProblems: 0,
    });
  });

  it('refuses JSON nested too deep to walk, an empty array and too many items', async () => {
    expect(await importJson(`${'['.repeat(100)}${']'.repeat(100)}`)).toMatchObject({
      problems: [{ code: 'badJson' }],
    });
    expect(await importJson([])).toMatchObject({ problems: [{ code: 'empty' }] });
    const many = await importMicrocredentials(JSON.stringify([achievement, achievement, achievement]), {
      format: 'json',
      maxRows: 2,
    });
    expect(many).toMatchObject({ problems: [{ code: 'tooManyRows', params: { max: 2 } }] });
  });
});
