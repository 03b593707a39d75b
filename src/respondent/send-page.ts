import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Pages smaller than this go as they are: compressing them saves less than a packet. */
const compressFrom = 1024;

/**
 * Whether the request's `Accept-Encoding` takes gzip (RFC 9110, section 12.5.3): named with a
 * weight above zero, or covered by `*` when not named at all.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let wildcard = false;
  for (const entry of header.split(',')) {
    const [coding = '', ...params] = entry.split(';').map((s) => s.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    const takes = Number.isFinite(q) && q > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return takes;
    if (coding === '*') wildcard = takes;
  }
  return wildcard;
}

/**
 * Sends an HTML document, gzipped when the browser takes it. It is compressed here, in one call,
 * rather than by the compression middleware: that one pipes every body through a compression
 * stream, which costs more than rendering the page.
 */
export function sendHtml(c: Context, html: string, status: ContentfulStatusCode = 200): Response {
  c.header('Vary', 'Accept-Encoding');
  if (html.length < compressFrom || !acceptsGzip(c.req.header('accept-encoding')))
    return c.html(html, status);
  c.header('Content-Type', 'text/html; charset=UTF-8');
  c.header('Content-Encoding', 'gzip');
  return c.body(gzipSync(html), status);
}

/** Sends a rendered page. Respondent pages may show answers, so no browser or proxy may keep them. */
export function sendPage(c: Context, page: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store');
  return sendHtml(c, `<!doctype html>${String(page)}`, status);
}
