/**
 * Spreadsheet uploads before they are read: the limits shared by every reader of CSV and XLSX
 * files (questionnaires, contact lists, register imports), and the one CSV reader. See README.md.
 */
export type { CellText } from './cell-text.ts';
export { cellText } from './cell-text.ts';
export { MAX_COLUMNS } from './columns.ts';
export type { CsvDelimiter, CsvTable } from './csv.ts';
export { readCsvTable, scanCsv } from './csv.ts';
export type { LoadedWorkbook } from './load-workbook.ts';
export { firstVisibleSheet, loadWorkbook } from './load-workbook.ts';
export { MAX_CELL_SLOTS, sheetWithinLimits } from './sheet-size.ts';
export { uploadedText } from './text.ts';
export { MAX_UNPACKED_BYTES } from './workbook-size.ts';
