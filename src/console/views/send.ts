import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { sendHtml } from '../../respondent/index.ts';

/** Console pages show work in progress and people's names: no browser or proxy may keep them. */
export function sendConsolePage(c: Context, page: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('Cache-Control', 'no-store');
  return sendHtml(c, `<!doctype html>${String(page)}`, status);
}
