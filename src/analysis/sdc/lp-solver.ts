import type { Highs, Model } from 'highs';
import highsEntry from 'highs';
import { SdcError } from './sdc-error.ts';

/** A sparse linear row `lower ≤ Σ values[i]·x[indices[i]] ≤ upper`. */
export interface LpRow {
  readonly indices: readonly number[];
  readonly values: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

export interface LinearProgram {
  readonly colLower: readonly number[];
  readonly colUpper: readonly number[];
  readonly rows: readonly LpRow[];
}

export type LpOutcome =
  | { readonly status: 'optimal'; readonly objective: number; readonly values: Float64Array }
  | { readonly status: 'unbounded' }
  | { readonly status: 'infeasible' };

/** One LP kept in memory so that many objectives can be optimised over the same polytope. */
export interface LpSession {
  optimise(cost: ReadonlyMap<number, number>, sense: 'min' | 'max'): LpOutcome;
}

/**
 * highs 1.15 types its ESM build as CommonJS: TypeScript sees the module object where Node hands
 * over the loader function itself. Accept both so that neither the types nor a future fix break it.
 */
const loadHighs: typeof highsEntry.default =
  typeof highsEntry === 'function'
    ? highsEntry
    : (highsEntry as { default: typeof highsEntry.default }).default;

let solver: Promise<Highs> | undefined;

/**
 * The WebAssembly solver, loaded on first use and shared: instantiating it costs far more than the
 * small LPs solved here. A failed load is forgotten so that the next call can try again.
 */
export function loadSolver(): Promise<Highs> {
  const loading =
    solver ??
    loadHighs().catch((error: unknown) => {
      solver = undefined;
      throw error;
    });
  solver = loading;
  return loading;
}

const finite = (highs: Highs, value: number) =>
  value === Number.POSITIVE_INFINITY
    ? highs.infinity
    : value === Number.NEGATIVE_INFINITY
      ? -highs.infinity
      : value;

/** Runs `use` with a persistent model of `lp`, disposing it afterwards (Wasm memory is not GC'd). */
export async function withLp<T>(lp: LinearProgram, use: (session: LpSession) => T): Promise<T> {
  const highs = await loadSolver();
  const numCols = lp.colLower.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of lp.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const model: Model = highs.createModel({
    numCols,
    numRows: lp.rows.length,
    colCost: new Array<number>(numCols).fill(0),
    colLower: lp.colLower.map((v) => finite(highs, v)),
    colUpper: lp.colUpper.map((v) => finite(highs, v)),
    rowLower: lp.rows.map((row) => finite(highs, row.lower)),
    rowUpper: lp.rows.map((row) => finite(highs, row.upper)),
    matrix: { format: 'csr', numRows: lp.rows.length, numCols, starts, indices, values },
  });
  try {
    // Presolve off: on these tiny LPs it saves nothing, and it may merge "infeasible" and
    // "unbounded" into one status that the callers must tell apart.
    model.options.set({ output_flag: false, presolve: 'off' });
    const codes = highs.constants.modelStatus;
    const settled = new Set<number>([
      codes.optimal,
      codes.empty,
      codes.unbounded,
      codes.infeasible,
      codes.unboundedOrInfeasible,
    ]);
    let costed: number[] = [];
    const session: LpSession = {
      optimise(cost, sense) {
        for (const col of costed) model.changeColCost(col, 0);
        costed = [...cost.keys()];
        for (const [col, value] of cost) model.changeColCost(col, value);
        model.changeObjectiveSense(
          sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
        );
        model.run();
        let status = model.getModelStatus();
        if (!settled.has(status)) {
          // Seen in property tests: after an unbounded solve, a warm-started run may end in
          // "unknown". A cold start from a cleared solver state settles it.
          model.clearSolver();
          model.run();
          status = model.getModelStatus();
        }
        if (status === codes.optimal || status === codes.empty) {
          return {
            status: 'optimal',
            objective: model.getObjectiveValue(),
            values: model.getSolution().colValue,
          };
        }
        if (status === codes.unbounded) return { status: 'unbounded' };
        if (status === codes.infeasible) return { status: 'infeasible' };
        // Status 9 means "unbounded or infeasible"; which one is decided by the caller, who knows
        // whether its LP is bounded. Anything else (limits, errors) is not expected here.
        if (status === codes.unboundedOrInfeasible) {
          return sense === 'max' ? { status: 'unbounded' } : { status: 'infeasible' };
        }
        throw new SdcError('solver.failed', String(status));
      },
    };
    return use(session);
  } finally {
    model.dispose();
  }
}
