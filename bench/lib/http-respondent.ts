/**
 * Respondents over real HTTP, for fault checks and load benchmarks against a running credmap.
 *
 * - `HttpBrowser`: a browser without JavaScript. It keeps cookies, reads the CSRF token
 *   (`name="_csrf" value="…"`), render time (`_ts`) and repeat item (`_item`) from every page and
 *   sends them with the next form. Redirects are not followed, so a 303 is seen as a 303. It asks for compressed pages, as
 *   browsers do, and decodes them. Each request may go to another server (`origin` as a function),
 *   and each is timed and reported to `onRequest`.
 * - `HttpRespondent`: walks one simulated response (`simulateResponse` on a compiled model) page by
 *   page, GET then POST, as a browser would, and posts "check your answers" to complete. After every
 *   POST it calls `onPost` with the step, the form, the status, the redirect and the time taken, and
 *   the resume code the browser held after it: what the server acknowledged, and for which response.
 *   With `retry`, a request that fails on the network or gets a 503 is tried again (the page is
 *   fetched and sent anew, as a person pressing "reload" would) until `retry.forMs` have passed.
 *
 * ```ts
 * const r = new HttpRespondent({ origin: 'http://127.0.0.1:3000', model, seed: 7, lang: 'fi', today });
 * await r.complete(); // throws with the step, status and page text if the server refuses anything
 * ```
 */
import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Model, SimulatedResponse } from '../../src/questionnaire/index.ts';
import { seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import type { QuestionnaireUrls } from '../../src/respondent/urls.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';

export type Fields = Readonly<Record<string, string | readonly string[]>>;

export interface HttpReply {
  readonly status: number;
  readonly location: string | null;
  readonly html: string;
  readonly headers: Headers;
  /** From sending the request to the end of the body. */
  readonly ms: number;
}

/** One request as it went: status 0 when no reply came (refused, reset, timed out). */
export interface RequestEvent {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  readonly error?: string;
  readonly retryAfter?: string | null;
}

/** A request that got no reply at all. */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    readonly ms: number,
    cause: unknown,
  ) {
    const reason =
      cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : '';
    super(`no reply from ${url} after ${Math.round(ms)} ms: ${reason}`);
    this.name = 'NetworkError';
  }
}

export interface BrowserOptions {
  /** Where requests go; a function is asked before each request (to spread one browser over servers). */
  readonly origin: string | ((request: number) => string);
  readonly headers?: Readonly<Record<string, string>>;
  /** A request with no reply after this long fails with a NetworkError (default 30 s). */
  readonly timeoutMs?: number;
  readonly onRequest?: (event: RequestEvent) => void;
}

export class HttpBrowser {
  private readonly cookies = new Map<string, string>();
  private token: string | undefined;
  private renderedAt: string | undefined;
  /** The repeat item the last page's form names (`_item`), if it had one. */
  private item: string | undefined;
  private requests = 0;

  constructor(private readonly options: BrowserOptions) {}

  get(path: string): Promise<HttpReply> {
    return this.send('GET', path);
  }

  /** Posts a form with the CSRF token (and render time) of the last page shown. */
  post(path: string, fields: Fields = {}): Promise<HttpReply> {
    const body = new URLSearchParams();
    if (this.token !== undefined) body.append('_csrf', this.token);
    if (this.renderedAt !== undefined) body.append('_ts', this.renderedAt);
    if (this.item !== undefined && !('_item' in fields)) body.append('_item', this.item);
    for (const [name, value] of Object.entries(fields))
      for (const v of typeof value === 'string' ? [value] : value) body.append(name, v);
    return this.send('POST', path, body.toString(), 'application/x-www-form-urlencoded');
  }

  /** Posts a file as an upload form does, with the CSRF token of the last page. */
  upload(
    path: string,
    field: string,
    name: string,
    content: string,
    fields: Fields = {},
  ): Promise<HttpReply> {
    const form = new FormData();
    if (this.token !== undefined) form.append('_csrf', this.token);
    for (const [key, value] of Object.entries(fields))
      for (const v of typeof value === 'string' ? [value] : value) form.append(key, v);
    form.append(field, new File([content], name));
    return this.send('POST', path, form);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The first cookie whose name starts with `prefix`, decoded. */
  cookieStartingWith(prefix: string): string | undefined {
    for (const [name, value] of this.cookies) if (name.startsWith(prefix)) return decodeURIComponent(value);
    return undefined;
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body?: string | FormData,
    contentType?: string,
  ): Promise<HttpReply> {
    const { origin } = this.options;
    const url = `${typeof origin === 'string' ? origin : origin(this.requests)}${path}`;
    this.requests++;
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: Buffer | undefined;
    if (body instanceof FormData) {
      // The multipart body and its boundary, encoded as fetch would send them.
      const encoded = new Response(body);
      payload = Buffer.from(await encoded.arrayBuffer());
      contentType = encoded.headers.get('content-type') ?? undefined;
    } else if (body !== undefined) payload = Buffer.from(body, 'utf8');
    const headers: Record<string, string> = {
      'accept-encoding': 'gzip, deflate, br',
      ...this.options.headers,
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
      ...(cookie === '' ? {} : { cookie }),
    };
    const started = performance.now();
    let res: Exchanged;
    try {
      res = await exchange(new URL(url), method, headers, payload, this.options.timeoutMs ?? 30_000);
    } catch (cause) {
      const ms = performance.now() - started;
      const error = new NetworkError(url, ms, cause);
      this.options.onRequest?.({ method, url, status: 0, ms, error: error.message });
      throw error;
    }
    const ms = performance.now() - started;
    this.options.onRequest?.({
      method,
      url,
      status: res.status,
      ms,
      retryAfter: res.headers.get('retry-after'),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    const { html } = res;
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token !== undefined) this.token = token;
    const ts = html.match(/name="_ts" value="([^"]+)"/)?.[1];
    if (ts !== undefined) this.renderedAt = ts;
    // A page's own: kept from the page shown until the next one (a redirect shows none).
    if (html !== '') this.item = html.match(/name="_item" value="([^"]+)"/)?.[1];
    return { status: res.status, location: res.headers.get('location'), html, headers: res.headers, ms };
  }
}

/**
 * Every browser of this process shares one pool of kept-alive connections per scheme, as a browser
 * keeps its connections to a server open between pages.
 *
 * Requests go through `node:http` rather than `fetch`, which costs the load generator more CPU on
 * the same two cores as the server. Taking turns against one server at 200 at once, two runs each:
 * credmap's stylesheet 3,431 and 3,624 requests a second with fetch, 5,925 and 6,161 with
 * `node:http`; whole respondents 734 and 748 against 828 and 856, with p99 530 and 535 ms against
 * 448 and 477 ms.
 */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

interface Exchanged {
  readonly status: number;
  readonly headers: Headers;
  readonly html: string;
}

/** A body as the server encoded it (RFC 9110, section 8.4), decoded. */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case '':
    case 'identity':
      return body;
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      throw new Error(`unknown content encoding ${encoding}`);
  }
}

/** One request and its whole reply; redirects are not followed. Fails when no reply has come within `timeoutMs`. */
function exchange(
  url: URL,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  payload: Buffer | undefined,
  timeoutMs: number,
): Promise<Exchanged> {
  const scheme = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = scheme.request(
      url,
      {
        method,
        agent: agents[url.protocol === 'https:' ? 'https:' : 'http:'],
        headers: payload === undefined ? headers : { ...headers, 'content-length': String(payload.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          try {
            const replyHeaders = new Headers();
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) replyHeaders.append(raw[i]!, raw[i + 1]!);
            const body = decoded(Buffer.concat(chunks), replyHeaders.get('content-encoding') ?? undefined);
            resolve({ status: res.statusCode ?? 0, headers: replyHeaders, html: body.toString('utf8') });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`no reply within ${timeoutMs} ms`)), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
    request.end(payload);
  });
}

/** What the server said to one POST of a respondent. `status` 0: no reply came. */
export interface PostEvent {
  /** A step key of the simulation ('p_role', 'mc/2/p_mc', 'mc' for a summary) or 'check'. */
  readonly step: string;
  readonly form: Readonly<Record<string, string[]>>;
  readonly status: number;
  readonly location: string | null;
  readonly durationMs: number;
  /** The respondent's resume code after this POST (set by the first page that was stored). */
  readonly resumeCode: string | undefined;
  /** 0 for the first try of this step, 1 for the next … */
  readonly attempt: number;
}

export interface RespondentOptions extends Omit<BrowserOptions, 'headers'> {
  readonly model: Model;
  /** The simulation's seed: the same seed gives the same answers. */
  readonly seed: number;
  readonly lang: string;
  /** The questionnaire's today (its study's time zone), for date questions. */
  readonly today: string;
  readonly study?: string;
  readonly questionnaire?: string;
  readonly onPost?: (event: PostEvent) => void;
  /** Time spent on each page before sending it, as a person reading and answering (default none). */
  readonly thinkMs?: number;
  /** Try failed requests (no reply, or 503) again, every `delayMs`, until `forMs` have passed. */
  readonly retry?: { readonly forMs: number; readonly delayMs: number };
}

/** A reply that ends the walk: the respondent cannot go on. */
export class RespondentError extends Error {
  constructor(
    readonly step: string,
    readonly reply: HttpReply | undefined,
    detail: string,
  ) {
    super(`respondent at ${step}: ${detail}`);
    this.name = 'RespondentError';
  }
}

/** The server answered 503: the database is away; the request may be tried again. */
class Unavailable extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page's words without markup, for error messages. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);

export class HttpRespondent {
  readonly run: SimulatedResponse;
  readonly browser: HttpBrowser;
  readonly urls: QuestionnaireUrls;
  /** Requests tried again after a failure. */
  retries = 0;
  /** The receipt on the thank-you page, once completed. */
  receipt: string | undefined;

  constructor(private readonly options: RespondentOptions) {
    this.run = simulateResponse(options.model, seededRandom(options.seed), options.today);
    this.urls = questionnaireUrls(options.lang, options.study ?? 'demo', options.questionnaire ?? 'demo');
    this.browser = new HttpBrowser({
      origin: options.origin,
      headers: { 'accept-language': options.lang },
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.onRequest === undefined ? {} : { onRequest: options.onRequest }),
    });
  }

  /** The resume code the browser holds (the response cookie), once a page has been stored. */
  resumeCode(): string | undefined {
    return this.browser.cookieStartingWith('cm_r');
  }

  /** Every page from the first to "check your answers", then the submission and the thank-you page. */
  async complete(): Promise<void> {
    const { model } = this.options;
    let shown: string = this.urls.stepKey(this.run.forms[0]!.step);
    for (const { step, form } of this.run.forms) {
      const path = model.groups.has(step) ? this.urls.summary(step) : this.urls.stepKey(step);
      shown = await this.step(step, shown, path, form);
    }
    const done = await this.step('check', shown, this.urls.check(), {});
    if (done !== this.urls.done())
      throw new RespondentError('check', undefined, `sent to ${done}, not to the thank-you page`);
    const thanks = await this.retrying('done', async () => {
      const reply = await this.browser.get(done);
      if (reply.status === 503) throw new Unavailable('503 on the thank-you page');
      return reply;
    });
    if (thanks.status !== 200)
      throw new RespondentError('done', thanks, `thank-you page answered ${thanks.status}`);
    this.receipt = thanks.html.match(/<strong class="code">([^<]+)<\/strong>/)?.[1];
  }

  /**
   * Shows the page at `shown` (following redirects, as a browser does) and posts `form` to `path`;
   * returns where the server sends the respondent next. On a second try "check" may answer 409
   * (already completed): the first try was stored and only its reply was lost.
   */
  private step(step: string, shown: string, path: string, form: Record<string, string[]>): Promise<string> {
    let attempt = 0;
    return this.retrying(step, async () => {
      const tries = attempt++;
      await this.show(tries === 0 ? shown : path);
      if ((this.options.thinkMs ?? 0) > 0) await sleep(this.options.thinkMs!);
      let reply: HttpReply;
      try {
        reply = await this.browser.post(path, form);
      } catch (error) {
        if (error instanceof NetworkError)
          this.options.onPost?.({
            step,
            form,
            status: 0,
            location: null,
            durationMs: error.ms,
            resumeCode: this.resumeCode(),
            attempt: tries,
          });
        throw error;
      }
      this.options.onPost?.({
        step,
        form,
        status: reply.status,
        location: reply.location,
        durationMs: reply.ms,
        resumeCode: this.resumeCode(),
        attempt: tries,
      });
      if (reply.status === 303) return reply.location ?? path;
      if (reply.status === 409 && step === 'check' && tries > 0) return this.urls.done();
      if (reply.status === 503) throw new Unavailable(`503 on POST ${path}`);
      throw new RespondentError(step, reply, `POST ${path} answered ${reply.status}: ${textOf(reply.html)}`);
    });
  }

  /** GETs a page and follows its redirects to the page a browser would show. */
  private async show(path: string): Promise<HttpReply> {
    let reply = await this.browser.get(path);
    for (let hops = 0; reply.status === 303 && reply.location !== null && hops < 5; hops++)
      reply = await this.browser.get(reply.location);
    if (reply.status === 503) throw new Unavailable(`503 on GET ${path}`);
    if (reply.status !== 200)
      throw new RespondentError(path, reply, `GET ${path} answered ${reply.status}: ${textOf(reply.html)}`);
    return reply;
  }

  /** Runs `work`, again after a failed request (no reply, or 503) while the retry time lasts. */
  private async retrying<T>(step: string, work: () => Promise<T>): Promise<T> {
    const deadline = performance.now() + (this.options.retry?.forMs ?? 0);
    for (;;) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof NetworkError || error instanceof Unavailable)) throw error;
        if (performance.now() >= deadline)
          throw new RespondentError(step, undefined, `gave up: ${error.message}`);
      }
      this.retries++;
      await sleep(this.options.retry!.delayMs);
    }
  }
}
