/**
 * Issuing for the register: a register entry as an Open Badges 3.0 Achievement and as an ELM v3
 * LearningAchievementSpecification, awarding bodies' did:key signing keys, signed OB 3.0
 * credentials and Bitstring Status Lists. Pure: no database, no HTTP. See README.md.
 */
export {
  EDC_CONTEXT,
  type ElmSpecificationOptions,
  hoursAsDuration,
  toElmLearningAchievementSpecification,
} from './elm.ts';
export type { JsonObject } from './json.ts';
export {
  generateIssuerKey,
  type IssuerKey,
  IssuerKeyError,
  loadIssuerKey,
  type StoredIssuerKey,
  signCredential,
} from './keys.ts';
export {
  achievementLanguage,
  IssueError,
  type IssueOpenBadgeInput,
  identityHash,
  issueOpenBadge,
  type Learner,
  normaliseEmail,
  normaliseName,
  OB_CONTEXT,
  type OpenBadgeAchievementOptions,
  toOpenBadgeAchievement,
} from './open-badges.ts';
export {
  decodeStatusList,
  encodeStatusList,
  getStatus,
  issueStatusListCredential,
  newStatusList,
  type StatusList,
  type StatusListCredentialInput,
  StatusListRangeError,
  setStatus,
} from './status-list.ts';
