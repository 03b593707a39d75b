import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import type { JsonObject } from '../../src/register/credentials/index.ts';
import { generateIssuerKey, loadIssuerKey, signCredential } from '../../src/register/credentials/index.ts';
import {
  createEntry,
  exampleMicrocredential,
  issueCredential,
  publish,
  revokeCredential,
  saveProvider,
} from '../../src/register/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { vector } from '../support/vectors.ts';

/**
 * Hostile input on the "check a credential" page, through the whole app: what a visitor can paste
 * or upload must come back as a result page or a form with its problem worded, never a 500 or a
 * hang, and never "valid" for something that was not shown to be.
 */

const read = (...path: string[]) => readFileSync(vector(...path), 'utf8');
const simple = read('ob3-1edtech-validator', 'simple.json');
const europass = read('edc-elm3', 'mc-annex1-signed.jsonld');
const en = translator('en');

type Upload = { bytes: Uint8Array<ArrayBuffer> | string; name: string };

interface Result {
  readonly status: number;
  readonly html: string;
  readonly checks: string[];
  readonly verdict: string | undefined;
  readonly ms: number;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nested = (key: string, depth: number, leaf: string) =>
  `${`{"${key}":`.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

describe('hostile credentials on the check page', () => {
  let t: TestApp;
  let fetched: string[];
  let server: Server;
  let port: number;

  beforeAll(async () => {
    t = await testApp('pglite');
    // A service on loopback that would answer any fetch: nothing the page does may reach it.
    fetched = [];
    server = createServer((req, res) => {
      fetched.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/ld+json' });
      res.end('{"@context":{"name":"https://example.org/evil"}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  /**
   * Opens the form and sends it as a browser does. The page allows a client 30 checks in ten
   * minutes; the clock moves past that window before each one.
   */
  const check = async (credential: string | Upload, date = '2026-11-23'): Promise<Result> => {
    t.clock.now = new Date(t.clock.now.getTime() + 11 * 60 * 1000);
    const b = new Browser(t.app);
    expect((await b.get('/en/verify')).status).toBe(200);
    const form = new FormData();
    form.append('_csrf', b.csrf());
    if (typeof credential === 'string') form.append('credential', credential);
    else form.append('file', new Blob([credential.bytes]), credential.name);
    form.append('date', date);
    const started = Date.now();
    const res = await t.app.request('http://127.0.0.1:3000/en/verify', {
      method: 'POST',
      body: form,
      headers: { cookie: `cm_csrf=${b.cookie('cm_csrf') ?? ''}` },
    });
    const html = (await res.text()).replaceAll('<wbr/>', '');
    const checks = [...html.matchAll(/data-check="([^"]+)" data-status="([^"]+)" data-code="([^"]+)"/g)].map(
      (m) => `${m[1]}:${m[2]}:${m[3]}`,
    );
    const verdict = /data-verdict="([a-z]+)"/.exec(html)?.[1];
    return { status: res.status, html, checks, verdict, ms: Date.now() - started };
  };

  const credential = JSON.parse(simple) as JsonObject & { proof: JsonObject[] };
  const [proof] = credential.proof;

  it('fetches nothing a credential names: contexts, keys, status lists, JWT key URLs', async () => {
    const here = `http://127.0.0.1:${port}`;
    const inputs = [
      { ...credential, '@context': [...(credential['@context'] as string[]), `${here}/context.jsonld`] },
      {
        ...credential,
        '@context': [...(credential['@context'] as string[]), { '@import': `${here}/import` }],
      },
      { ...credential, proof: { ...proof, verificationMethod: `${here}/key#1` } },
      { ...credential, proof: { ...proof, verificationMethod: `did:web:127.0.0.1%3A${port}#key` } },
      {
        ...credential,
        credentialStatus: {
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: '7',
          statusListCredential: `${here}/status`,
        },
      },
    ].map((c) => JSON.stringify(c));
    inputs.push(`${b64url({ alg: 'EdDSA', kid: `${here}/kid` })}.${b64url(credential)}.AAAA`);
    inputs.push(`${b64url({ alg: 'EdDSA', jku: `${here}/jwks` })}.${b64url(credential)}.AAAA`);
    for (const input of inputs) {
      const reply = await check(input);
      expect(reply.status).toBe(200);
      expect(reply.verdict).not.toBe('valid');
    }
    expect(fetched).toEqual([]);
  });

  it('never reads XML: entity expansion, external entities and DOCTYPEs are not a credential', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`,
    ).join('')}]><europassCredential>&bbbbbbbbb;</europassCredential>`;
    const external = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:${port}/xxe">]><x>&e;</x>`;
    for (const xml of [laughs, external]) {
      const reply = await check({ bytes: xml, name: 'europass.xml' });
      expect(reply.status).toBe(200);
      expect(reply.checks[0]).toBe('format:failed:format.unrecognised');
      expect(reply.html).toContain(en('verify.code.format.unreadable'));
      expect(reply.ms).toBeLessThan(2000);
    }
    expect(fetched).toEqual([]);
  });

  it.each([
    ['an Open Badge', (depth: number) => simple.replace('"Teamwork"', nested('narrative', depth, '"x"'))],
    [
      'a Europass credential',
      (depth: number) =>
        `{"type":"EuropeanDigitalCredential","credentialSubject":${nested('hasClaim', depth, '1')}}`,
    ],
    [
      'a JWT payload',
      (depth: number) =>
        `${b64url({ alg: 'none' })}.${Buffer.from(nested('vc', depth, '1')).toString('base64url')}.AAAA`,
    ],
  ])(
    'refuses %s nested thousands of levels deep as too large, before any library walks it',
    async (_, deep) => {
      const reply = await check(deep(5000));
      expect(reply.status).toBe(200);
      expect(reply.checks[0]).toBe('format:failed:format.tooLarge');
      expect(reply.verdict).toBe('invalid');
      expect(reply.html).toContain(en('verify.code.format.tooLarge'));
      // What a credential needs is still read: the same shape 20 levels deep is a credential.
      expect((await check(deep(20))).checks[0]).not.toBe('format:failed:format.tooLarge');
    },
  );

  it('finds a JWT whose nbf or exp is past the end of time not valid, rather than failing to check it', async () => {
    for (const claims of [{ nbf: 1e300 }, { exp: -1e300 }, { nbf: Number.MAX_VALUE }]) {
      const reply = await check(`${b64url({ alg: 'none' })}.${b64url({ ...credential, ...claims })}.AAAA`);
      expect(reply.checks).toContain('validity:failed:validity.badDate');
    }
  });

  it('finds an impossible calendar date (30 February) not a date, in an Open Badge and in Europass', async () => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const { proof: _, ...unsigned } = credential;
    const signed = await signCredential(
      {
        ...unsigned,
        issuer: { ...(unsigned.issuer as JsonObject), id: key.did },
        validUntil: '2030-02-30T00:00:00Z',
      },
      key,
    );
    const badge = await check(JSON.stringify(signed));
    expect(badge.checks).toContain('signature:ok:signature.verified');
    expect(badge.checks).toContain('validity:failed:validity.badDate');
    expect(badge.verdict).toBe('invalid');

    const elm = JSON.parse(JSON.parse(europass).payload) as JsonObject;
    for (const date of ['2030-02-30T00:00:00Z', '2031-02-29T00:00:00+01:00', '2030-04-31T10:00:00Z']) {
      const reply = await check(JSON.stringify({ ...elm, validUntil: date }));
      expect(reply.checks).toContain('validity:failed:validity.badDate');
      expect(reply.html).toContain(en('verify.code.validity.badDate'));
    }
    // A real leap day stays a date.
    const leap = await check(JSON.stringify({ ...elm, validUntil: '2028-02-29T00:00:00Z' }));
    expect(leap.checks).toContain('validity:ok:validity.ok');
  });

  /**
   * A Data Integrity proof covers the credential's meaning (its RDF), not its JSON: JSON-LD can say
   * the same in another shape. The dates, the status and the facts are read from the JSON, so a
   * credential in any other shape than the plain one is not read as if it were.
   */
  it.each([
    ['in a property the context declares @nest', { '@context': [{ wrap: '@nest' }], move: 'wrap' }],
    ['under its full IRI', { move: 'https://www.w3.org/2018/credentials#validUntil' }],
  ] as const)('finds an expired credential whose validUntil was moved %s not valid', async (_, how) => {
    const key = await loadIssuerKey(await generateIssuerKey());
    const { proof: _p, ...unsigned } = credential;
    const signed = await signCredential(
      {
        ...unsigned,
        issuer: { ...(unsigned.issuer as JsonObject), id: key.did },
        validUntil: '2020-01-01T00:00:00Z',
      },
      key,
    );
    const expired = await check(JSON.stringify(signed));
    expect(expired.checks).toContain('validity:failed:validity.expired');
    const { validUntil, ...rest } = signed;
    const moved =
      how.move === 'wrap'
        ? { ...rest, wrap: { validUntil } }
        : {
            ...rest,
            [how.move]: { '@value': validUntil, '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
          };
    const reshaped = {
      ...moved,
      '@context': [...(signed['@context'] as string[]), ...('@context' in how ? how['@context'] : [])],
    };
    const reply = await check(JSON.stringify(reshaped));
    // The proof still holds: the meaning is the same.
    expect(reply.checks).toContain('signature:ok:signature.verified');
    expect(reply.checks).toContain('schema:failed:schema.invalid');
    expect(reply.verdict).toBe('invalid');
    expect(reply.html).toContain(en('verify.code.schema.failed'));
  });

  /**
   * A certificate that names the Europass seal's issuing CA as its subject, with a key of its own:
   * it can be put in the seal's unsigned header by anyone who holds the file.
   */
  const impostors = async (count: number): Promise<string[]> => {
    const envelope = JSON.parse(europass) as { signatures: { protected: string }[] };
    const header = JSON.parse(Buffer.from(envelope.signatures[0]!.protected, 'base64url').toString('utf8'));
    const leaf = pkijs.Certificate.fromBER(Buffer.from(header.x5c[0] as string, 'base64'));
    const keys = (await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const cert = new pkijs.Certificate();
      cert.version = 2;
      cert.issuer = leaf.issuer;
      cert.subject = leaf.issuer;
      // Each a different certificate: a day apart.
      cert.notBefore.value = new Date(Date.UTC(2020, 0, 1 + i));
      cert.notAfter.value = new Date(Date.UTC(2035, 0, 1));
      await cert.subjectPublicKeyInfo.importKey(keys.publicKey);
      await cert.sign(keys.privateKey, 'SHA-256');
      out.push(Buffer.from(cert.toSchema(true).toBER(false)).toString('base64'));
    }
    return out;
  };

  /** The Europass sample with certificates added, first, to the validation data of its unsigned header. */
  const padded = (certificates: readonly string[]) => {
    const envelope = JSON.parse(europass) as { signatures: { header: { etsiU: unknown[] } }[] };
    const signature = envelope.signatures[0]!;
    signature.header.etsiU = [
      { xVals: certificates.map((val) => ({ x509Cert: { val } })) },
      ...signature.header.etsiU,
    ];
    return JSON.stringify(envelope);
  };

  it('reads each certificate of a seal once, however often its unsigned header repeats it', async () => {
    const plain = await check({ bytes: europass, name: 'mc.jsonld' }, '2024-01-01');
    const [impostor] = await impostors(1);
    const repeated = padded(Array.from({ length: 1000 }, () => impostor!));
    expect(repeated.length).toBeGreaterThan(1_500_000);
    const reply = await check({ bytes: repeated, name: 'mc.jsonld' }, '2024-01-01');
    expect(reply.status).toBe(200);
    // The seal itself is untouched: the same findings as the file as issued.
    expect(reply.checks).toEqual(plain.checks);
    expect(reply.ms).toBeLessThan(Math.max(1500, 5 * plain.ms));
  });

  it('reads a bounded number of certificates from a seal, and then says the chain is unknown, not broken', async () => {
    const many = await impostors(40);
    const reply = await check({ bytes: padded(many), name: 'mc.jsonld' }, '2024-01-01');
    expect(reply.status).toBe(200);
    expect(reply.checks).toContain('signature:ok:signature.valid');
    expect(reply.checks).toContain('certificate:unknown:certificate.noTrustAnchor');
    expect(reply.checks.filter((c) => c.startsWith('certificate:failed'))).toEqual([]);
    expect(reply.html).toMatch(/ignoredCertificates[^0-9]+[1-9]/);
  });
});

describe('a credential of the register, pasted with a byte-order mark', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
    await saveProvider(
      t.store.db,
      {
        id: 'prov-de-0042',
        name: { de: 'Berufsschule Beispielstadt' },
        country: 'DE',
        type: 'public_vet',
        accreditation: { status: 'accredited' },
      },
      t.clock.now,
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds a revoked credential not valid when its status entry is moved where the JSON is not read', async () => {
    const { id: _, ...record } = exampleMicrocredential;
    const now = t.clock.now;
    const { id: entryId } = await createEntry(t.store.db, {
      record: { ...record, title: { en: 'Revoked, then reshaped' } },
      origin: 'provider',
      providerId: 'prov-de-0042',
      now,
    });
    await publish(t.store.db, entryId, now);
    const issued = await issueCredential(t.store.db, {
      entryId,
      providerId: 'prov-de-0042',
      learner: { name: 'Learner Two', email: 'learner2@example.org' },
      issuedBy: 'test',
      publicUrl: 'http://127.0.0.1:3000',
      language: 'en',
      now,
    });
    await revokeCredential(t.store.db, issued.id, 'prov-de-0042', now);
    const b = new Browser(t.app);
    await b.get('/en/verify');
    const revoked = await b.post('/en/verify', { credential: JSON.stringify(issued.credential), date: '' });
    expect(revoked.html).toContain('data-code="status.revoked"');
    const { credentialStatus, ...rest } = issued.credential;
    const reshaped = {
      ...rest,
      '@context': [...(rest['@context'] as string[]), { hidden: '@nest' }],
      hidden: { credentialStatus },
    };
    const reply = await b.post('/en/verify', { credential: JSON.stringify(reshaped), date: '' });
    expect(reply.status).toBe(200);
    expect(reply.html).toContain('data-check="signature" data-status="ok"');
    expect(reply.html).toContain('data-verdict="invalid"');
  });

  it('still has its status read from the register’s own list', async () => {
    const { id: _, ...record } = exampleMicrocredential;
    const now = t.clock.now;
    const { id: entryId } = await createEntry(t.store.db, {
      record,
      origin: 'provider',
      providerId: 'prov-de-0042',
      now,
    });
    await publish(t.store.db, entryId, now);
    const { credential } = await issueCredential(t.store.db, {
      entryId,
      providerId: 'prov-de-0042',
      learner: { name: 'Learner One', email: 'learner@example.org' },
      issuedBy: 'test',
      publicUrl: 'http://127.0.0.1:3000',
      language: 'en',
      now,
    });
    const b = new Browser(t.app);
    await b.get('/en/verify');
    const reply = await b.post('/en/verify', {
      credential: `\ufeff${JSON.stringify(credential)}`,
      date: '',
    });
    expect(reply.status).toBe(200);
    expect(reply.html).toContain('data-check="status" data-status="ok" data-code="status.current"');
    expect(reply.html).toContain('data-verdict="valid"');
  });
});
