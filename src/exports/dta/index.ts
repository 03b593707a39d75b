/** Stata dataset (.dta, format 118) export: a pure, streaming writer (see README.md). */
export { invalidNameReason, StataNames, stataName } from './names.ts';
export type {
  DtaCell,
  DtaMissing,
  DtaMissingLetter,
  DtaNumericType,
  DtaRow,
  DtaValueLabel,
  DtaVariable,
  DtaWriter,
  DtaWriterOptions,
} from './writer.ts';
export { createDtaWriter, dtaBytes, extendedMissing, MAP_ENTRIES, timestampText } from './writer.ts';
