/**
 * Structural checks of a European Learning Model v3 credential (a Europass Digital Credential) read as
 * plain JSON: no JSON-LD expansion, no SHACL engine. The mandatory properties come from the EDC
 * application profile `EDC-generic-no-cv.ttl` (1.1.0); only what can be told from the JSON shape is
 * checked, so `schema: ok` means "has the required parts", not "SHACL-valid".
 */
import { isCalendarDateTime } from '../json-input.ts';
import type { Check } from '../report.ts';

/** The EDC application profile context (`@context`, second entry in the Commission's samples). */
export const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** ELM types a credential as `["VerifiableCredential", "EuropeanDigitalCredential"]`; older ones may omit the second. */
export function isElmCredential(value: unknown): value is Json {
  if (!isRecord(value)) return false;
  const types = asArray(value.type);
  if (types.includes('EuropeanDigitalCredential')) return true;
  return types.includes('VerifiableCredential') && asArray(value['@context']).includes(EDC_CONTEXT);
}

/** Required JSON keys of the credential itself (EDC-generic-no-cv: EuropeanDigitalCredential shape). */
const CREDENTIAL_REQUIRED = [
  'credentialProfiles',
  'displayParameter',
  'issuer',
  'credentialSubject',
  'issued',
  'validFrom',
  'credentialSchema',
] as const;

/** xsd:dateTime naming a day the calendar has, that `Date.parse` can also read. */
function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && isCalendarDateTime(value) && !Number.isNaN(Date.parse(value));
}

/**
 * The paths of the required properties that are missing or of the wrong kind. Organisation, claim and
 * awarding process are looked into because Annex I elements (issuer, title, awarding body) live there.
 */
export function missingProperties(credential: Json): string[] {
  const missing: string[] = [];
  for (const key of CREDENTIAL_REQUIRED) if (!hasValue(credential[key])) missing.push(key);
  for (const key of ['issued', 'validFrom', 'issuanceDate', 'validUntil', 'expirationDate'] as const) {
    if (credential[key] !== undefined && !isDateTime(credential[key])) missing.push(`${key} (dateTime)`);
  }
  const issuer = credential.issuer;
  if (hasValue(issuer) && typeof issuer !== 'string') {
    if (!isRecord(issuer)) missing.push('issuer (Organisation)');
    else {
      if (!hasValue(issuer.legalName)) missing.push('issuer.legalName');
      if (!hasValue(issuer.location)) missing.push('issuer.location');
    }
  }
  const subjects = asArray(credential.credentialSubject);
  subjects.forEach((subject, i) => {
    const at = subjects.length > 1 ? `credentialSubject[${i}]` : 'credentialSubject';
    if (!isRecord(subject)) {
      missing.push(`${at} (Person)`);
      return;
    }
    const claims = asArray(subject.hasClaim);
    if (claims.length === 0) missing.push(`${at}.hasClaim`);
    claims.forEach((claim, j) => {
      const c = claims.length > 1 ? `${at}.hasClaim[${j}]` : `${at}.hasClaim`;
      if (!isRecord(claim)) {
        missing.push(`${c} (Claim)`);
        return;
      }
      if (!hasValue(claim.title)) missing.push(`${c}.title`);
      // LearningAchievement needs awardedBy → AwardingProcess.awardingBody (Annex I element 4).
      const awarded = asArray(claim.awardedBy);
      if (awarded.length === 0) missing.push(`${c}.awardedBy`);
      else if (!awarded.every((a) => isRecord(a) && hasValue(a.awardingBody))) {
        missing.push(`${c}.awardedBy.awardingBody`);
      }
    });
  });
  return missing;
}

export function schemaCheck(credential: Json): Check {
  const missing = missingProperties(credential);
  if (missing.length === 0) return { id: 'schema', status: 'ok', code: 'schema.ok' };
  return {
    id: 'schema',
    status: 'failed',
    code: 'schema.missingProperty',
    detail: { missing: missing.slice(0, 20).join(', '), count: missing.length },
  };
}

/**
 * validFrom (or issuanceDate, VCDM 1.1) must not be after the validation time; validUntil or
 * expirationDate must not be before it.
 */
export function validityCheck(credential: Json, at: Date): Check {
  const from = credential.validFrom ?? credential.issuanceDate;
  const until = credential.validUntil ?? credential.expirationDate;
  const detail: Record<string, string> = { validationTime: at.toISOString() };
  if (typeof from === 'string') detail.validFrom = from;
  if (typeof until === 'string') detail.validUntil = until;
  if ((from !== undefined && !isDateTime(from)) || (until !== undefined && !isDateTime(until))) {
    return { id: 'validity', status: 'failed', code: 'validity.badDate', detail };
  }
  if (from === undefined && until === undefined) {
    return { id: 'validity', status: 'unknown', code: 'validity.noDates', detail };
  }
  if (typeof from === 'string' && Date.parse(from) > at.getTime()) {
    return { id: 'validity', status: 'failed', code: 'validity.notYetValid', detail };
  }
  if (typeof until === 'string' && Date.parse(until) < at.getTime()) {
    return { id: 'validity', status: 'failed', code: 'validity.expired', detail };
  }
  return { id: 'validity', status: 'ok', code: 'validity.ok', detail };
}

/**
 * EDC's own `credentialStatus` is a bare URI (EDC-generic-no-cv: xsd:anyURI); some issuers add a
 * non-standard `status` array of StatusList2021Entry. Either needs the network, so offline it is unknown.
 */
export function statusCheck(credential: Json): Check {
  const entries = [...asArray(credential.credentialStatus), ...asArray(credential.status)].filter(hasValue);
  if (entries.length === 0) return { id: 'status', status: 'skipped', code: 'status.none' };
  const kinds = entries.map((e) => (isRecord(e) && typeof e.type === 'string' ? e.type : 'uri'));
  const purposes = entries
    .map((e) => (isRecord(e) && typeof e.statusPurpose === 'string' ? e.statusPurpose : undefined))
    .filter((p): p is string => p !== undefined);
  return {
    id: 'status',
    status: 'unknown',
    code: 'status.listUnreachable',
    detail: {
      entries: entries.length,
      types: [...new Set(kinds)].join(', '),
      ...(purposes.length > 0 ? { purposes: purposes.join(', ') } : {}),
    },
  };
}
