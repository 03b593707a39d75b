import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Sends a rendered page. Respondent pages may show answers, so no browser or proxy may keep them.
 */
export function sendPage(c: Context, page: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store');
  return c.html(`<!doctype html>${String(page)}`, status);
}
