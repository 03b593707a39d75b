import { describe, expect, it } from 'vitest';
import {
  crossTable,
  findPrimaries,
  oneWayTable,
  type ProtectOptions,
  protectTable,
  resolveOptions,
  SdcError,
} from './index.ts';
import { t1, t2 } from './research-fixtures.ts';

const primaries = (table: Parameters<typeof findPrimaries>[0], options: ProtectOptions) =>
  Object.fromEntries(findPrimaries(table, resolveOptions(options)));

describe('frequency rule', () => {
  it('T1 with k = 3: the 2 and the 0', () => {
    expect(primaries(t1(), { k: 3, concentration: false })).toEqual({
      'young:Iceland': 'small',
      'young:Portugal': 'zero',
    });
  });

  it('T2 (GaussSuppression maxN = 2, i.e. k = 3): young:nonEU, young:Iceland and young:Portugal', () => {
    expect(primaries(t2(), { k: 3, concentration: false })).toEqual({
      'young:Portugal': 'zero',
      'young:nonEU': 'small',
      'young:Iceland': 'small',
    });
  });

  it('applies to totals too, and the default k is 10', () => {
    expect(Object.keys(primaries(t1(), { concentration: false }))).toEqual([
      'young:Iceland',
      'young:Portugal',
      'young:Spain',
      'young:Total',
      'old:Iceland',
      'old:Portugal',
      'old:Spain',
      'Total:Iceland',
      'Total:Portugal',
    ]);
  });

  it('publishes zeros when they are not disclosive', () => {
    expect(primaries(t1(), { k: 3, zerosDisclosive: false, concentration: false })).toEqual({
      'young:Iceland': 'small',
    });
  });

  it('never marks a structural zero, even when forced', () => {
    const table = crossTable({
      rows: { name: 'age', categories: ['young', 'old'] },
      columns: { name: 'geo', categories: ['Iceland', 'Portugal', 'Spain'] },
      counts: [
        [2, 0, 5],
        [3, 4, 6],
      ],
      structuralZeros: [['young', 'Portugal']],
    });
    expect(primaries(table, { k: 3, concentration: false, forced: ['young:Portugal'] })).toEqual({
      'young:Iceland': 'small',
    });
  });

  it.each([2, 1, 0, -5])('refuses k = %i with a typed error', async (k) => {
    expect(() => resolveOptions({ k })).toThrow(SdcError);
    await expect(protectTable(t1(), { k })).rejects.toMatchObject({ code: 'options.kTooSmall' });
  });

  it('refuses a non-integer k and a negative protection level', () => {
    expect(() => resolveOptions({ k: 4.5 })).toThrow(expect.objectContaining({ code: 'options.invalid' }));
    expect(() => resolveOptions({ protectionLevel: -1 })).toThrow(
      expect.objectContaining({ code: 'options.invalid' }),
    );
  });
});

describe('concentration rule', () => {
  const row = (counts: readonly number[]) =>
    oneWayTable({ dimension: { name: 'answer', categories: ['yes', 'no'] }, counts });

  it('a row of 6/0 with k = 5 is disclosive (nobody outside the modal answer)', () => {
    expect(primaries(row([6, 0]), { k: 5 })).toEqual({ yes: 'concentration', no: 'zero' });
    expect(primaries(row([6, 0]), { k: 5, zerosDisclosive: false })).toEqual({
      yes: 'concentration',
      no: 'concentration',
    });
  });

  it('a row of 6/5 with k = 5 is not (5 people outside the modal answer)', () => {
    expect(primaries(row([6, 5]), { k: 5 })).toEqual({});
  });

  it('has its own threshold', () => {
    expect(primaries(row([6, 5]), { k: 5, concentration: { k: 6 } })).toEqual({
      yes: 'concentration',
      no: 'concentration',
    });
  });

  it('does not fire on an empty group', () => {
    expect(primaries(row([0, 0]), { k: 5, zerosDisclosive: false })).toEqual({});
  });

  it('can be limited to the answer dimension of a group × answer table', () => {
    const table = crossTable({
      rows: { name: 'unit', categories: ['A', 'B'] },
      columns: { name: 'answer', categories: ['yes', 'no'] },
      counts: [
        [12, 1],
        [20, 25],
      ],
    });
    // Unit A: 13 people, 1 outside "yes" (< 5): A's distribution is disclosive. Column "no" has
    // 26 people, 1 outside unit B: concentrated too, but that distribution is not asked about.
    expect(primaries(table, { k: 5, concentration: { dimensions: ['answer'] } })).toEqual({
      'A:yes': 'concentration',
      'A:no': 'small',
    });
    expect(primaries(table, { k: 5 })).toEqual({
      'A:yes': 'concentration',
      'A:no': 'small',
      'B:no': 'concentration',
    });
  });

  it('keeps the group distribution hidden after protection', async () => {
    const result = await protectTable(row([6, 0]), { k: 5 });
    expect(result.cells.map((cell) => [cell.id, cell.status])).toEqual([
      ['yes', 'u'],
      ['no', 'u'],
      ['Total', 's'],
    ]);
  });
});
