import type { Hono } from 'hono';
import type { Assets } from '../respondent/index.ts';
import { readAsset, sendAsset } from '../respondent/index.ts';

/**
 * The stylesheet and script, read and compressed once, and served under names carrying their hash,
 * so browsers may keep them for a year and still never see a stale one.
 */
export function mountAssets(app: Hono): Assets {
  const css = readAsset(
    new URL('../respondent/assets/credmap.css', import.meta.url),
    (hash) => `/assets/credmap.${hash}.css`,
    'text/css; charset=utf-8',
  );
  const js = readAsset(
    new URL('../respondent/assets/credmap.js', import.meta.url),
    (hash) => `/assets/credmap.${hash}.js`,
    'text/javascript; charset=utf-8',
  );
  for (const a of [css, js]) app.get(a.path, (c) => sendAsset(c, a));
  return { css: css.path, js: js.path };
}
