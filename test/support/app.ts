import type { Hono } from 'hono';
import pino from 'pino';
import { inject } from 'vitest';
import type { RouteRule } from '../../src/console/index.ts';
import { createApp } from '../../src/http/index.ts';
import type { Mailer } from '../../src/mail/index.ts';
import type { Store } from '../../src/store/index.ts';
import { installStudies, readStudies } from '../../src/studies/index.ts';
import type { Engine } from './database.ts';
import { freshStore } from './database.ts';

/** The installation secret every test app uses (tokens in e-mails are derived from it). */
export const testSecret = 'test-secret-test-secret-test-secret';

export interface TestApp {
  readonly app: Hono & { consoleRules: readonly RouteRule[] };
  readonly store: Store;
  /** The clock the app reads; tests move it to open and close questionnaires. */
  readonly clock: { now: Date };
  close(): Promise<void>;
}

/**
 * Where test apps log: at debug level, to one file per process in the run's folder, which
 * test/support/log-check.ts reads for personal data when the run ends. Without that folder (a
 * project without the check), nothing is logged.
 */
function logFile(): pino.DestinationStream | undefined {
  const dir = inject('logDir');
  if (dir === undefined) return undefined;
  logDestination ??= pino.destination({ dest: `${dir}/${process.pid}.log`, append: true, sync: true });
  return logDestination;
}
let logDestination: pino.DestinationStream | undefined;

function testLogger(log: { write(line: string): void } | undefined): pino.Logger {
  const streams = [logFile(), log].filter((s) => s !== undefined);
  if (streams.length === 0) return pino({ level: 'silent' });
  return pino({ level: 'debug' }, pino.multistream(streams.map((stream) => ({ level: 'debug', stream }))));
}

/** credmap on a fresh database with the shipped studies loaded, as `npm start` has it. */
export async function testApp(
  engine: Engine,
  options: {
    mailer?: Mailer;
    now?: Date;
    log?: { write(line: string): void };
    releaseInlineTables?: number;
    publicUrl?: string;
    /** On PostgreSQL, the port to reach it on (a proxy in front of the server). */
    databasePort?: number;
  } = {},
): Promise<TestApp> {
  const store = await freshStore(
    engine,
    options.databasePort === undefined ? {} : { port: options.databasePort },
  );
  await installStudies(store, await readStudies(process.env.TEST_QUESTIONNAIRES_DIR ?? 'questionnaires'));
  const clock = { now: options.now ?? new Date('2026-11-23T10:00:00Z') };
  const app = createApp({
    store,
    logger: testLogger(options.log),
    mailer: options.mailer,
    secret: testSecret,
    publicUrl: options.publicUrl ?? 'http://127.0.0.1:3000',
    now: () => clock.now,
    ...(options.releaseInlineTables === undefined
      ? {}
      : { releaseInlineTables: options.releaseInlineTables }),
  });
  return { app, store, clock, close: () => store.close() };
}

export interface Reply {
  readonly status: number;
  readonly location: string | null;
  readonly html: string;
  readonly headers: Headers;
}

type Fields = Record<string, string | readonly string[]>;

/** A browser without JavaScript: keeps cookies, sends forms with the page's CSRF token. */
export class Browser {
  private readonly cookies = new Map<string, string>();
  last: Reply | undefined;

  constructor(
    private readonly app: Hono,
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(path: string): Promise<Reply> {
    return this.send(path, { method: 'GET' });
  }

  /** Posts a form; the CSRF token comes from the last page unless `_csrf` is given. */
  async post(
    path: string,
    fields: Fields = {},
    options: { csrf?: boolean; contentType?: string; body?: string } = {},
  ): Promise<Reply> {
    const body = new URLSearchParams();
    if (options.csrf !== false && !('_csrf' in fields)) body.append('_csrf', this.csrf());
    for (const [name, value] of Object.entries(fields))
      for (const v of typeof value === 'string' ? [value] : value) body.append(name, v);
    return this.send(path, {
      method: 'POST',
      body: options.body ?? body.toString(),
      headers: { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded' },
    });
  }

  /** Follows a 303 and returns the page it leads to. */
  async follow(reply: Reply): Promise<Reply> {
    if (reply.location === null) throw new Error(`no redirect (status ${reply.status})`);
    return this.get(reply.location);
  }

  /** The CSRF token of the last page that had a form. */
  csrf(): string {
    if (this.token === undefined) throw new Error('no page with a form has been shown yet');
    return this.token;
  }

  private token: string | undefined;

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private async send(path: string, init: RequestInit): Promise<Reply> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = {
      ...this.headers,
      ...(init.headers as Record<string, string> | undefined),
      ...(cookie ? { cookie } : {}),
    };
    const res = await this.app.request(`http://127.0.0.1:3000${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    const reply = {
      status: res.status,
      location: res.headers.get('location'),
      html: await res.text(),
      headers: res.headers,
    };
    if (reply.html !== '') this.last = reply;
    const token = reply.html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token !== undefined) this.token = token;
    return reply;
  }
}

/** The id of a questionnaire of the shipped studies, by its slug. */
export async function questionnaireId(store: Store, slug: string): Promise<number> {
  const row = await store.db
    .selectFrom('questionnaire')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}
