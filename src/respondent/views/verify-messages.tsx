import type { MessageKey } from '../../i18n/index.ts';
import type { CheckId, CheckStatus } from '../../register/index.ts';

/**
 * Every code the verifiers emit, said in plain words. Several codes share a message where the
 * difference matters only to a developer (the technical details under each check keep the code).
 * A code missing here (a verifier added one later) falls back to the words for its status.
 */
const codeMessages: Readonly<Record<string, MessageKey>> = {
  // format
  'format.openBadges3': 'verify.code.format.openBadges3',
  'format.elm3': 'verify.code.format.elm3',
  'format.preReleaseContext': 'verify.code.format.preReleaseContext',
  'format.notJson': 'verify.code.format.unreadable',
  'format.notObject': 'verify.code.format.unreadable',
  'format.notText': 'verify.code.format.unreadable',
  'format.unrecognised': 'verify.code.format.unreadable',
  'format.badJws': 'verify.code.format.unreadable',
  'format.unreadable': 'verify.code.format.unreadable',
  'format.payloadNotJson': 'verify.code.format.payloadNotJson',
  'format.tooLarge': 'verify.code.format.tooLarge',
  'format.notVerifiableCredential': 'verify.code.format.notCredential',
  'format.notOpenBadge': 'verify.code.format.notCredential',
  'format.noOpenBadgesContext': 'verify.code.format.notCredential',
  'format.notElm': 'verify.code.format.notCredential',
  'format.internalError': 'verify.code.error',
  // schema
  'schema.valid': 'verify.code.schema.ok',
  'schema.ok': 'verify.code.schema.ok',
  'schema.invalid': 'verify.code.schema.failed',
  'schema.missingProperty': 'verify.code.schema.failed',
  // signature
  'signature.verified': 'verify.code.signature.ok',
  'signature.valid': 'verify.code.signature.ok',
  'signature.badProof': 'verify.code.signature.bad',
  'signature.badSignature': 'verify.code.signature.bad',
  'signature.invalid': 'verify.code.signature.bad',
  'signature.undefinedTerms': 'verify.code.signature.undefinedTerms',
  'signature.noProof': 'verify.code.signature.none',
  'signature.none': 'verify.code.signature.none',
  'signature.jwtAlgNone': 'verify.code.signature.none',
  'signature.keyUnavailable': 'verify.code.signature.keyUnavailable',
  'signature.unsupportedSuite': 'verify.code.signature.unsupported',
  'signature.unsupportedAlgorithm': 'verify.code.signature.unsupported',
  'signature.jwtAlgNotAllowed': 'verify.code.signature.unsupported',
  'signature.wrongPurpose': 'verify.code.signature.wrongPurpose',
  'signature.malformedProof': 'verify.code.signature.malformed',
  'signature.malformed': 'verify.code.signature.malformed',
  'signature.badHeader': 'verify.code.signature.malformed',
  'signature.badCrit': 'verify.code.signature.malformed',
  'signature.unknownCrit': 'verify.code.signature.malformed',
  'signature.b64NotCritical': 'verify.code.signature.malformed',
  'signature.badJws': 'verify.code.signature.malformed',
  'signature.jwtNoAlg': 'verify.code.signature.malformed',
  'signature.jwtHeaderNotAllowed': 'verify.code.signature.malformed',
  'signature.jwtBadTyp': 'verify.code.signature.malformed',
  'signature.jwtBadKid': 'verify.code.signature.malformed',
  'signature.jwtNoKey': 'verify.code.signature.malformed',
  'signature.jwtBadJwk': 'verify.code.signature.malformed',
  'signature.jwtBadKey': 'verify.code.signature.malformed',
  'signature.jwtClaimMismatch': 'verify.code.signature.claims',
  'signature.jwtClaimMissing': 'verify.code.signature.claims',
  'signature.certificateDigestMismatch': 'verify.code.signature.certificate',
  'signature.badCertificate': 'verify.code.signature.certificate',
  'signature.noCertificate': 'verify.code.signature.noCertificate',
  'context.notBundled': 'verify.code.context.notBundled',
  // certificate (Europass seals)
  'certificate.valid': 'verify.code.certificate.valid',
  'certificate.expired': 'verify.code.certificate.expired',
  'certificate.notYetValid': 'verify.code.certificate.notYetValid',
  'certificate.keyUsage': 'verify.code.certificate.keyUsage',
  'certificate.chainTrusted': 'verify.code.certificate.chainTrusted',
  'certificate.noTrustAnchor': 'verify.code.certificate.noTrustAnchor',
  'certificate.chainSignature': 'verify.code.certificate.chainBroken',
  'certificate.chainIssuerNotCa': 'verify.code.certificate.chainBroken',
  'certificate.chainIssuerPeriod': 'verify.code.certificate.chainBroken',
  'certificate.notRevoked': 'verify.code.certificate.notRevoked',
  'certificate.revocationNotCurrent': 'verify.code.certificate.revocationUnknown',
  'certificate.revocationUnchecked': 'verify.code.certificate.revocationUnknown',
  'certificate.revoked': 'verify.code.certificate.revoked',
  'certificate.none': 'verify.code.certificate.none',
  // issuer
  'issuer.didKey': 'verify.code.issuer.ok',
  'issuer.controller': 'verify.code.issuer.ok',
  'issuer.sameOrigin': 'verify.code.issuer.ok',
  'issuer.match': 'verify.code.issuer.ok',
  'issuer.keyUnconfirmed': 'verify.code.issuer.unconfirmed',
  'issuer.keyNotLinked': 'verify.code.issuer.unconfirmed',
  'issuer.embeddedKey': 'verify.code.issuer.unconfirmed',
  'issuer.noVerifiedKey': 'verify.code.issuer.noVerifiedKey',
  'issuer.missing': 'verify.code.issuer.missing',
  'issuer.mismatch': 'verify.code.issuer.mismatch',
  'issuer.countryMismatch': 'verify.code.issuer.mismatch',
  'issuer.partialMatch': 'verify.code.issuer.partialMatch',
  'issuer.noEidasIdentifier': 'verify.code.issuer.noIdentifier',
  'issuer.noOrganisationIdentifier': 'verify.code.issuer.noIdentifier',
  'issuer.noSeal': 'verify.code.issuer.noSeal',
  // validity
  'validity.current': 'verify.code.validity.ok',
  'validity.ok': 'verify.code.validity.ok',
  'validity.expired': 'verify.code.validity.expired',
  'validity.notYetValid': 'verify.code.validity.notYetValid',
  'validity.badDate': 'verify.code.validity.badDate',
  'validity.noDates': 'verify.code.validity.noDates',
  'validity.noValidationTime': 'verify.code.validity.noValidationTime',
  // status
  'status.current': 'verify.code.status.current',
  'status.revoked': 'verify.code.status.revoked',
  'status.suspended': 'verify.code.status.suspended',
  'status.none': 'verify.code.status.none',
  'status.listUnreachable': 'verify.code.status.listUnreachable',
  'status.listMalformed': 'verify.code.status.listProblem',
  'status.listTooShort': 'verify.code.status.listProblem',
  'status.indexOutOfRange': 'verify.code.status.listProblem',
  'status.listExpired': 'verify.code.status.listProblem',
  'status.listProofInvalid': 'verify.code.status.listProblem',
  'status.purposeMismatch': 'verify.code.status.listProblem',
  'status.listIssuerMismatch': 'verify.code.status.listIssuerMismatch',
  'status.malformedEntry': 'verify.code.status.malformedEntry',
  'status.unsupportedType': 'verify.code.status.unsupportedType',
};

const statusFallback: Readonly<Record<CheckStatus, MessageKey>> = {
  ok: 'verify.fallback.ok',
  failed: 'verify.fallback.failed',
  unknown: 'verify.fallback.unknown',
  skipped: 'verify.fallback.skipped',
};

/**
 * The words for a check's code. `{id}.notRun` and `{id}.error` exist for every check id (the Open
 * Badges verifier builds them), so they are matched by their ending.
 */
export function codeMessage(code: string, status: CheckStatus): MessageKey {
  const known = Object.hasOwn(codeMessages, code) ? codeMessages[code] : undefined;
  if (known !== undefined) return known;
  if (code.endsWith('.notRun')) return 'verify.code.notRun';
  if (code.endsWith('.error')) return 'verify.code.error';
  return statusFallback[status] ?? 'verify.fallback.unknown';
}

/** Every code listed, for the test that each one has words (and so that none is forgotten). */
export const knownCodes: readonly string[] = Object.keys(codeMessages);

export const checkNames: Readonly<Record<CheckId, MessageKey>> = {
  format: 'verify.check.format',
  schema: 'verify.check.schema',
  signature: 'verify.check.signature',
  certificate: 'verify.check.certificate',
  issuer: 'verify.check.issuer',
  validity: 'verify.check.validity',
  status: 'verify.check.status',
};

export const statusNames: Readonly<Record<CheckStatus, MessageKey>> = {
  ok: 'verify.status.ok',
  failed: 'verify.status.failed',
  unknown: 'verify.status.unknown',
  skipped: 'verify.status.skipped',
};
