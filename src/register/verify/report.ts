/**
 * What checking a digital credential found, as codes (the pages word them in the reader's
 * language). A check that could not be made offline is `unknown`, never `ok`: a credential whose
 * key or status list is out of reach has not been shown to be valid.
 */
export type CheckStatus = 'ok' | 'failed' | 'unknown' | 'skipped';

export type CheckId =
  /** The input could be read as a credential of a known format. */
  | 'format'
  /** The credential matches its JSON Schema (Open Badges 3.0) or required structure (ELM). */
  | 'schema'
  /** The proof or signature verifies against the key it names. */
  | 'signature'
  /** The key or certificate belongs to the issuer the credential names, as far as can be told offline. */
  | 'issuer'
  /** The certificate chain, at the validation time, as far as it can be checked offline. */
  | 'certificate'
  /** validFrom / validUntil (or issuance and expiry) against the validation time. */
  | 'validity'
  /** Revocation or suspension status. */
  | 'status';

export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** Why, as a code such as `signature.badProof` or `status.listUnreachable`. */
  readonly code: string;
  /** Values the message may show (dates, key ids, indexes); never personal data of the holder. */
  readonly detail?: Readonly<Record<string, string | number>>;
}

export interface VerificationReport {
  readonly format: 'open-badges-3' | 'europass-elm-3' | 'unknown';
  /** How the proof is carried: a Data Integrity proof, a VC-JWT, a JAdES seal, or none. */
  readonly securing: 'data-integrity' | 'vc-jwt' | 'jades' | 'none';
  readonly checks: readonly Check[];
  /** The credential as a JSON object, once it could be read (the payload, for JWT and JAdES). */
  readonly credential?: unknown;
  /** The moment validity and certificates were judged at. */
  readonly validationTime: string;
}

/** The verdict: valid only when every check is ok or skipped; unknown when none failed but some could not be made. */
export function verdictOf(report: VerificationReport): 'valid' | 'invalid' | 'unknown' {
  if (report.checks.some((c) => c.status === 'failed')) return 'invalid';
  if (report.checks.some((c) => c.status === 'unknown')) return 'unknown';
  return 'valid';
}
