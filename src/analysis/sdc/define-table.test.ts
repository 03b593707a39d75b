import { describe, expect, it } from 'vitest';
import {
  crossTable,
  defineTable,
  oneWayTable,
  SdcError,
  type SdcErrorCode,
  type TableSpec,
} from './index.ts';
import { t2 } from './research-fixtures.ts';

const codeOf = (run: () => unknown): SdcErrorCode | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof SdcError) return error.code;
    throw error;
  }
  return undefined;
};

describe('defineTable', () => {
  it('derives the total flag from the relations', () => {
    const table = defineTable({
      cells: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
        { id: 't', n: 3 },
      ],
      relations: [{ id: 'r', parent: 't', children: ['a', 'b'] }],
    });
    expect(table.cells.map((cell) => [cell.id, cell.total])).toEqual([
      ['a', false],
      ['b', false],
      ['t', true],
    ]);
  });

  interface Case {
    readonly name: string;
    readonly spec: TableSpec;
    readonly code: SdcErrorCode;
  }
  const cell = (id: string, n: number) => ({ id, n });
  it.each<Case>([
    {
      name: 'duplicate cell',
      spec: { cells: [cell('a', 1), cell('a', 1)], relations: [] },
      code: 'table.duplicateId',
    },
    { name: 'negative count', spec: { cells: [cell('a', -1)], relations: [] }, code: 'table.badCount' },
    { name: 'fractional count', spec: { cells: [cell('a', 1.5)], relations: [] }, code: 'table.badCount' },
    {
      name: 'structural zero with a count',
      spec: { cells: [{ id: 'a', n: 1, structuralZero: true }], relations: [] },
      code: 'table.structuralNotZero',
    },
    {
      name: 'unknown child',
      spec: { cells: [cell('t', 1)], relations: [{ id: 'r', parent: 't', children: ['a'] }] },
      code: 'table.unknownCell',
    },
    {
      name: 'parent among its children',
      spec: { cells: [cell('t', 1)], relations: [{ id: 'r', parent: 't', children: ['t'] }] },
      code: 'table.badRelation',
    },
    {
      name: 'not additive',
      spec: {
        cells: [cell('a', 1), cell('b', 1), cell('t', 3)],
        relations: [{ id: 'r', parent: 't', children: ['a', 'b'] }],
      },
      code: 'table.notAdditive',
    },
  ])('refuses a table with a $name', ({ spec, code }) => {
    expect(codeOf(() => defineTable(spec))).toBe(code);
  });
});

describe('crossTable', () => {
  it('builds T2 with subtotals, margins and one relation per row and column of each aggregate', () => {
    const table = t2();
    const n = Object.fromEntries(table.cells.map((cell) => [cell.id, cell.n]));
    expect(n).toEqual({
      'young:EU': 5,
      'young:Portugal': 0,
      'young:Spain': 5,
      'young:nonEU': 2,
      'young:Iceland': 2,
      'young:Total': 7,
      'old:EU': 10,
      'old:Portugal': 4,
      'old:Spain': 6,
      'old:nonEU': 3,
      'old:Iceland': 3,
      'old:Total': 13,
      'Total:EU': 15,
      'Total:Portugal': 4,
      'Total:Spain': 11,
      'Total:nonEU': 5,
      'Total:Iceland': 5,
      'Total:Total': 20,
    });
    // 3 rows × 3 geo aggregates (EU, nonEU, Total) + 6 columns × 1 age aggregate.
    expect(table.relations).toHaveLength(15);
    expect(table.relations.find((r) => r.parent === 'old:EU' && r.dimension === 'geo')?.children).toEqual([
      'old:Portugal',
      'old:Spain',
    ]);
    expect(table.cells.filter((cell) => cell.total).map((cell) => cell.id)).toEqual([
      'young:EU',
      'young:nonEU',
      'young:Total',
      'old:EU',
      'old:nonEU',
      'old:Total',
      'Total:EU',
      'Total:Portugal',
      'Total:Spain',
      'Total:nonEU',
      'Total:Iceland',
      'Total:Total',
    ]);
    expect(table.cells[0]?.coordinates).toEqual({ age: 'young', geo: 'EU' });
  });

  it('marks an aggregate of structural zeros as structural', () => {
    const table = crossTable({
      rows: { name: 'r', categories: ['a', 'b'] },
      columns: { name: 'c', categories: ['x', 'y'] },
      counts: [
        [0, 3],
        [0, 4],
      ],
      structuralZeros: [
        ['a', 'x'],
        ['b', 'x'],
      ],
    });
    const structural = table.cells.filter((cell) => cell.structuralZero).map((cell) => cell.id);
    expect(structural).toEqual(['a:x', 'b:x', 'Total:x']);
  });

  it('refuses counts that do not match the dimensions', () => {
    const run = () =>
      crossTable({
        rows: { name: 'r', categories: ['a', 'b'] },
        columns: { name: 'c', categories: ['x'] },
        counts: [[1]],
      });
    expect(codeOf(run)).toBe('table.badShape');
  });
});

describe('oneWayTable', () => {
  it('builds a distribution with nested groups', () => {
    const table = oneWayTable({
      dimension: { name: 'q', categories: [{ code: 'agree', children: ['1', '2'] }, '3'] },
      counts: [4, 5, 6],
    });
    expect(table.cells.map((cell) => [cell.id, cell.n])).toEqual([
      ['agree', 9],
      ['1', 4],
      ['2', 5],
      ['3', 6],
      ['Total', 15],
    ]);
    expect(table.relations.map((r) => [r.parent, r.children])).toEqual([
      ['agree', ['1', '2']],
      ['Total', ['agree', '3']],
    ]);
  });
});
