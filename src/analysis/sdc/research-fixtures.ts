import { crossTable } from './cross-table.ts';
import type { FrequencyTable } from './table.ts';

/**
 * Golden tables from the research doc §A11 (docs/research/disclosure-control-and-exports.md), used
 * by the tests only (not exported from index.ts). Sources: GaussSuppression vignette "Small count frequency table suppression"
 * (T1, T2), Handbook on SDC 2nd ed. Example 3 (T4), sdcTable test-simpleheuristic.R (T5).
 */

const age = { name: 'age', categories: ['young', 'old'] } as const;

/** T1: age × geo, GaussSuppression Table 1. */
export const t1 = (): FrequencyTable =>
  crossTable({
    rows: age,
    columns: { name: 'geo', categories: ['Iceland', 'Portugal', 'Spain'] },
    counts: [
      [2, 0, 5],
      [3, 4, 6],
    ],
  });

/** T2: the same data with geo as a hierarchy EU = Portugal + Spain, nonEU = Iceland. */
export const t2 = (): FrequencyTable =>
  crossTable({
    rows: age,
    columns: {
      name: 'geo',
      categories: [
        { code: 'EU', children: ['Portugal', 'Spain'] },
        { code: 'nonEU', children: ['Iceland'] },
      ],
    },
    counts: [
      [0, 5, 2],
      [4, 6, 3],
    ],
  });

/** T4: Handbook Example 3 (Geurts 1992), true inner values 4, 3 / 2, 1 / 3, 3. */
export const t4 = (): FrequencyTable =>
  crossTable({
    rows: { name: 'r', categories: ['r1', 'r2', 'r3'] },
    columns: { name: 'c', categories: ['c1', 'c2'] },
    counts: [
      [4, 3],
      [2, 1],
      [3, 3],
    ],
  });

/** T5: sdcTable's 4 × 4 table where "two suppressions per row and column" is not enough. */
export const t5 = (): FrequencyTable =>
  crossTable({
    rows: { name: 'row', categories: ['w', 'x', 'y', 'z'] },
    columns: { name: 'col', categories: ['a', 'b', 'c', 'd'] },
    counts: [
      [30, 47, 64, 89],
      [90, 124, 5, 31],
      [92, 100, 59, 85],
      [800, 991, 651, 685],
    ],
  });

export const t5Primaries = ['w:a', 'w:b', 'w:c', 'x:a', 'x:c', 'y:b', 'y:d', 'z:b', 'z:d'] as const;
