/**
 * Results: tallies computed by the database, shaped into tables, and disclosure control so that no
 * number below the threshold ever leaves this layer.
 */
export type { QuestionResult, ResultOptions, ResultRow, ShownCell, ShownSummary } from './question-result.ts';
export { questionResult, tabulable, totalColumn } from './question-result.ts';
export type { ReleaseContent, ReleaseGrouping, ReleaseTable } from './release.ts';
export { buildRelease, tableParts } from './release.ts';
export * from './sdc/index.ts';
export type {
  MarginIssue,
  Margins,
  WeightedEstimate,
  WeightedMeanEstimate,
  WeightingProblem,
} from './weighting.ts';
export { computeWeights, readMargins, weightedEstimate, weightedMeanEstimate } from './weighting.ts';
export type { WeightedProportion } from './weights.ts';
export {
  kornGraubardInterval,
  logitInterval,
  poststratify,
  rake,
  weightedProportion,
  wilsonInterval,
} from './weights.ts';
