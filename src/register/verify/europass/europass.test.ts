import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Check, type VerificationReport, verdictOf } from '../report.ts';
import { nameText, parseCertificate } from './certificates.ts';
import { MAX_BYTES, verifyEuropass } from './europass.ts';
import { issuerCheck } from './issuer-identifier.ts';
import { etsiUItems, verifyJades } from './jades.ts';

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const VECTORS =
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../../shared/vectors/', import.meta.url));
const read = (path: string): string => readFileSync(join(VECTORS, path), 'utf8');

const COMMISSION = read('edc-elm3/mc-annex1-signed.jsonld');
const COMMISSION_UNSIGNED = read('edc-elm3/mc-annex1-unsigned.jsonld');
const MYNEXTID = read('mynextid/edc_examples_edc-mc-signed.jsonld');

const BEFORE_EXPIRY = new Date('2024-01-01T00:00:00Z');
const LATER = new Date('2026-11-23T00:00:00Z');
/** Inside the validity window of the CRL embedded in MyNextID's seal (2026-01-12T03:24 to 01-13T03:24). */
const MYNEXTID_CRL_WINDOW = new Date('2026-01-12T12:00:00Z');

interface Envelope {
  payload: string;
  signatures: { protected: string; header?: Record<string, unknown>; signature: string }[];
}

const envelopeOf = (text: string): Envelope => JSON.parse(text) as Envelope;

function firstSignature(env: Envelope) {
  const sig = env.signatures[0];
  if (sig === undefined) throw new Error('vector without a signature');
  return sig;
}

/** Re-encodes the protected header after `change`; the signature is left as it was. */
function withHeader(text: string, change: (header: Record<string, unknown>) => void): string {
  const env = envelopeOf(text);
  const sig = firstSignature(env);
  const header = JSON.parse(Buffer.from(sig.protected, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  change(header);
  sig.protected = Buffer.from(JSON.stringify(header), 'utf8').toString('base64url');
  return JSON.stringify(env);
}

function withPayload(text: string, change: (payload: string) => string): string {
  const env = envelopeOf(text);
  env.payload = change(env.payload);
  return JSON.stringify(env);
}

/** Certificates carried in the seal's `xVals`, found by the start of their subject. */
function xValsCertificate(text: string, subjectStart: string): string {
  const items = etsiUItems(firstSignature(envelopeOf(text)).header);
  for (const item of items) {
    for (const x of (item.xVals as { x509Cert?: { val?: string } }[] | undefined) ?? []) {
      const val = x.x509Cert?.val;
      const cert = val === undefined ? undefined : parseCertificate(val);
      if (val !== undefined && cert !== undefined && nameText(cert.subject).startsWith(subjectStart))
        return val;
    }
  }
  throw new Error(`no certificate ${subjectStart} in xVals`);
}

const ANF_INTERMEDIATE = xValsCertificate(COMMISSION, 'CN=ANF AC Qualified Certificates for eSeal,');
const HALCOM_ROOT = xValsCertificate(MYNEXTID, 'CN=Halcom Root Certificate Authority,');

const checksOf = (r: { checks: readonly Check[] }, id: Check['id']) => r.checks.filter((c) => c.id === id);
const codeOf = (r: { checks: readonly Check[] }, id: Check['id']) => checksOf(r, id).map((c) => c.code);
const byCode = (r: { checks: readonly Check[] }, code: string) => r.checks.find((c) => c.code === code);

describe('verifyJades on the Commission sample (ANF test eSeal, valid 2023-05-11..2025-05-10)', () => {
  it('verifies the RS256 b64:false seal over the payload as received', async () => {
    const r = await verifyJades(COMMISSION, { validationTime: BEFORE_EXPIRY });
    expect(checksOf(r, 'signature')).toEqual([
      {
        id: 'signature',
        status: 'ok',
        code: 'signature.valid',
        detail: {
          alg: 'RS256',
          claimedSigningTime: '2023-09-27T11:54:17Z',
          timestampsNotVerified: 'adoTst, sigTst, arcTst',
        },
      },
    ]);
    expect(r.payload).toBe(envelopeOf(COMMISSION).payload);
    expect(r.signer).toMatchObject({
      organisationIdentifier: 'VATES-A00000000',
      country: 'ES',
      notBefore: '2023-05-11T14:31:15.000Z',
      notAfter: '2025-05-10T14:31:15.000Z',
      qualified: true,
    });
    expect(r.signer?.subject).toContain('CN=TEST SEAL');
  });

  it('finds the certificate within its validity at 2024-01-01', async () => {
    const r = await verifyJades(COMMISSION, { validationTime: BEFORE_EXPIRY });
    expect(byCode(r, 'certificate.valid')?.status).toBe('ok');
  });

  it('finds it expired at 2026-11-23, with the dates in detail, while the signature still verifies', async () => {
    const r = await verifyJades(COMMISSION, { validationTime: LATER });
    expect(byCode(r, 'certificate.expired')).toEqual({
      id: 'certificate',
      status: 'failed',
      code: 'certificate.expired',
      detail: {
        notBefore: '2023-05-11T14:31:15.000Z',
        notAfter: '2025-05-10T14:31:15.000Z',
        validationTime: '2026-11-23T00:00:00.000Z',
      },
    });
    expect(codeOf(r, 'signature')).toEqual(['signature.valid']);
  });

  it('leaves the chain unknown without trust anchors: the ANF root is not in the envelope', async () => {
    const r = await verifyJades(COMMISSION, { validationTime: BEFORE_EXPIRY });
    const chain = byCode(r, 'certificate.noTrustAnchor');
    expect(chain?.status).toBe('unknown');
    expect(chain?.detail?.chainLength).toBe(2);
    expect(String(chain?.detail?.chainEndsAt)).toContain('CN=ANF AC Qualified Certificates for eSeal');
  });

  it('trusts the chain when the ANF intermediate from xVals is the anchor', async () => {
    const r = await verifyJades(COMMISSION, {
      validationTime: BEFORE_EXPIRY,
      trustAnchors: [ANF_INTERMEDIATE],
    });
    expect(byCode(r, 'certificate.chainTrusted')).toMatchObject({ status: 'ok', detail: { chainLength: 2 } });
  });

  it('accepts the anchor as PEM too, and says how many anchors it could not read', async () => {
    const pem = `-----BEGIN CERTIFICATE-----\n${ANF_INTERMEDIATE.replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
    const r = await verifyJades(COMMISSION, {
      validationTime: BEFORE_EXPIRY,
      trustAnchors: [pem, 'not a certificate'],
    });
    expect(byCode(r, 'certificate.chainTrusted')?.detail).toMatchObject({ ignoredAnchors: 1 });
  });

  it('matches the issuer eIDASIdentifier with the certificate organizationIdentifier exactly', async () => {
    const r = await verifyJades(COMMISSION, { validationTime: BEFORE_EXPIRY });
    expect(checksOf(r, 'issuer')).toEqual([
      {
        id: 'issuer',
        status: 'ok',
        code: 'issuer.match',
        detail: {
          field: 'eIDASIdentifier',
          matchedOn: 'exact',
          certificate: 'VATES-A00000000',
          credential: 'VATES-A00000000',
        },
      },
    ]);
  });

  it('reads the embedded OCSP response from ANF’s responder: good, current only within its week', async () => {
    const inWindow = await verifyJades(COMMISSION, { validationTime: new Date('2023-09-30T00:00:00Z') });
    expect(byCode(inWindow, 'certificate.notRevoked')).toEqual({
      id: 'certificate',
      status: 'ok',
      code: 'certificate.notRevoked',
      detail: {
        source: 'ocsp',
        thisUpdate: '2023-09-27T11:54:17.000Z',
        nextUpdate: '2023-10-04T11:54:00.000Z',
      },
    });
    const later = await verifyJades(COMMISSION, { validationTime: BEFORE_EXPIRY });
    expect(byCode(later, 'certificate.revocationNotCurrent')?.status).toBe('unknown');
  });

  it('ignores revocation data that nobody it can name signed', async () => {
    // Without xVals the OCSP responder's certificate and the CA are missing, so nothing can vouch.
    const env = envelopeOf(COMMISSION);
    const sig = firstSignature(env);
    sig.header = {
      etsiU: etsiUItems(sig.header).filter((item) => !('xVals' in item)),
    };
    const r = await verifyJades(JSON.stringify(env), { validationTime: new Date('2023-09-30T00:00:00Z') });
    expect(byCode(r, 'certificate.revocationUnchecked')).toMatchObject({
      status: 'unknown',
      detail: { crls: 1, ocspResponses: 1 },
    });
    expect(codeOf(r, 'signature')).toEqual(['signature.valid']);
  });
});

describe('verifyJades on MyNextID’s EDC (Halcom eSeal, valid 2025-09-11..2028-09-11)', () => {
  it('verifies the seal and finds the certificate valid at 2026-11-23', async () => {
    const r = await verifyJades(MYNEXTID, { validationTime: LATER });
    expect(codeOf(r, 'signature')).toEqual(['signature.valid']);
    expect(byCode(r, 'certificate.valid')?.status).toBe('ok');
    expect(r.signer).toMatchObject({
      organisationIdentifier: 'NTREE-17207834',
      country: 'EE',
      qualified: true,
    });
  });

  it('climbs to the Halcom root in xVals, which is untrusted until the caller names it', async () => {
    const untrusted = await verifyJades(MYNEXTID, { validationTime: LATER });
    expect(byCode(untrusted, 'certificate.noTrustAnchor')?.detail).toMatchObject({
      chainLength: 3,
      chainEndsAt: expect.stringContaining('CN=Halcom Root Certificate Authority'),
    });
    const trusted = await verifyJades(MYNEXTID, { validationTime: LATER, trustAnchors: [HALCOM_ROOT] });
    expect(byCode(trusted, 'certificate.chainTrusted')).toMatchObject({
      status: 'ok',
      detail: { chainLength: 3, anchor: expect.stringContaining('Halcom Root') },
    });
  });

  it('does not trust the chain for an anchor from another hierarchy', async () => {
    const r = await verifyJades(MYNEXTID, { validationTime: LATER, trustAnchors: [ANF_INTERMEDIATE] });
    expect(codeOf(r, 'certificate')).toContain('certificate.noTrustAnchor');
  });

  it('reads the embedded Halcom CRL: not revoked within its window, not current after it', async () => {
    const inWindow = await verifyJades(MYNEXTID, { validationTime: MYNEXTID_CRL_WINDOW });
    expect(byCode(inWindow, 'certificate.notRevoked')).toMatchObject({
      status: 'ok',
      detail: {
        source: 'crl',
        thisUpdate: '2026-01-12T03:24:43.000Z',
        nextUpdate: '2026-01-13T03:24:43.000Z',
      },
    });
    const after = await verifyJades(MYNEXTID, { validationTime: LATER });
    expect(byCode(after, 'certificate.revocationNotCurrent')?.status).toBe('unknown');
  });

  it('matches the eIDASIdentifier "17207834" (EST) with the certificate’s NTREE-17207834', async () => {
    const r = await verifyJades(MYNEXTID, { validationTime: LATER });
    expect(checksOf(r, 'issuer')).toEqual([
      {
        id: 'issuer',
        status: 'ok',
        code: 'issuer.match',
        detail: {
          field: 'eIDASIdentifier',
          matchedOn: 'localPart',
          certificate: 'NTREE-17207834',
          credential: '17207834',
        },
      },
    ]);
  });
});

describe('verifyJades on altered seals', () => {
  interface Case {
    readonly name: string;
    readonly text: () => string;
    readonly code: string;
  }
  it.each<Case>([
    {
      name: 'one byte changed in the payload',
      text: () => withPayload(COMMISSION, (p) => p.replace('Ana', 'Anb')),
      code: 'signature.invalid',
    },
    {
      name: 'one byte appended to the payload',
      text: () => withPayload(MYNEXTID, (p) => `${p} `),
      code: 'signature.invalid',
    },
    {
      name: 'a changed claimed signing time in the protected header',
      text: () => withHeader(COMMISSION, (h) => Object.assign(h, { sigT: '2023-09-27T11:54:18Z' })),
      code: 'signature.invalid',
    },
    {
      name: 'an unknown parameter listed in crit',
      text: () =>
        withHeader(COMMISSION, (h) => Object.assign(h, { zzz: 1, crit: [...(h.crit as string[]), 'zzz'] })),
      code: 'signature.unknownCrit',
    },
    {
      name: 'b64 not listed in crit (RFC 7797 §6)',
      text: () => withHeader(MYNEXTID, (h) => Object.assign(h, { crit: ['sigT'] })),
      code: 'signature.b64NotCritical',
    },
    {
      name: 'a crit entry that is not in the header',
      text: () => withHeader(MYNEXTID, (h) => Object.assign(h, { crit: ['b64', 'sigT', 'adoTst'] })),
      code: 'signature.badCrit',
    },
    {
      name: 'an HMAC algorithm',
      text: () => withHeader(COMMISSION, (h) => Object.assign(h, { alg: 'HS256' })),
      code: 'signature.unsupportedAlgorithm',
    },
    {
      name: 'an x5t#S256 that is not the digest of x5c[0]',
      text: () =>
        withHeader(COMMISSION, (h) =>
          Object.assign(h, { 'x5t#S256': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
        ),
      code: 'signature.certificateDigestMismatch',
    },
    {
      name: 'the other vector’s certificate in x5c',
      text: () =>
        withHeader(COMMISSION, (h) => {
          const other = JSON.parse(
            Buffer.from(firstSignature(envelopeOf(MYNEXTID)).protected, 'base64url').toString('utf8'),
          ) as Record<string, unknown>;
          Object.assign(h, { x5c: other.x5c, 'x5t#S256': other['x5t#S256'] });
        }),
      code: 'signature.invalid',
    },
    {
      name: 'a garbled x5c',
      text: () => withHeader(COMMISSION, (h) => Object.assign(h, { x5c: ['AAAA'], 'x5t#S256': undefined })),
      code: 'signature.badCertificate',
    },
  ])('fails on $name', async ({ text, code }) => {
    const r = await verifyJades(text(), { validationTime: BEFORE_EXPIRY });
    expect(checksOf(r, 'signature')).toMatchObject([{ status: 'failed', code }]);
  });

  it('treats a seal without any certificate as unverifiable, not as valid', async () => {
    const text = withHeader(COMMISSION, (h) => Object.assign(h, { x5c: undefined }));
    const r = await verifyJades(text, { validationTime: BEFORE_EXPIRY });
    expect(r.checks).toEqual([{ id: 'signature', status: 'unknown', code: 'signature.noCertificate' }]);
  });

  it('reads the flattened serialization (RFC 7515 §7.2.2) as well', async () => {
    const env = envelopeOf(MYNEXTID);
    const flattened = JSON.stringify({ payload: env.payload, ...firstSignature(env) });
    const r = await verifyJades(flattened, { validationTime: LATER });
    expect(codeOf(r, 'signature')).toEqual(['signature.valid']);
  });
});

describe('issuerCheck (credential issuer identifiers vs organizationIdentifier)', () => {
  const est = 'http://publications.europa.eu/resource/authority/country/EST';
  const esp = { id: 'http://publications.europa.eu/resource/authority/country/ESP', type: 'Concept' };
  interface Case {
    readonly name: string;
    readonly issuer: unknown;
    readonly orgId: string | undefined;
    readonly status: Check['status'];
    readonly code: string;
  }
  it.each<Case>([
    {
      name: 'the same semantic identifier',
      issuer: { eIDASIdentifier: { notation: 'VATES-A00000000', spatial: esp } },
      orgId: 'VATES-A00000000',
      status: 'ok',
      code: 'issuer.match',
    },
    {
      name: 'the registry number with the matching country',
      issuer: { eIDASIdentifier: [{ notation: '17207834', spatial: { id: est } }] },
      orgId: 'NTREE-17207834',
      status: 'ok',
      code: 'issuer.match',
    },
    {
      name: 'the registry number with another country',
      issuer: { eIDASIdentifier: { notation: '17207834', spatial: esp } },
      orgId: 'NTREE-17207834',
      status: 'failed',
      code: 'issuer.countryMismatch',
    },
    {
      name: 'the registry number without a country',
      issuer: { eIDASIdentifier: { notation: '17207834' } },
      orgId: 'NTREE-17207834',
      status: 'unknown',
      code: 'issuer.partialMatch',
    },
    {
      name: 'another organisation’s identifier',
      issuer: { eIDASIdentifier: { notation: 'VATES-B11111111', spatial: esp } },
      orgId: 'VATES-A00000000',
      status: 'failed',
      code: 'issuer.mismatch',
    },
    {
      name: 'no eIDASIdentifier but a matching VAT identifier',
      issuer: { vatIdentifier: { notation: 'VATES-A00000000' } },
      orgId: 'VATES-A00000000',
      status: 'ok',
      code: 'issuer.match',
    },
    {
      name: 'no eIDASIdentifier and a VAT identifier that differs',
      issuer: { vatIdentifier: { notation: 'ES-X' } },
      orgId: 'VATES-A00000000',
      status: 'unknown',
      code: 'issuer.noEidasIdentifier',
    },
    {
      name: 'a certificate without organizationIdentifier',
      issuer: { eIDASIdentifier: { notation: 'VATES-A00000000' } },
      orgId: undefined,
      status: 'unknown',
      code: 'issuer.noOrganisationIdentifier',
    },
    {
      name: 'an issuer given only as a URI',
      issuer: 'urn:epass:org:1',
      orgId: 'VATES-A00000000',
      status: 'unknown',
      code: 'issuer.noEidasIdentifier',
    },
  ])('$name → $status', ({ issuer, orgId, status, code }) => {
    expect(issuerCheck(issuer, orgId)).toMatchObject({ id: 'issuer', status, code });
  });
});

describe('verifyEuropass', () => {
  const statuses = (r: VerificationReport) => r.checks.map((c) => [c.id, c.status, c.code]);

  it('reports the Commission’s sealed sample at 2024-01-01 as unknown only for want of an anchor and current revocation data', async () => {
    const r = await verifyEuropass(COMMISSION, { validationTime: BEFORE_EXPIRY });
    expect(r).toMatchObject({
      format: 'europass-elm-3',
      securing: 'jades',
      validationTime: '2024-01-01T00:00:00.000Z',
    });
    expect(statuses(r)).toEqual([
      ['format', 'ok', 'format.elm3'],
      ['schema', 'ok', 'schema.ok'],
      ['signature', 'ok', 'signature.valid'],
      ['certificate', 'ok', 'certificate.valid'],
      ['certificate', 'unknown', 'certificate.noTrustAnchor'],
      ['certificate', 'unknown', 'certificate.revocationNotCurrent'],
      ['issuer', 'ok', 'issuer.match'],
      ['validity', 'ok', 'validity.ok'],
      ['status', 'skipped', 'status.none'],
    ]);
    expect(verdictOf(r)).toBe('unknown');
    expect((r.credential as { id?: string }).id).toBe('urn:credential:1018d05f-21d5-4555-b7f0-8fabfd22ca75');
  });

  it('finds the same sample invalid at 2026-11-23 because its seal certificate expired', async () => {
    const r = await verifyEuropass(COMMISSION, { validationTime: LATER, trustAnchors: [ANF_INTERMEDIATE] });
    expect(codeOf(r, 'certificate')).toContain('certificate.expired');
    expect(codeOf(r, 'certificate')).toContain('certificate.chainTrusted');
    expect(verdictOf(r)).toBe('invalid');
  });

  it('reports MyNextID’s status list entries as unreachable offline', async () => {
    const r = await verifyEuropass(MYNEXTID, {
      validationTime: MYNEXTID_CRL_WINDOW,
      trustAnchors: [HALCOM_ROOT],
    });
    expect(checksOf(r, 'status')).toEqual([
      {
        id: 'status',
        status: 'unknown',
        code: 'status.listUnreachable',
        detail: { entries: 2, types: 'StatusList2021Entry', purposes: 'revocation, suspension' },
      },
    ]);
    // Everything that can be checked offline is ok; the status list alone keeps it from "valid".
    expect(r.checks.filter((c) => c.status !== 'ok').map((c) => c.code)).toEqual(['status.listUnreachable']);
    expect(verdictOf(r)).toBe('unknown');
  });

  it('fails an unsigned credential on signature.none, and its schema on the missing `issued`', async () => {
    const r = await verifyEuropass(COMMISSION_UNSIGNED, { validationTime: BEFORE_EXPIRY });
    expect(r).toMatchObject({ format: 'europass-elm-3', securing: 'none' });
    expect(checksOf(r, 'signature')).toEqual([{ id: 'signature', status: 'failed', code: 'signature.none' }]);
    expect(checksOf(r, 'schema')).toMatchObject([{ status: 'failed', detail: { missing: 'issued' } }]);
    expect(codeOf(r, 'certificate')).toEqual(['certificate.none']);
    expect(verdictOf(r)).toBe('invalid');
  });

  it('judges validity dates and a credentialStatus URI on an unsigned credential', async () => {
    const credential = JSON.parse(COMMISSION_UNSIGNED) as Record<string, unknown>;
    const text = JSON.stringify({
      ...credential,
      validUntil: '2023-06-30T00:00:00Z',
      credentialStatus: 'https://example.org/status/1',
    });
    const r = await verifyEuropass(text, { validationTime: BEFORE_EXPIRY });
    expect(checksOf(r, 'validity')).toMatchObject([{ status: 'failed', code: 'validity.expired' }]);
    expect(checksOf(r, 'status')).toMatchObject([
      { status: 'unknown', code: 'status.listUnreachable', detail: { types: 'uri' } },
    ]);
    const early = await verifyEuropass(COMMISSION_UNSIGNED, {
      validationTime: new Date('2020-01-01T00:00:00Z'),
    });
    expect(codeOf(early, 'validity')).toEqual(['validity.notYetValid']);
  });

  interface FormatCase {
    readonly name: string;
    readonly text: () => string;
    readonly code: string;
  }
  it.each<FormatCase>([
    { name: 'text that is not JSON', text: () => 'MIIB not json', code: 'format.notJson' },
    { name: 'JSON that is not a credential', text: () => '{"hello":"world"}', code: 'format.notElm' },
    {
      name: 'an Open Badge shape',
      text: () => JSON.stringify({ type: ['VerifiableCredential', 'OpenBadgeCredential'] }),
      code: 'format.notElm',
    },
    {
      name: 'a file over 2 MB',
      text: () => JSON.stringify({ type: 'EuropeanDigitalCredential', pad: 'x'.repeat(MAX_BYTES) }),
      code: 'format.tooLarge',
    },
    {
      name: 'a seal over a payload that is not JSON',
      text: () => withPayload(COMMISSION, () => 'not json'),
      code: 'format.payloadNotJson',
    },
  ])('fails the format check on $name', async ({ text, code }) => {
    const r = await verifyEuropass(text(), { validationTime: BEFORE_EXPIRY });
    expect(checksOf(r, 'format')).toMatchObject([{ status: 'failed', code }]);
    expect(r.format).toBe('unknown');
    expect(verdictOf(r)).toBe('invalid');
  });
});

describe('verifyEuropass on arbitrary input (property)', () => {
  const at = { validationTime: BEFORE_EXPIRY };
  const realProtected = firstSignature(envelopeOf(MYNEXTID)).protected;
  const realSignature = firstSignature(envelopeOf(MYNEXTID)).signature;
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

  const header = fc.oneof(
    fc.constant(realProtected),
    fc.string(),
    fc.dictionary(fc.string(), fc.jsonValue()).map(b64url),
    fc
      .record({
        alg: fc.constantFrom('RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'HS256', 'none'),
        b64: fc.option(fc.boolean(), { nil: undefined }),
        crit: fc.option(fc.array(fc.constantFrom('b64', 'sigT', 'adoTst', 'x')), { nil: undefined }),
        x5c: fc.option(fc.array(fc.base64String()), { nil: undefined }),
        sigT: fc.option(fc.string(), { nil: undefined }),
      })
      .map(b64url),
  );
  const envelope = fc.record({
    payload: fc.oneof(fc.string(), fc.constant(envelopeOf(MYNEXTID).payload)),
    signatures: fc.array(
      fc.record({
        protected: header,
        header: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
        signature: fc.oneof(fc.constant(realSignature), fc.base64String(), fc.string()),
      }),
      { maxLength: 2 },
    ),
  });

  const neverValid = async (text: string) => {
    const r = await verifyEuropass(text, at);
    expect(verdictOf(r)).not.toBe('valid');
    expect(r.validationTime).toBe(at.validationTime.toISOString());
  };

  it('never throws and never says valid for random strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string(), neverValid), { numRuns: 200 });
  });

  it('never throws and never says valid for random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (v) => neverValid(JSON.stringify(v) ?? 'null')),
      { numRuns: 200 },
    );
  });

  it('never throws and never says valid for random JWS-like envelopes', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, (e) => neverValid(JSON.stringify(e))),
      { numRuns: 150 },
    );
  });
});
