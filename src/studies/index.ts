/** Study files on disk (questionnaires/<study>/): read, checked and installed in the store. */
export type { FileProblem, StudyFiles } from './load-studies.ts';
export { definitionHash, installStudies, readStudies, StudyFilesError } from './load-studies.ts';
