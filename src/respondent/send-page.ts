import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Pages smaller than this go as they are: compressing them saves less than a packet. */
const compressFrom = 1024;

/**
 * Which of the `offered` content codings the request's `Accept-Encoding` takes (RFC 9110, section
 * 12.5.3): the one of highest weight above zero, named or covered by `*` when not named; on equal
 * weights the first offered. `x-gzip` is gzip (section 8.4.1.3). `undefined`: send the body as it is.
 */
export function acceptedCoding<C extends string>(
  header: string | undefined,
  offered: readonly C[],
): C | undefined {
  if (header === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((s) => s.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    const coding = name === 'x-gzip' ? 'gzip' : name;
    if (!weights.has(coding)) weights.set(coding, Number.isFinite(q) ? q : 0);
  }
  let best: C | undefined;
  let bestWeight = 0;
  for (const coding of offered) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > bestWeight) {
      best = coding;
      bestWeight = q;
    }
  }
  return best;
}

/** Whether the request's `Accept-Encoding` takes gzip. */
export const acceptsGzip = (header: string | undefined): boolean =>
  acceptedCoding(header, ['gzip']) === 'gzip';

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
