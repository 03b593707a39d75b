/** Study files on disk (questionnaires/<study>/): read, checked and installed in the store. */

export type { CodebookEntry } from './codebook.ts';
export { codebook, codebookText, harmonisationConflicts } from './codebook.ts';
export type { FileProblem, StudyFiles } from './load-studies.ts';
export { definitionHash, installStudies, readStudies, StudyFilesError } from './load-studies.ts';
export type { Purged } from './retention.ts';
export { purgeExpired } from './retention.ts';
