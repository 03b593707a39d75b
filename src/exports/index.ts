/** Research exports: packages of data, codebook and provenance, streamed from the store. */
export type { ExportColumn } from './columns.ts';
export { exportColumns, missingNumbers } from './columns.ts';
export { csvField, writeCodebookCsv, writeCsvFile } from './csv-file.ts';
export type { Dataset, Value } from './dataset.ts';
export { exportDatasets } from './dataset.ts';
export { ddiCodebook } from './ddi-codebook.ts';
export { writeDtaFile } from './dta-file.ts';
export type { DataFormat, ExportProgress, ExportSummary } from './package.ts';
export { dataFormats, writeExportPackage } from './package.ts';
export { rScript } from './r-script.ts';
export { writeSavFile } from './sav-file.ts';
export { writeXlsxFile } from './xlsx-file.ts';
