import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { describe, expect, it } from 'vitest';
import { mountAssets } from './assets.ts';

const app = new Hono();
// As in the app: the compression middleware runs around every route, assets included.
app.use(compress());
const assets = mountAssets(app);
const stylesheet = readFileSync(new URL('../respondent/assets/credmap.css', import.meta.url));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, acceptEncoding === undefined ? {} : { headers: { 'Accept-Encoding': acceptEncoding } });

describe('the stylesheet and script', () => {
  it('go under names that carry their hash, kept a year', async () => {
    expect(assets.css).toMatch(/^\/assets\/credmap\.[0-9a-f]{10}\.css$/);
    expect(assets.js).toMatch(/^\/assets\/credmap\.[0-9a-f]{10}\.js$/);
    const res = await get(assets.css);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it.each([
    ['gzip, deflate, br', 'br', brotliDecompressSync],
    ['br;q=0.5, gzip', 'gzip', gunzipSync],
    ['x-gzip', 'gzip', gunzipSync],
    ['*', 'br', brotliDecompressSync],
    ['br;q=0, *', 'gzip', gunzipSync],
  ])('%j: sent in %s, smaller and whole', async (header, coding, decode) => {
    const res = await get(assets.css, header);
    expect(res.headers.get('content-encoding')).toBe(coding);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(stylesheet.length / 3);
    expect(decode(body).equals(stylesheet)).toBe(true);
  });

  it('go as they are to a browser that takes no compression', async () => {
    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const res = await get(assets.css, header);
      expect(res.headers.get('content-encoding'), header).toBeNull();
      expect(Buffer.from(await res.arrayBuffer()).equals(stylesheet), header).toBe(true);
    }
  });

  it('are left to the middleware for a coding not kept ready', async () => {
    const res = await get(assets.css, 'deflate');
    expect(res.headers.get('content-encoding')).toBe('deflate');
    expect(inflateSync(Buffer.from(await res.arrayBuffer())).equals(stylesheet)).toBe(true);
  });

  it('send the script', async () => {
    const script = readFileSync(new URL('../respondent/assets/credmap.js', import.meta.url));
    const res = await get(assets.js, 'br, gzip');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const body = Buffer.from(await res.arrayBuffer());
    const coding = res.headers.get('content-encoding');
    const decode = coding === 'br' ? brotliDecompressSync : coding === 'gzip' ? gunzipSync : (b: Buffer) => b;
    expect(decode(body).equals(script)).toBe(true);
  });
});
