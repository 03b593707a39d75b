import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import type { Assets } from '../respondent/index.ts';

interface Asset {
  readonly path: string;
  readonly body: string;
  readonly type: string;
}

function asset(file: URL, name: string, extension: string, type: string): Asset {
  const body = readFileSync(file, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `/assets/${name}.${hash}.${extension}`, body, type };
}

/**
 * The stylesheet and script, read once and served under names carrying their hash, so browsers
 * may keep them for a year and still never see a stale one.
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
    app.get(a.path, (c) => {
      c.header('Content-Type', a.type);
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      return c.body(a.body);
    });
  }
  return { css: css.path, js: js.path };
}
