/**
 * Bulk import into the register: microcredentials from a spreadsheet (CSV or XLSX, one per row) or
 * from JSON (Europass ELM v3, Open Badges 3.0), all or nothing, with every problem by row and its
 * message in the interface languages; and the empty templates providers fill in. Pure: no I/O.
 * See README.md.
 */
export type { ImportColumn } from './columns.ts';
export { importCodeLists, importColumns } from './columns.ts';
export type {
  ImportedRecord,
  ImportFormat,
  ImportOptions,
  ImportResult,
} from './import.ts';
export { importMicrocredentials, MAX_BYTES, MAX_CELL_LENGTH, MAX_PROBLEMS, MAX_ROWS } from './import.ts';
export type { JsonKind } from './json.ts';
export type {
  ImportLanguage,
  ImportProblem,
  ImportProblemCatalogue,
  ImportProblemCode,
} from './problems.ts';
export {
  importLanguages,
  importProblemCatalogues,
  importProblemCodes,
  importProblemMessage,
} from './problems.ts';
export { SHEET_NAME } from './table.ts';
export type { TemplateOptions } from './template.ts';
export { CODES_SHEET_NAME, templateColumns, templateCsv, templateWorkbook } from './template.ts';
