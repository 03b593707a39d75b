import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonLdFormProblem } from './json-ld-form.ts';

/** The credential vectors beside the repository (`../shared/vectors`), read and never copied. */
const OB = join(
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url)),
  'ob3-1edtech-validator',
);
const vector = (name: string) => JSON.parse(readFileSync(join(OB, name), 'utf8')) as Record<string, unknown>;

describe('jsonLdFormProblem', () => {
  it.each(['simple.json', 'complete.json', 'simple-eddsa-2022.json', 'credential-status-revoked.json'])(
    'finds the 1EdTech vector %s in plain form',
    (name) => {
      expect(jsonLdFormProblem(vector(name))).toBeUndefined();
    },
  );

  const base = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:c',
    type: ['VerifiableCredential'],
  };

  interface Case {
    readonly name: string;
    readonly credential: Record<string, unknown>;
    readonly at: string;
  }
  it.each<Case>([
    {
      name: 'an inline context',
      credential: { ...base, '@context': [...base['@context'], { x: '@nest' }] },
      at: '/@context',
    },
    {
      name: 'a nested inline context',
      credential: { ...base, issuer: { '@context': { n: 'https://schema.org/name' } } },
      at: '/issuer/@context',
    },
    {
      name: 'a member nested with @nest',
      credential: { ...base, '@nest': { validUntil: '2020-01-01T00:00:00Z' } },
      at: '/@nest',
    },
    {
      name: '@included',
      credential: { ...base, '@included': [{ id: 'urn:c', validUntil: 'x' }] },
      at: '/@included',
    },
    {
      name: '@type for type',
      credential: { ...base, evidence: [{ '@type': 'Evidence' }] },
      at: '/evidence/0/@type',
    },
    {
      name: 'a full IRI as a member',
      credential: { ...base, 'https://www.w3.org/2018/credentials#validUntil': 'x' },
      at: '/https:~1~1www.w3.org~12018~1credentials#validUntil',
    },
    {
      name: 'a compact IRI as a member',
      credential: { ...base, 'cred:credentialStatus': {} },
      at: '/cred:credentialStatus',
    },
    {
      name: 'a blank node label',
      credential: { ...base, credentialSubject: { id: '_:b0' } },
      at: '/credentialSubject/id',
    },
    {
      name: 'the credential’s statements on a node inside it',
      credential: { ...base, refreshService: { id: 'urn:c', type: 'X', validUntil: 'y' } },
      at: '/refreshService/validUntil',
    },
  ])('points at $name', ({ credential, at }) => {
    expect(jsonLdFormProblem(credential)).toBe(at);
  });

  it('lets a node inside name the credential with its type only, as complete.json does', () => {
    expect(jsonLdFormProblem({ ...base, refreshService: { id: 'urn:c', type: 'X' } })).toBeUndefined();
  });
});
