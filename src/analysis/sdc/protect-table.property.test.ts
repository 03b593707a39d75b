import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditIntervals,
  crossTable,
  findPrimaries,
  isPublished,
  type ProtectOptions,
  protectTable,
  resolveOptions,
} from './index.ts';

/** Research doc §A11 T13: random small tables with margins, random k. */
const tableCase = fc
  .record({
    rows: fc.integer({ min: 2, max: 4 }),
    columns: fc.integer({ min: 2, max: 4 }),
    k: fc.integer({ min: 3, max: 10 }),
    zerosDisclosive: fc.boolean(),
    concentration: fc.boolean(),
    // Group the first two columns as a subtotal, as in T2.
    hierarchy: fc.boolean(),
    protectionLevel: fc.constantFrom(0, 0, 1, 3),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      counts: fc.array(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: shape.columns, maxLength: shape.columns }),
        {
          minLength: shape.rows,
          maxLength: shape.rows,
        },
      ),
    }),
  )
  .map(({ shape, counts }) => ({
    table: crossTable({
      rows: { name: 'r', categories: Array.from({ length: shape.rows }, (_, i) => `r${i}`) },
      columns: {
        name: 'c',
        categories: shape.hierarchy
          ? [
              { code: 'g', children: ['c0', 'c1'] },
              ...Array.from({ length: shape.columns - 2 }, (_, i) => `c${i + 2}`),
            ]
          : Array.from({ length: shape.columns }, (_, i) => `c${i}`),
      },
      counts,
    }),
    options: {
      k: shape.k,
      zerosDisclosive: shape.zerosDisclosive,
      concentration: shape.concentration,
      protectionLevel: shape.protectionLevel,
    } satisfies ProtectOptions,
  }));

describe('protectTable on random tables', () => {
  it('leaves no suppressed cell exactly recoverable, hides every primary, keeps published values, and is repeatable', async () => {
    await fc.assert(
      fc.asyncProperty(tableCase, async ({ table, options }) => {
        const result = await protectTable(table, options);
        const suppressed = result.cells.filter((cell) => !isPublished(cell)).map((cell) => cell.id);

        // (i) the attacker's LP, run independently on the output, recovers no suppressed cell.
        const intervals = await auditIntervals(table, suppressed);
        for (const [low, high] of intervals.values()) expect(high - low).toBeGreaterThan(0);
        for (const cell of result.cells) {
          if (cell.status === 'u') {
            const [low, high] = intervals.get(cell.id)!;
            expect(high - low).toBeGreaterThanOrEqual(options.protectionLevel);
          }
        }

        // (ii) suppressed ⊇ primaries, and the primaries are exactly the 'u' cells.
        const primaries = [...findPrimaries(table, resolveOptions(options)).keys()];
        expect(result.cells.filter((cell) => cell.status === 'u').map((cell) => cell.id)).toEqual(primaries);
        for (const id of primaries) expect(suppressed).toContain(id);

        // (iii) published cells keep their values; suppressed ones carry none.
        result.cells.forEach((cell, position) => {
          if (isPublished(cell)) expect(cell.n).toBe(table.cells[position]!.n);
          else expect('n' in cell).toBe(false);
        });

        // (iv) deterministic, and idempotent: forcing the pattern adds nothing.
        expect(await protectTable(table, options)).toEqual(result);
        const again = await protectTable(table, { ...options, forced: suppressed });
        expect(again.cells.filter((cell) => !isPublished(cell)).map((cell) => cell.id)).toEqual(suppressed);
      }),
      { numRuns: 60 },
    );
  });
});
