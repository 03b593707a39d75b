import { SdcError } from './sdc-error.ts';
import type { Cell, CellId, FrequencyTable, Relation, TableSpec } from './table.ts';

/**
 * Checks a table description and returns it as a `FrequencyTable`. Additivity is checked exactly:
 * the counts come from SQL on the same microdata, so any difference is a bug upstream, and an
 * attacker would use the published values as they are.
 */
export function defineTable(spec: TableSpec): FrequencyTable {
  const byId = new Map<CellId, number>();
  for (const cell of spec.cells) {
    if (byId.has(cell.id)) throw new SdcError('table.duplicateId', cell.id);
    if (!Number.isInteger(cell.n) || cell.n < 0) throw new SdcError('table.badCount', cell.id);
    if (cell.structuralZero === true && cell.n !== 0) throw new SdcError('table.structuralNotZero', cell.id);
    byId.set(cell.id, cell.n);
  }

  const relationIds = new Set<string>();
  const parents = new Set<CellId>();
  for (const relation of spec.relations) {
    if (relationIds.has(relation.id)) throw new SdcError('table.duplicateId', relation.id);
    relationIds.add(relation.id);
    const parentN = byId.get(relation.parent);
    if (parentN === undefined) throw new SdcError('table.unknownCell', relation.parent);
    const children = new Set(relation.children);
    if (children.size === 0 || children.size !== relation.children.length || children.has(relation.parent)) {
      throw new SdcError('table.badRelation', relation.id);
    }
    let sum = 0;
    for (const child of relation.children) {
      const n = byId.get(child);
      if (n === undefined) throw new SdcError('table.unknownCell', child);
      sum += n;
    }
    if (sum !== parentN) throw new SdcError('table.notAdditive', relation.id);
    parents.add(relation.parent);
  }

  const cells: Cell[] = spec.cells.map((cell) => ({
    id: cell.id,
    n: cell.n,
    coordinates: { ...(cell.coordinates ?? {}) },
    structuralZero: cell.structuralZero === true,
    total: cell.total ?? parents.has(cell.id),
  }));
  const relations: Relation[] = spec.relations.map((relation) => ({
    ...relation,
    children: [...relation.children],
  }));
  // The brand exists in types only; this is the one place allowed to grant it.
  return { cells, relations } as unknown as FrequencyTable;
}
