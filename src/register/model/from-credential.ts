/**
 * From a verified credential to the register's model: Open Badges 3.0 AchievementCredentials and
 * Europass Digital Credentials (ELM v3), read as plain JSON. A mapping never invents a value: what a
 * credential does not say stays out of the record (the completeness check then reports it), and what
 * it says that has no place in the model is listed in `unmapped`, by path.
 *
 * Learner data (`credentialSubject` apart from the achievement) is never mapped: Annex I element 1
 * does not apply to a register entry (see annex-i.ts). It shows up in `unmapped` like anything else.
 */
import type { LocalizedText } from '../../questionnaire/index.ts';
import type {
  AwardingBody,
  EqfLevel,
  EscoSkillRef,
  LearningOutcome,
  MicrocredentialDraft,
  QualityAssuranceType,
  Supervision,
} from './annex-i.ts';
import { ESCO_SKILL_URI } from './annex-i.ts';
import { countryCodeSchema, UNDETERMINED, webUrlSchema } from './common.ts';
import { isIscedFCode } from './isced-f.ts';
import {
  type At,
  firstRecord,
  isRecord,
  items,
  type Json,
  join,
  own,
  text,
  Usage,
  unusedPaths,
} from './json-walk.ts';
import type { LegalIdentifier } from './providers.ts';
import {
  authorityCountries,
  authorityLanguages,
  type ConceptTable,
  ECTS_FRAMEWORK,
  ECVET_FRAMEWORK,
  edubadgesAssessment,
  edubadgesParticipation,
  edubadgesSupervision,
  elmAccreditation,
  elmAssessment,
  elmMode,
  elmSupervision,
} from './vocabularies.ts';

export interface MappingResult {
  readonly record: MicrocredentialDraft;
  /** Paths of the credential that carry something the record does not hold. */
  readonly unmapped: readonly string[];
}

const notAnObject: MappingResult = { record: {}, unmapped: ['$'] };
const NOTHING_IGNORED: ReadonlySet<string> = new Set();

const isWebUrl = (value: unknown): value is string => webUrlSchema.safeParse(value).success;
const isCountry = (value: unknown): value is string => countryCodeSchema.safeParse(value).success;

function positiveNumber(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

const lastSegment = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

// === Open Badges 3.0 ===============================================================================

/** Root properties that are the envelope or the wallet's display, not the achievement (OB 3.0 §B.1). */
const OB_IGNORED = new Set([
  'proof',
  'credentialSchema',
  'credentialStatus',
  'refreshService',
  'termsOfUse',
  'name',
  'description',
  'image',
  'validFrom',
  'validUntil',
]);

/** OB3 `ResultType`s that stand for a grade on a scale (`Status` and rubric references do not). */
const GRADED_RESULT_TYPES = new Set([
  'GradePointAverage',
  'LetterGrade',
  'Percent',
  'RawScore',
  'ScaledScore',
  'RubricScore',
  'ext:ECTSGradeScore',
]);

/** The achievement's language (`inLanguage`, BCP 47) as the key of its texts; `und` when not given. */
function obLanguage(achievement: At<Json>, usage: Usage): string {
  const tag = text(achievement.value.inLanguage)?.toLowerCase();
  const primary = tag?.split('-')[0];
  if (primary === undefined || !/^[a-z]{2}$/.test(primary)) return UNDETERMINED;
  usage.use(join(achievement.path, 'inLanguage'));
  return primary;
}

function obEqf(alignment: Json): EqfLevel | undefined {
  const code = text(alignment.targetCode);
  if (alignment.targetType === 'ext:EQF' && code !== undefined && /^[1-8]$/.test(code))
    return code as EqfLevel;
  const url = text(alignment.targetUrl)?.match(/^https?:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])$/);
  return url?.[1] as EqfLevel | undefined;
}

/** Issuer profile -> awarding body (OB3 `issuer`: Profile; research §3.10, element 4). */
function obAwardingBody(issuer: At<Json>, lang: string, usage: Usage): AwardingBody | undefined {
  const name = text(issuer.value.name);
  if (name === undefined) return undefined;
  usage.use(join(issuer.path, 'name'));
  const body: AwardingBody = { name: { [lang]: name } };
  if (isWebUrl(issuer.value.url)) {
    body.homepage = issuer.value.url;
    usage.use(join(issuer.path, 'url'));
  }
  const country = text(own(issuer.value.address, 'addressCountryCode'))?.toUpperCase();
  if (isCountry(country)) {
    body.country = country;
    usage.use(join(issuer.path, 'address.addressCountryCode'));
  }
  // Only an eIDAS identifier is a legal identifier of the organisation; OB3's other identifier
  // types (sourcedId, nationalIdentityNumber…) are system or person identifiers.
  const eidas: LegalIdentifier[] = [];
  for (const entry of items(issuer.value, 'otherIdentifier', issuer.path)) {
    const value = text(own(entry.value, 'identifier'));
    if (own(entry.value, 'identifierType') === 'ext:eIDASIdentifier' && value !== undefined) {
      eidas.push({ scheme: 'eidas', value });
      usage.useNode(entry);
    }
  }
  if (eidas.length > 0) body.legalIdentifiers = eidas;
  return body;
}

/**
 * Alignments carry ESCO skills (element 6), the EQF level (element 8, Edubadges `ext:EQF`) and QA
 * (element 11, Edubadges `ext:QualityAssurance`).
 */
function obAlignments(achievement: At<Json>, lang: string, record: MicrocredentialDraft, usage: Usage): void {
  const outcomes: LearningOutcome[] = [];
  const qaTexts: string[] = [];
  for (const at of items(achievement.value, 'alignment', achievement.path)) {
    if (!isRecord(at.value)) continue;
    const a = at.value;
    const url = text(a.targetUrl)?.replace(/^https:/, 'http:');
    const name = text(a.targetName);
    if (url !== undefined && ESCO_SKILL_URI.test(url) && name !== undefined) {
      const skill: EscoSkillRef = { uri: url, label: { [lang]: name } };
      outcomes.push({ text: { [lang]: text(a.targetDescription) ?? name }, escoSkills: [skill] });
      usage.useNode(at);
      continue;
    }
    const eqf = obEqf(a);
    if (eqf !== undefined) {
      record.level = { eqf };
      usage.useNode(at);
      continue;
    }
    if (a.targetType === 'ext:QualityAssurance' && name !== undefined) {
      qaTexts.push([name, text(a.targetDescription)].filter((t) => t !== undefined).join(': '));
      // The type of QA is not said: the record keeps the words, and the completeness check calls it vague.
      record.qualityAssurance = {
        types: [],
        description: { [lang]: qaTexts.join('; ') },
        ...(isWebUrl(a.targetUrl) ? { url: a.targetUrl } : {}),
      };
      usage.useNode(at);
    }
  }
  if (outcomes.length > 0) record.learningOutcomes = outcomes;
}

/** OB3 credits have no unit; the Edubadges extension says ECTS or SBU (study-load hours). */
function obWorkload(achievement: At<Json>, record: MicrocredentialDraft, usage: Usage): void {
  const a = achievement.value;
  const ects = positiveNumber(a.ECTS);
  const hours = positiveNumber(a.SBU);
  const credits = positiveNumber(a.creditsAvailable);
  const workload: NonNullable<MicrocredentialDraft['workload']> = {};
  if (ects !== undefined) {
    workload.ects = ects;
    usage.use(join(achievement.path, 'ECTS'));
  }
  if (hours !== undefined) {
    workload.hours = hours;
    usage.use(join(achievement.path, 'SBU'));
  }
  if (credits !== undefined && ects === undefined) {
    workload.credits = { value: credits, system: 'unspecified' };
    usage.use(join(achievement.path, 'creditsAvailable'));
  } else if (credits !== undefined && credits === ects) {
    usage.use(join(achievement.path, 'creditsAvailable'));
  }
  if (Object.keys(workload).length > 0) record.workload = workload;
}

/** Edubadges `assessmentType`, `participationType`, `supervisionType` + `identityChecked` (elements 9, 10, 13). */
function obEdubadges(achievement: At<Json>, record: MicrocredentialDraft, usage: Usage): void {
  const a = achievement.value;
  const path = (key: string) => join(achievement.path, key);
  const assessment = text(a.assessmentType)?.toLowerCase();
  if (assessment !== undefined && edubadgesAssessment[assessment] !== undefined) {
    record.assessment = { types: [edubadgesAssessment[assessment]] };
    usage.use(path('assessmentType'));
  }
  const participation = text(a.participationType)?.toLowerCase();
  if (participation !== undefined && edubadgesParticipation[participation] !== undefined) {
    record.participation = { form: edubadgesParticipation[participation] };
    usage.use(path('participationType'));
  }
  const supervision = text(a.supervisionType)?.toLowerCase();
  let code: Supervision | undefined =
    supervision === undefined ? undefined : edubadgesSupervision[supervision];
  // "supervised online" says nothing of identity on its own; with identityChecked it is the Annex's
  // "supervised online … with identity verification".
  if (supervision === 'supervised online' && a.identityChecked === true) code = 'supervised_online_id';
  if (code !== undefined) {
    record.supervision = code;
    usage.use(path('supervisionType'));
    usage.use(path('identityChecked'));
  }
}

/** The holder's result (grade achieved, element 14) and the description of its scale. */
function obGrade(
  subject: At<Json>,
  achievement: At<Json>,
  lang: string,
  record: MicrocredentialDraft,
  usage: Usage,
) {
  const descriptions = items(achievement.value, 'resultDescription', achievement.path);
  for (const result of items(subject.value, 'result', subject.path)) {
    const value = text(own(result.value, 'value'));
    if (value === undefined) continue;
    const grade: NonNullable<MicrocredentialDraft['grade']> = { achieved: { [lang]: value } };
    usage.use(join(result.path, 'value'));
    const ref = own(result.value, 'resultDescription');
    const described = descriptions.find((d) => own(d.value, 'id') === ref);
    if (described !== undefined) {
      usage.use(join(result.path, 'resultDescription'));
      const name = text(own(described.value, 'name'));
      if (name !== undefined) grade.schemeDescription = { [lang]: name };
      const type = own(described.value, 'resultType');
      if (typeof type === 'string' && GRADED_RESULT_TYPES.has(type)) grade.scheme = 'graded';
      usage.useNode(described);
    }
    record.grade = grade;
    return;
  }
}

/**
 * The achievement itself (an OB3 `Achievement`, inside a credential or on its own): title, outcomes,
 * level and QA from alignments, description, criteria, workload and the Edubadges terms.
 */
function obAchievement(
  achievement: At<Json>,
  lang: string,
  record: MicrocredentialDraft,
  usage: Usage,
): void {
  const a = achievement.value;
  const at = (key: string) => join(achievement.path, key);
  const t = (s: string): LocalizedText => ({ [lang]: s });
  const name = text(a.name);
  if (name !== undefined) {
    record.title = t(name);
    usage.use(at('name'));
  }
  obAlignments(achievement, lang, record, usage);
  const description = text(a.description);
  if (description !== undefined) {
    record.description = t(description);
    // Without ESCO alignments, the description is the only statement of what was learnt OB3 has.
    if (record.learningOutcomes === undefined) record.learningOutcomes = [{ text: t(description) }];
    usage.use(at('description'));
  }
  const criteria = text(own(a.criteria, 'narrative'));
  if (criteria !== undefined) {
    record.awardCriteria = t(criteria);
    usage.use(at('criteria'));
  }
  obWorkload(achievement, record, usage);
  obEdubadges(achievement, record, usage);
}

/** A Profile as the awarding body, with its country (elements 3 and 4) and region. */
function obProfile(profile: At<Json>, lang: string, record: MicrocredentialDraft, usage: Usage): void {
  const body = obAwardingBody(profile, lang, usage);
  if (body !== undefined) record.awardingBodies = [body];
  if (body?.country !== undefined) record.issuerCountries = [body.country];
  const region = text(own(profile.value.address, 'addressRegion'));
  if (region !== undefined) {
    record.issuerRegions = [{ [lang]: region }];
    usage.use(join(profile.path, 'address.addressRegion'));
  }
}

/**
 * An OB 3.0 AchievementCredential (or OpenBadgeCredential) to a register record, by the Annex I →
 * OB3 table (research §3.10) and the Edubadges extension terms (§3.8).
 */
export function fromOpenBadge(credential: unknown): MappingResult {
  if (!isRecord(credential)) return notAnObject;
  const usage = new Usage();
  const record: MicrocredentialDraft = {};
  const subject = firstRecord(credential, 'credentialSubject', '');
  const achievement =
    subject === undefined ? undefined : firstRecord(subject.value, 'achievement', subject.path);
  const lang = achievement === undefined ? UNDETERMINED : obLanguage(achievement, usage);

  const declaredType = achievement === undefined ? undefined : text(achievement.value.achievementType);
  if (declaredType !== undefined && achievement !== undefined)
    usage.use(join(achievement.path, 'achievementType'));
  record.source = {
    format: 'open-badges-3',
    ...(text(credential.id) === undefined ? {} : { credentialId: text(credential.id) as string }),
    ...(declaredType === undefined ? {} : { declaredType }),
  };

  // Element 5: awardedDate when given, else validFrom (required by OB 3.0).
  for (const key of ['awardedDate', 'validFrom']) {
    const date = text(credential[key]);
    if (date !== undefined && !Number.isNaN(Date.parse(date))) {
      record.dateOfIssuing = date;
      usage.use(key);
      break;
    }
  }

  // Elements 3 and 4: the issuer profile (a bare URI names no body).
  const issuer = firstRecord(credential, 'issuer', '');
  if (issuer !== undefined) obProfile(issuer, lang, record, usage);

  if (achievement !== undefined) {
    // The creator is the awarding body again when it is the issuer.
    const creator = firstRecord(achievement.value, 'creator', achievement.path);
    if (creator !== undefined && issuer !== undefined && creator.value.id === issuer.value.id)
      usage.use(creator.path);
    obAchievement(achievement, lang, record, usage);
    if (subject !== undefined) obGrade(subject, achievement, lang, record, usage);
  }

  return { record, unmapped: unusedPaths(credential, usage, OB_IGNORED) };
}

/**
 * A bare OB 3.0 `Achievement` (an achievement definition, not awarded to anyone) to a register
 * record, by the same rules as the achievement inside `fromOpenBadge`. Its `creator` Profile, when
 * given, is the awarding body. A definition is not issued, so the record has no `source` and no date
 * of issuing, and `achievementType` shows in `unmapped`.
 */
export function fromAchievement(achievement: unknown): MappingResult {
  if (!isRecord(achievement)) return notAnObject;
  const usage = new Usage();
  const record: MicrocredentialDraft = {};
  const root: At<Json> = { value: achievement, path: '' };
  const lang = obLanguage(root, usage);
  const creator = firstRecord(achievement, 'creator', '');
  if (creator !== undefined) obProfile(creator, lang, record, usage);
  obAchievement(root, lang, record, usage);
  return { record, unmapped: unusedPaths(achievement, usage, NOTHING_IGNORED) };
}

// === European Learning Model v3 ====================================================================

/** Envelope, sealing and display properties of an EDC (research §2.3), not the micro-credential. */
const ELM_IGNORED = new Set([
  'proof',
  'credentialSchema',
  'credentialStatus',
  'status',
  'cnf',
  'credentialProfiles',
  'displayParameter',
  'validFrom',
  'validUntil',
  'expirationDate',
  'termsOfUse',
]);

/** An ELM language map (`{ "en": "…" }`) as a LocalizedText: primary subtags, non-empty strings. */
function langMap(value: unknown): LocalizedText | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const lang = key.toLowerCase().split('-')[0] ?? '';
    const s = text(Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('; ') : v);
    if (/^[a-z]{2}$/.test(lang) && s !== undefined && out[lang] === undefined) out[lang] = s;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A Note's text (`noteLiteral`), the first of several. */
const noteText = (node: unknown, key: string, path: string): At<LocalizedText> | undefined => {
  for (const note of items(node, key, path)) {
    const literal = langMap(own(note.value, 'noteLiteral'));
    if (literal !== undefined) return { value: literal, path: note.path };
  }
  return undefined;
};

function conceptCode<T>(concept: unknown, table: ConceptTable<T>): T | undefined {
  const id = text(own(concept, 'id'));
  const byId = id === undefined ? undefined : table.byId[lastSegment(id)];
  if (byId !== undefined) return byId;
  const label = text(own(own(concept, 'prefLabel'), 'en'))?.toLowerCase();
  return label === undefined ? undefined : table.byLabel[label];
}

/** The country of a Location (`address.countryCode`, a Publications Office country URI). */
function locationCountry(location: unknown): string | undefined {
  const id = text(own(own(own(location, 'address'), 'countryCode'), 'id'));
  return id === undefined ? undefined : authorityCountries[lastSegment(id)];
}

/** ELM repeats nodes inline but may also refer to one by id only: find the full node. */
function resolver(doc: Json): (node: unknown) => unknown {
  const byId = new Map<string, Json>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      const id = node.id;
      if (typeof id === 'string' && Object.keys(node).length > 2 && !byId.has(id)) byId.set(id, node);
      Object.values(node).forEach(walk);
    }
  };
  walk(doc);
  return (node) => {
    const id = own(node, 'id');
    return isRecord(node) && Object.keys(node).length <= 2 && typeof id === 'string'
      ? (byId.get(id) ?? node)
      : node;
  };
}

const LEGAL_IDENTIFIERS = [
  ['registration', 'registration'],
  ['vatIdentifier', 'vat'],
  ['eIDASIdentifier', 'eidas'],
] as const;

/** Organisation -> awarding body (element 4), with its countries and regions (element 3). */
function elmOrganisation(org: Json): { body?: AwardingBody; countries: string[]; regions: LocalizedText[] } {
  const countries = items(org, 'location', '')
    .map((l) => locationCountry(l.value))
    .filter((c): c is string => c !== undefined);
  const regions = items(org, 'location', '')
    .map((l) => langMap(own(own(l.value, 'spatialCode'), 'prefLabel')))
    .filter((r): r is LocalizedText => r !== undefined);
  const name = langMap(org.legalName);
  if (name === undefined) return { countries, regions };
  const body: AwardingBody = { name };
  if (countries[0] !== undefined) body.country = countries[0];
  const homepage = items(org, 'homepage', '')
    .map((h) => own(h.value, 'contentURL'))
    .find(isWebUrl);
  if (homepage !== undefined) body.homepage = homepage;
  const ids: LegalIdentifier[] = [];
  for (const [key, scheme] of LEGAL_IDENTIFIERS) {
    for (const id of items(org, key, '')) {
      const value = text(own(id.value, 'notation'));
      const spatial = text(own(own(id.value, 'spatial'), 'id'));
      const country = spatial === undefined ? undefined : authorityCountries[lastSegment(spatial)];
      if (value !== undefined)
        ids.push(country === undefined ? { scheme, value } : { scheme, value, country });
    }
  }
  if (ids.length > 0) body.legalIdentifiers = ids;
  return { body, countries, regions };
}

/** `volumeOfLearning` (xsd:duration) in hours; only hour and minute forms, since a day of learning has no fixed length. */
function durationHours(value: unknown): number | undefined {
  const m = text(value)?.match(/^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?$/);
  if (m === undefined || m === null || (m[1] === undefined && m[2] === undefined)) return undefined;
  const hours = Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60;
  return hours > 0 ? hours : undefined;
}

interface ElmContext {
  readonly record: MicrocredentialDraft;
  readonly usage: Usage;
  readonly resolve: (node: unknown) => unknown;
}

/**
 * The awarding bodies (elements 3, 4 and their accreditations, 11) of a claim's `awardedBy`
 * (AwardingProcess) or a specification's `awardingOpportunity`. `doc` is the credential, whose
 * issuer stands in for the bodies' location; a bare specification has none.
 */
function elmAwarding(
  node: At<Json>,
  key: 'awardedBy' | 'awardingOpportunity',
  doc: Json | undefined,
  ctx: ElmContext,
): void {
  const { record, usage, resolve } = ctx;
  const bodies: AwardingBody[] = [];
  const countries = new Set<string>();
  const regions: LocalizedText[] = [];
  const qa: { types: QualityAssuranceType[]; bodies: LocalizedText[] } = { types: [], bodies: [] };
  for (const process of items(node.value, key, node.path)) {
    for (const at of items(process.value, 'awardingBody', process.path)) {
      const org = resolve(at.value);
      if (!isRecord(org)) continue;
      const mapped = elmOrganisation(org);
      if (mapped.body === undefined) continue;
      bodies.push(mapped.body);
      for (const c of mapped.countries) countries.add(c);
      regions.push(...mapped.regions);
      elmAccreditations(org, '', qa);
      usage.useNode({ value: org, path: at.path });
      // The process is mapped with its body; ELM repeats it under provenBy and influencedBy.
      usage.useNode(process);
    }
    const awardingDate = text(own(process.value, 'awardingDate'));
    if (record.dateOfIssuing === undefined && awardingDate !== undefined) {
      record.dateOfIssuing = awardingDate;
      usage.use(join(process.path, 'awardingDate'));
    }
  }
  // Annex I's "issuer" is the body awarding the micro-credential. In an EDC, `issuer` is whoever
  // sealed it, possibly by mandate (evidence type Mandate, research §2.7), so its location only
  // stands in when the awarding bodies have none.
  if (countries.size === 0 && doc !== undefined) {
    const issuer = firstRecord(doc, 'issuer', '');
    const mapped = issuer === undefined ? undefined : elmOrganisation(issuer.value);
    if (issuer !== undefined && mapped !== undefined && mapped.countries.length > 0) {
      for (const c of mapped.countries) countries.add(c);
      usage.use(join(issuer.path, 'location'));
    }
  }
  if (bodies.length > 0) record.awardingBodies = bodies;
  if (countries.size > 0) record.issuerCountries = [...countries];
  if (regions.length > 0) record.issuerRegions = regions;
  if (qa.types.length > 0 || qa.bodies.length > 0) mergeQa(record, qa);
}

/** Accreditation (element 11): its `dcType` gives the type, its `accreditingAgent` the body. */
function elmAccreditations(
  node: unknown,
  path: string,
  qa: { types: QualityAssuranceType[]; bodies: LocalizedText[] },
  usage?: Usage,
): void {
  for (const acc of items(node, 'accreditation', path)) {
    const type = conceptCode(own(acc.value, 'dcType'), elmAccreditation);
    if (type !== undefined && !qa.types.includes(type)) qa.types.push(type);
    for (const agent of items(acc.value, 'accreditingAgent', acc.path)) {
      const name = langMap(own(agent.value, 'legalName'));
      if (name !== undefined) qa.bodies.push(name);
    }
    if (usage !== undefined && (type !== undefined || qa.bodies.length > 0)) usage.use(acc.path);
  }
}

function mergeQa(
  record: MicrocredentialDraft,
  qa: { types: QualityAssuranceType[]; bodies: LocalizedText[] },
) {
  const types = [...new Set([...(record.qualityAssurance?.types ?? []), ...qa.types])];
  const bodies = [...(record.qualityAssurance?.bodies ?? []), ...qa.bodies];
  record.qualityAssurance = { types, ...(bodies.length > 0 ? { bodies } : {}) };
}

/** The specification (Qualification / LearningAchievementSpecification): elements 6, 7, 8, 10, 11, 12, 15, 16. */
function elmSpecification(spec: At<Json>, ctx: ElmContext): void {
  const { record, usage } = ctx;
  const s = spec.value;
  const at = (key: string) => join(spec.path, key);

  const outcomes: LearningOutcome[] = [];
  for (const lo of items(s, 'learningOutcome', spec.path)) {
    const title = langMap(own(lo.value, 'title'));
    if (title === undefined) continue;
    usage.use(join(lo.path, 'title'));
    const skills: EscoSkillRef[] = [];
    for (const skill of items(lo.value, 'relatedESCOSkill', lo.path)) {
      const uri = text(own(skill.value, 'id'));
      const label = langMap(own(skill.value, 'prefLabel'));
      // Only real ESCO URIs: some issuers put ad-hoc `urn:epass:…` ids here, which name no ESCO concept.
      if (uri === undefined || !ESCO_SKILL_URI.test(uri) || label === undefined) continue;
      skills.push({ uri, label });
      usage.use(skill.path);
    }
    outcomes.push(skills.length > 0 ? { text: title, escoSkills: skills } : { text: title });
  }
  if (outcomes.length > 0) record.learningOutcomes = outcomes;

  const summary = noteText(s, 'learningOutcomeSummary', spec.path);
  const description = langMap(s.description);
  if (summary !== undefined) {
    record.description = summary.value;
    usage.use(summary.path);
  } else if (description !== undefined) {
    record.description = description;
    usage.use(at('description'));
  }

  // Element 7: ECTS from creditPoint, hours from volumeOfLearning.
  const workload: NonNullable<MicrocredentialDraft['workload']> = {};
  for (const cp of items(s, 'creditPoint', spec.path)) {
    const framework = text(own(own(cp.value, 'framework'), 'id'));
    const point = positiveNumber(own(cp.value, 'point'));
    if (framework === undefined || point === undefined) continue;
    if (lastSegment(framework) === ECTS_FRAMEWORK && workload.ects === undefined) workload.ects = point;
    else if (lastSegment(framework) === ECVET_FRAMEWORK && workload.credits === undefined) {
      workload.credits = { value: point, system: 'ecvet' };
    } else continue;
    usage.use(cp.path);
  }
  const hours = durationHours(s.volumeOfLearning);
  if (hours !== undefined) {
    workload.hours = hours;
    usage.use(at('volumeOfLearning'));
  }
  if (Object.keys(workload).length > 0) record.workload = workload;

  // Element 8: eqfLevel `…/snb/eqf/N`, nqfLevel as its label.
  const level: NonNullable<MicrocredentialDraft['level']> = {};
  const eqf = text(own(s.eqfLevel, 'id'))?.match(/\/snb\/eqf\/([1-8])$/)?.[1];
  if (eqf !== undefined) {
    level.eqf = eqf as EqfLevel;
    usage.use(at('eqfLevel'));
  }
  const nqf = items(s, 'nqfLevel', spec.path)[0];
  const nqfLabel = nqf === undefined ? undefined : langMap(own(nqf.value, 'prefLabel'));
  if (nqf !== undefined && nqfLabel !== undefined) {
    const uri = text(own(nqf.value, 'id'));
    level.nqf = uri === undefined ? { label: nqfLabel } : { label: nqfLabel, uri };
    usage.use(nqf.path);
  }
  if (Object.keys(level).length > 0) record.level = level;

  const fields: string[] = [];
  for (const area of items(s, 'thematicArea', spec.path)) {
    const code = text(own(area.value, 'id'))?.match(/\/isced-f\/(\d{2,4})$/)?.[1];
    if (code === undefined || !isIscedFCode(code) || fields.includes(code)) continue;
    fields.push(code);
    usage.use(area.path);
  }
  if (fields.length > 0) record.iscedF = fields;

  const languages: string[] = [];
  for (const language of items(s, 'language', spec.path)) {
    const id = text(own(language.value, 'id'));
    const code = id === undefined ? undefined : authorityLanguages[lastSegment(id)];
    if (code === undefined || languages.includes(code)) continue;
    languages.push(code);
    usage.use(language.path);
  }
  if (languages.length > 0) record.languagesOfInstruction = languages;

  const mode = conceptCode(s.mode, elmMode);
  if (mode !== undefined) {
    record.participation = { form: mode };
    usage.use(at('mode'));
  }

  const qa = { types: [] as QualityAssuranceType[], bodies: [] as LocalizedText[] };
  elmAccreditations(s, spec.path, qa, usage);
  if (qa.types.length > 0 || qa.bodies.length > 0) mergeQa(record, qa);

  const entry = noteText(s, 'entryRequirement', spec.path);
  if (entry !== undefined) {
    record.prerequisites = { types: [], description: entry.value };
    usage.use(entry.path);
  }

  elmStackability(spec, ctx);

  const note = noteText(s, 'additionalNote', spec.path);
  const homepage = items(s, 'homepage', spec.path).find((h) => isWebUrl(own(h.value, 'contentURL')));
  if (note !== undefined || homepage !== undefined) {
    const url = own(homepage?.value, 'contentURL') as string | undefined;
    record.furtherInformation = {
      ...(note === undefined ? {} : { text: note.value }),
      ...(url === undefined ? {} : { url }),
    };
    if (note !== undefined) usage.use(note.path);
    if (homepage !== undefined) usage.use(homepage.path);
  }
}

/**
 * Element 15. `isPartialQualification: false` says the qualification is whole on its own, Annex I's
 * "stand-alone, independent"; `true` makes it part of a qualification; `isPartOf` names larger ones.
 */
function elmStackability(spec: At<Json>, ctx: ElmContext): void {
  const { record, usage, resolve } = ctx;
  const partOf = items(spec.value, 'isPartOf', spec.path).flatMap((p) => {
    const node = resolve(p.value);
    const title = langMap(own(node, 'title'));
    const id = text(own(node, 'id'));
    if (title === undefined && id === undefined) return [];
    usage.use(p.path);
    return [{ ...(title === undefined ? {} : { title }), ...(id === undefined ? {} : { id }) }];
  });
  const partial = spec.value.isPartialQualification;
  if (typeof partial === 'boolean') usage.use(join(spec.path, 'isPartialQualification'));
  if (partial === true) record.stackability = { option: 'unit_of_qualification' };
  else if (partOf.length > 0) record.stackability = { option: 'stackable' };
  else if (partial === false) record.stackability = { option: 'standalone' };
  if (record.stackability !== undefined && partOf.length > 0) record.stackability.partOf = partOf;
}

/** The assessment (`provenBy`): elements 9, 13 and 14. */
function elmAssessmentOf(claim: At<Json>, ctx: ElmContext): void {
  const { record, usage } = ctx;
  const proven = firstRecord(claim.value, 'provenBy', claim.path);
  if (proven === undefined) return;
  const aspec = firstRecord(proven.value, 'specifiedBy', proven.path);
  const dcType = aspec === undefined ? undefined : own(aspec.value, 'dcType');
  if (aspec !== undefined && dcType !== undefined) {
    const code = conceptCode(dcType, elmAssessment);
    const label = langMap(own(dcType, 'prefLabel'));
    // A type outside the study's codes is kept as `other`, in the credential's own words.
    if (code !== undefined) record.assessment = { types: [code] };
    else if (label !== undefined) record.assessment = { types: ['other'], description: label };
    if (record.assessment !== undefined) usage.use(join(aspec.path, 'dcType'));
  }

  const supervision = conceptCode(proven.value.idVerification, elmSupervision);
  if (supervision !== undefined) {
    record.supervision = supervision;
    usage.use(join(proven.path, 'idVerification'));
  }

  const grade = noteText(proven.value, 'grade', proven.path);
  const scheme = aspec === undefined ? undefined : firstRecord(aspec.value, 'gradingScheme', aspec.path);
  const schemeTitle = scheme === undefined ? undefined : langMap(scheme.value.title);
  if (grade !== undefined || schemeTitle !== undefined) {
    record.grade = {
      ...(grade === undefined ? {} : { achieved: grade.value }),
      ...(schemeTitle === undefined ? {} : { schemeDescription: schemeTitle }),
    };
    if (grade !== undefined) usage.use(grade.path);
    if (scheme !== undefined && schemeTitle !== undefined) usage.use(join(scheme.path, 'title'));
  }
}

/** The first claim that is a LearningAchievement, else the first claim. */
function mainClaim(subject: At<Json>): At<Json> | undefined {
  const claims = items(subject.value, 'hasClaim', subject.path).filter((c): c is At<Json> =>
    isRecord(c.value),
  );
  return claims.find((c) => [c.value.type].flat().includes('LearningAchievement')) ?? claims[0];
}

/**
 * A Europass Digital Credential (ELM v3) to a register record, by the paths of the Commission's
 * Sample-MC-Annex1 credential (research §2.4). Only the main claim is read; further claims are
 * listed in `unmapped`.
 */
export function fromElm(credential: unknown): MappingResult {
  if (!isRecord(credential)) return notAnObject;
  const usage = new Usage();
  const record: MicrocredentialDraft = {};
  const ctx: ElmContext = { record, usage, resolve: resolver(credential) };

  const subject = firstRecord(credential, 'credentialSubject', '');
  const claim = subject === undefined ? undefined : mainClaim(subject);
  const spec = claim === undefined ? undefined : firstRecord(claim.value, 'specifiedBy', claim.path);
  const declaredType = text(own(own(spec?.value, 'dcType'), 'id'));
  if (spec !== undefined && declaredType !== undefined) usage.use(join(spec.path, 'dcType'));
  record.source = {
    format: 'europass-elm-3',
    ...(text(credential.id) === undefined ? {} : { credentialId: text(credential.id) as string }),
    ...(declaredType === undefined ? {} : { declaredType }),
  };

  // Element 5: `issued` is added when the credential is sealed (research §2.4); an unsealed
  // credential has none, and its validFrom is not a date of issuing.
  const issued = text(credential.issued) ?? text(credential.issuanceDate);
  if (issued !== undefined) {
    record.dateOfIssuing = issued;
    for (const key of ['issued', 'issuanceDate']) if (text(credential[key]) === issued) usage.use(key);
  }

  if (claim === undefined) return { record, unmapped: unusedPaths(credential, usage, ELM_IGNORED) };

  // Element 2: the achievement's title, else its specification's.
  const claimTitle = langMap(claim.value.title);
  const specTitle = langMap(own(spec?.value, 'title'));
  const title = claimTitle ?? specTitle;
  if (title !== undefined) record.title = title;
  if (claimTitle !== undefined) usage.use(join(claim.path, 'title'));
  if (spec !== undefined && specTitle !== undefined && JSON.stringify(specTitle) === JSON.stringify(title)) {
    usage.use(join(spec.path, 'title'));
  }

  elmAwarding(claim, 'awardedBy', credential, ctx);
  if (spec !== undefined) elmSpecification(spec, ctx);
  // Element 10 falls back on the learning activity's mode when the specification has none.
  if (record.participation === undefined) {
    const activity = firstRecord(claim.value, 'influencedBy', claim.path);
    const aspec =
      activity === undefined ? undefined : firstRecord(activity.value, 'specifiedBy', activity.path);
    const mode = aspec === undefined ? undefined : conceptCode(aspec.value.mode, elmMode);
    if (aspec !== undefined && mode !== undefined) {
      record.participation = { form: mode };
      usage.use(join(aspec.path, 'mode'));
    }
  }
  elmAssessmentOf(claim, ctx);

  return { record, unmapped: unusedPaths(credential, usage, ELM_IGNORED) };
}

/**
 * A bare ELM v3 `LearningAchievementSpecification` (or `Qualification`), as a provider describes a
 * microcredential on offer, to a register record: its title, then the same specification fields as
 * in `fromElm`, and the awarding bodies of its `awardingOpportunity`. A specification is not issued,
 * so the record has no `source` and no date of issuing, and `dcType` shows in `unmapped`.
 */
export function fromLearningAchievementSpecification(specification: unknown): MappingResult {
  if (!isRecord(specification)) return notAnObject;
  const usage = new Usage();
  const record: MicrocredentialDraft = {};
  const ctx: ElmContext = { record, usage, resolve: resolver(specification) };
  const spec: At<Json> = { value: specification, path: '' };
  const title = langMap(specification.title);
  if (title !== undefined) {
    record.title = title;
    usage.use('title');
  }
  elmAwarding(spec, 'awardingOpportunity', undefined, ctx);
  elmSpecification(spec, ctx);
  return { record, unmapped: unusedPaths(specification, usage, NOTHING_IGNORED) };
}
