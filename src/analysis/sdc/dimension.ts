import { SdcError } from './sdc-error.ts';

/** A category, or a group of categories published as a subtotal (e.g. EU = Portugal + Spain). */
export type Category = string | { readonly code: string; readonly children: readonly Category[] };

export interface DimensionSpec {
  /** Name used in cell coordinates and as the `dimension` of the relations summing over it. */
  readonly name: string;
  /** Categories in display order; leaves, depth first, are the order of the counts. */
  readonly categories: readonly Category[];
  /** Code of the grand total of this dimension. Default `Total`. */
  readonly totalCode?: string;
}

/** A category or aggregate of a flattened dimension. */
export interface DimensionNode {
  readonly code: string;
  /** Positions of the leaves below (or at) this node, in count order. */
  readonly leaves: readonly number[];
  /** Codes of the direct children; empty for a leaf. */
  readonly children: readonly string[];
}

/** Nodes in display order: a group before its members, the grand total last. */
export function flattenDimension(spec: DimensionSpec): readonly DimensionNode[] {
  const nodes: DimensionNode[] = [];
  const codes = new Set<string>();
  let leafCount = 0;

  const visit = (category: Category): DimensionNode => {
    const code = typeof category === 'string' ? category : category.code;
    if (code === '' || codes.has(code)) throw new SdcError('table.badShape', `${spec.name}.${code}`);
    codes.add(code);
    if (typeof category === 'string') {
      const leaf = { code, leaves: [leafCount], children: [] };
      leafCount += 1;
      nodes.push(leaf);
      return leaf;
    }
    if (category.children.length === 0) throw new SdcError('table.badShape', `${spec.name}.${code}`);
    const position = nodes.length;
    nodes.push({ code, leaves: [], children: [] });
    const members = category.children.map(visit);
    const group = { code, leaves: members.flatMap((m) => m.leaves), children: members.map((m) => m.code) };
    nodes[position] = group;
    return group;
  };

  const top = spec.categories.map(visit);
  const totalCode = spec.totalCode ?? 'Total';
  if (top.length === 0 || codes.has(totalCode))
    throw new SdcError('table.badShape', `${spec.name}.${totalCode}`);
  nodes.push({ code: totalCode, leaves: top.flatMap((m) => m.leaves), children: top.map((m) => m.code) });
  return nodes;
}

/** Number of leaf categories, i.e. the length the counts must have along this dimension. */
export function leafCount(nodes: readonly DimensionNode[]): number {
  return nodes.filter((node) => node.children.length === 0).length;
}
