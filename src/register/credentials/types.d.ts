/**
 * What the issuing code uses of untyped JavaScript packages, beyond what ../verify/types.d.ts
 * declares (these declarations merge with those).
 */

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519KeyPair {
    readonly secretKeyMultibase?: string;
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{
      id?: string;
      controller?: string;
      publicKeyMultibase?: string;
      secretKeyMultibase?: string;
    }>;
    verifier(): {
      readonly id: string;
      readonly algorithm: string;
      verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
    };
  }
  /** Imports a Multikey (with its secret key when `secretKeyMultibase` is given). */
  export function from(key: {
    type: 'Multikey';
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }): Promise<Ed25519KeyPair>;
}

/** Used by the tests only, to expand JSON-LD offline. */
declare module 'jsonld' {
  const jsonld: {
    expand(
      input: unknown,
      options: { documentLoader: (url: string) => Promise<JsonLdRemoteDocument>; safe?: boolean },
    ): Promise<unknown[]>;
  };
  export default jsonld;
}
