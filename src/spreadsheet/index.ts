/**
 * Spreadsheet uploads before they are read: the limits shared by every reader of CSV and XLSX
 * files (questionnaires, contact lists, register imports). See README.md.
 */
export { MAX_COLUMNS } from './columns.ts';
export type { CsvRow, CsvScanEnd, CsvScanOptions, CsvTable } from './csv.ts';
export { delimiterOf, readCsvTable, scanCsv } from './csv.ts';
export type { LoadedWorkbook } from './load-workbook.ts';
export { loadWorkbook } from './load-workbook.ts';
export { MAX_CELL_SLOTS, MAX_SHEET_ROWS, sheetWithinLimits } from './sheet-size.ts';
export type { WorkbookLimits, WorkbookSizeCheck, WorkbookSizeProblem } from './workbook-size.ts';
export { checkWorkbookSize, MAX_UNPACKED_BYTES, MAX_WORKBOOK_ENTRIES } from './workbook-size.ts';
