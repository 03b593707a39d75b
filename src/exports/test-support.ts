import { existsSync } from 'node:fs';
import type { TestContext } from 'vitest';
import type { ExportColumn } from './columns.ts';
import type { Dataset, Value } from './dataset.ts';

/** Test helpers: datasets held in memory, and the programs that read export files back. */

/**
 * A dataset held in memory, as the export's writers take one from the store: `rows` in batches of
 * `batch` rows (all in one by default), `rowCount` their number unless given (a dataset described
 * but never read).
 */
export function memoryDataset(
  columns: readonly ExportColumn[],
  rows: readonly (readonly Value[])[] = [],
  options: { name?: string; layout?: 'wide' | 'long'; rowCount?: number; batch?: number } = {},
): Dataset {
  const batch = options.batch ?? Math.max(1, rows.length);
  return {
    name: options.name ?? 'data',
    unit: 'respondent',
    layout: options.layout ?? 'wide',
    columns,
    rowCount: options.rowCount ?? rows.length,
    rows: async function* () {
      for (let at = 0; at < rows.length; at += batch) yield rows.slice(at, at + batch);
    },
  };
}

/**
 * Programs from Debian a suite reads its files back with. Without them the test skips with the
 * command that installs them; with CI=true it fails instead, since CI may not skip.
 */
export function requirePrograms(
  ctx: TestContext,
  paths: readonly string[],
  install: string,
  what: string,
): void {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return;
  const message = `${missing.join(', ')} not installed (${install})`;
  if (process.env.CI === 'true') throw new Error(`${message}: with CI=true this suite may not skip`);
  // The note given to skip() is not printed by the default reporter; the warning is.
  console.warn(`${what} skipped: ${message}`);
  ctx.skip();
}
