import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { acceptedCoding } from './send-page.ts';

type Coding = 'br' | 'gzip';

/** A file served as it is, under a name carrying its hash, so browsers may keep it for a year. */
export interface StaticAsset {
  readonly path: string;
  readonly type: string;
  readonly body: Uint8Array<ArrayBuffer>;
  /** The body compressed once, for each coding that makes it smaller. */
  readonly compressed: ReadonlyMap<Coding, Uint8Array<ArrayBuffer>>;
}

/**
 * Reads `file` once and compresses it once, as tightly as brotli and gzip go; `path` is given the
 * first ten hex digits of its SHA-256, so a changed file never meets a stale copy.
 */
export function readAsset(file: URL, path: (hash: string) => string, type: string): StaticAsset {
  const body = readFileSync(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const compressed = new Map<Coding, Uint8Array<ArrayBuffer>>();
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  if (br.length < body.length) compressed.set('br', br);
  if (gzip.length < body.length) compressed.set('gzip', gzip);
  return { path: path(hash), type, body, compressed };
}

/**
 * Sends an asset, kept a year, in the coding the browser prefers of those kept ready; compressing
 * it anew for every visitor would cost more than anything else in serving it.
 */
export function sendAsset(c: Context, asset: StaticAsset): Response {
  c.header('Content-Type', asset.type);
  c.header('Cache-Control', 'public, max-age=31536000, immutable');
  c.header('Vary', 'Accept-Encoding');
  const coding = acceptedCoding(c.req.header('accept-encoding'), [...asset.compressed.keys()]);
  if (coding === undefined) return c.body(asset.body);
  c.header('Content-Encoding', coding);
  return c.body(asset.compressed.get(coding)!);
}
