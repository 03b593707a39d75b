/**
 * Translating questionnaires: which texts there are, how far each language is, XLIFF (2.x and 1.2)
 * and table exchange, and applying translations to a definition. Pure: no I/O; hashing is passed in.
 * Other folders import this file only. See README.md for the contract.
 */
// Re-exported so callers that work on definitions through this folder need not import two.
export type { QuestionnaireInput } from '../questionnaire/index.ts';
export type { ApplyReport, ApplyResult, TranslationEntry } from './apply.ts';
export { applyTranslations, recordedHashes } from './apply.ts';
export type { PlaceholderDiff } from './placeholders.ts';
export { placeholderDiff, placeholderRefs } from './placeholders.ts';
export type { Hash, LanguageStatus, Tracking, UnitState, UnitStatus } from './status.ts';
export { sourceHashes, translationStatus } from './status.ts';
export type { TableInput, TableRow } from './table.ts';
export { fromTable, toTable } from './table.ts';
export type { TextUnit } from './units.ts';
export { textUnits } from './units.ts';
export { fromXliff, toXliff, xliffNamespace } from './xliff.ts';
export type { FromXliffResult, XliffIssue, XliffOptions } from './xliff-common.ts';
export { toXliff12, xliff12Namespace } from './xliff12.ts';
export type { XmlLimits } from './xml-reader.ts';
export { defaultXmlLimits } from './xml-reader.ts';
