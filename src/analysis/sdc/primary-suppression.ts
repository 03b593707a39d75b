import type { ResolvedOptions } from './options.ts';
import type { CellId, FrequencyTable } from './table.ts';
import { cellPositions, positionsOf } from './table-index.ts';

/** Why a cell is primary; kept for the internal audit log, never shown to readers. */
export type PrimaryReason = 'small' | 'zero' | 'concentration' | 'forced';

/**
 * Marks the cells that are disclosive by themselves, in table order. A cell gets the first reason
 * that applies: frequency rule, zero rule, concentration rule, forced. Structural zeros are never
 * primary: their value is known from the questionnaire, not from the data.
 */
export function findPrimaries(
  table: FrequencyTable,
  options: ResolvedOptions,
): ReadonlyMap<CellId, PrimaryReason> {
  const reasons = new Map<number, PrimaryReason>();

  table.cells.forEach((cell, position) => {
    if (cell.structuralZero) return;
    // Research doc §A3.1: counted on unweighted respondents, totals included (a small group is small everywhere).
    if (cell.n > 0 && cell.n < options.k) reasons.set(position, 'small');
    else if (cell.n === 0 && options.zerosDisclosive) reasons.set(position, 'zero');
  });

  const { concentration } = options;
  if (concentration !== false) {
    const positions = cellPositions(table);
    for (const relation of table.relations) {
      if (concentration.dimensions !== undefined) {
        if (relation.dimension === undefined || !concentration.dimensions.includes(relation.dimension))
          continue;
      }
      const base = table.cells[positions.get(relation.parent)!]!.n;
      const children = relation.children.map((id) => positions.get(id)!);
      const modal = Math.max(...children.map((position) => table.cells[position]!.n));
      // Research doc §A3.2: fewer than k people outside the modal answer lets anyone who knows a member of the
      // group guess that member's answer; the whole distribution of the group is disclosive.
      if (base > 0 && base - modal < concentration.k) {
        for (const position of children) {
          if (!table.cells[position]!.structuralZero && !reasons.has(position)) {
            reasons.set(position, 'concentration');
          }
        }
      }
    }
  }

  for (const position of positionsOf(table, options.forced)) {
    if (!table.cells[position]!.structuralZero && !reasons.has(position)) reasons.set(position, 'forced');
  }

  return new Map(
    [...reasons.entries()]
      .sort(([a], [b]) => a - b)
      .map(([position, reason]) => [table.cells[position]!.id, reason]),
  );
}
