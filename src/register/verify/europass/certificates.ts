/**
 * X.509 pieces of the JAdES check: reading certificates, naming the sealer, the validity period, the
 * chain up to a trust anchor the caller gave, and revocation from the CRLs and OCSP responses embedded
 * in the signature.
 * Offline only: nothing is fetched, so a chain that stops short of an anchor is "unknown", never "ok".
 */
import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';

/** OIDs of the name attributes a sealer's certificate carries (RFC 5280 §4.1.2.4, ETSI EN 319 412-3). */
const NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
};

const OID_ORGANIZATION_IDENTIFIER = '2.5.4.97';
const OID_COUNTRY = '2.5.4.6';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';
const OID_QC_STATEMENTS = '1.3.6.1.5.5.7.1.3';
/** esi4-qcStatement-1, QcCompliance (ETSI EN 319 412-5 §4.2.1): the CA declares the certificate qualified. */
const OID_QC_COMPLIANCE = '0.4.0.1862.1.1';

/** Reads a DER certificate given as base64 (as in `x5c`, RFC 7515 §4.1.6) or PEM; undefined if it is not one. */
export function parseCertificate(text: string): pkijs.Certificate | undefined {
  const base64 = text
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    // x5c is plain base64, but trust anchors may arrive base64url-encoded.
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  if (base64.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  try {
    return pkijs.Certificate.fromBER(derBytes(base64));
  } catch {
    return undefined;
  }
}

export function derOf(cert: pkijs.Certificate): Uint8Array {
  return new Uint8Array(cert.toSchema().toBER(false));
}

function sameDer(a: pkijs.Certificate, b: pkijs.Certificate): boolean {
  return Buffer.from(derOf(a)).equals(Buffer.from(derOf(b)));
}

function attributeText(value: unknown): string {
  const inner = (value as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return typeof inner === 'string' ? inner : '';
}

/** A readable distinguished name, most significant attribute last as RFC 4514 writes it. */
export function nameText(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => `${NAME_ATTRIBUTES[tv.type] ?? tv.type}=${attributeText(tv.value)}`)
    .reverse()
    .join(', ');
}

function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  const text = found ? attributeText(found.value) : '';
  return text === '' ? undefined : text;
}

function hasQcCompliance(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === OID_QC_STATEMENTS);
  const parsed: unknown = ext?.parsedValue;
  return parsed instanceof pkijs.QCStatements && parsed.values.some((s) => s.id === OID_QC_COMPLIANCE);
}

export interface Signer {
  subject: string;
  organisationIdentifier?: string;
  country?: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** The certificate declares itself qualified (QcCompliance); only the EU trusted lists can confirm it. */
  qualified?: boolean;
}

export function describeSigner(cert: pkijs.Certificate): Signer {
  const organisationIdentifier = nameAttribute(cert.subject, OID_ORGANIZATION_IDENTIFIER);
  const country = nameAttribute(cert.subject, OID_COUNTRY);
  return {
    subject: nameText(cert.subject),
    ...(organisationIdentifier === undefined ? {} : { organisationIdentifier }),
    ...(country === undefined ? {} : { country }),
    issuer: nameText(cert.issuer),
    notBefore: cert.notBefore.value.toISOString(),
    notAfter: cert.notAfter.value.toISOString(),
    qualified: hasQcCompliance(cert),
  };
}

export type PeriodResult = 'within' | 'expired' | 'notYetValid';

/** RFC 5280 §4.1.2.5: both bounds are inclusive. */
export function periodAt(cert: pkijs.Certificate, at: Date): PeriodResult {
  if (at.getTime() < cert.notBefore.value.getTime()) return 'notYetValid';
  if (at.getTime() > cert.notAfter.value.getTime()) return 'expired';
  return 'within';
}

function isCa(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === OID_BASIC_CONSTRAINTS);
  const parsed: unknown = ext?.parsedValue;
  return parsed instanceof pkijs.BasicConstraints && parsed.cA === true;
}

/**
 * RFC 5280 §4.2.1.3: a key that seals must allow digitalSignature or nonRepudiation (contentCommitment).
 * A certificate without the extension is not restricted.
 */
export function allowsSigning(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === OID_KEY_USAGE);
  if (ext === undefined) return true;
  const parsed: unknown = ext.parsedValue;
  const bits = (parsed as { valueBlock?: { valueHexView?: Uint8Array } } | undefined)?.valueBlock
    ?.valueHexView;
  if (bits === undefined || bits.length === 0) return false;
  return ((bits[0] ?? 0) & 0xc0) !== 0;
}

function isSelfIssued(cert: pkijs.Certificate): boolean {
  return cert.subject.isEqual(cert.issuer);
}

async function signedBy(child: pkijs.Certificate, parent: pkijs.Certificate): Promise<boolean> {
  try {
    return await child.verify(parent);
  } catch {
    return false;
  }
}

export type ChainResult =
  | { readonly kind: 'trusted'; readonly length: number; readonly anchor: string }
  | { readonly kind: 'noAnchor'; readonly length: number; readonly lastSubject: string }
  | {
      readonly kind: 'broken';
      readonly length: number;
      readonly reason: 'signature' | 'issuerNotCa' | 'issuerPeriod';
      readonly at: string;
    };

/** Paths longer than this are refused: real eSeal chains have two or three certificates. */
const MAX_PATH = 8;

/**
 * Builds the path from the sealing certificate upwards (RFC 5280 §6.1, reduced): each link's issuer name
 * equals the parent's subject and the parent's key verifies the child's signature; every CA on the way
 * must be a CA (§4.2.1.9) and within its validity period at the validation time (§6.1.3 (a)(2)). A trust
 * anchor is taken as given, name and key, without looking at its own dates (§6.1.1 (d)).
 */
export async function buildChain(
  leaf: pkijs.Certificate,
  pool: readonly pkijs.Certificate[],
  anchors: readonly pkijs.Certificate[],
  at: Date,
): Promise<ChainResult> {
  const path: pkijs.Certificate[] = [leaf];
  let current = leaf;
  while (path.length <= MAX_PATH) {
    // The caller may trust the certificate itself, e.g. a pinned intermediate or the seal.
    const pinned = anchors.find((a) => sameDer(a, current));
    if (pinned) return { kind: 'trusted', length: path.length, anchor: nameText(pinned.subject) };
    for (const anchor of anchors) {
      if (anchor.subject.isEqual(current.issuer) && (await signedBy(current, anchor))) {
        return { kind: 'trusted', length: path.length + 1, anchor: nameText(anchor.subject) };
      }
    }
    if (isSelfIssued(current)) {
      // A root that is not among the anchors: the chain is complete but nobody vouches for it.
      return { kind: 'noAnchor', length: path.length, lastSubject: nameText(current.subject) };
    }
    const named = pool.filter((c) => c.subject.isEqual(current.issuer) && !path.some((p) => sameDer(p, c)));
    if (named.length === 0) {
      return { kind: 'noAnchor', length: path.length, lastSubject: nameText(current.subject) };
    }
    let parent: pkijs.Certificate | undefined;
    for (const candidate of named) {
      if (await signedBy(current, candidate)) {
        parent = candidate;
        break;
      }
    }
    const where = nameText(current.issuer);
    if (parent === undefined) return { kind: 'broken', length: path.length, reason: 'signature', at: where };
    if (!isCa(parent)) return { kind: 'broken', length: path.length, reason: 'issuerNotCa', at: where };
    if (periodAt(parent, at) !== 'within') {
      return { kind: 'broken', length: path.length, reason: 'issuerPeriod', at: where };
    }
    path.push(parent);
    current = parent;
  }
  return { kind: 'noAnchor', length: path.length, lastSubject: nameText(current.subject) };
}

export type RevocationResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'revoked'; readonly source: 'crl' | 'ocsp'; readonly revokedAt?: string }
  | {
      readonly kind: 'good';
      readonly source: 'crl' | 'ocsp';
      readonly thisUpdate: string;
      readonly nextUpdate?: string;
      /** The validation time lies within thisUpdate..nextUpdate (RFC 5280 §6.3.3, RFC 6960 §4.2.2.1). */
      readonly current: boolean;
    };

/** DER bytes in an ArrayBuffer of their own, as pkijs expects. */
function derBytes(base64: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

function fromBase64<T>(base64: string, read: (der: Uint8Array<ArrayBuffer>) => T): T | undefined {
  try {
    return read(derBytes(base64));
  } catch {
    return undefined;
  }
}

function goodResult(
  source: 'crl' | 'ocsp',
  thisUpdate: Date,
  nextUpdate: Date | undefined,
  at: Date,
): RevocationResult {
  // Without nextUpdate the information is only known to hold at thisUpdate itself.
  const current =
    thisUpdate.getTime() <= at.getTime() && nextUpdate !== undefined && at.getTime() <= nextUpdate.getTime();
  return {
    kind: 'good',
    source,
    thisUpdate: thisUpdate.toISOString(),
    ...(nextUpdate === undefined ? {} : { nextUpdate: nextUpdate.toISOString() }),
    current,
  };
}

/** Strongest evidence first: a revocation, then a current "good", then any "good". */
function strongest(results: readonly RevocationResult[]): RevocationResult {
  return (
    results.find((r) => r.kind === 'revoked') ??
    results.find((r) => r.kind === 'good' && r.current) ??
    results.find((r) => r.kind === 'good') ?? { kind: 'none' }
  );
}

/**
 * An embedded CRL (JAdES `rVals.crlVals`) signed by the sealing certificate's issuer. A CRL outside
 * its window at the validation time still says the certificate was not revoked when it was issued,
 * which is reported, but not as "ok".
 */
async function fromCrl(
  leaf: pkijs.Certificate,
  issuer: pkijs.Certificate,
  base64: string,
  at: Date,
): Promise<RevocationResult> {
  const crl = fromBase64(base64, (der) => pkijs.CertificateRevocationList.fromBER(der));
  if (crl === undefined || !crl.issuer.isEqual(leaf.issuer)) return { kind: 'none' };
  let verified = false;
  try {
    verified = await crl.verify({ issuerCertificate: issuer });
  } catch {
    verified = false;
  }
  if (!verified) return { kind: 'none' };
  const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(leaf.serialNumber));
  // A revocation dated after the validation time does not touch a judgement made at that time.
  if (entry !== undefined && entry.revocationDate.value.getTime() <= at.getTime()) {
    return { kind: 'revoked', source: 'crl', revokedAt: entry.revocationDate.value.toISOString() };
  }
  return goodResult('crl', crl.thisUpdate.value, crl.nextUpdate?.value, at);
}

const OID_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
const OID_KP_OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
const HASH_OF_OID: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** RFC 6960 §4.1.1: the hash of the BIT STRING value of the key, without tag, length and unused bits. */
function keyHash(cert: pkijs.Certificate, algorithm: string): Buffer {
  return createHash(algorithm)
    .update(cert.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
    .digest();
}

function hasOcspSigning(cert: pkijs.Certificate): boolean {
  const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.37');
  const parsed: unknown = ext?.parsedValue;
  return parsed instanceof pkijs.ExtKeyUsage && parsed.keyPurposes.includes(OID_KP_OCSP_SIGNING);
}

/** The certificate named by ResponderID (RFC 6960 §4.2.1): by name, or by SHA-1 of its key. */
function responderOf(
  responderId: unknown,
  candidates: readonly pkijs.Certificate[],
): pkijs.Certificate | undefined {
  if (responderId instanceof pkijs.RelativeDistinguishedNames) {
    return candidates.find((c) => c.subject.isEqual(responderId));
  }
  const bytes = (responderId as { valueBlock?: { valueHexView?: Uint8Array } } | undefined)?.valueBlock
    ?.valueHexView;
  if (bytes === undefined) return undefined;
  return candidates.find((c) => keyHash(c, 'sha1').equals(Buffer.from(bytes)));
}

/**
 * An embedded OCSP response (`rVals.ocspVals`): its signature is checked with the responder's key, and
 * the responder must be the issuer or hold a certificate from it with id-kp-OCSPSigning (RFC 6960
 * §4.2.2.2). The response must be about this certificate: same serial, same issuer key (§4.1.1).
 */
async function fromOcsp(
  leaf: pkijs.Certificate,
  issuer: pkijs.Certificate,
  base64: string,
  pool: readonly pkijs.Certificate[],
  at: Date,
): Promise<RevocationResult> {
  const response = fromBase64(base64, (der) => pkijs.OCSPResponse.fromBER(der));
  const bytes = response?.responseBytes;
  if (response === undefined || bytes === undefined || bytes.responseType !== OID_OCSP_BASIC) {
    return { kind: 'none' };
  }
  let basic: pkijs.BasicOCSPResponse | undefined;
  try {
    basic = pkijs.BasicOCSPResponse.fromBER(new Uint8Array(bytes.response.valueBlock.valueHexView));
  } catch {
    basic = undefined;
  }
  if (basic === undefined) return { kind: 'none' };
  const responder = responderOf(basic.tbsResponseData.responderID, [issuer, ...(basic.certs ?? []), ...pool]);
  if (responder === undefined) return { kind: 'none' };
  const authorised =
    sameDer(responder, issuer) || (hasOcspSigning(responder) && (await signedBy(responder, issuer)));
  if (!authorised) return { kind: 'none' };
  let verified = false;
  try {
    verified = await pkijs
      .getCrypto(true)
      .verifyWithPublicKey(
        new Uint8Array(basic.tbsResponseData.tbsView),
        basic.signature,
        responder.subjectPublicKeyInfo,
        basic.signatureAlgorithm,
      );
  } catch {
    verified = false;
  }
  if (!verified) return { kind: 'none' };
  const single = basic.tbsResponseData.responses.find((r) => {
    const algorithm = HASH_OF_OID[r.certID.hashAlgorithm.algorithmId];
    return (
      algorithm !== undefined &&
      r.certID.serialNumber.isEqual(leaf.serialNumber) &&
      keyHash(issuer, algorithm).equals(Buffer.from(r.certID.issuerKeyHash.valueBlock.valueHexView))
    );
  });
  if (single === undefined) return { kind: 'none' };
  const tag = (single.certStatus as { idBlock?: { tagNumber?: number } } | undefined)?.idBlock?.tagNumber;
  // CertStatus (RFC 6960 §4.2.1): [0] good, [1] revoked, [2] unknown.
  if (tag === 1) return { kind: 'revoked', source: 'ocsp' };
  if (tag !== 0) return { kind: 'none' };
  return goodResult('ocsp', single.thisUpdate, single.nextUpdate, at);
}

/** Revocation of the sealing certificate from the CRLs and OCSP responses embedded in the seal. */
export async function revocationOffline(
  leaf: pkijs.Certificate,
  issuer: pkijs.Certificate | undefined,
  values: { readonly crls: readonly string[]; readonly ocsp: readonly string[] },
  pool: readonly pkijs.Certificate[],
  at: Date,
): Promise<RevocationResult> {
  if (issuer === undefined) return { kind: 'none' };
  const results: RevocationResult[] = [];
  for (const crl of values.crls) results.push(await fromCrl(leaf, issuer, crl, at));
  for (const ocsp of values.ocsp) results.push(await fromOcsp(leaf, issuer, ocsp, pool, at));
  return strongest(results);
}

/** Finds the certificate whose key signed `cert`, among the given ones. */
export async function findIssuer(
  cert: pkijs.Certificate,
  pool: readonly pkijs.Certificate[],
): Promise<pkijs.Certificate | undefined> {
  for (const candidate of pool) {
    if (candidate.subject.isEqual(cert.issuer) && (await signedBy(cert, candidate))) return candidate;
  }
  return undefined;
}
