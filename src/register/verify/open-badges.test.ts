import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import fc from 'fast-check';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import jsigs from 'jsonld-signatures';
import { describe, expect, it } from 'vitest';
import { createOfflineLoader, NotBundledError } from './documents.ts';
import { MAX_INPUT_BYTES, type VerifyOpenBadgeOptions, verifyOpenBadge } from './open-badges.ts';
import { type CheckId, type VerificationReport, verdictOf } from './report.ts';
import bundledSchema from './schemas/ob_v3p0_achievementcredential_schema.json' with { type: 'json' };

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const VECTORS =
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));
const OB = join(VECTORS, 'ob3-1edtech-validator');
const text = (...path: string[]) => readFileSync(join(...path), 'utf8');
const json = (...path: string[]) => JSON.parse(text(...path)) as Record<string, unknown>;

/** A moment after every vector's validFrom and before complete.json's validUntil (2030). */
const NOW = new Date('2025-06-01T00:00:00Z');
const at = (now: Date = NOW, more: Omit<VerifyOpenBadgeOptions, 'now'> = {}): VerifyOpenBadgeOptions => ({
  now,
  ...more,
});

function checkOf(report: VerificationReport, id: CheckId) {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

const TESTLIST_URL =
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';
const SIMPLE_KEY_URL = 'https://example.com/issuers/876543#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi';

describe('the bundled schema', () => {
  it('has the same content as the 1EdTech schema in the vectors', () => {
    expect(bundledSchema).toEqual(json(OB, 'ob_v3p0_achievementcredential_schema.json'));
  });
});

describe('Data Integrity vectors (1EdTech validator)', () => {
  it('simple.json (eddsa-rdfc-2022) verifies; the key is only named in a URL, so the issuer link is unknown', async () => {
    const report = await verifyOpenBadge(text(OB, 'simple.json'), at());
    expect(report.format).toBe('open-badges-3');
    expect(report.securing).toBe('data-integrity');
    expect(checkOf(report, 'format')).toMatchObject({ status: 'ok', detail: { model: 'vcdm-2.0' } });
    expect(checkOf(report, 'schema').status).toBe('ok');
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'ok', code: 'signature.verified' });
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'unknown', code: 'issuer.keyUnconfirmed' });
    expect(checkOf(report, 'validity').status).toBe('ok');
    expect(checkOf(report, 'status')).toMatchObject({ status: 'skipped', code: 'status.none' });
    expect(verdictOf(report)).toBe('unknown');
  });

  it('simple.json is valid when the caller supplies the key document served at its URL', async () => {
    const keys = new Map([
      [
        SIMPLE_KEY_URL,
        { type: 'Multikey', publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi' },
      ],
    ]);
    const report = await verifyOpenBadge(text(OB, 'simple.json'), at(NOW, { keys }));
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'ok', code: 'issuer.controller' });
    expect(verdictOf(report)).toBe('valid');
  });

  it('a supplied key that is not the signing key fails the signature', async () => {
    const other = await Ed25519Multikey.generate();
    const keys = new Map([
      [SIMPLE_KEY_URL, { type: 'Multikey', publicKeyMultibase: other.publicKeyMultibase }],
    ]);
    const report = await verifyOpenBadge(text(OB, 'simple.json'), at(NOW, { keys }));
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.badProof' });
  });

  it('simple-eddsa-2022.json (legacy suite name, VCDM 1.1) verifies', async () => {
    const report = await verifyOpenBadge(text(OB, 'simple-eddsa-2022.json'), at());
    expect(checkOf(report, 'format')).toMatchObject({ status: 'ok', detail: { model: 'vcdm-1.1' } });
    expect(checkOf(report, 'schema')).toMatchObject({ status: 'ok', detail: { model: 'vcdm-1.1' } });
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'ok',
      detail: { cryptosuite: 'eddsa-2022' },
    });
    expect(checkOf(report, 'validity')).toMatchObject({
      status: 'ok',
      detail: { validFrom: '2022-11-27T00:00:00.000Z' },
    });
  });

  it('complete.json verifies; its 1EdTech revocation list is out of reach offline', async () => {
    const report = await verifyOpenBadge(text(OB, 'complete.json'), at());
    expect(checkOf(report, 'schema').status).toBe('ok');
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'status')).toMatchObject({ status: 'unknown', code: 'status.listUnreachable' });
  });

  it('a changed name fails the signature', async () => {
    const tampered = { ...json(OB, 'simple.json'), name: 'Leadership Badge' };
    const report = await verifyOpenBadge(JSON.stringify(tampered), at());
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.badProof' });
    expect(checkOf(report, 'issuer').status).toBe('unknown');
    expect(verdictOf(report)).toBe('invalid');
  });

  it('a property no context defines fails the signature (JSON-LD safe mode: the proof cannot cover it)', async () => {
    const report = await verifyOpenBadge(JSON.stringify({ ...json(OB, 'simple.json'), grade: 'A+' }), at());
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'failed',
      code: 'signature.undefinedTerms',
    });
  });

  interface ProtoCase {
    readonly where: string;
    /** The text of simple.json that the "__proto__" member is put right after. */
    readonly after: string;
  }
  // JSON-LD processing drops a "__proto__" member silently instead of refusing it as undefined.
  it.each<ProtoCase>([
    { where: 'at the top', after: '"name": "Teamwork Badge",' },
    { where: 'in the issuer', after: '"name": "Example Corp"' },
    { where: 'in the achievement', after: '"name": "Teamwork"' },
    { where: 'in the proof', after: '"cryptosuite": "eddsa-rdfc-2022",' },
  ])('a "__proto__" member $where fails the signature as an undefined term', async ({ after }) => {
    const vector = text(OB, 'simple.json');
    expect(vector).toContain(after);
    const member = '"__proto__": {"validUntil": "2011-01-01T00:00:00Z", "description": "EVIL"}';
    const input = vector.replace(after, after.endsWith(',') ? `${after} ${member},` : `${after}, ${member}`);
    expect(Object.hasOwn(JSON.parse(input), '__proto__')).toBe(after.startsWith('"name": "Teamwork Badge"'));
    const report = await verifyOpenBadge(input, at());
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'failed',
      code: 'signature.undefinedTerms',
    });
    expect(verdictOf(report)).toBe('invalid');
  });

  it('a changed proofValue fails the signature', async () => {
    const vector = json(OB, 'simple.json');
    const [proof] = vector.proof as Record<string, unknown>[];
    const value = proof!.proofValue as string;
    const flipped = `${value.slice(0, -1)}${value.endsWith('L') ? 'M' : 'L'}`;
    const report = await verifyOpenBadge(
      JSON.stringify({ ...vector, proof: [{ ...proof, proofValue: flipped }] }),
      at(),
    );
    expect(checkOf(report, 'signature').status).toBe('failed');
  });

  it('a context that is not bundled makes the signature unknown, without fetching', async () => {
    const vector = json(OB, 'simple.json');
    const contexts = [...(vector['@context'] as string[]), 'https://example.org/contexts/unknown.jsonld'];
    const report = await verifyOpenBadge(JSON.stringify({ ...vector, '@context': contexts }), at());
    expect(checkOf(report, 'format').status).toBe('ok');
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'unknown',
      code: 'context.notBundled',
      detail: { url: 'https://example.org/contexts/unknown.jsonld' },
    });
  });

  it('a key URL that cannot be resolved offline makes the signature unknown', async () => {
    const vector = json(OB, 'simple.json');
    const [proof] = vector.proof as Record<string, unknown>[];
    const moved = { ...proof, verificationMethod: 'https://example.com/issuers/876543/keys/1' };
    const report = await verifyOpenBadge(JSON.stringify({ ...vector, proof: [moved] }), at());
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'unknown',
      code: 'signature.keyUnavailable',
    });
  });

  it('a proof suite it does not implement is unknown (Ed25519Signature2020)', async () => {
    const report = await verifyOpenBadge(text(OB, 'credential-status-revoked.json'), at());
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'unknown',
      code: 'signature.unsupportedSuite',
    });
  });

  it('an unsigned credential (MyNextID example) is read but fails the signature', async () => {
    const report = await verifyOpenBadge(
      text(VECTORS, 'mynextid', 'open-badge_examples_open-badge-mc-example.json'),
      at(),
    );
    expect(report.format).toBe('open-badges-3');
    expect(report.securing).toBe('none');
    expect(checkOf(report, 'format').status).toBe('ok');
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.noProof' });
  });
});

describe('did:key issuers (credentials signed here with a fresh key)', () => {
  async function issue(): Promise<{ signed: Record<string, unknown>; did: string }> {
    const keyPair = await Ed25519Multikey.generate();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    const { proof: _, ...unsigned } = json(OB, 'simple.json');
    const credential = { ...unsigned, issuer: { id: did, type: ['Profile'], name: 'Example Corp' } };
    const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
    const signed = await jsigs.sign(credential, {
      suite,
      purpose: new jsigs.purposes.ProofPurpose({ term: 'assertionMethod' }),
      documentLoader: createOfflineLoader().documentLoader,
    });
    return { signed, did };
  }

  it('resolves the key from the identifier and links it to the issuer', async () => {
    const { signed } = await issue();
    const report = await verifyOpenBadge(JSON.stringify(signed), at());
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'ok', code: 'issuer.didKey' });
    expect(verdictOf(report)).toBe('valid');
  });

  it('a did:key that is not the issuer is not linked', async () => {
    const { signed } = await issue();
    const report = await verifyOpenBadge(
      JSON.stringify({ ...signed, issuer: 'https://example.com/issuers/1' }),
      at(),
    );
    // The issuer is part of what was signed, so the proof fails as well.
    expect(checkOf(report, 'signature').status).toBe('failed');
    expect(checkOf(report, 'issuer').status).toBe('unknown');
  });
});

describe('status lists', () => {
  const revocable = () => text(OB, 'bit-string-list_credential-status-revoked.json');

  it('the Bitstring Status List vector is revoked at index 23 when the list is supplied', async () => {
    const statusLists = new Map([[TESTLIST_URL, json(OB, 'bit-string-list_testlist')]]);
    const report = await verifyOpenBadge(revocable(), at(NOW, { statusLists }));
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'failed',
      code: 'status.revoked',
      detail: { index: 23, purpose: 'revocation', listProof: 'verified' },
    });
    expect(verdictOf(report)).toBe('invalid');
  });

  it('the list may be supplied as the JSON text fetched', async () => {
    const statusLists = new Map([[TESTLIST_URL, text(OB, 'bit-string-list_testlist')]]);
    const report = await verifyOpenBadge(revocable(), at(NOW, { statusLists }));
    expect(checkOf(report, 'status').code).toBe('status.revoked');
  });

  it('is unknown when the list is not supplied', async () => {
    const report = await verifyOpenBadge(revocable(), at());
    expect(checkOf(report, 'status')).toMatchObject({ status: 'unknown', code: 'status.listUnreachable' });
  });

  it('another index in the same list is current (the entry is changed, so the proof no longer holds)', async () => {
    const credential = json(OB, 'bit-string-list_credential-status-revoked.json');
    const entry = { ...(credential.credentialStatus as Record<string, unknown>), statusListIndex: '24' };
    const statusLists = new Map([[TESTLIST_URL, json(OB, 'bit-string-list_testlist')]]);
    const report = await verifyOpenBadge(
      JSON.stringify({ ...credential, credentialStatus: entry }),
      at(NOW, { statusLists }),
    );
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'ok',
      code: 'status.current',
      detail: { index: 24 },
    });
  });

  it('a list whose own proof fails is not trusted', async () => {
    const list = json(OB, 'bit-string-list_testlist');
    const subject = { ...(list.credentialSubject as Record<string, unknown>) };
    subject.encodedList = 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA';
    const statusLists = new Map([[TESTLIST_URL, { ...list, credentialSubject: subject }]]);
    const report = await verifyOpenBadge(revocable(), at(NOW, { statusLists }));
    expect(checkOf(report, 'status')).toMatchObject({ status: 'unknown', code: 'status.listProofInvalid' });
  });

  it('credential-status-revoked.json (online 1EdTech revocation list) is unknown offline', async () => {
    const report = await verifyOpenBadge(text(OB, 'credential-status-revoked.json'), at());
    expect(checkOf(report, 'status')).toMatchObject({ status: 'unknown', code: 'status.listUnreachable' });
    expect(verdictOf(report)).toBe('unknown');
  });

  it('a supplied 1EdTech revocation list that names the credential revokes it', async () => {
    const credential = json(OB, 'credential-status-revoked.json');
    const listUrl = (credential.credentialStatus as { id: string }).id;
    const statusLists = new Map([[listUrl, { revokedCredential: [{ id: credential.id, revoked: true }] }]]);
    const report = await verifyOpenBadge(
      text(OB, 'credential-status-revoked.json'),
      at(NOW, { statusLists }),
    );
    expect(checkOf(report, 'status')).toMatchObject({ status: 'failed', code: 'status.revoked' });
  });
});

describe('validity window', () => {
  it('fails before validFrom', async () => {
    const report = await verifyOpenBadge(text(OB, 'simple.json'), at(new Date('2009-12-31T23:59:59Z')));
    expect(checkOf(report, 'validity')).toMatchObject({
      status: 'failed',
      code: 'validity.notYetValid',
      detail: { validFrom: '2010-01-01T00:00:00.000Z' },
    });
    expect(checkOf(report, 'signature').status).toBe('ok');
  });

  it('fails after validUntil', async () => {
    const report = await verifyOpenBadge(text(OB, 'complete.json'), at(new Date('2030-01-01T00:00:01Z')));
    expect(checkOf(report, 'validity')).toMatchObject({ status: 'failed', code: 'validity.expired' });
  });

  it('reads VCDM 1.1 expirationDate', async () => {
    const credential = { ...json(OB, 'simple-eddsa-2022.json'), expirationDate: '2023-01-01T00:00:00Z' };
    const report = await verifyOpenBadge(JSON.stringify(credential), at());
    expect(checkOf(report, 'validity')).toMatchObject({ status: 'failed', code: 'validity.expired' });
  });

  it('a date without a time zone is malformed', async () => {
    const credential = { ...json(OB, 'simple.json'), validFrom: '2010-01-01T00:00:00' };
    const report = await verifyOpenBadge(JSON.stringify(credential), at());
    expect(checkOf(report, 'validity')).toMatchObject({ status: 'failed', code: 'validity.badDate' });
  });
});

describe('schema', () => {
  it('fails without credentialSubject', async () => {
    const { credentialSubject: _, ...credential } = json(OB, 'simple.json');
    const report = await verifyOpenBadge(JSON.stringify(credential), at());
    expect(checkOf(report, 'schema')).toMatchObject({ status: 'failed', code: 'schema.invalid' });
  });

  it('fails when the achievement lacks its criteria', async () => {
    const credential = json(OB, 'simple.json');
    const subject = credential.credentialSubject as { achievement: Record<string, unknown> };
    const { criteria: _, ...achievement } = subject.achievement;
    const report = await verifyOpenBadge(
      JSON.stringify({ ...credential, credentialSubject: { ...subject, achievement } }),
      at(),
    );
    expect(checkOf(report, 'schema')).toMatchObject({
      status: 'failed',
      detail: { path: '/credentialSubject/achievement' },
    });
  });

  it('accepts JSON-LD single values where the schema lists arrays', async () => {
    const report = await verifyOpenBadge(text(OB, 'bit-string-list_credential-status-revoked.json'), at());
    expect(checkOf(report, 'schema')).toMatchObject({ status: 'ok', detail: { wrappedSingleValues: 1 } });
  });
});

describe('VC-JWT', () => {
  it('simple.jwt names no key (no kid, no jwk) and uses a pre-release context', async () => {
    const report = await verifyOpenBadge(text(OB, 'simple.jwt'), at());
    expect(report.securing).toBe('vc-jwt');
    expect(report.format).toBe('open-badges-3');
    expect(checkOf(report, 'format')).toMatchObject({ status: 'unknown', code: 'format.preReleaseContext' });
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.jwtNoKey' });
    expect(checkOf(report, 'validity').status).toBe('ok');
  });

  const ISSUER = 'https://example.com/issuers/876543';
  const KID = `${ISSUER}/keys/1`;

  /** The simple.json credential as a VCDM 2.0 VC-JWT payload (OB 3.0: the claims beside the credential). */
  function payload(changes: Record<string, unknown> = {}): Record<string, unknown> {
    const { proof: _, ...credential } = json(OB, 'simple.json');
    return {
      ...credential,
      iss: ISSUER,
      jti: credential.id,
      nbf: Date.parse('2010-01-01T00:00:00Z') / 1000,
      sub: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      ...changes,
    };
  }

  async function sign(alg: 'RS256' | 'ES256' | 'EdDSA', header: Record<string, unknown>, body = payload()) {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const jwk = await exportJWK(publicKey);
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(body)))
      .setProtectedHeader({ alg, ...header })
      .sign(privateKey);
    return { jws, jwk };
  }

  for (const alg of ['RS256', 'ES256', 'EdDSA'] as const) {
    it(`${alg} with a kid the caller supplies verifies and is linked to the issuer's origin`, async () => {
      const { jws, jwk } = await sign(alg, { kid: KID, typ: 'JWT' });
      const report = await verifyOpenBadge(jws, at(NOW, { keys: new Map([[KID, jwk]]) }));
      expect(checkOf(report, 'format').status).toBe('ok');
      expect(checkOf(report, 'schema').status).toBe('ok');
      expect(checkOf(report, 'signature')).toMatchObject({ status: 'ok', detail: { alg } });
      expect(checkOf(report, 'issuer')).toMatchObject({ status: 'ok', code: 'issuer.sameOrigin' });
      expect(verdictOf(report)).toBe('valid');
    });
  }

  it('a kid that is not supplied is unknown', async () => {
    const { jws } = await sign('RS256', { kid: KID });
    const report = await verifyOpenBadge(jws, at());
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'unknown',
      code: 'signature.keyUnavailable',
    });
  });

  it('a jwk header verifies the signature but says nothing about the issuer', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload())))
      .setProtectedHeader({ alg: 'ES256', jwk })
      .sign(privateKey);
    const report = await verifyOpenBadge(jws, at());
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'unknown', code: 'issuer.embeddedKey' });
  });

  it('a did:key kid needs no supplied key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
    const { x } = await exportJWK(publicKey);
    const multibase = ed25519Multibase(Buffer.from(x!, 'base64url'));
    const did = `did:key:${multibase}`;
    const body = payload({ iss: did, issuer: { id: did, type: ['Profile'], name: 'Example Corp' } });
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(body)))
      .setProtectedHeader({ alg: 'EdDSA', kid: `${did}#${multibase}` })
      .sign(privateKey);
    const report = await verifyOpenBadge(jws, at());
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'ok', code: 'issuer.didKey' });
  });

  it('a wrong key fails', async () => {
    const { jws } = await sign('ES256', { kid: KID });
    const { jwk: other } = await sign('ES256', { kid: KID });
    const report = await verifyOpenBadge(jws, at(NOW, { keys: new Map([[KID, other]]) }));
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.badSignature' });
  });

  it('a changed payload fails', async () => {
    const { jws, jwk } = await sign('EdDSA', { kid: KID });
    const [h, , s] = jws.split('.');
    const forged = Buffer.from(JSON.stringify(payload({ name: 'Leadership Badge' }))).toString('base64url');
    const report = await verifyOpenBadge(`${h}.${forged}.${s}`, at(NOW, { keys: new Map([[KID, jwk]]) }));
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.badSignature' });
  });

  it('claims that disagree with the credential fail', async () => {
    const { jws, jwk } = await sign(
      'RS256',
      { kid: KID },
      payload({ iss: 'https://example.com/issuers/other' }),
    );
    const report = await verifyOpenBadge(jws, at(NOW, { keys: new Map([[KID, jwk]]) }));
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', detail: { claim: 'iss' } });
  });

  it('alg none fails', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(payload())).toString('base64url');
    const report = await verifyOpenBadge(`${header}.${body}.AAAA`, at());
    expect(checkOf(report, 'signature')).toMatchObject({ status: 'failed', code: 'signature.jwtAlgNone' });
    const unsecured = await verifyOpenBadge(`${header}.${body}.`, at());
    expect(checkOf(unsecured, 'format').status).toBe('failed');
  });

  it('headers beyond alg, kid, jwk and typ fail (OB 3.0)', async () => {
    const { jws, jwk } = await sign('RS256', { kid: KID, cty: 'vc' });
    const report = await verifyOpenBadge(jws, at(NOW, { keys: new Map([[KID, jwk]]) }));
    expect(checkOf(report, 'signature')).toMatchObject({
      status: 'failed',
      code: 'signature.jwtHeaderNotAllowed',
    });
  });

  it('an exp in the past expires the credential', async () => {
    const until = '2020-01-01T00:00:00Z';
    const body = payload({ validUntil: until, exp: Date.parse(until) / 1000 });
    const { jws, jwk } = await sign('ES256', { kid: KID }, body);
    const report = await verifyOpenBadge(jws, at(NOW, { keys: new Map([[KID, jwk]]) }));
    expect(checkOf(report, 'signature').status).toBe('ok');
    expect(checkOf(report, 'validity')).toMatchObject({ status: 'failed', code: 'validity.expired' });
  });
});

/** The multibase form of a raw Ed25519 public key, written out here independently of did-key.ts. */
function ed25519Multibase(key: Uint8Array): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let n = BigInt(`0x${Buffer.from([0xed, 0x01, ...key]).toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = alphabet[Number(n % 58n)] + out;
    n /= 58n;
  }
  return `z${out}`;
}

describe('bad input never throws', () => {
  it('refuses input over the size limit', async () => {
    const report = await verifyOpenBadge(`{"a":"${'x'.repeat(MAX_INPUT_BYTES)}"}`, at());
    expect(checkOf(report, 'format')).toMatchObject({ status: 'failed', code: 'format.tooLarge' });
    expect(verdictOf(report)).toBe('invalid');
  });

  it.each([
    ['empty', '', 'format.unrecognised'],
    ['malformed JSON', '{"@context": [', 'format.notJson'],
    ['a JSON array', '[1,2]', 'format.unrecognised'],
    ['a JSON string', '"hello"', 'format.unrecognised'],
    ['a JWS with a non-JSON payload', 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln', 'format.badJws'],
  ])('%s', async (_, input, code) => {
    const report = await verifyOpenBadge(input, at());
    expect(checkOf(report, 'format')).toMatchObject({ status: 'failed', code });
  });

  it('wrong types in an Open Badge', async () => {
    const credential = {
      ...json(OB, 'simple.json'),
      issuer: 42,
      validFrom: { year: 2010 },
      proof: 'yes',
      credentialStatus: [null, { type: 'BitstringStatusListEntry', statusListIndex: -1 }],
    };
    const report = await verifyOpenBadge(JSON.stringify(credential), at());
    expect(checkOf(report, 'schema').status).toBe('failed');
    expect(checkOf(report, 'signature').status).toBe('failed');
    expect(checkOf(report, 'issuer')).toMatchObject({ status: 'failed', code: 'issuer.missing' });
    expect(checkOf(report, 'validity')).toMatchObject({ status: 'failed', code: 'validity.badDate' });
    expect(checkOf(report, 'status')).toMatchObject({ status: 'failed', code: 'status.malformedEntry' });
  });

  it('the offline loader refuses unknown URLs instead of fetching', async () => {
    const { documentLoader } = createOfflineLoader();
    await expect(documentLoader('https://example.org/context.json')).rejects.toBeInstanceOf(NotBundledError);
  });

  const formatNotOk = (report: VerificationReport) => {
    const format = checkOf(report, 'format').status;
    return format === 'failed' || format === 'unknown';
  };

  it('random strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (input) => {
        expect(formatNotOk(await verifyOpenBadge(input, at()))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('random JSON, also inside a JWS', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, asJws) => {
        const input = asJws ? `${b64({ alg: 'RS256' })}.${b64(value)}.c2ln` : JSON.stringify(value);
        expect(formatNotOk(await verifyOpenBadge(input, at()))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('random objects with the credential keys', async () => {
    const anything = fc.jsonValue({ maxDepth: 2 });
    const credential = fc.record(
      {
        '@context': fc.oneof(anything, fc.constant(['https://www.w3.org/ns/credentials/v2'])),
        type: fc.oneof(anything, fc.constant(['VerifiableCredential'])),
        issuer: anything,
        validFrom: anything,
        credentialSubject: anything,
        credentialStatus: anything,
        proof: anything,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(credential, async (value) => {
        expect(formatNotOk(await verifyOpenBadge(JSON.stringify(value), at()))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
