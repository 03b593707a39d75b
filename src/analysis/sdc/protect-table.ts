import { type ProtectOptions, resolveOptions } from './options.ts';
import { findPrimaries } from './primary-suppression.ts';
import type { ProtectedCell, ProtectedTable } from './protected-table.ts';
import { suppressSecondary } from './secondary-suppression.ts';
import type { FrequencyTable } from './table.ts';

/**
 * Primary suppression, then secondary suppression checked by the LP audit. The result carries the
 * value of published cells only; suppressed cells are built without `n`.
 * Deterministic: the same table and options give the same pattern.
 */
export async function protectTable(table: FrequencyTable, options?: ProtectOptions): Promise<ProtectedTable> {
  const resolved = resolveOptions(options);
  const primaries = findPrimaries(table, resolved);
  const { intervals } = await suppressSecondary(table, primaries.keys(), {
    protectionLevel: resolved.protectionLevel,
  });

  const cells = table.cells.map((cell): ProtectedCell => {
    const base = { id: cell.id, coordinates: cell.coordinates, total: cell.total };
    const interval = intervals.get(cell.id);
    if (interval === undefined) {
      return cell.structuralZero ? { ...base, status: 'z', n: 0 } : { ...base, status: 's', n: cell.n };
    }
    const reason = primaries.get(cell.id);
    return reason === undefined
      ? { ...base, status: 'x', reason: 'secondary', interval }
      : { ...base, status: 'u', reason, interval };
  });
  return { cells, relations: table.relations };
}
