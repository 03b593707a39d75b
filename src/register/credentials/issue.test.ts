import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import { describe, expect, it } from 'vitest';
import { exampleMicrocredential, fromOpenBadge } from '../model/index.ts';
import {
  type CheckId,
  createOfflineLoader,
  decodeEncodedList,
  readStatus,
  type VerificationReport,
  verdictOf,
  verifyOpenBadge,
} from '../verify/index.ts';
import {
  decodeStatusList,
  encodeStatusList,
  generateIssuerKey,
  getStatus,
  type IssuerKey,
  IssuerKeyError,
  identityHash,
  issueOpenBadge,
  issueStatusListCredential,
  loadIssuerKey,
  newStatusList,
  type StatusList,
  StatusListRangeError,
  setStatus,
} from './index.ts';

/** A signed credential, as JSON to spoil. */
// biome-ignore lint/suspicious/noExplicitAny: test data reached into by path
type Tamperable = Record<string, any>;

const ENTRY = 'https://register.example.org/entries/mc-2025-0001';
const LIST_URL = 'https://register.example.org/status/prov-de-0042/1';
const ISSUED = '2025-03-01T09:00:00Z';
const NOW = new Date('2025-06-01T00:00:00Z');

function checkOf(report: VerificationReport, id: CheckId) {
  const found = report.checks.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id} check`);
  return found;
}

async function issue(key: IssuerKey, more: { grade?: string; index?: number } = {}) {
  return issueOpenBadge({
    record: exampleMicrocredential,
    achievementId: ENTRY,
    learner: { name: 'Ana Andromeda', email: 'Ana@Example.org' },
    issuerKey: key,
    issuer: { name: 'Berufsschule Beispielstadt', url: 'https://bs-beispielstadt.example.org' },
    credentialId: 'urn:uuid:5f0c2a36-2d55-4b0f-9c44-7d1b2f6a9e01',
    validFrom: ISSUED,
    status: { listUrl: LIST_URL, index: more.index ?? 4711 },
    ...(more.grade === undefined ? {} : { grade: more.grade }),
  });
}

async function listCredential(key: IssuerKey, list: StatusList) {
  return issueStatusListCredential({ url: LIST_URL, issuerKey: key, list, validFrom: ISSUED });
}

describe('issuer keys', () => {
  it('generates a did:key whose stored strings load back and sign', async () => {
    const stored = await generateIssuerKey();
    expect(stored.did).toBe(`did:key:${stored.publicKeyMultibase}`);
    expect(stored.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(stored.secretKeyMultibase).toMatch(/^z/);
    const fromObject = await loadIssuerKey(stored);
    const fromText = await loadIssuerKey(JSON.stringify(stored));
    expect(fromObject.verificationMethod).toBe(`${stored.did}#${stored.publicKeyMultibase}`);
    expect(fromText.did).toBe(stored.did);
  });

  it('two keys differ', async () => {
    const [a, b] = await Promise.all([generateIssuerKey(), generateIssuerKey()]);
    expect(a.did).not.toBe(b.did);
    expect(a.secretKeyMultibase).not.toBe(b.secretKeyMultibase);
  });

  it.each([
    [
      'a DID of another key',
      (a: Record<string, string>, b: Record<string, string>) => ({ ...a, did: b.did! }),
    ],
    [
      'a public key of another key',
      (a: Record<string, string>, b: Record<string, string>) => ({
        ...a,
        did: b.did!,
        publicKeyMultibase: b.publicKeyMultibase!,
      }),
    ],
    [
      'a missing secret',
      (a: Record<string, string>) => ({ did: a.did, publicKeyMultibase: a.publicKeyMultibase }),
    ],
    ['a malformed secret', (a: Record<string, string>) => ({ ...a, secretKeyMultibase: 'zzzz' })],
  ])('refuses %s', async (_name, spoil) => {
    const a = { ...(await generateIssuerKey()) };
    const b = { ...(await generateIssuerKey()) };
    await expect(loadIssuerKey(spoil(a, b) as never)).rejects.toBeInstanceOf(IssuerKeyError);
  });
});

describe('status lists', () => {
  it('start with every credential current, at the minimum size of 131,072 entries', () => {
    const list = newStatusList();
    expect(list.length).toBe(131_072);
    expect(list.bits.length).toBe(16_384);
    expect(getStatus(list, 0)).toBe(false);
  });

  it.each([
    [0, 0, 0x80],
    [7, 0, 0x01],
    [8, 1, 0x80],
    [23, 2, 0x01],
    [131_071, 16_383, 0x01],
  ])('index %i is byte %i, mask %i (left-most bit first)', (index, byte, mask) => {
    const list = setStatus(newStatusList(), index, true);
    expect(list.bits[byte]).toBe(mask);
    expect(getStatus(list, index)).toBe(true);
    setStatus(list, index, false);
    expect(list.bits.every((b) => b === 0)).toBe(true);
  });

  it('encode as multibase base64url GZIP, which the verifier decodes to the same bits', () => {
    const list = newStatusList(262_144);
    for (const i of [3, 99, 4711, 262_143]) setStatus(list, i, true);
    const encoded = encodeStatusList(list);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bits = decodeEncodedList(encoded, true);
    for (const i of [3, 99, 4711, 262_143]) expect(readStatus(bits, i)).toBe(1);
    expect(readStatus(bits, 4)).toBe(0);
    expect(decodeStatusList(encoded)).toEqual(list);
  });

  it('reads the W3C example list (all zero) the same way', () => {
    const example = decodeStatusList('uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA');
    expect(example.length).toBe(131_072);
    expect(example.bits.every((b) => b === 0)).toBe(true);
  });

  it.each([[1024], [131_073], [0], [-8]])('refuses a list of %i bits', (bits) => {
    expect(() => newStatusList(bits)).toThrow(StatusListRangeError);
  });

  it.each([[-1], [131_072], [1.5]])('refuses index %d', (index) => {
    expect(() => setStatus(newStatusList(), index, true)).toThrow(StatusListRangeError);
  });
});

describe('identity hashes (OB 3.0 IdentityHash)', () => {
  it('is sha256$ and the hex SHA-256 of identity then salt', () => {
    // SHA-256("abc"), FIPS 180-2 Appendix B.1.
    expect(identityHash('ab', 'c')).toBe(
      'sha256$ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('issued Open Badges, checked by the register own verifier', () => {
  it('verify, with the status list current, then revoked once the list says so', async () => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const credential = await issue(key, { index: 4711 });
    const list = newStatusList();
    const before = await verifyOpenBadge(JSON.stringify(credential), {
      now: NOW,
      statusLists: new Map([[LIST_URL, await listCredential(key, list)]]),
    });
    expect(report(before)).toEqual({
      format: 'ok',
      schema: 'ok',
      signature: 'ok',
      issuer: 'ok',
      validity: 'ok',
      status: 'ok',
    });
    expect(checkOf(before, 'issuer').code).toBe('issuer.didKey');
    expect(checkOf(before, 'status')).toMatchObject({
      code: 'status.current',
      detail: { index: 4711, listProof: 'verified' },
    });
    expect(verdictOf(before)).toBe('valid');

    setStatus(list, 4711, true);
    const after = await verifyOpenBadge(JSON.stringify(credential), {
      now: NOW,
      statusLists: new Map([[LIST_URL, JSON.stringify(await listCredential(key, list))]]),
    });
    expect(checkOf(after, 'signature').status).toBe('ok');
    expect(checkOf(after, 'status')).toMatchObject({
      status: 'failed',
      code: 'status.revoked',
      detail: { index: 4711, listProof: 'verified' },
    });
    expect(verdictOf(after)).toBe('invalid');
  });

  it('another credential on the same list stays current when one is revoked', async () => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const credential = await issue(key, { index: 4712 });
    const list = setStatus(newStatusList(), 4711, true);
    const result = await verifyOpenBadge(JSON.stringify(credential), {
      now: NOW,
      statusLists: new Map([[LIST_URL, await listCredential(key, list)]]),
    });
    expect(checkOf(result, 'status').code).toBe('status.current');
  });

  it.each([
    [
      'the achievement name',
      (c: Tamperable) => {
        c.credentialSubject.achievement.name = 'Another course';
      },
    ],
    [
      'the EQF level',
      (c: Tamperable) => {
        c.credentialSubject.achievement.alignment[1].targetCode = '7';
      },
    ],
    [
      'the learner hash',
      (c: Tamperable) => {
        c.credentialSubject.identifier[0].salt = '00';
      },
    ],
    [
      'the status index',
      (c: Tamperable) => {
        c.credentialStatus.statusListIndex = '1';
      },
    ],
    [
      'validFrom',
      (c: Tamperable) => {
        c.validFrom = '2024-03-01T09:00:00Z';
      },
    ],
  ])('a credential with a changed %s fails its signature', async (_name, tamper) => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const credential = structuredClone(await issue(key));
    tamper(credential);
    const result = await verifyOpenBadge(JSON.stringify(credential), { now: NOW });
    expect(checkOf(result, 'signature')).toMatchObject({ status: 'failed', code: 'signature.badProof' });
    expect(verdictOf(result)).toBe('invalid');
  });

  it('a proof by another awarding body key is not the issuer proof', async () => {
    const body = await loadIssuerKey(await generateIssuerKey());
    const other = await loadIssuerKey(await generateIssuerKey());
    const { proof: _, ...unsigned } = await issue(body);
    // The other body signs the same credential, which names the first body as issuer.
    const forged = await jsigs.sign(unsigned, {
      suite: new DataIntegrityProof({ signer: other.keyPair.signer(), cryptosuite: eddsaRdfc2022 }),
      purpose: new jsigs.purposes.ProofPurpose({ term: 'assertionMethod' }),
      documentLoader: createOfflineLoader().documentLoader,
    });
    const result = await verifyOpenBadge(JSON.stringify(forged), { now: NOW });
    expect(checkOf(result, 'signature').status).toBe('ok');
    expect(checkOf(result, 'issuer')).toMatchObject({ status: 'unknown', code: 'issuer.keyNotLinked' });
    expect(verdictOf(result)).not.toBe('valid');
  });

  it('a proof that names the other body key while signed by the first fails', async () => {
    const body = await loadIssuerKey(await generateIssuerKey());
    const other = await loadIssuerKey(await generateIssuerKey());
    const credential = await issue(body);
    const [proof] = [credential.proof].flat() as Record<string, unknown>[];
    const swapped = { ...credential, proof: { ...proof, verificationMethod: other.verificationMethod } };
    const result = await verifyOpenBadge(JSON.stringify(swapped), { now: NOW });
    expect(checkOf(result, 'signature').status).toBe('failed');
    expect(verdictOf(result)).toBe('invalid');
  });

  it('a list signed by another key is not trusted', async () => {
    const body = await loadIssuerKey(await generateIssuerKey());
    const other = await loadIssuerKey(await generateIssuerKey());
    const list = await listCredential(other, newStatusList());
    const tampered = { ...list, issuer: body.did };
    const result = await verifyOpenBadge(JSON.stringify(await issue(body)), {
      now: NOW,
      statusLists: new Map([[LIST_URL, tampered]]),
    });
    expect(checkOf(result, 'status')).toMatchObject({ status: 'unknown', code: 'status.listProofInvalid' });
  });

  it('refuses to sign for an issuer that is not the key DID', async () => {
    const body = await loadIssuerKey(await generateIssuerKey());
    const other = await loadIssuerKey(await generateIssuerKey());
    const { proof: _, ...unsigned } = await issue(body);
    const { signCredential } = await import('./keys.ts');
    await expect(signCredential(unsigned, other)).rejects.toBeInstanceOf(IssuerKeyError);
  });

  it('names the learner by salted hashes only, and refuses a learner with nothing to name them', async () => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const credential = await issue(key);
    const subject = credential.credentialSubject as Record<string, unknown>;
    const text = JSON.stringify(credential);
    expect(text).not.toContain('Ana');
    expect(text.toLowerCase()).not.toContain('ana@example.org');
    expect(subject.id).toBeUndefined();
    const [email, name] = subject.identifier as Record<string, string>[];
    expect(email).toMatchObject({ type: 'IdentityObject', hashed: true, identityType: 'emailAddress' });
    expect(email!.identityHash).toBe(identityHash('ana@example.org', email!.salt!));
    expect(name!.identityHash).toBe(identityHash('Ana Andromeda', name!.salt!));
    expect(email!.salt).not.toBe(name!.salt);
    await expect(
      issueOpenBadge({
        record: exampleMicrocredential,
        achievementId: ENTRY,
        learner: {},
        issuerKey: key,
        issuer: { name: 'X' },
        credentialId: 'urn:uuid:1',
        validFrom: ISSUED,
      }),
    ).rejects.toThrow('learner');
  });

  it('maps back through fromOpenBadge to the record (what OB 3.0 holds)', async () => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const { record, unmapped } = fromOpenBadge(await issue(key, { grade: '2' }));
    const r = exampleMicrocredential;
    expect(record.title).toEqual({ en: r.title.en });
    expect(record.issuerCountries).toEqual(r.issuerCountries);
    expect(record.issuerRegions).toEqual([{ en: r.issuerRegions![0]!.en }]);
    expect(record.awardingBodies).toEqual([
      { name: { en: 'Berufsschule Beispielstadt' }, homepage: r.awardingBodies[0]!.homepage, country: 'DE' },
    ]);
    expect(record.dateOfIssuing).toBe(ISSUED);
    expect(record.learningOutcomes).toEqual([
      { text: r.learningOutcomes[0]!.text, escoSkills: r.learningOutcomes[0]!.escoSkills },
    ]);
    expect(record.description).toEqual(r.description);
    expect(record.level).toEqual({ eqf: '4' });
    expect(record.workload).toEqual({ credits: { value: 3, system: 'unspecified' } });
    expect(record.qualityAssurance).toEqual({
      types: [],
      description: { en: 'Landesamt für Schule' },
      url: r.qualityAssurance.url,
    });
    expect(record.grade).toEqual({ achieved: { en: '2' }, schemeDescription: { en: 'Noten 1 bis 6' } });
    expect(record.source).toMatchObject({ format: 'open-badges-3', declaredType: 'MicroCredential' });
    // What OB 3.0 has no property for travels as ext: alignments, which the model does not read.
    expect(unmapped).toEqual(
      expect.arrayContaining([
        'credentialSubject.identifier',
        'credentialSubject.achievement.alignment[3]',
        'credentialSubject.achievement.fieldOfStudy',
      ]),
    );
  });
});

function report(r: VerificationReport): Record<string, string> {
  return Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
}
