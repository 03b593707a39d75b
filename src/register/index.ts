/**
 * The register's public face for other folders: the microcredential model (Annex I elements,
 * providers, completeness, mapping from credentials), and checking a digital credential offline
 * (Open Badges 3.0 and Europass ELM v3) with the report both verifiers return.
 */

export {
  type IssuerKey,
  type JsonObject,
  type Learner,
  toElmLearningAchievementSpecification,
  toOpenBadgeAchievement,
} from './credentials/index.ts';
export * from './entries/index.ts';
export * from './import/index.ts';
export * from './model/index.ts';
export { MAX_BYTES as europassMaxBytes, verifyEuropass } from './verify/europass/index.ts';
export { MAX_INPUT_BYTES as openBadgeMaxBytes, verifyOpenBadge } from './verify/open-badges.ts';
export type { Check, CheckId, CheckStatus, VerificationReport } from './verify/report.ts';
export { verdictOf } from './verify/report.ts';
