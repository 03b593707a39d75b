/** Identifier of a cell, unique within its table (the builders use `row:column`). */
export type CellId = string;

/** A cell as a caller describes it, e.g. one row of a GROUP BY ... WITH ROLLUP result. */
export interface CellSpec {
  readonly id: CellId;
  /** Unweighted number of respondents: the rules are about people, never about weights. */
  readonly n: number;
  /** Category code per dimension, carried through to the output for rendering. */
  readonly coordinates?: Readonly<Record<string, string>>;
  /** A logically impossible combination: published as 0, never suppressed, never a candidate. */
  readonly structuralZero?: boolean;
  /**
   * Whether the cell is a margin or subtotal. Left out, a cell is a total when it is the parent of
   * some relation. Totals are the last choice for secondary suppression.
   */
  readonly total?: boolean;
}

/** Additivity constraint `Σ children = parent`, the link an attacker uses to recompute cells. */
export interface Relation {
  readonly id: string;
  readonly parent: CellId;
  readonly children: readonly CellId[];
  /**
   * The dimension the relation sums over (e.g. `answer` for a row of a group × answer table).
   * The concentration rule can be restricted to some dimensions.
   */
  readonly dimension?: string;
}

export interface TableSpec {
  readonly cells: readonly CellSpec[];
  readonly relations: readonly Relation[];
}

export interface Cell {
  readonly id: CellId;
  readonly n: number;
  readonly coordinates: Readonly<Record<string, string>>;
  readonly structuralZero: boolean;
  readonly total: boolean;
}

declare const checkedTable: unique symbol;

/**
 * A table that passed `defineTable`: ids unique, counts whole and non-negative, every relation
 * additive. The brand makes the rest of the module unreachable with an unchecked table, because an
 * inconsistent table would make the LP audit infeasible or, worse, silently wrong.
 */
export interface FrequencyTable {
  readonly cells: readonly Cell[];
  readonly relations: readonly Relation[];
  readonly [checkedTable]: true;
}
