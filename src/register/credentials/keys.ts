/**
 * Signing keys of awarding bodies, and signing with them.
 *
 * Each awarding body gets one Ed25519 key, named by a `did:key` (The did:key Method v0.7: the DID is
 * the multibase public key, so verifiers resolve it offline). Credentials are signed with an
 * embedded Data Integrity proof, cryptosuite `eddsa-rdfc-2022` (VC Data Integrity EdDSA
 * Cryptosuites v1.0, §3.3; the suite OB 3.0 conformance accepts, research §3.5), with the proof
 * purpose `assertionMethod`. JSON-LD contexts come from the verifier's offline loader: nothing is
 * fetched, and a property no bundled context defines makes signing fail rather than go unsigned.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import jsigs from 'jsonld-signatures';
import { createOfflineLoader, ed25519FromMultibase, resolveDidKey } from '../verify/index.ts';

/** What the register stores for a key: three strings. `secretKeyMultibase` is the secret; keep it so. */
export interface StoredIssuerKey {
  /** `did:key:z6Mk…`: the issuer id of everything signed with the key. */
  readonly did: string;
  /** Multibase (base58btc) Ed25519 public key with its multicodec prefix, `z6Mk…`. */
  readonly publicKeyMultibase: string;
  /** Multibase Ed25519 secret key with its multicodec prefix, `zrv…`. */
  readonly secretKeyMultibase: string;
}

/** A loaded key, ready to sign. */
export interface IssuerKey {
  readonly did: string;
  /** The verification method a proof names: `did:key:z6Mk…#z6Mk…`. */
  readonly verificationMethod: string;
  readonly publicKeyMultibase: string;
  /** @internal the key pair, for `signCredential`. */
  readonly keyPair: Ed25519Multikey.Ed25519KeyPair;
}

export class IssuerKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssuerKeyError';
  }
}

/** A new Ed25519 key for an awarding body, as the strings to store. */
export async function generateIssuerKey(): Promise<StoredIssuerKey> {
  const keyPair = await Ed25519Multikey.generate();
  const exported = await keyPair.export({ publicKey: true, secretKey: true, includeContext: false });
  const { publicKeyMultibase, secretKeyMultibase } = exported;
  if (publicKeyMultibase === undefined || secretKeyMultibase === undefined) {
    throw new IssuerKeyError('the key pair did not export both keys');
  }
  return { did: `did:key:${publicKeyMultibase}`, publicKeyMultibase, secretKeyMultibase };
}

const PROBE = new TextEncoder().encode('credmap issuer key check');

/**
 * Loads a stored key (the object, or its JSON text). Refuses one whose DID is not its public key,
 * or whose secret key does not sign for its public key.
 */
export async function loadIssuerKey(stored: StoredIssuerKey | string): Promise<IssuerKey> {
  const value: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  if (typeof value !== 'object' || value === null) throw new IssuerKeyError('not a stored key');
  const { did, publicKeyMultibase, secretKeyMultibase } = value as Record<string, unknown>;
  if (
    typeof did !== 'string' ||
    typeof publicKeyMultibase !== 'string' ||
    typeof secretKeyMultibase !== 'string'
  ) {
    throw new IssuerKeyError('a stored key has did, publicKeyMultibase and secretKeyMultibase');
  }
  if (ed25519FromMultibase(publicKeyMultibase) === undefined) {
    throw new IssuerKeyError('publicKeyMultibase is not an Ed25519 multikey');
  }
  const method = resolveDidKey(did);
  if (method === undefined || method.publicKeyMultibase !== publicKeyMultibase) {
    throw new IssuerKeyError('did is not the did:key of publicKeyMultibase');
  }
  let keyPair: Ed25519Multikey.Ed25519KeyPair;
  try {
    keyPair = await Ed25519Multikey.from({
      type: 'Multikey',
      id: method.id,
      controller: did,
      publicKeyMultibase,
      secretKeyMultibase,
    });
  } catch {
    throw new IssuerKeyError('secretKeyMultibase is not an Ed25519 secret key');
  }
  // The secret and public halves are stored apart from each other's checks: prove they belong together.
  let matches = false;
  try {
    const signature = await keyPair.signer().sign({ data: PROBE });
    matches = await keyPair.verifier().verify({ data: PROBE, signature });
  } catch {
    matches = false;
  }
  if (!matches) throw new IssuerKeyError('the secret key does not match the public key');
  return { did, verificationMethod: method.id, publicKeyMultibase, keyPair };
}

/**
 * Adds a Data Integrity proof (`eddsa-rdfc-2022`, `assertionMethod`) to a credential. The
 * credential's issuer must be the key's DID, so that a verifier links key and issuer.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: IssuerKey,
): Promise<Record<string, unknown>> {
  const issuer = credential.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id;
  if (issuerId !== key.did) throw new IssuerKeyError('the credential issuer is not the key DID');
  const suite = new DataIntegrityProof({ signer: key.keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  return jsigs.sign(credential, {
    suite,
    purpose: new jsigs.purposes.ProofPurpose({ term: 'assertionMethod' }),
    documentLoader: createOfflineLoader().documentLoader,
  });
}
