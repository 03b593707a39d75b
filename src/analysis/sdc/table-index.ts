import { SdcError } from './sdc-error.ts';
import type { CellId, FrequencyTable } from './table.ts';

const cache = new WeakMap<FrequencyTable, ReadonlyMap<CellId, number>>();

/** Position of each cell in `table.cells`; built once per table since every LP needs it. */
export function cellPositions(table: FrequencyTable): ReadonlyMap<CellId, number> {
  let positions = cache.get(table);
  if (positions === undefined) {
    positions = new Map(table.cells.map((cell, index) => [cell.id, index]));
    cache.set(table, positions);
  }
  return positions;
}

/** Positions of the given ids in table order, rejecting ids the table does not have. */
export function positionsOf(table: FrequencyTable, ids: Iterable<CellId>): number[] {
  const positions = cellPositions(table);
  const result = new Set<number>();
  for (const id of ids) {
    const position = positions.get(id);
    if (position === undefined) throw new SdcError('table.unknownCell', id);
    result.add(position);
  }
  return [...result].sort((a, b) => a - b);
}
