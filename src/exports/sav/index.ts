/** SPSS system-file (.sav) export: a pure, streaming writer (see README.md). */
export { invalidNameReason } from './names.ts';
export type {
  SavCell,
  SavMeasure,
  SavMissingValues,
  SavMrSet,
  SavValueLabel,
  SavVariable,
  SavWriter,
  SavWriterOptions,
} from './writer.ts';
export {
  CASE_COUNT_OFFSET,
  createSavWriter,
  SYSMIS,
  savChunks,
  savDate,
  VALUE_LABEL_MAX,
  VARIABLE_LABEL_MAX,
} from './writer.ts';
