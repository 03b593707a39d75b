import { type Interval, intervalsAt } from './audit-intervals.ts';
import { type LinearProgram, type LpRow, withLp } from './lp-solver.ts';
import { SdcError } from './sdc-error.ts';
import type { CellId, FrequencyTable } from './table.ts';
import { cellPositions, positionsOf } from './table-index.ts';

export interface SecondaryOptions {
  /** Minimum width of each primary's interval; 0 means "width > 0". */
  readonly protectionLevel?: number;
}

export interface SecondaryResult {
  /** Cells added to protect the primaries, in table order. */
  readonly secondaries: readonly CellId[];
  /** Audit interval of every suppressed cell (primaries and secondaries), in table order. */
  readonly intervals: ReadonlyMap<CellId, Interval>;
}

/** Numerical noise of the LP solver on counts of this size. */
const epsilon = 1e-7;

export function isProtected([low, high]: Interval, protectionLevel: number): boolean {
  const width = high - low;
  return width > epsilon && width >= protectionLevel - epsilon;
}

/**
 * Adds complementary suppressions until no primary cell is exactly recoverable (or, with a
 * protection level, until each primary's interval is at least that wide).
 *
 * Primaries are taken one at a time in table order. A primary that the current pattern already
 * protects is skipped. Otherwise a "protector" LP looks for the cheapest other table that agrees
 * with every published cell but moves the primary by δ, each published cell it must move costing
 * its count + 1, margins and subtotals costing more than all inner cells together (smallest
 * counts first, totals last: research doc §A4 step 3). The cells that move are suppressed. It is
 * one-primary-at-a-time, in the spirit of the LP-based heuristics the Handbook (2nd ed., ch. 4)
 * and sdcTable describe, not a port of any of them; in a 2-D table the move is a cycle, e.g. the
 * forced rectangle of T1.
 *
 * Why it terminates and is sound: the alternative table found is non-negative, additive, equal to
 * the published cells and differs from the true one in the primary by δ, so the attacker's
 * interval of that primary (and of every cell that moved) has width ≥ δ, and suppressing more
 * cells later only widens intervals. A clean-up pass then publishes secondaries that turned out
 * redundant, each one checked by a full audit, and a final audit checks the result anyway.
 */
export async function suppressSecondary(
  table: FrequencyTable,
  primaries: Iterable<CellId>,
  options: SecondaryOptions = {},
): Promise<SecondaryResult> {
  const protectionLevel = options.protectionLevel ?? 0;
  const primary = positionsOf(table, primaries).filter((position) => !table.cells[position]!.structuralZero);
  const suppressed = new Set(primary);

  for (const position of primary) {
    const hidden = [...suppressed].sort((a, b) => a - b);
    const interval = (await intervalsAt(table, hidden, [position])).get(position)!;
    if (isProtected(interval, protectionLevel)) continue;
    const pattern = await cheapestPattern(table, suppressed, position, protectionLevel);
    if (pattern === undefined) throw new SdcError('protect.impossible', table.cells[position]!.id);
    for (const added of pattern) suppressed.add(added);
  }

  const primarySet = new Set(primary);
  const { hidden, intervals } = await dropRedundant(table, suppressed, primarySet, protectionLevel);
  for (const position of hidden) {
    // Unreachable if the reasoning above holds; kept so that a solver fault cannot publish a leak.
    if (!isProtected(intervals.get(position)!, primarySet.has(position) ? protectionLevel : 0)) {
      throw new SdcError('protect.impossible', table.cells[position]!.id);
    }
  }
  return {
    secondaries: hidden.filter((position) => !primarySet.has(position)).map((p) => table.cells[p]!.id),
    intervals: new Map(hidden.map((position) => [table.cells[position]!.id, intervals.get(position)!])),
  };
}

/**
 * Greedy steps for early primaries may be made redundant by later ones (T2: the rectangle found for
 * young:Portugal is covered by the pattern needed for young:Iceland). Each secondary, most
 * expensive first, is published again if every primary stays protected. A secondary that becomes
 * exactly recoverable is published as well: the attacker knows its value already, so publishing it
 * changes nothing, and afterwards every suppressed cell has width > 0. That is what lets a pattern
 * be handed back as `forced` cells (linked tables, re-runs) and come back unchanged.
 */
async function dropRedundant(
  table: FrequencyTable,
  suppressed: ReadonlySet<number>,
  primary: ReadonlySet<number>,
  protectionLevel: number,
): Promise<{ hidden: readonly number[]; intervals: ReadonlyMap<number, Interval> }> {
  const weights = cellWeights(table);
  const primariesSafe = (intervals: ReadonlyMap<number, Interval>) =>
    [...primary].every((position) => isProtected(intervals.get(position)!, protectionLevel));
  const withoutKnown = (hidden: readonly number[], intervals: ReadonlyMap<number, Interval>) =>
    hidden.filter((position) => primary.has(position) || isProtected(intervals.get(position)!, 0));

  let hidden = [...suppressed].sort((a, b) => a - b);
  let intervals = await intervalsAt(table, hidden, hidden);
  hidden = withoutKnown(hidden, intervals);
  const candidates = hidden
    .filter((position) => !primary.has(position))
    .sort((a, b) => weights[b]! - weights[a]! || a - b);
  for (const candidate of candidates) {
    if (!hidden.includes(candidate)) continue;
    const trial = hidden.filter((position) => position !== candidate);
    const trialIntervals = await intervalsAt(table, trial, trial);
    if (primariesSafe(trialIntervals)) {
      hidden = withoutKnown(trial, trialIntervals);
      intervals = trialIntervals;
    }
  }
  return { hidden, intervals };
}

interface Candidate {
  readonly objective: number;
  readonly cells: readonly number[];
}

/**
 * The cells to suppress so that `target` can move by δ, or undefined when no non-negative table
 * consistent with the structural zeros moves it at all.
 */
async function cheapestPattern(
  table: FrequencyTable,
  suppressed: ReadonlySet<number>,
  target: number,
  protectionLevel: number,
): Promise<readonly number[] | undefined> {
  const steps = protectionLevel > 0 ? [protectionLevel] : [1, 1e-3];
  for (const delta of steps) {
    const up = await protector(table, suppressed, target, delta, 'up');
    const down =
      table.cells[target]!.n >= delta ? await protector(table, suppressed, target, delta, 'down') : undefined;
    const best = [up, down]
      .filter((c): c is Candidate => c !== undefined)
      .sort((a, b) =>
        Math.abs(a.objective - b.objective) > epsilon
          ? a.objective - b.objective
          : a.cells.length - b.cells.length,
      )[0];
    if (best !== undefined) return best.cells;
  }
  return undefined;
}

/**
 * Variables d⁺, d⁻ ≥ 0 per non-structural cell (the alternative table is n + d⁺ − d⁻, so d⁻ ≤ n
 * keeps it non-negative); every relation must still add up; the target moves by exactly δ.
 * Moving an already suppressed cell is free, moving a published one costs its weight.
 */
async function protector(
  table: FrequencyTable,
  suppressed: ReadonlySet<number>,
  target: number,
  delta: number,
  direction: 'up' | 'down',
): Promise<Candidate | undefined> {
  const variable = new Map<number, number>();
  table.cells.forEach((cell, position) => {
    if (!cell.structuralZero) variable.set(position, variable.size);
  });
  const weights = cellWeights(table);
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const cost = new Map<number, number>();
  for (const [position, j] of variable) {
    const n = table.cells[position]!.n;
    const isTarget = position === target;
    colLower.push(isTarget && direction === 'up' ? delta : 0, isTarget && direction === 'down' ? delta : 0);
    colUpper.push(isTarget ? (direction === 'up' ? delta : 0) : Number.POSITIVE_INFINITY);
    colUpper.push(isTarget ? (direction === 'down' ? delta : 0) : n);
    if (!suppressed.has(position)) {
      cost.set(2 * j, weights[position]!);
      cost.set(2 * j + 1, weights[position]!);
    }
  }

  const positions = cellPositions(table);
  const rows: LpRow[] = [];
  for (const relation of table.relations) {
    const terms: [number, number][] = [];
    const add = (id: CellId, sign: number) => {
      const j = variable.get(positions.get(id)!);
      if (j !== undefined) terms.push([2 * j, sign], [2 * j + 1, -sign]);
    };
    add(relation.parent, -1);
    for (const child of relation.children) add(child, 1);
    if (terms.length === 0) continue;
    terms.sort(([a], [b]) => a - b);
    rows.push({ indices: terms.map(([col]) => col), values: terms.map(([, v]) => v), lower: 0, upper: 0 });
  }

  const lp: LinearProgram = { colLower, colUpper, rows };
  return withLp(lp, (session) => {
    const outcome = session.optimise(cost, 'min');
    if (outcome.status !== 'optimal') return undefined;
    const cells: number[] = [];
    for (const [position, j] of variable) {
      const moved = (outcome.values[2 * j] ?? 0) - (outcome.values[2 * j + 1] ?? 0);
      if (Math.abs(moved) > 1e-9 && !suppressed.has(position)) cells.push(position);
    }
    return { objective: outcome.objective, cells };
  });
}

const weightCache = new WeakMap<FrequencyTable, readonly number[]>();

/** Cost of suppressing each cell: count + 1 (so a zero is not free), totals after all inner cells. */
function cellWeights(table: FrequencyTable): readonly number[] {
  let weights = weightCache.get(table);
  if (weights === undefined) {
    const penalty = table.cells.reduce((sum, cell) => (cell.total ? sum : sum + cell.n + 1), 0);
    weights = table.cells.map((cell) => cell.n + 1 + (cell.total ? penalty : 0));
    weightCache.set(table, weights);
  }
  return weights;
}
