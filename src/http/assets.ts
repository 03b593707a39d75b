import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import type { Assets } from '../respondent/index.ts';
import { acceptedCoding } from '../respondent/index.ts';

type Coding = 'br' | 'gzip';

interface Asset {
  readonly path: string;
  readonly type: string;
  readonly body: Uint8Array<ArrayBuffer>;
  /** The body compressed once, for each coding that makes it smaller. */
  readonly compressed: ReadonlyMap<Coding, Uint8Array<ArrayBuffer>>;
}

function asset(file: URL, name: string, extension: string, type: string): Asset {
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
  return { path: `/assets/${name}.${hash}.${extension}`, type, body, compressed };
}

/**
 * The stylesheet and script, read once and served under names carrying their hash, so browsers
 * may keep them for a year and still never see a stale one. Each is compressed once, at start, as
 * tightly as brotli and gzip go, and sent in the coding the browser prefers; compressing it anew
 * for every visitor would cost more than anything else in serving it.
 */
export function mountAssets(app: Hono): Assets {
  const css = asset(
    new URL('../respondent/assets/credmap.css', import.meta.url),
    'credmap',
    'css',
    'text/css; charset=utf-8',
  );
  const js = asset(
    new URL('../respondent/assets/credmap.js', import.meta.url),
    'credmap',
    'js',
    'text/javascript; charset=utf-8',
  );
  for (const a of [css, js]) {
    const offered = [...a.compressed.keys()];
    app.get(a.path, (c) => {
      c.header('Content-Type', a.type);
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      c.header('Vary', 'Accept-Encoding');
      const coding = acceptedCoding(c.req.header('accept-encoding'), offered);
      if (coding === undefined) return c.body(a.body);
      c.header('Content-Encoding', coding);
      return c.body(a.compressed.get(coding)!);
    });
  }
  return { css: css.path, js: js.path };
}
