/**
 * JAdES (ETSI TS 119 182-1) seals in the JWS JSON serialization, as the EDCI puts on Europass Digital
 * Credentials: `b64:false` (RFC 7797), the sealing certificate in `x5c`, the validation data (more
 * certificates, CRLs, OCSP responses, timestamps) in the unprotected `etsiU` array.
 *
 * The payload is taken exactly as received: with `b64:false` the signed bytes are the payload string
 * itself, so any re-serialisation would break the signature (RFC 7797 §5.2).
 */
import { createHash } from 'node:crypto';
import { flattenedVerify, importX509 } from 'jose';
import type * as pkijs from 'pkijs';
import type { Check } from '../report.ts';
import {
  allowsSigning,
  buildChain,
  type ChainResult,
  describeSigner,
  findIssuer,
  parseCertificate,
  periodAt,
  type RevocationResult,
  revocationOffline,
  type Signer,
} from './certificates.ts';
import { issuerCheck } from './issuer-identifier.ts';

export type { Signer } from './certificates.ts';

export interface JadesOptions {
  readonly validationTime: Date;
  /** Certificates the caller trusts, PEM or base64 DER: a root, an intermediate or the seal itself. */
  readonly trustAnchors?: readonly string[];
}

export interface JadesResult {
  readonly checks: Check[];
  /** The signed payload as received, once the envelope could be read (even if the signature fails). */
  readonly payload?: string;
  readonly signer?: Signer;
}

/** Asymmetric algorithms only: a seal is never made with a shared secret, so HMAC and `none` are refused. */
const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'ES384', 'ES512'] as const;
type Algorithm = (typeof ALGORITHMS)[number];

/**
 * Header parameters this verifier understands when they are listed in `crit` (RFC 7515 §4.1.11): `b64`
 * (RFC 7797 §3), `sigT` (JAdES claimed signing time) and `adoTst` (JAdES timestamp on the signed data,
 * which is reported, not verified). Anything else listed there must make the signature fail.
 */
const UNDERSTOOD_CRIT = new Set(['b64', 'sigT', 'adoTst']);

interface Envelope {
  readonly protected: string;
  readonly header?: Record<string, unknown>;
  readonly payload: string;
  readonly signature: string;
  readonly count: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (code: string, detail?: Record<string, string | number>): Check =>
  detail === undefined
    ? { id: 'signature', status: 'failed', code }
    : { id: 'signature', status: 'failed', code, detail };

/**
 * RFC 7515 §7.2.1 (general: `signatures` array) or §7.2.2 (flattened). Only the first signature is
 * verified; a second one would be another party's seal and is counted, not judged.
 */
export function readEnvelope(value: unknown): Envelope | string {
  if (!isRecord(value)) return 'signature.malformed';
  if (typeof value.payload !== 'string') return 'signature.malformed';
  let entry: unknown = value;
  let count = 1;
  if (value.signatures !== undefined) {
    if (!Array.isArray(value.signatures) || value.signatures.length === 0) return 'signature.malformed';
    entry = value.signatures[0];
    count = value.signatures.length;
  }
  if (!isRecord(entry)) return 'signature.malformed';
  // A JAdES seal protects its header; an unprotected-only JWS cannot carry `b64` or the certificate digest.
  if (typeof entry.protected !== 'string' || typeof entry.signature !== 'string')
    return 'signature.malformed';
  if (entry.header !== undefined && !isRecord(entry.header)) return 'signature.malformed';
  return {
    protected: entry.protected,
    ...(entry.header === undefined ? {} : { header: entry.header }),
    payload: value.payload,
    signature: entry.signature,
    count,
  };
}

function decodeProtectedHeader(encoded: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The bytes the payload stands for: itself when `b64` is false (RFC 7797 §3), else base64url-decoded. */
function payloadText(envelope: Envelope, b64: boolean): string | undefined {
  if (!b64) return envelope.payload;
  if (!/^[A-Za-z0-9_-]*$/.test(envelope.payload)) return undefined;
  return Buffer.from(envelope.payload, 'base64url').toString('utf8');
}

/** RFC 7515 §4.1.11, RFC 7797 §6 and JAdES: what the protected header must satisfy before any crypto. */
export function headerProblem(header: Record<string, unknown>): Check | undefined {
  const alg = header.alg;
  if (typeof alg !== 'string' || !(ALGORITHMS as readonly string[]).includes(alg)) {
    return fail('signature.unsupportedAlgorithm', { alg: typeof alg === 'string' ? alg : '' });
  }
  const crit = header.crit;
  if (crit !== undefined) {
    if (!Array.isArray(crit) || crit.length === 0 || crit.some((c) => typeof c !== 'string' || c === '')) {
      return fail('signature.badCrit');
    }
    if (new Set(crit).size !== crit.length) return fail('signature.badCrit');
    const unknown = crit.filter((c: string) => !UNDERSTOOD_CRIT.has(c));
    if (unknown.length > 0) return fail('signature.unknownCrit', { parameters: unknown.join(', ') });
    const missing = crit.filter((c: string) => !(c in header));
    if (missing.length > 0) return fail('signature.badCrit', { missing: missing.join(', ') });
  }
  if (header.b64 !== undefined) {
    if (typeof header.b64 !== 'boolean') return fail('signature.badHeader', { parameter: 'b64' });
    // RFC 7797 §6: a verifier that ignored b64 would read a different payload, so it must be critical.
    if (!Array.isArray(crit) || !crit.includes('b64')) return fail('signature.b64NotCritical');
  }
  if (
    header.sigT !== undefined &&
    (typeof header.sigT !== 'string' || Number.isNaN(Date.parse(header.sigT)))
  ) {
    return fail('signature.badHeader', { parameter: 'sigT' });
  }
  return undefined;
}

/** RFC 7515 §4.1.8: `x5t#S256` is the base64url SHA-256 of the DER certificate. */
function thumbprintS256(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('base64url');
}

const pemOf = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----`;

/** The `etsiU` items (ETSI TS 119 182-1): JSON objects, or base64url of JSON objects. */
export function etsiUItems(header: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const raw = header?.etsiU;
  if (!Array.isArray(raw)) return [];
  const items: Record<string, unknown>[] = [];
  for (const item of raw) {
    if (isRecord(item)) {
      items.push(item);
      continue;
    }
    if (typeof item !== 'string' || !/^[A-Za-z0-9_-]*$/.test(item)) continue;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(item, 'base64url').toString('utf8'));
      if (isRecord(parsed)) items.push(parsed);
    } catch {
      // An unreadable item is skipped: unsigned properties add evidence, they never make a seal valid.
    }
  }
  return items;
}

function certificateValues(items: readonly Record<string, unknown>[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (!Array.isArray(item.xVals)) continue;
    for (const x of item.xVals) {
      const cert = isRecord(x) && isRecord(x.x509Cert) ? x.x509Cert.val : undefined;
      if (typeof cert === 'string') out.push(cert);
    }
  }
  return out;
}

function revocationValues(items: readonly Record<string, unknown>[]): { crls: string[]; ocsp: string[] } {
  const crls: string[] = [];
  const ocsp: string[] = [];
  const vals = (list: unknown, into: string[]) => {
    if (!Array.isArray(list)) return;
    for (const v of list) if (isRecord(v) && typeof v.val === 'string') into.push(v.val);
  };
  for (const item of items) {
    if (!isRecord(item.rVals)) continue;
    vals(item.rVals.crlVals, crls);
    vals(item.rVals.ocspVals, ocsp);
  }
  return {
    crls: distinct(crls).slice(0, MAX_REVOCATION_VALUES),
    ocsp: distinct(ocsp).slice(0, MAX_REVOCATION_VALUES),
  };
}

/**
 * The most certificates read from a seal (its `x5c` and the `xVals` of its unsigned header). An EDCI
 * seal carries about five: the sealing certificate, its CA, a root, an OCSP responder and a time
 * stamping unit. The unsigned header is anyone's to add to, and each certificate read costs a parse
 * and, when it names the right issuer, a signature check at every link of the chain: a 2 MB file of
 * certificates would keep the page busy for seconds.
 */
const MAX_CERTIFICATES = 16;
/** The most CRLs, and the most OCSP responses, read from a seal; EDCI seals carry one or two. */
const MAX_REVOCATION_VALUES = 8;

/** The values in their first order, each once (base64 that differs only in white space is the same). */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const key = value.replace(/\s+/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/**
 * The certificates a chain may be built from: each distinct one once, at most MAX_CERTIFICATES of
 * them, in the seal's order (the protected `x5c` first); `ignored` says how many more there were.
 */
function certificatePool(texts: readonly string[]): { pool: pkijs.Certificate[]; ignored: number } {
  const unique = distinct(texts);
  const pool = unique
    .slice(0, MAX_CERTIFICATES)
    .map(parseCertificate)
    .filter((c): c is pkijs.Certificate => c !== undefined);
  return { pool, ignored: Math.max(0, unique.length - MAX_CERTIFICATES) };
}

/** Names of the timestamp containers present (adoTst protected; sigTst, arcTst… unprotected). */
function timestampNames(
  header: Record<string, unknown>,
  items: readonly Record<string, unknown>[],
): string[] {
  const names = Object.keys(header).filter((k) => k.endsWith('Tst'));
  for (const item of items) names.push(...Object.keys(item).filter((k) => k.endsWith('Tst')));
  return names;
}

async function signatureCheck(
  envelope: Envelope,
  header: Record<string, unknown>,
  leafDer: Uint8Array,
  items: readonly Record<string, unknown>[],
): Promise<Check> {
  const alg = header.alg as Algorithm;
  try {
    const key = await importX509(pemOf(leafDer), alg);
    await flattenedVerify(
      {
        protected: envelope.protected,
        ...(envelope.header === undefined ? {} : { header: envelope.header }),
        payload: envelope.payload,
        signature: envelope.signature,
      },
      key,
      { algorithms: [...ALGORITHMS], crit: { sigT: true, adoTst: true } },
    );
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return fail(name === 'JWSSignatureVerificationFailed' ? 'signature.invalid' : 'signature.malformed', {
      alg,
    });
  }
  const timestamps = timestampNames(header, items);
  return {
    id: 'signature',
    status: 'ok',
    code: 'signature.valid',
    detail: {
      alg,
      ...(typeof header.sigT === 'string' ? { claimedSigningTime: header.sigT } : {}),
      ...(envelope.count > 1 ? { signatures: envelope.count } : {}),
      // Present, not verified: the RFC 3161 tokens are not checked here.
      ...(timestamps.length > 0 ? { timestampsNotVerified: timestamps.join(', ') } : {}),
    },
  };
}

function periodCheck(leaf: pkijs.Certificate, signer: Signer, at: Date): Check {
  const detail = { notBefore: signer.notBefore, notAfter: signer.notAfter, validationTime: at.toISOString() };
  const period = periodAt(leaf, at);
  if (period === 'expired')
    return { id: 'certificate', status: 'failed', code: 'certificate.expired', detail };
  if (period === 'notYetValid') {
    return { id: 'certificate', status: 'failed', code: 'certificate.notYetValid', detail };
  }
  if (!allowsSigning(leaf))
    return { id: 'certificate', status: 'failed', code: 'certificate.keyUsage', detail };
  return { id: 'certificate', status: 'ok', code: 'certificate.valid', detail };
}

function chainCheck(chain: ChainResult, ignoredAnchors: number, ignoredCertificates: number): Check {
  const extra = {
    ...(ignoredAnchors > 0 ? { ignoredAnchors } : {}),
    ...(ignoredCertificates > 0 ? { ignoredCertificates } : {}),
  };
  // With certificates left unread, "no certificate named as the issuer verifies" may only mean the
  // right one was among them: the chain is not known, rather than broken.
  if (chain.kind === 'broken' && chain.reason === 'signature' && ignoredCertificates > 0) {
    return {
      id: 'certificate',
      status: 'unknown',
      code: 'certificate.noTrustAnchor',
      detail: { chainLength: chain.length, issuerNotFound: chain.at, ...extra },
    };
  }
  switch (chain.kind) {
    case 'trusted':
      return {
        id: 'certificate',
        status: 'ok',
        code: 'certificate.chainTrusted',
        detail: { chainLength: chain.length, anchor: chain.anchor, ...extra },
      };
    case 'noAnchor':
      return {
        id: 'certificate',
        status: 'unknown',
        code: 'certificate.noTrustAnchor',
        detail: { chainLength: chain.length, chainEndsAt: chain.lastSubject, ...extra },
      };
    case 'broken':
      return {
        id: 'certificate',
        status: 'failed',
        code: `certificate.chain${chain.reason[0]!.toUpperCase()}${chain.reason.slice(1)}`,
        detail: { chainLength: chain.length, at: chain.at, ...extra },
      };
  }
}

function revocationCheck(result: RevocationResult, values: { crls: string[]; ocsp: string[] }): Check {
  switch (result.kind) {
    case 'revoked':
      return {
        id: 'certificate',
        status: 'failed',
        code: 'certificate.revoked',
        detail: {
          source: result.source,
          ...(result.revokedAt === undefined ? {} : { revokedAt: result.revokedAt }),
        },
      };
    case 'good':
      return {
        id: 'certificate',
        status: result.current ? 'ok' : 'unknown',
        code: result.current ? 'certificate.notRevoked' : 'certificate.revocationNotCurrent',
        detail: {
          source: result.source,
          thisUpdate: result.thisUpdate,
          ...(result.nextUpdate === undefined ? {} : { nextUpdate: result.nextUpdate }),
        },
      };
    case 'none':
      // Nothing embedded that the issuer (or its OCSP responder) signed about this certificate.
      return {
        id: 'certificate',
        status: 'unknown',
        code: 'certificate.revocationUnchecked',
        detail: { crls: values.crls.length, ocspResponses: values.ocsp.length },
      };
  }
}

function parsePayloadJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/**
 * Verifies a JAdES seal in the JWS JSON serialization. Returns `signature`, `certificate` (validity
 * period, chain, revocation: three checks with that id, told apart by code) and `issuer`. Never throws.
 */
export async function verifyJades(text: string, options: JadesOptions): Promise<JadesResult> {
  try {
    return await verifyJadesUnsafe(text, options);
  } catch {
    // Defence in depth: a parser deep in a library met something it did not expect.
    return { checks: [fail('signature.malformed')] };
  }
}

async function verifyJadesUnsafe(text: string, options: JadesOptions): Promise<JadesResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { checks: [fail('signature.malformed')] };
  }
  const envelope = readEnvelope(parsed);
  if (typeof envelope === 'string') return { checks: [fail(envelope)] };
  const header = decodeProtectedHeader(envelope.protected);
  if (header === undefined) return { checks: [fail('signature.badHeader', { parameter: 'protected' })] };
  const payload = payloadText(envelope, header.b64 !== false);
  const withPayload = payload === undefined ? {} : { payload };
  const problem = headerProblem(header);
  if (problem) return { checks: [problem], ...withPayload };

  const x5c = header.x5c;
  if (!Array.isArray(x5c) || x5c.length === 0 || x5c.some((c) => typeof c !== 'string')) {
    // JAdES lets a seal reference its certificate by digest only; without the certificate nothing can be checked.
    return {
      checks: [{ id: 'signature', status: 'unknown', code: 'signature.noCertificate' }],
      ...withPayload,
    };
  }
  const leaf = parseCertificate(x5c[0] as string);
  if (leaf === undefined) return { checks: [fail('signature.badCertificate')], ...withPayload };
  // The digest is over the bytes as sent (RFC 7515 §4.1.8), not over a re-encoding of them.
  const leafDer = new Uint8Array(Buffer.from(x5c[0] as string, 'base64'));
  const x5t = header['x5t#S256'];
  if (x5t !== undefined && x5t !== thumbprintS256(leafDer)) {
    return { checks: [fail('signature.certificateDigestMismatch')], ...withPayload };
  }
  const signer = describeSigner(leaf);
  const items = etsiUItems(envelope.header);
  const checks: Check[] = [await signatureCheck(envelope, header, leafDer, items)];

  const { pool, ignored } = certificatePool([...(x5c.slice(1) as string[]), ...certificateValues(items)]);
  const anchorTexts = options.trustAnchors ?? [];
  const anchors = anchorTexts.map(parseCertificate).filter((c): c is pkijs.Certificate => c !== undefined);
  const at = options.validationTime;
  checks.push(periodCheck(leaf, signer, at));
  checks.push(
    chainCheck(await buildChain(leaf, pool, anchors, at), anchorTexts.length - anchors.length, ignored),
  );
  const revocation = revocationValues(items);
  const leafIssuer = await findIssuer(leaf, [...pool, ...anchors]);
  checks.push(revocationCheck(await revocationOffline(leaf, leafIssuer, revocation, pool, at), revocation));

  const credential = payload === undefined ? undefined : parsePayloadJson(payload);
  const credentialIssuer = isRecord(credential) ? credential.issuer : undefined;
  checks.push(issuerCheck(credentialIssuer, signer.organisationIdentifier));
  return { checks, ...withPayload, signer };
}
