import { defineTable } from './define-table.ts';
import { type DimensionNode, type DimensionSpec, flattenDimension, leafCount } from './dimension.ts';
import { SdcError } from './sdc-error.ts';
import type { CellSpec, FrequencyTable, Relation } from './table.ts';

export interface CrossTableSpec {
  readonly rows: DimensionSpec;
  readonly columns: DimensionSpec;
  /** Counts of the leaf cells, `counts[row][column]`, leaves in depth-first order. */
  readonly counts: readonly (readonly number[])[];
  /** Leaf cells that cannot occur, as `[rowCode, columnCode]`. */
  readonly structuralZeros?: readonly (readonly [string, string])[];
}

/**
 * A rows × columns table with every subtotal and margin the page will show, and one relation per
 * row and per column of each aggregate. Cell ids are `rowCode:columnCode`. Margins are computed here
 * from the leaves, so the table is additive by construction.
 */
export function crossTable(spec: CrossTableSpec): FrequencyTable {
  if (spec.rows.name === spec.columns.name) throw new SdcError('table.badShape', spec.rows.name);
  const rows = flattenDimension(spec.rows);
  const columns = flattenDimension(spec.columns);
  const rowLeaves = leafCount(rows);
  const columnLeaves = leafCount(columns);
  if (spec.counts.length !== rowLeaves || spec.counts.some((row) => row.length !== columnLeaves)) {
    throw new SdcError('table.badShape', 'counts');
  }

  const leafCode = (nodes: readonly DimensionNode[]) => {
    const codes = nodes.filter((node) => node.children.length === 0).map((node) => node.code);
    return (code: string) => codes.indexOf(code);
  };
  const rowLeaf = leafCode(rows);
  const columnLeaf = leafCode(columns);
  const structural = new Set<string>();
  for (const [row, column] of spec.structuralZeros ?? []) {
    const r = rowLeaf(row);
    const c = columnLeaf(column);
    if (r < 0 || c < 0) throw new SdcError('table.unknownCell', `${row}:${column}`);
    structural.add(`${r},${c}`);
  }

  const id = (row: DimensionNode, column: DimensionNode) => `${row.code}:${column.code}`;
  const cells: CellSpec[] = [];
  for (const row of rows) {
    for (const column of columns) {
      let n = 0;
      let allStructural = true;
      for (const r of row.leaves) {
        for (const c of column.leaves) {
          n += spec.counts[r]?.[c] ?? Number.NaN;
          allStructural &&= structural.has(`${r},${c}`);
        }
      }
      cells.push({
        id: id(row, column),
        n,
        coordinates: { [spec.rows.name]: row.code, [spec.columns.name]: column.code },
        // An aggregate of impossible combinations is itself impossible, hence known to be 0.
        ...(allStructural ? { structuralZero: true } : {}),
      });
    }
  }

  const relations: Relation[] = [];
  const byCode = (nodes: readonly DimensionNode[]) => new Map(nodes.map((node) => [node.code, node]));
  const rowByCode = byCode(rows);
  const columnByCode = byCode(columns);
  for (const row of rows) {
    for (const column of columns) {
      if (column.children.length > 0) {
        relations.push({
          id: `${spec.columns.name}|${id(row, column)}`,
          parent: id(row, column),
          children: column.children.map((code) => id(row, columnByCode.get(code)!)),
          dimension: spec.columns.name,
        });
      }
      if (row.children.length > 0) {
        relations.push({
          id: `${spec.rows.name}|${id(row, column)}`,
          parent: id(row, column),
          children: row.children.map((code) => id(rowByCode.get(code)!, column)),
          dimension: spec.rows.name,
        });
      }
    }
  }
  return defineTable({ cells, relations });
}
