import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The credential test vectors: real credentials written by others, kept beside the repository in
 * `../shared/vectors/` and read, never copied. `CREDMAP_VECTORS` points elsewhere if needed.
 */
export const vectorsDir =
  process.env.CREDMAP_VECTORS ?? fileURLToPath(new URL('../../../shared/vectors/', import.meta.url));

/** A path inside the vectors, with a clear error when they are not there. */
export function vector(...parts: string[]): string {
  if (!existsSync(vectorsDir))
    throw new Error(`credential vectors not found at ${vectorsDir}: set CREDMAP_VECTORS to their folder`);
  return join(vectorsDir, ...parts);
}
