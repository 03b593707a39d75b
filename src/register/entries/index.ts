/**
 * Register entries: their life from candidate to published copy, the public search and its
 * shareable URLs, likely duplicates, and candidates from the study's repeat group. See README.md.
 */
export type { Candidate } from './candidates.ts';
export { CONSENT, candidateFrom, candidateQuestions } from './candidates.ts';
export type { Likeness } from './duplicates.ts';
export { isLikelyDuplicate, likelyDuplicates, likeness, similarity } from './duplicates.ts';
export type { PublicEntry, PublicProvider, PublishProblem, SearchResult } from './entries.service.ts';
export {
  createEntry,
  harvestCandidates,
  merge,
  newEntryId,
  publicEntry,
  publicProvider,
  publish,
  publishedOf,
  publishProblems,
  RegisterError,
  recordOf,
  reject,
  saveProvider,
  saveWorkingCopy,
  search,
  waitingTwin,
  withdraw,
  withProvider,
} from './entries.service.ts';
export type { WorkloadBand } from './facets.ts';
export { facetsOf, HOURS_PER_ECTS, searchWords, workloadBand, workloadBands } from './facets.ts';
export {
  IssuingError,
  issueCredential,
  issuingGaps,
  ownStatusLists,
  revokeCredential,
  STATUS_LIST_BITS,
  statusListCredential,
  statusListUrl,
} from './issuing.service.ts';
export type { EntryJson } from './json.ts';
export { entryJson, publicRecord } from './json.ts';
export type { RegisterFacet, RegisterSort, SearchRequest } from './search-query.ts';
export {
  facetCodes,
  PAGE_SIZE,
  parseSearch,
  registerFacets,
  registerSorts,
  searchParams,
} from './search-query.ts';
