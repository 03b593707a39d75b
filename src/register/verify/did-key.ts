/**
 * Ed25519 public keys written as multibase strings, and `did:key` identifiers built from them.
 *
 * A `did:key` DID is its own DID document: the public key is the method-specific identifier
 * (The did:key Method v0.7, "Document Creation Algorithm"), so resolving one needs no network.
 * The same `z6Mk…` string is the `publicKeyMultibase` of a Multikey (Controlled Identifiers v1.0,
 * "Multikey"; VC Data Integrity EdDSA Cryptosuites v1.0, "Multikey"): multibase base58btc (`z`) of the multicodec `ed25519-pub` (0xed 0x01)
 * followed by the 32 key bytes.
 */

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const ED25519_PUB_PREFIX = [0xed, 0x01] as const;
const ED25519_KEY_LENGTH = 32;
/** A multibase Ed25519 key is 48 base58 characters after `z`; refuse anything far longer before decoding. */
const MAX_MULTIBASE_LENGTH = 128;

/** Decodes base58btc (Bitcoin alphabet); undefined when a character is outside the alphabet. */
export function base58Decode(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = BASE58_ALPHABET.indexOf(char);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  // Each leading '1' stands for one leading zero byte.
  for (const char of text) {
    if (char !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

export function base58Encode(data: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of data) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let out = '';
  for (const byte of data) {
    if (byte !== 0) break;
    out += '1';
  }
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58_ALPHABET[digits[i]!];
  return out;
}

/** The raw 32-byte Ed25519 key in a `z6Mk…` multibase string, or undefined when it is not one. */
export function ed25519FromMultibase(multibase: string): Uint8Array | undefined {
  if (!multibase.startsWith('z') || multibase.length > MAX_MULTIBASE_LENGTH) return undefined;
  const bytes = base58Decode(multibase.slice(1));
  if (bytes?.length !== ED25519_PUB_PREFIX.length + ED25519_KEY_LENGTH) return undefined;
  if (bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) return undefined;
  return bytes.slice(ED25519_PUB_PREFIX.length);
}

export function ed25519ToMultibase(publicKey: Uint8Array): string {
  const bytes = new Uint8Array(ED25519_PUB_PREFIX.length + publicKey.length);
  bytes.set(ED25519_PUB_PREFIX, 0);
  bytes.set(publicKey, ED25519_PUB_PREFIX.length);
  return `z${base58Encode(bytes)}`;
}

/** A Multikey verification method, the shape the Data Integrity cryptosuites take. */
export interface Multikey {
  readonly '@context': 'https://w3id.org/security/multikey/v1';
  readonly id: string;
  readonly type: 'Multikey';
  readonly controller: string;
  readonly publicKeyMultibase: string;
}

export function multikey(id: string, controller: string, publicKeyMultibase: string): Multikey {
  return {
    '@context': 'https://w3id.org/security/multikey/v1',
    id,
    type: 'Multikey',
    controller,
    publicKeyMultibase,
  };
}

/**
 * Resolves a `did:key` DID URL (`did:key:z6Mk…` or `did:key:z6Mk…#z6Mk…`) to its Ed25519 verification
 * method. The fragment, when given, must repeat the key (did:key "Signature Method Creation
 * Algorithm": the verification method id is the DID, `#`, and the multibase value). Undefined for other key types.
 */
export function resolveDidKey(didUrl: string): Multikey | undefined {
  if (!didUrl.startsWith('did:key:')) return undefined;
  const hash = didUrl.indexOf('#');
  const did = hash < 0 ? didUrl : didUrl.slice(0, hash);
  const value = did.slice('did:key:'.length);
  if (hash >= 0 && didUrl.slice(hash + 1) !== value) return undefined;
  if (ed25519FromMultibase(value) === undefined) return undefined;
  return multikey(`${did}#${value}`, did, value);
}

/** The public JWK (RFC 8037 §2) of an Ed25519 multibase key, for VC-JWT with `alg` EdDSA. */
export function ed25519MultibaseToJwk(
  multibase: string,
): { kty: 'OKP'; crv: 'Ed25519'; x: string } | undefined {
  const key = ed25519FromMultibase(multibase);
  if (key === undefined) return undefined;
  return { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') };
}

/** The multibase form of a public Ed25519 JWK, so that a caller-supplied JWK can serve a Data Integrity proof. */
export function ed25519JwkToMultibase(jwk: unknown): string | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined;
  const { kty, crv, x } = jwk as Record<string, unknown>;
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string') return undefined;
  const key = Buffer.from(x, 'base64url');
  if (key.length !== ED25519_KEY_LENGTH) return undefined;
  return ed25519ToMultibase(key);
}
