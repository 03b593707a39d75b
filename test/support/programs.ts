import { existsSync } from 'node:fs';
import type { TestContext } from 'vitest';

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
  console.warn(`${what} skipped: ${message}`);
  ctx.skip();
}
