/**
 * A register entry as an Open Badges 3.0 `Achievement` (1EdTech, OB 3.0, Appendix B "Data Models":
 * Achievement, Alignment, Profile, ResultDescription), and an awarded one as a signed
 * AchievementCredential (OpenBadgeCredential) with a Data Integrity proof.
 *
 * Everything written here is defined by the bundled VC v2 and OB 3.0.3 contexts: the proof covers
 * the expanded RDF, and signing runs JSON-LD in safe mode, so a term no context defines would make
 * signing fail (and an extension context that is not bundled could not be verified offline). That is
 * why the Annex I elements without an OB3 property are written as `Alignment`s with `ext:` target
 * types (OB 3.0 lets issuers extend the AlignmentTargetType vocabulary with the `ext:` prefix), not
 * as extra properties. README.md lists them.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AwardingBody, Microcredential } from '../model/index.ts';
import { iscedF } from '../model/index.ts';
import {
  assessmentConcepts,
  eqfConcept,
  iscedFConcept,
  modeConcepts,
  schemes,
  supervisionConcepts,
} from './concepts.ts';
import { defined, type JsonObject, nonEmpty, pick } from './json.ts';
import { type IssuerKey, signCredential } from './keys.ts';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
/** OB 3.0 "JSON-LD Context": the OB context comes second; 3.0.3 is the current release. */
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const UNDETERMINED = 'und';

export interface OpenBadgeAchievementOptions {
  /** The achievement's id: the register entry's public URL. */
  readonly id: string;
  /** The language to write texts in (ISO 639-1); falls back to English, then to the first there is. */
  readonly lang?: string;
  /** The `creator` Profile's id; an issued badge passes the issuer's DID. Default: `{id}#awarding-body`. */
  readonly creatorId?: string;
}

/**
 * OB3 texts are plain strings: the achievement is written in one language, `options.lang` when the
 * title has it, else English, else the title's first language. Each other text takes the same
 * language, else English, else its first one (a body's name may exist only in its own language).
 */
export function achievementLanguage(record: Microcredential, requested?: string): string {
  if (requested !== undefined && record.title[requested] !== undefined) return requested;
  if (record.title.en !== undefined) return 'en';
  return Object.keys(record.title)[0] ?? UNDETERMINED;
}

const alignment = (fields: Readonly<Record<string, unknown>>): JsonObject =>
  defined({ type: ['Alignment'], ...fields });

/** Element 6: each ESCO skill of an outcome, as a Competency alignment that carries the outcome's text. */
function escoAlignments(record: Microcredential, lang: string): JsonObject[] {
  return record.learningOutcomes.flatMap((outcome) =>
    (outcome.escoSkills ?? []).map((skill) =>
      alignment({
        targetType: 'ceasn:Competency',
        targetFramework: 'ESCO',
        targetName: pick(skill.label, lang),
        targetUrl: skill.uri,
        targetDescription: pick(outcome.text, lang),
      }),
    ),
  );
}

/** Element 8: the EQF level (the Edubadges `ext:EQF` convention, research §3.8) and an NQF level with a URI. */
function levelAlignments(record: Microcredential, lang: string): JsonObject[] {
  const out: JsonObject[] = [];
  const { eqf, nqf } = record.level;
  if (eqf !== undefined && eqf !== 'none') {
    out.push(
      alignment({
        targetType: 'ext:EQF',
        targetFramework: 'European Qualifications Framework',
        targetCode: eqf,
        targetName: `EQF level ${eqf}`,
        targetUrl: eqfConcept(eqf).id,
      }),
    );
  }
  if (nqf?.uri !== undefined && /^[a-z][a-z0-9+.-]*:\S+$/i.test(nqf.uri)) {
    out.push(alignment({ targetType: 'ext:NQF', targetName: pick(nqf.label, lang), targetUrl: nqf.uri }));
  }
  return out;
}

/**
 * Element 11: one `ext:QualityAssurance` alignment (Edubadges, research §3.8): the bodies (or the
 * description) as its name, the register's QA codes as its code, the QA URL as its target. OB3
 * requires a targetUrl: without a QA URL it is the entry's own page.
 */
function qualityAlignment(record: Microcredential, id: string, lang: string): JsonObject[] {
  const qa = record.qualityAssurance;
  const types = qa.types.filter((t) => t !== 'none');
  const bodies = (qa.bodies ?? []).map((b) => pick(b, lang)).filter((b) => b !== undefined);
  const description = pick(qa.description, lang);
  const name = bodies.length > 0 ? bodies.join('; ') : (description ?? types.join(', '));
  if (name === '') return [];
  return [
    alignment({
      targetType: 'ext:QualityAssurance',
      targetName: name,
      targetDescription: bodies.length > 0 ? description : undefined,
      targetCode: types.length > 0 ? types.join(' ') : undefined,
      targetUrl: qa.url ?? `${id}#quality-assurance`,
    }),
  ];
}

/** Field of education: one alignment per ISCED-F code, with its EU Vocabularies URI. */
function iscedAlignments(record: Microcredential): JsonObject[] {
  return (record.iscedF ?? []).map((code) => {
    const name = iscedF.get(code) ?? code;
    return alignment({
      targetType: 'ext:ISCED-F',
      targetFramework: 'ISCED-F 2013',
      targetCode: code,
      targetName: name,
      targetUrl: iscedFConcept(code, name).id,
    });
  });
}

/**
 * Elements 9, 10 and 13, which OB3 has no property for: alignments to the ELM vocabularies, with the
 * register code as `targetCode` and the ELM concept as `targetUrl` (its scheme when the code has no
 * concept of its own).
 */
function annexAlignments(record: Microcredential, lang: string): JsonObject[] {
  const out: JsonObject[] = [];
  const assessment = record.assessment;
  const description = pick(assessment.description, lang);
  const types = assessment.types.filter((t) => t !== 'none');
  types.forEach((type, i) => {
    const concept = assessmentConcepts[type];
    out.push(
      alignment({
        targetType: 'ext:AssessmentType',
        targetFramework: 'Europass (ELM) assessment types',
        targetCode: type,
        targetName: concept?.label ?? type,
        targetDescription: i === 0 ? description : undefined,
        targetUrl: concept?.id ?? schemes.assessment,
      }),
    );
  });
  if (types.length === 0 && description !== undefined) {
    out.push(
      alignment({
        targetType: 'ext:AssessmentType',
        targetFramework: 'Europass (ELM) assessment types',
        targetName: description,
        targetUrl: schemes.assessment,
      }),
    );
  }

  const form = record.participation.form;
  out.push(
    alignment({
      targetType: 'ext:ParticipationForm',
      targetFramework: 'Europass (ELM) learning modes',
      targetCode: form,
      targetName: modeConcepts[form]?.label ?? form,
      targetUrl: modeConcepts[form]?.id ?? schemes.mode,
    }),
  );

  if (record.supervision !== undefined) {
    const concept = supervisionConcepts[record.supervision];
    out.push(
      alignment({
        targetType: 'ext:Supervision',
        targetFramework: 'Europass (ELM) supervision and ID verification',
        targetCode: record.supervision,
        targetName: concept.label,
        targetUrl: concept.id ?? schemes.supervision,
      }),
    );
  }
  return out;
}

/** Element 15: the larger credentials it stacks towards, as OB3's native `ceterms:Credential` alignments. */
function stackAlignments(record: Microcredential, lang: string): JsonObject[] {
  return (record.stackability?.partOf ?? []).flatMap((ref) => {
    const url = ref.url ?? (ref.id !== undefined && /^https?:\/\//.test(ref.id) ? ref.id : undefined);
    if (url === undefined) return [];
    return [
      alignment({
        targetType: 'ceterms:Credential',
        targetName: pick(ref.title, lang) ?? url,
        targetUrl: url,
      }),
    ];
  });
}

const LEGAL_IDENTIFIER_TYPES = {
  eidas: 'ext:eIDASIdentifier',
  vat: 'ext:VATIdentifier',
  registration: 'ext:RegistrationNumber',
  other: 'identifier',
} as const;

/** Elements 3 and 4: an awarding body as an OB3 Profile. */
export function awardingBodyProfile(
  body: AwardingBody,
  options: { id: string; lang: string; country?: string | undefined; region?: string | undefined },
): JsonObject {
  const country = body.country ?? options.country;
  const identifiers = (body.legalIdentifiers ?? []).map((legal) => ({
    type: 'IdentifierEntry',
    identifier: legal.value,
    identifierType: LEGAL_IDENTIFIER_TYPES[legal.scheme],
  }));
  return defined({
    id: options.id,
    type: ['Profile'],
    name: pick(body.name, options.lang),
    url: body.homepage,
    address:
      country === undefined && options.region === undefined
        ? undefined
        : defined({ type: ['Address'], addressCountryCode: country, addressRegion: options.region }),
    otherIdentifier: nonEmpty(identifiers),
  });
}

const RESULT_DESCRIPTION = 'grading-scheme';

/** Element 14: the grading scheme. Pass/fail is a `Status` result; other grades use `ext:Grade`. */
function resultDescription(record: Microcredential, id: string, lang: string): JsonObject[] {
  const grade = record.grade;
  if (grade === undefined || grade.scheme === 'none') return [];
  const name =
    pick(grade.schemeDescription, lang) ??
    (grade.scheme === 'pass_fail' ? 'Pass/fail' : grade.scheme === 'graded' ? 'Grade' : undefined);
  if (name === undefined) return [];
  return [
    {
      id: `${id}#${RESULT_DESCRIPTION}`,
      type: ['ResultDescription'],
      name,
      resultType: grade.scheme === 'pass_fail' ? 'Status' : 'ext:Grade',
    },
  ];
}

/** The outcomes as a Markdown list, in the achievement's language. */
const outcomeList = (record: Microcredential, lang: string): string =>
  record.learningOutcomes.map((o) => `- ${pick(o.text, lang) ?? ''}`).join('\n');

/**
 * A register entry as an OB 3.0 Achievement (`achievementType` MicroCredential). The first awarding
 * body is the `creator`. See README.md for where each Annex I element goes and what OB3 cannot hold.
 */
export function toOpenBadgeAchievement(
  record: Microcredential,
  options: OpenBadgeAchievementOptions,
): JsonObject {
  const { id } = options;
  const lang = achievementLanguage(record, options.lang);
  const [firstBody] = record.awardingBodies;
  const fieldOfStudy = record.iscedF?.[0] === undefined ? undefined : iscedF.get(record.iscedF[0]);
  const alignments = [
    ...escoAlignments(record, lang),
    ...levelAlignments(record, lang),
    ...qualityAlignment(record, id, lang),
    ...iscedAlignments(record),
    ...annexAlignments(record, lang),
    ...stackAlignments(record, lang),
  ];
  return defined({
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: pick(record.title, lang),
    description: pick(record.description, lang) ?? outcomeList(record, lang),
    criteria: { narrative: pick(record.awardCriteria, lang) ?? outcomeList(record, lang) },
    creditsAvailable: record.workload.ects,
    fieldOfStudy,
    inLanguage: lang === UNDETERMINED ? undefined : lang,
    creator:
      firstBody === undefined
        ? undefined
        : awardingBodyProfile(firstBody, {
            id: options.creatorId ?? `${id}#awarding-body`,
            lang,
            country: record.issuerCountries[0],
            region: pick(record.issuerRegions?.[0], lang),
          }),
    alignment: nonEmpty(alignments),
    resultDescription: nonEmpty(resultDescription(record, id, lang)),
  });
}

// === Issuing ======================================================================================

/**
 * OB 3.0 IdentityHash: `sha256$` + the lower-case hex SHA-256 of the UTF-8 identity followed by the
 * salt. Emails are trimmed and lower-cased first, names trimmed and NFC-normalised, so a verifier
 * who is told an identity must normalise it the same way before hashing.
 */
export function identityHash(identity: string, salt: string): string {
  return `sha256$${createHash('sha256').update(`${identity}${salt}`, 'utf8').digest('hex')}`;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
export const normaliseName = (name: string): string => name.trim().normalize('NFC');

function hashedIdentity(identity: string, identityType: 'emailAddress' | 'name'): JsonObject {
  const salt = randomBytes(16).toString('hex');
  return {
    type: 'IdentityObject',
    hashed: true,
    identityHash: identityHash(identity, salt),
    identityType,
    salt,
  };
}

export interface Learner {
  readonly name?: string;
  readonly email?: string;
  /** A URI the learner controls (a DID, say); it goes into the credential as it is. */
  readonly id?: string;
}

export interface IssueOpenBadgeInput {
  readonly record: Microcredential;
  /** The register entry's public URL. */
  readonly achievementId: string;
  readonly learner: Learner;
  /** The awarding body's key: its DID is the issuer id. */
  readonly issuerKey: IssuerKey;
  /** The awarding body as issuer; address and identifiers come from the record's first awarding body. */
  readonly issuer: { readonly name: string; readonly url?: string };
  readonly credentialId: string;
  /** ISO date-time with a time zone: the date of issuing (Annex I element 5). */
  readonly validFrom: string;
  readonly validUntil?: string;
  /** Bitstring Status List entry, purpose revocation. */
  readonly status?: { readonly listUrl: string; readonly index: number };
  /** The grade achieved (element 14), linked to the grading scheme. */
  readonly grade?: string;
  readonly lang?: string;
}

export class IssueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssueError';
  }
}

/**
 * A signed OB 3.0 AchievementCredential (type OpenBadgeCredential, its alias in OB 3.0) for one
 * learner. The learner is named by hashed, salted identity objects (OB 3.0 IdentityObject), and by
 * `id` only when one is given; OB 3.0 requires one of the two.
 */
export async function issueOpenBadge(input: IssueOpenBadgeInput): Promise<JsonObject> {
  const { record, achievementId, learner, issuerKey, status } = input;
  const lang = achievementLanguage(record, input.lang);
  const achievement = toOpenBadgeAchievement(record, {
    id: achievementId,
    lang,
    creatorId: issuerKey.did,
  });
  const identifiers: JsonObject[] = [];
  if (learner.email !== undefined && learner.email.trim() !== '')
    identifiers.push(hashedIdentity(normaliseEmail(learner.email), 'emailAddress'));
  if (learner.name !== undefined && learner.name.trim() !== '')
    identifiers.push(hashedIdentity(normaliseName(learner.name), 'name'));
  if (identifiers.length === 0 && learner.id === undefined)
    throw new IssueError('a learner needs an email, a name or an id');
  if (status !== undefined && (!Number.isSafeInteger(status.index) || status.index < 0))
    throw new IssueError('a status index is a non-negative integer');

  const creator = achievement.creator as JsonObject | undefined;
  const issuer = defined({
    ...(creator ?? {}),
    id: issuerKey.did,
    type: ['Profile'],
    name: input.issuer.name,
    url: input.issuer.url ?? creator?.url,
  });
  const results = resultDescription(record, achievementId, lang);
  const grade = input.grade?.trim();
  const subject = defined({
    id: learner.id,
    type: ['AchievementSubject'],
    identifier: nonEmpty(identifiers),
    achievement,
    result:
      grade === undefined || grade === ''
        ? undefined
        : [
            defined({
              type: ['Result'],
              resultDescription: results[0]?.id,
              value: grade,
            }),
          ],
  });
  const credential = defined({
    '@context': [VC_V2, OB_CONTEXT],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    credentialSubject: subject,
    credentialStatus:
      status === undefined
        ? undefined
        : {
            id: `${status.listUrl}#${status.index}`,
            type: 'BitstringStatusListEntry',
            statusPurpose: 'revocation',
            statusListIndex: String(status.index),
            statusListCredential: status.listUrl,
          },
  });
  return signCredential(credential, issuerKey);
}
