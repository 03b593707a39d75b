import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FixedWeights } from './fixed-weights.ts';

const record = { margins: {}, computedAt: new Date(0), computedBy: 'test', respondents: 0 };

describe('the weights an export fixed', () => {
  it('finds each weight by its id, and none for an id it was not given', () => {
    // Sorted as text, which for lower-case uuids is PostgreSQL's byte order.
    const ids = Array.from({ length: 500 }, () => randomUUID()).sort();
    const given = ids.filter((_, i) => i % 3 !== 0);
    const weights = new FixedWeights(record, given.length);
    given.forEach((id, i) => {
      weights.add(id, i + 0.5);
    });
    given.forEach((id, i) => {
      expect(weights.of(id)).toBe(i + 0.5);
      expect(weights.of(id.toUpperCase())).toBe(i + 0.5);
    });
    for (const id of ids.filter((_, i) => i % 3 === 0)) expect(weights.of(id)).toBeNull();
    expect(FixedWeights.none.of(ids[0]!)).toBeNull();
  });

  it('refuses ids out of order, more weights than it has room for, and what is not a uuid', () => {
    const [a, b] = ['00000000-0000-4000-8000-000000000001', 'ffffffff-0000-4000-8000-000000000000'];
    const out = new FixedWeights(record, 2);
    out.add(b, 1);
    expect(() => out.add(a, 1)).toThrow(/out of order/);
    const full = new FixedWeights(record, 1);
    full.add(a, 1);
    expect(() => full.add(b, 1)).toThrow(/more weights/);
    expect(() => new FixedWeights(record, 1).add('not-a-uuid', 1)).toThrow(/not a uuid/);
    expect(() => full.of(`${a}0`)).toThrow(/not a uuid/);
  });
});
