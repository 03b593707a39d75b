/** Programs from Debian a suite reads its files back with: the export tests' own check. */
export { requirePrograms } from '../../src/exports/test-support.ts';
