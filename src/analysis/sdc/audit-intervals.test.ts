import { describe, expect, it } from 'vitest';
import { auditIntervals, crossTable } from './index.ts';
import { t1, t4, t5, t5Primaries } from './research-fixtures.ts';

describe('auditIntervals', () => {
  it('T1: the primary alone is recomputed by subtraction, [0, 0]', async () => {
    expect(await auditIntervals(t1(), ['young:Portugal'])).toEqual(new Map([['young:Portugal', [0, 0]]]));
  });

  it('T1: the forced rectangle gives [0,2], [0,2], [3,5], [2,4]', async () => {
    const intervals = await auditIntervals(t1(), [
      'old:Portugal',
      'young:Portugal',
      'young:Iceland',
      'old:Iceland',
    ]);
    expect(Object.fromEntries(intervals)).toEqual({
      'young:Iceland': [0, 2],
      'young:Portugal': [0, 2],
      'old:Iceland': [3, 5],
      'old:Portugal': [2, 4],
    });
    // Table order, whatever order the caller gave.
    expect([...intervals.keys()]).toEqual(['young:Iceland', 'young:Portugal', 'old:Iceland', 'old:Portugal']);
  });

  it('T4 (Handbook Example 3): X11 ∈ [3,6], X12 ∈ [1,4], X21 ∈ [0,3], X22 ∈ [0,3]', async () => {
    const intervals = await auditIntervals(t4(), ['r1:c1', 'r1:c2', 'r2:c1', 'r2:c2']);
    expect(Object.fromEntries(intervals)).toEqual({
      'r1:c1': [3, 6],
      'r1:c2': [1, 4],
      'r2:c1': [0, 3],
      'r2:c2': [0, 3],
    });
  });

  it('T5: two suppressions per row and column still give w:b = [47, 47]', async () => {
    const intervals = await auditIntervals(t5(), t5Primaries);
    expect(intervals.get('w:b')).toEqual([47, 47]);
  });

  it('T5: one more suppression (x:b) gives w:b = [0, 141]', async () => {
    const intervals = await auditIntervals(t5(), [...t5Primaries, 'x:b']);
    expect(intervals.get('w:b')).toEqual([0, 141]);
  });

  it('zeros problem: two hidden zeros that add up to a published 0 are both [0, 0]', async () => {
    const table = crossTable({
      rows: { name: 'age', categories: ['young', 'old'] },
      columns: { name: 'geo', categories: ['Iceland', 'Portugal', 'Spain'] },
      counts: [
        [0, 0, 5],
        [3, 4, 6],
      ],
    });
    expect(Object.fromEntries(await auditIntervals(table, ['young:Iceland', 'young:Portugal']))).toEqual({
      'young:Iceland': [0, 0],
      'young:Portugal': [0, 0],
    });
  });

  it('gives an unbounded interval when nothing bounds a cell from above', async () => {
    const table = t4();
    const all = table.cells.map((cell) => cell.id);
    const intervals = await auditIntervals(table, all);
    expect(intervals.get('Total:Total')).toEqual([0, Number.POSITIVE_INFINITY]);
  });

  it('is empty for an empty suppression set and refuses unknown cells', async () => {
    expect((await auditIntervals(t1(), [])).size).toBe(0);
    await expect(auditIntervals(t1(), ['nowhere'])).rejects.toMatchObject({ code: 'table.unknownCell' });
  });
});
