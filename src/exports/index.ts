/** Research exports: packages of data, codebook and provenance, streamed from the store. */
export type { ExportColumn } from './columns.ts';
export { exportColumns, missingNumbers } from './columns.ts';
export type { ExportSummary } from './csv-package.ts';
export { csvField, writeCsvPackage } from './csv-package.ts';
export { writeSavFile } from './sav-file.ts';
