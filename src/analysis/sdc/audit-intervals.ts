import { type LinearProgram, type LpRow, withLp } from './lp-solver.ts';
import { SdcError } from './sdc-error.ts';
import type { CellId, FrequencyTable } from './table.ts';
import { cellPositions, positionsOf } from './table-index.ts';

/** What an attacker can derive about a hidden cell: its smallest and largest possible value. */
export type Interval = readonly [low: number, high: number];

/** LP answers within this distance of an integer are that integer (the data are whole counts). */
const snap = (value: number) => (Math.abs(value - Math.round(value)) < 1e-7 ? Math.round(value) : value);

/**
 * The attacker's LP (Handbook on SDC 2nd ed., ch. 4.2, "feasibility interval"): one variable per hidden cell,
 * x ≥ 0, every relation with the published cells moved to the right-hand side. Structural zeros are
 * known to everyone, so a hidden one is fixed at 0.
 */
export function attackerProgram(table: FrequencyTable, hidden: readonly number[]): LinearProgram {
  const column = new Map(hidden.map((position, col) => [position, col]));
  const positions = cellPositions(table);
  const rows: LpRow[] = [];
  for (const relation of table.relations) {
    const terms: [number, number][] = [];
    let rhs = 0;
    const add = (id: CellId, sign: number) => {
      const position = positions.get(id)!;
      const col = column.get(position);
      if (col === undefined) rhs -= sign * table.cells[position]!.n;
      else terms.push([col, sign]);
    };
    add(relation.parent, -1);
    for (const child of relation.children) add(child, 1);
    if (terms.length === 0) continue;
    terms.sort(([a], [b]) => a - b);
    rows.push({
      indices: terms.map(([col]) => col),
      values: terms.map(([, v]) => v),
      lower: rhs,
      upper: rhs,
    });
  }
  return {
    colLower: hidden.map(() => 0),
    colUpper: hidden.map((position) =>
      table.cells[position]!.structuralZero ? 0 : Number.POSITIVE_INFINITY,
    ),
    rows,
  };
}

/** Intervals of the `targets` (positions, all within `hidden`) when the `hidden` cells are suppressed. */
export async function intervalsAt(
  table: FrequencyTable,
  hidden: readonly number[],
  targets: readonly number[],
): Promise<Map<number, Interval>> {
  const result = new Map<number, Interval>();
  if (targets.length === 0) return result;
  const column = new Map(hidden.map((position, col) => [position, col]));
  return withLp(attackerProgram(table, hidden), (lp) => {
    for (const position of targets) {
      const col = column.get(position)!;
      const objective = new Map([[col, 1]]);
      const low = lp.optimise(objective, 'min');
      const high = lp.optimise(objective, 'max');
      // The true table satisfies the LP, so "infeasible" means the solver or the table is broken.
      if (low.status !== 'optimal' || high.status === 'infeasible') {
        throw new SdcError('solver.failed', table.cells[position]!.id);
      }
      result.set(position, [
        Math.max(0, snap(low.objective)),
        high.status === 'unbounded' ? Number.POSITIVE_INFINITY : snap(high.objective),
      ]);
    }
    return result;
  });
}

/**
 * The feasibility interval of every suppressed cell, given that all other cells are published.
 * The intervals are computed from published information only, so they may be shown; a width of 0
 * means the cell is exactly recoverable.
 */
export async function auditIntervals(
  table: FrequencyTable,
  suppressed: Iterable<CellId>,
): Promise<ReadonlyMap<CellId, Interval>> {
  const hidden = positionsOf(table, suppressed);
  const intervals = await intervalsAt(table, hidden, hidden);
  return new Map(hidden.map((position) => [table.cells[position]!.id, intervals.get(position)!]));
}
