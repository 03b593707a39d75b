import type { Duplex } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { Logger } from 'pino';
import type { RouteRule } from '../console/index.ts';
import { apiProblemReply, ConsoleProblem, consoleRoutes } from '../console/index.ts';
import type { Mailer } from '../mail/index.ts';
import {
  Catalog,
  loggablePath,
  pickLanguage,
  problemPage,
  problems,
  respondentRoutes,
  verifyUpload,
} from '../respondent/index.ts';
import type { Store } from '../store/index.ts';
import { mountAssets } from './assets.ts';
import { isUnnamablePath } from './paths.ts';

/** The largest file the console and the API take (a questionnaire, a contact list). */
export const uploadLimit = 12 * 1024 * 1024;

export interface AppDeps {
  readonly store: Store;
  readonly logger: Logger;
  readonly mailer?: Mailer | undefined;
  /** Secret for CSRF tokens and rate-limit keys; kept in the database so every process shares it. */
  readonly secret: string;
  readonly publicUrl: string;
  readonly bodyLimit?: number;
  readonly now?: () => Date;
  /** Releases of more tables than this are made by the job queue, not in the request (default 200). */
  readonly releaseInlineTables?: number;
}

/**
 * A request body of at most `maxSize` bytes. A body with a Content-Length is judged by it: Node's
 * HTTP parser ends the body there, so it cannot bring more (and refuses a request that also says
 * Transfer-Encoding). Only a chunked body is counted as it arrives, by Hono's `bodyLimit`, which
 * builds the web request object with its body stream to do so: done for every form, that was a
 * large part of a page save's time.
 *
 * Counting reads the stream before any handler can catch what reading throws: a client that closes
 * the connection mid-body, or sends a chunk Node's parser refuses, makes the read fail with
 * "aborted". That is the client's doing, not the server's, so it is answered with `onUnread` (a 400,
 * sent if the socket still takes it) and noted below error level, never as a failed request.
 */
function limitBody(options: {
  maxSize: number;
  onError: (c: Context) => Response | Promise<Response>;
  onUnread: (c: Context) => Response | Promise<Response>;
  logger: Logger;
}): MiddlewareHandler {
  const counted = bodyLimit(options);
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
      let reading = true;
      try {
        return await counted(c, () => {
          reading = false;
          return next();
        });
      } catch (error) {
        // What the handler throws after the body was read is its own to report.
        if (!reading) throw error;
        // The method and the reader's message ("aborted", a parser error) only: the path can carry
        // a token, the body anything.
        options.logger.info(
          { method: c.req.method, reason: error instanceof Error ? error.message.slice(0, 100) : 'unknown' },
          'request body not read',
        );
        return options.onUnread(c);
      }
    }
    if (Number(length) > options.maxSize) return options.onError(c);
    await next();
  };
}

/**
 * Every page a third party could load in a frame, or inject into, is closed off: no inline script,
 * no other origin, no referrer that could carry a resume code.
 */
const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** The security headers of every response, with HSTS when served over TLS (as `publicUrl` says). */
function securityHeadersFor(publicUrl: string): Readonly<Record<string, string>> {
  return publicUrl.startsWith('https://')
    ? { ...securityHeaders, 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }
    : securityHeaders;
}

/**
 * Node answers a request it cannot parse (headers over its limit, a malformed request line) before
 * any route sees it. Set as the server's `clientError` listener, this answers as Node would (431,
 * 413, 408 or 400, then the connection is closed) but with the security headers every other
 * response has.
 */
export function answerClientError(publicUrl: string) {
  const lines = Object.entries(securityHeadersFor(publicUrl))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return (error: Error & { code?: string }, socket: Duplex): void => {
    // A reply already begun on this connection (a pipelined request) cannot take another.
    const begun = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || begun === true) {
      socket.destroy();
      return;
    }
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? [413, 'Payload Too Large']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'Request Timeout']
            : [400, 'Bad Request'];
    // Closed once written, as Node does: the server's sockets allow half-open connections, and a
    // client that never closes its side would hold this one.
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n${lines}\r\n`, () =>
      socket.destroy(),
    );
  };
}

/** The application, and the access rule of every console route (console-access.test.ts reads them). */
export function createApp(deps: AppDeps): Hono & { consoleRules: readonly RouteRule[] } {
  const app = new Hono();
  const now = deps.now ?? (() => new Date());

  // Served over TLS (as its public address says), browsers are told to keep to it for a year.
  const headers = securityHeadersFor(deps.publicUrl);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Set on the response's own headers: `c.header` after the handler would copy the response
    // into a new one with a streamed body, which costs more than the page did.
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    // The path only, its secrets blanked (`loggablePath`): query strings can carry resume codes, and
    // nothing else about the client is kept.
    if (deps.logger.isLevelEnabled('debug'))
      deps.logger.debug(
        {
          method: c.req.method,
          path: loggablePath(c.req.path),
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
  });
  app.use(compress());

  const assets = mountAssets(app);
  const isApi = (c: Context) => c.req.path.startsWith('/api/');
  /** A refusal in the user's language: the API's JSON error, or the page every other route shows. */
  const refuse = (c: Context, key: 'badRequest' | 'notFound' | 'unavailable') => {
    if (!isApi(c)) return problemPage(c, pickLanguage(c), problems[key](), assets);
    // As the API's own routes say it, before any sign-in: in the language the client asks for.
    c.header('Cache-Control', 'no-store');
    return apiProblemReply(c, ConsoleProblem[key]());
  };

  // A path that does not decode, or decodes to a control character or a lone surrogate, names no
  // study, entry or account: it is not found, before any route looks it up (PostgreSQL refuses NUL).
  app.use(async (c, next) => {
    if (isUnnamablePath(c.req.url)) return refuse(c, 'notFound');
    await next();
  });

  const onUnread = (c: Context) => refuse(c, 'badRequest');
  // Respondents send forms; the study team also uploads questionnaires and contact lists.
  const respondentLimit = limitBody({
    maxSize: deps.bodyLimit ?? 256 * 1024,
    onError: (c) => problemPage(c, pickLanguage(c), problems.tooLarge(), assets),
    onUnread,
    logger: deps.logger,
  });
  const teamBytes = Math.max(deps.bodyLimit ?? 0, uploadLimit);
  const teamLimit = limitBody({
    maxSize: teamBytes,
    onError: (c) => {
      if (!isApi(c)) return problemPage(c, pickLanguage(c), problems.tooLarge(), assets);
      c.header('Cache-Control', 'no-store');
      return apiProblemReply(c, ConsoleProblem.tooLarge(Math.floor(teamBytes / 1024 / 1024)));
    },
    onUnread,
    logger: deps.logger,
  });
  // "Check a credential" takes a sealed file of up to 2 MB; no other public form takes more than a form.
  const credentialLimit = limitBody({
    maxSize: Math.max(deps.bodyLimit ?? 0, verifyUpload.maxBodyBytes),
    onError: (c) => problemPage(c, pickLanguage(c), verifyUpload.tooLarge(), assets),
    onUnread,
    logger: deps.logger,
  });
  app.use((c, next) => {
    // GET and HEAD carry no body; asking for one would build the whole request object for nothing.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const path = c.req.path;
    if (path.startsWith('/console/') || path.startsWith('/api/')) return teamLimit(c, next);
    return verifyUpload.path.test(path) ? credentialLimit(c, next) : respondentLimit(c, next);
  });

  app.get('/healthz', async (c) => {
    const ok = await deps.store.ping();
    c.header('Cache-Control', 'no-store');
    return c.json({ status: ok ? 'ok' : 'unavailable', database: deps.store.kind }, ok ? 200 : 503);
  });

  const catalog = new Catalog(deps.store);
  const console = consoleRoutes({
    store: deps.store,
    catalog,
    logger: deps.logger,
    mailer: deps.mailer,
    publicUrl: deps.publicUrl,
    secret: deps.secret,
    assets,
    now,
    secureCookies: deps.publicUrl.startsWith('https:'),
    releaseInlineTables: deps.releaseInlineTables ?? 200,
  });
  app.route('/', console.app);

  app.route(
    '/',
    respondentRoutes({
      store: deps.store,
      catalog,
      logger: deps.logger,
      mailer: deps.mailer,
      publicUrl: deps.publicUrl,
      secret: deps.secret,
      assets,
      now,
      secureCookies: deps.publicUrl.startsWith('https:'),
    }),
  );

  app.notFound((c) => refuse(c, 'notFound'));
  app.onError((error, c) => {
    deps.logger.error({ err: error, path: loggablePath(new URL(c.req.url).pathname) }, 'request failed');
    return refuse(c, 'unavailable');
  });
  return Object.assign(app, { consoleRules: console.rules });
}
