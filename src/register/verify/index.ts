/**
 * Checking digital credentials offline: Open Badges 3.0 (`verifyOpenBadge`) and Europass ELM v3
 * (`verifyEuropass`), the report both return, and the offline pieces other register folders build
 * on: the JSON-LD document loader with its bundled contexts, did:key resolution, the Bitstring
 * Status List reader and the bundled OB 3.0 JSON Schema.
 */
import achievementCredentialSchema from './schemas/ob_v3p0_achievementcredential_schema.json' with {
  type: 'json',
};

export { ed25519FromMultibase, ed25519ToMultibase, resolveDidKey } from './did-key.ts';
export {
  bundledContextUrls,
  createOfflineLoader,
  KeyUnavailableError,
  NotBundledError,
} from './documents.ts';
export { MAX_BYTES as europassMaxBytes, verifyEuropass } from './europass/index.ts';
export { MAX_INPUT_BYTES, type VerifyOpenBadgeOptions, verifyOpenBadge } from './open-badges.ts';
export type { Check, CheckId, CheckStatus, VerificationReport } from './report.ts';
export { verdictOf } from './report.ts';
export {
  decodeEncodedList,
  MIN_LIST_BITS,
  parseStatusIndex,
  readStatus,
  StatusListError,
} from './status-list.ts';

/** The 1EdTech OB 3.0 AchievementCredential JSON Schema (draft 2019-09), as bundled (schemas/README.md). */
export const openBadgeCredentialSchema: Record<string, unknown> = achievementCredentialSchema;
