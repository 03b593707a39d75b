import { describe, expect, it } from 'vitest';
import {
  auditIntervals,
  crossTable,
  defineTable,
  type FrequencyTable,
  isPublished,
  oneWayTable,
  type ProtectedCell,
  type ProtectedTable,
  protectTable,
  suppressSecondary,
} from './index.ts';
import { t1, t2, t5, t5Primaries } from './research-fixtures.ts';

const statuses = (result: ProtectedTable) =>
  Object.fromEntries(result.cells.map((cell) => [cell.id, cell.status]));
const suppressedIds = (result: ProtectedTable) =>
  result.cells.filter((cell) => !isPublished(cell)).map((cell) => cell.id);

/** (i) and (iii) of research doc §A11: no primary recoverable, published values untouched. */
async function expectValid(table: FrequencyTable, result: ProtectedTable, protectionLevel = 0) {
  const intervals = await auditIntervals(table, suppressedIds(result));
  result.cells.forEach((cell, position) => {
    const source = table.cells[position]!;
    expect(cell.id).toBe(source.id);
    if (isPublished(cell)) {
      expect(cell.n).toBe(source.n);
    } else {
      expect('n' in cell).toBe(false);
      const [low, high] = intervals.get(cell.id)!;
      expect(cell.interval).toEqual([low, high]);
      expect(high - low).toBeGreaterThan(0);
      if (cell.status === 'u') expect(high - low).toBeGreaterThanOrEqual(protectionLevel);
    }
  });
}

describe('T1 — forced rectangle', () => {
  it('protects young:Portugal with the rectangle through Iceland', async () => {
    const { secondaries, intervals } = await suppressSecondary(t1(), ['young:Portugal']);
    expect(secondaries).toEqual(['young:Iceland', 'old:Iceland', 'old:Portugal']);
    expect(Object.fromEntries(intervals)).toEqual({
      'young:Iceland': [0, 2],
      'young:Portugal': [0, 2],
      'old:Iceland': [3, 5],
      'old:Portugal': [2, 4],
    });
  });

  it('with k = 3 both small cells are primary and the same rectangle protects them', async () => {
    const table = t1();
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(statuses(result)).toMatchObject({
      'young:Iceland': 'u',
      'young:Portugal': 'u',
      'old:Iceland': 'x',
      'old:Portugal': 'x',
    });
    expect(suppressedIds(result)).toEqual(['young:Iceland', 'young:Portugal', 'old:Iceland', 'old:Portugal']);
    expect(result.cells.find((cell) => cell.id === 'young:Portugal')).toMatchObject({ reason: 'zero' });
    expect(result.cells.find((cell) => cell.id === 'old:Iceland')).toMatchObject({ reason: 'secondary' });
    await expectValid(table, result);
  });
});

describe('T2 — hierarchical geo', () => {
  it('finds the vignette pattern: old:EU, old:nonEU, old:Iceland, old:Portugal, young:EU', async () => {
    const table = t2();
    const result = await protectTable(table, { k: 3, concentration: false });
    const byStatus = (status: string) =>
      result.cells.filter((cell) => cell.status === status).map((cell) => cell.id);
    expect(byStatus('u')).toEqual(['young:Portugal', 'young:nonEU', 'young:Iceland']);
    expect(byStatus('x').sort()).toEqual(['old:EU', 'old:Iceland', 'old:Portugal', 'old:nonEU', 'young:EU']);
    // Published: every Total cell and the Spain cells.
    for (const cell of result.cells) {
      if (cell.id.startsWith('Total:') || cell.id.endsWith(':Total') || cell.id.endsWith(':Spain')) {
        expect(cell.status).toBe('s');
      }
    }
    await expectValid(table, result);
  });
});

describe('T5 — two suppressions per row and column are not enough', () => {
  it('protectTable leaves no primary exactly recoverable', async () => {
    const table = t5();
    // k = 3 flags nothing here (the smallest count is 5): the sdcTable primaries are forced.
    const result = await protectTable(table, { k: 3, concentration: false, forced: t5Primaries });
    expect(result.cells.filter((cell) => cell.status === 'u').map((cell) => cell.id)).toEqual([
      ...t5Primaries,
    ]);
    const wb = result.cells.find((cell) => cell.id === 'w:b');
    expect(wb?.status === 'u' && wb.interval[1] - wb.interval[0]).toBeGreaterThan(0);
    // The cheapest complement is x:d (31), not the x:b (124) of sdcTable's test.
    expect(result.cells.filter((cell) => cell.status === 'x').map((cell) => cell.id)).toEqual(['x:d']);
    await expectValid(table, result);
  });
});

describe('singletons and zeros', () => {
  it('suppresses every small category of a distribution and keeps the total (sdcTable T6 data)', async () => {
    const table = oneWayTable({
      dimension: { name: 'region', categories: ['a', 'b', 'c', 'd'] },
      counts: [1, 2, 1, 0],
    });
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(statuses(result)).toEqual({ a: 'u', b: 'u', c: 'u', d: 'u', Total: 's' });
    await expectValid(table, result);
  });

  it('a single small category needs a complement', async () => {
    const table = oneWayTable({ dimension: { name: 'q', categories: ['a', 'b', 'c'] }, counts: [1, 20, 30] });
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(statuses(result)).toEqual({ a: 'u', b: 'x', c: 's', Total: 's' });
    await expectValid(table, result);
  });

  it('zeros problem: two hidden zeros are not enough, more cells are suppressed', async () => {
    const table = crossTable({
      rows: { name: 'age', categories: ['young', 'old'] },
      columns: { name: 'geo', categories: ['Iceland', 'Portugal', 'Spain'] },
      counts: [
        [0, 0, 5],
        [3, 4, 6],
      ],
    });
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(suppressedIds(result).length).toBeGreaterThan(2);
    await expectValid(table, result);
  });

  it('publishes zeros as 0 when they are not disclosive', async () => {
    const result = await protectTable(t1(), { k: 3, zerosDisclosive: false, concentration: false });
    expect(result.cells.find((cell) => cell.id === 'young:Iceland')?.status).toBe('u');
    await expectValid(t1(), result);
  });

  it('never suppresses a structural zero', async () => {
    const table = crossTable({
      rows: { name: 'age', categories: ['young', 'old'] },
      columns: { name: 'geo', categories: ['Iceland', 'Portugal', 'Spain'] },
      counts: [
        [2, 0, 5],
        [3, 4, 6],
      ],
      structuralZeros: [['young', 'Portugal']],
    });
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(result.cells.find((cell) => cell.id === 'young:Portugal')).toEqual({
      id: 'young:Portugal',
      coordinates: { age: 'young', geo: 'Portugal' },
      total: false,
      status: 'z',
      n: 0,
    });
    await expectValid(table, result);
  });

  it('suppresses a whole table of zeros and reports unbounded intervals', async () => {
    const table = crossTable({
      rows: { name: 'r', categories: ['a', 'b'] },
      columns: { name: 'c', categories: ['x', 'y'] },
      counts: [
        [0, 0],
        [0, 0],
      ],
    });
    const result = await protectTable(table, { k: 3 });
    expect(result.cells.every((cell) => cell.status === 'u')).toBe(true);
    expect(result.cells.find((cell) => cell.id === 'Total:Total')).toMatchObject({
      interval: [0, Number.POSITIVE_INFINITY],
    });
  });

  it('reports a primary that structural zeros pin down as impossible to protect', async () => {
    // p is the only child of a structural zero: everyone knows it is 0.
    const table = defineTable({
      cells: [
        { id: 'p', n: 0 },
        { id: 'q', n: 0, structuralZero: true },
      ],
      relations: [{ id: 'r', parent: 'q', children: ['p'] }],
    });
    await expect(protectTable(table, { k: 3 })).rejects.toMatchObject({
      code: 'protect.impossible',
      detail: 'p',
    });
  });
});

describe('protectTable', () => {
  it('publishes a safe table unchanged', async () => {
    const table = t5();
    const result = await protectTable(table, { k: 3, concentration: false });
    expect(result.cells.every((cell) => cell.status === 's')).toBe(true);
    await expectValid(table, result);
  });

  it('honours a protection level', async () => {
    const table = t1();
    const result = await protectTable(table, { k: 3, concentration: false, protectionLevel: 3 });
    await expectValid(table, result, 3);
    for (const cell of result.cells) {
      if (cell.status === 'u') expect(cell.interval[1] - cell.interval[0]).toBeGreaterThanOrEqual(3);
    }
  });

  it('applies the default rules (k = 10, zeros and concentration) to T1', async () => {
    const table = t1();
    const result = await protectTable(table);
    await expectValid(table, result);
    // Every cell but the grand total is below 10 or part of a concentrated distribution.
    expect(statuses(result)['Total:Total']).toBe('s');
  });

  it('is deterministic and gives the pattern back unchanged when it is forced (linked tables)', async () => {
    const table = t2();
    const first = await protectTable(table, { k: 3, concentration: false });
    expect(await protectTable(table, { k: 3, concentration: false })).toEqual(first);
    const again = await protectTable(table, { k: 3, concentration: false, forced: suppressedIds(first) });
    expect(suppressedIds(again)).toEqual(suppressedIds(first));
  });

  it('does not let a caller read a count before narrowing on the status (checked by tsc)', () => {
    const unsafeRead = (cell: ProtectedCell) =>
      // @ts-expect-error `n` exists on published cells only
      cell.n;
    const safeRead = (cell: ProtectedCell) => (isPublished(cell) ? cell.n : undefined);
    const hidden: ProtectedCell = {
      id: 'a',
      coordinates: {},
      total: false,
      status: 'x',
      reason: 'secondary',
      interval: [0, 2],
    };
    expect(unsafeRead(hidden)).toBeUndefined();
    expect(safeRead(hidden)).toBeUndefined();
  });
});
