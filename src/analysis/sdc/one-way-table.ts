import { defineTable } from './define-table.ts';
import { type DimensionSpec, flattenDimension, leafCount } from './dimension.ts';
import { SdcError } from './sdc-error.ts';
import type { CellSpec, FrequencyTable, Relation } from './table.ts';

export interface OneWayTableSpec {
  readonly dimension: DimensionSpec;
  /** Counts of the leaf categories, depth first. */
  readonly counts: readonly number[];
  /** Leaf codes that cannot occur. */
  readonly structuralZeros?: readonly string[];
}

/** A single distribution with its subtotals and total; cell ids are the category codes. */
export function oneWayTable(spec: OneWayTableSpec): FrequencyTable {
  const nodes = flattenDimension(spec.dimension);
  if (spec.counts.length !== leafCount(nodes)) throw new SdcError('table.badShape', 'counts');
  const leafCodes = nodes.filter((node) => node.children.length === 0).map((node) => node.code);
  const structural = new Set(spec.structuralZeros ?? []);
  for (const code of structural) {
    if (!leafCodes.includes(code)) throw new SdcError('table.unknownCell', code);
  }

  const cells: CellSpec[] = nodes.map((node) => {
    const n = node.leaves.reduce((sum, leaf) => sum + (spec.counts[leaf] ?? Number.NaN), 0);
    const allStructural = node.leaves.every((leaf) => structural.has(leafCodes[leaf] ?? ''));
    return {
      id: node.code,
      n,
      coordinates: { [spec.dimension.name]: node.code },
      ...(allStructural ? { structuralZero: true } : {}),
    };
  });
  const relations: Relation[] = nodes
    .filter((node) => node.children.length > 0)
    .map((node) => ({
      id: `${spec.dimension.name}|${node.code}`,
      parent: node.code,
      children: node.children,
      dimension: spec.dimension.name,
    }));
  return defineTable({ cells, relations });
}
