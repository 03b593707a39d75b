import type { Interval } from './audit-intervals.ts';
import type { PrimaryReason } from './primary-suppression.ts';
import type { CellId, Relation } from './table.ts';

/** sdcTable's vocabulary: safe, primary (unsafe), secondary, structural/forced publish. */
export type CellStatus = 's' | 'u' | 'x' | 'z';

export type SuppressionReason = PrimaryReason | 'secondary';

interface CellBase {
  readonly id: CellId;
  readonly coordinates: Readonly<Record<string, string>>;
  readonly total: boolean;
}

export interface SafeCell extends CellBase {
  readonly status: 's';
  readonly n: number;
}

export interface StructuralCell extends CellBase {
  readonly status: 'z';
  readonly n: 0;
}

/**
 * Suppressed cells have no `n` at all, not even an optional one, so that rendering code cannot
 * reach the value without first narrowing on a published status.
 */
export interface PrimaryCell extends CellBase {
  readonly status: 'u';
  /** For the internal audit log only: render every suppressed cell the same way. */
  readonly reason: PrimaryReason;
  /** Attacker's interval, derived from published values only. */
  readonly interval: Interval;
}

export interface SecondaryCell extends CellBase {
  readonly status: 'x';
  readonly reason: 'secondary';
  readonly interval: Interval;
}

export type PublishedCell = SafeCell | StructuralCell;
export type SuppressedCell = PrimaryCell | SecondaryCell;
export type ProtectedCell = PublishedCell | SuppressedCell;

export interface ProtectedTable {
  /** Same cells, same order as the input table. */
  readonly cells: readonly ProtectedCell[];
  readonly relations: readonly Relation[];
}

export function isPublished(cell: ProtectedCell): cell is PublishedCell {
  return cell.status === 's' || cell.status === 'z';
}
