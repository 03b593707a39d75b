export type { Interval } from './audit-intervals.ts';
export { auditIntervals } from './audit-intervals.ts';
export type { CrossTableSpec } from './cross-table.ts';
export { crossTable } from './cross-table.ts';
export { defineTable } from './define-table.ts';
export type { Category, DimensionSpec } from './dimension.ts';
export type { OneWayTableSpec } from './one-way-table.ts';
export { oneWayTable } from './one-way-table.ts';
export type { ConcentrationOptions, ProtectOptions, ResolvedOptions } from './options.ts';
export { minimumK, resolveOptions } from './options.ts';
export type { PrimaryReason } from './primary-suppression.ts';
export { findPrimaries } from './primary-suppression.ts';
export { protectTable } from './protect-table.ts';
export type {
  CellStatus,
  PrimaryCell,
  ProtectedCell,
  ProtectedTable,
  PublishedCell,
  SafeCell,
  SecondaryCell,
  StructuralCell,
  SuppressedCell,
  SuppressionReason,
} from './protected-table.ts';
export { isPublished } from './protected-table.ts';
export type { SdcErrorCode } from './sdc-error.ts';
export { SdcError } from './sdc-error.ts';
export type { SecondaryOptions, SecondaryResult } from './secondary-suppression.ts';
export { suppressSecondary } from './secondary-suppression.ts';
export type { Cell, CellId, CellSpec, FrequencyTable, Relation, TableSpec } from './table.ts';
