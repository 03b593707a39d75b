import { describe, expect, it } from 'vitest';
import { computeWeights, readMargins, readTotal, weightedEstimate } from './weighting.ts';

// The research notes' fixture (B10): y, w; R survey gives p = 0.487654, logit CI [0.174351, 0.810968].
const y = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1];
const w = [1.0, 2.0, 0.5, 1.5, 1.0, 3.0, 0.8, 1.2, 2.5, 0.7, 1.1, 0.9];

describe('weighted estimates from sums', () => {
  it('gives R survey’s percentage and logit interval from Σw and Σw² alone', () => {
    const code = { group: null, code: '1', n: 7, sumW: 0, sumW2: 0 };
    const base = { group: null, code: null, n: 12, sumW: 0, sumW2: 0 };
    y.forEach((v, i) => {
      base.sumW += w[i]!;
      base.sumW2 += w[i]! ** 2;
      if (v === 1) {
        code.sumW += w[i]!;
        code.sumW2 += w[i]! ** 2;
      }
    });
    const e = weightedEstimate({ code: [code], base: [base] })!;
    expect(e.percent).toBeCloseTo(48.7654321, 5);
    expect(e.low).toBeCloseTo(17.4351, 3);
    expect(e.high).toBeCloseTo(81.0968, 3);
    expect(e.effectiveN).toBeCloseTo(9.260409, 5);
  });
});

describe('margins and weights', () => {
  it('reads margins and refuses totals that do not add up to one population', () => {
    expect(
      readMargins([
        ['variable', 'category', 'total'],
        ['g', 'a', '50'],
        ['g', 'b', '50'],
        ['sex', 'f', '60'],
        ['sex', 'm', '40'],
      ]),
    ).toEqual({
      ok: true,
      margins: { g: { a: 50, b: 50 }, sex: { f: 60, m: 40 } },
    });
    const bad = readMargins([
      ['Variable', 'Category', 'Total'],
      ['g', 'a', 'x'],
      ['g', 'b', '50'],
      ['sex', 'f', '60'],
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.code).sort()).toEqual(['margins.total', 'margins.unequalTotals']);
    expect(readMargins([['a', 'b']])).toEqual({ ok: false, issues: [{ code: 'margins.header', row: 1 }] });
  });

  it.each<[string, ',' | '.', number]>([
    ['12.345', ',', 12345],
    ['12 345,5', ',', 12345.5],
    ['1\u202f234\u202f567', ',', 1234567],
    ['1,5', ',', 1.5],
    ['0.125', ',', 0.125],
    ['1.5', ',', 1.5],
    ['12,345', '.', 12345],
    ['12.345', '.', 12.345],
    ['1,5', '.', 1.5],
    ['1.234,5', '.', 1234.5],
    ['1,234.5', ',', 1234.5],
    ['1.234.567', '.', Number.NaN],
    ['12,34,567', '.', Number.NaN],
  ])('reads the total %s with a decimal %s as %d', (text, decimal, total) => {
    expect(readTotal(text, decimal)).toBe(total);
  });

  it('says which cell of the margins is wrong, and why', () => {
    const read = readMargins(
      [
        ['variable', 'category', 'total'],
        ['g', 'a', '50'],
        ['', 'b', '50'],
        ['g', '', '0'],
        ['g', 'a', '50'],
        ['sex', 'f', '60'],
      ],
      { decimal: ',' },
    );
    expect(read).toEqual({
      ok: false,
      issues: [
        { code: 'margins.missing', row: 3, column: 'variable' },
        { code: 'margins.missing', row: 4, column: 'category' },
        { code: 'margins.total', row: 4, detail: '0' },
        { code: 'margins.duplicate', row: 5, variable: 'g', category: 'a' },
        { code: 'margins.unequalTotals', row: 1, variable: 'sex', sum: 60, first: 'g', firstSum: 50 },
      ],
    });
  });

  it('weights respondents to the margins, and says why it cannot', () => {
    const units = [
      { id: '1', values: ['a', 'm'] },
      { id: '2', values: ['a', 'f'] },
      { id: '3', values: ['b', 'f'] },
      { id: '4', values: ['b', 'm'] },
      { id: '5', values: ['b', 'f'] },
    ];
    const result = computeWeights(units, ['g', 'sex'], { g: { a: 50, b: 50 }, sex: { f: 60, m: 40 } });
    if (!result.ok) throw new Error('expected weights');
    const total = (ids: string[]) =>
      result.weights.filter((x) => ids.includes(x.id)).reduce((s, x) => s + x.weight, 0);
    expect(total(['1', '2'])).toBeCloseTo(50, 6);
    expect(total(['2', '3', '5'])).toBeCloseTo(60, 6);
    const refused = computeWeights([...units, { id: '6', values: ['c', null] }], ['g', 'sex'], {
      g: { a: 50, b: 50 },
      sex: { f: 60, m: 40 },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems).toEqual([
        { code: 'weights.unknownCategory', variable: 'g', category: 'c', count: 1 },
        { code: 'weights.noValue', variable: 'sex', count: 1 },
      ]);
  });
});
