import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEndpoints } from '../../src/console/api.routes.ts';
import { createAccountLink } from '../../src/console/auth.routes.tsx';
import { sha256 } from '../../src/console/kit.tsx';
import { invitationToken, tokenHash } from '../../src/distribution/index.ts';
import { uploadLimit } from '../../src/http/app.ts';
import {
  createEntry,
  exampleMicrocredential,
  issueCredential,
  publish,
  saveProvider,
} from '../../src/register/index.ts';
import { verifyUpload } from '../../src/respondent/index.ts';
import type { DatabaseSchema } from '../../src/store/index.ts';
import {
  addProviderMember,
  ensureAccount,
  findQuestionnaire,
  findStudy,
  insertApiToken,
  insertContacts,
} from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp, testSecret } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';

const origin = 'http://127.0.0.1:3000';
const providerId = 'prov-fi-crawler-college';
/** BODY_LIMIT as test apps have it (the default). */
const respondentLimit = 256 * 1024;

/**
 * Ids that name nothing: an unknown number, a word, a uuid, a way out of the folder, a very long
 * one, a NUL (which PostgreSQL cannot even compare), a number past its 32-bit integer.
 */
const forgedIds = [
  '999999',
  'abc',
  '00000000-0000-4000-8000-000000000000',
  '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
  'x'.repeat(3000),
  'a%00b',
  '2147483648',
];

/** A query string a hand could type: bad escapes, huge numbers, a long word, repeated names. */
const hostileQuery =
  '?q=%ZZ%&page=99999999999999999999&page=-1&sort=%00&eqf=%E0%A4%A&country=..%2F..&next=' +
  'https%3A%2F%2Fevil.example.org&x=' +
  'y'.repeat(5000);

/** Values a hand-edited form can carry in any field: a NUL, a direction override, markup, SQL, a path, numbers and dates out of range. */
const hostileValues = [
  "\u0000\u202e<script>alert(1)</script>${x}'; drop table response; --../../etc/passwd",
  '-1',
  '1e309',
  '9999-99-99T99:99',
];

interface Identity {
  readonly name: 'anonymous' | 'respondent' | 'owner' | 'provider';
  readonly cookie?: string;
  readonly bearer?: string;
  /** A CSRF token valid for this identity's own session. */
  readonly csrf?: string;
  /** A CSRF token of another session, which must not pass. */
  readonly staleCsrf?: string;
}

interface Probe {
  readonly what: string;
  readonly method: string;
  readonly path: string;
  readonly body?: string | Uint8Array<ArrayBuffer>;
  readonly contentType?: string;
}

/**
 * Values sent in one field at a time, the form's other fields as the page filled them in, so that
 * the value gets as far as the handler takes it: a NUL (which PostgreSQL stores nowhere) and a
 * number past PostgreSQL's integer. (A lone surrogate cannot come through a form: decoding the
 * form turns it into U+FFFD. The JSON bodies below carry one.)
 */
const singleHostileValues = ['a\u0000b', '2147483648'];

/** The bodies a broken client, a fuzzer or an attacker sends to a form or to the API. */
function hostileBodies(path: string, id: Identity): Omit<Probe, 'method' | 'path'>[] {
  const csrf = id.csrf ?? 'no-token';
  const form = 'application/x-www-form-urlencoded';
  const limit = /^\/(console|api)\//.test(path)
    ? uploadLimit
    : verifyUpload.path.test(path)
      ? verifyUpload.maxBodyBytes
      : respondentLimit;
  const multipart = (boundary: string, ...parts: string[]) =>
    parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n');
  return [
    { what: 'no body' },
    { what: 'an empty form', body: '', contentType: form },
    { what: 'a form without a token', body: 'title=x&email=someone%40example.org&name=x', contentType: form },
    { what: 'a token of another session', body: `_csrf=${id.staleCsrf ?? 'x'}&title=x`, contentType: form },
    { what: 'a truncated form', body: `_csrf=${csrf}&title=Welding&outcomes=Operate%2`, contentType: form },
    { what: 'invalid percent-escapes', body: `_csrf=${csrf}&%ZZ=%G1&title=%E0%A4%A&x=%`, contentType: form },
    { what: 'binary garbage as a form', body: garbage, contentType: form },
    {
      what: 'fields named after object properties',
      body: `_csrf=${csrf}&constructor=x&__proto__=y&toString=z&hasOwnProperty=1`,
      contentType: form,
    },
    { what: 'JSON sent as a form', body: JSON.stringify({ _csrf: csrf, title: 'x' }), contentType: form },
    { what: 'a form sent as JSON', body: `_csrf=${csrf}&title=x`, contentType: 'application/json' },
    { what: 'JSON', body: JSON.stringify({ _csrf: csrf, title: 'x' }), contentType: 'application/json' },
    { what: 'invalid JSON', body: '{"_csrf": "', contentType: 'application/json' },
    { what: 'JSON that is not an object', body: 'null', contentType: 'application/json' },
    {
      what: 'deeply nested JSON',
      body: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      contentType: 'application/json',
    },
    { what: 'binary garbage as JSON', body: garbage, contentType: 'application/json' },
    {
      what: 'JSON with a NUL and a lone surrogate',
      body: '{"id":"demo","title":{"en":"a\\u0000b"},"email":"x\\ud800@example.org","opens":"0000-01-01T00:00:00Z"}',
      contentType: 'application/json',
    },
    {
      what: 'an oversized field',
      body: `_csrf=${csrf}&title=${'x'.repeat(Math.min(200_000, respondentLimit - 1000))}`,
      contentType: form,
    },
    {
      what: 'an oversized JSON field',
      body: JSON.stringify({ title: { en: 'x'.repeat(200_000) }, opens: 'x'.repeat(100_000) }),
      contentType: 'application/json',
    },
    { what: 'a body over the limit', body: new Uint8Array(limit + 1).fill(0x61), contentType: form },
    { what: 'a wrong content type', body: `_csrf=${csrf}&title=x`, contentType: 'text/plain' },
    {
      what: 'an unknown content type',
      body: `_csrf=${csrf}&title=x`,
      contentType: 'application/x-credmap; q=%',
    },
    { what: 'no content type', body: new TextEncoder().encode(`_csrf=${csrf}&title=x`) },
    {
      what: 'multipart with a boundary that does not match',
      body: `${multipart('bbb', `Content-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}`)}\r\n--bbb--\r\n`,
      contentType: 'multipart/form-data; boundary=aaa',
    },
    {
      what: 'truncated multipart',
      body: multipart(
        'aaa',
        `Content-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}`,
        'Content-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\nemail,lang',
      ),
      contentType: 'multipart/form-data; boundary=aaa',
    },
    {
      what: 'multipart without a boundary',
      body: `--aaa\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--aaa--\r\n`,
      contentType: 'multipart/form-data',
    },
  ];
}

/** The same bytes every run: every byte value, NUL and invalid UTF-8 among them. */
const garbage = new Uint8Array(4096).map((_, i) => (i * 7919 + (i >> 3)) % 256);

/** Every table a request could add rows to or remove rows from (the rate limits aside, which count refusals). */
const countedTables = [
  'study',
  'questionnaire',
  'questionnaire_version',
  'response',
  'answer',
  'page_time',
  'account',
  'membership',
  'account_session',
  'account_link',
  'api_token',
  'audit_event',
  'questionnaire_draft',
  'translation_source',
  'contact',
  'job',
  'message',
  'reminder_plan',
  'response_exclusion',
  'running_total',
  'results_release',
  'response_weight',
  'study_weighting',
  'register_provider',
  'register_entry',
  'register_provider_member',
  'register_issuer_key',
  'register_status_list',
  'register_issued',
] as const satisfies readonly (keyof DatabaseSchema)[];

describe('a crawler sends hostile requests to every route', () => {
  let t: TestApp;
  let identities: Identity[];
  /** A real value for each path parameter, so that a request reaches its handler. */
  let real: (path: string, name: string) => string;
  let linkToken: string;
  let invitation: { token: string; contactId: number };

  /**
   * The tables that gained or lost rows since the last call. A trigger notes every row added or
   * removed (a rolled-back transaction takes its notes with it), so a check is one small query
   * where counting every table after every request would take longer than the requests.
   */
  let seen = 0;
  const changes = async (): Promise<string[]> => {
    const { rows } = await sql<{
      id: number;
      tbl: string;
    }>`select id, tbl from crawler_change where id > ${seen} order by id`.execute(t.store.db);
    seen = rows.at(-1)?.id ?? seen;
    return [...new Set(rows.map((r) => r.tbl))];
  };
  const noteChanges = async () => {
    await sql`create table crawler_change (id serial primary key, tbl text not null)`.execute(t.store.db);
    await sql`create function crawler_note() returns trigger language plpgsql as $$
      begin insert into crawler_change (tbl) values (tg_table_name); return null; end $$`.execute(t.store.db);
    for (const table of countedTables)
      await sql`create trigger crawler_note after insert or delete on ${sql.table(table)}
        for each row execute function crawler_note()`.execute(t.store.db);
  };

  beforeAll(async () => {
    t = await testApp('pglite');
    const now = t.clock.now;
    const ownerId = await member(t.store, 'owner@example.org', 'owner');
    const viewerId = await member(t.store, 'viewer@example.org', 'viewer', { study: 'demo' });
    const providerAccount = await member(t.store, 'provider@college.example.org', 'viewer', {
      study: 'demo',
    });
    await saveProvider(
      t.store.db,
      {
        id: providerId,
        name: { fi: 'Crawler College' },
        country: 'FI',
        type: 'public_vet',
        accreditation: { status: 'accredited' },
        homepage: 'https://college.example.org',
      },
      now,
    );
    await addProviderMember(t.store.db, providerAccount, providerId);
    const { id: _, ...record } = exampleMicrocredential;
    const entry = (await createEntry(t.store.db, { record, origin: 'provider', providerId, now })).id;
    await publish(t.store.db, entry, now);
    await issueCredential(t.store.db, {
      entryId: entry,
      providerId,
      learner: { name: 'Crawler Learner', email: 'learner@example.org' },
      issuedBy: 'test',
      publicUrl: 'http://127.0.0.1:3000',
      language: 'en',
      now,
    });
    const ownerToken = `cm_owner-token-${'o'.repeat(30)}`;
    const providerToken = `cm_provider-token-${'p'.repeat(30)}`;
    await insertApiToken(t.store.db, { accountId: ownerId, name: 'crawler', tokenHash: sha256(ownerToken) });
    await insertApiToken(t.store.db, {
      accountId: providerAccount,
      name: 'sync',
      tokenHash: sha256(providerToken),
    });
    // A token the crawler may revoke without losing its own.
    await insertApiToken(t.store.db, { accountId: ownerId, name: 'spare', tokenHash: sha256('cm_spare') });
    const spare = await t.store.db
      .selectFrom('api_token')
      .select('id')
      .where('name', '=', 'spare')
      .executeTakeFirstOrThrow();

    const newcomer = (await ensureAccount(t.store.db, { email: 'newcomer@example.org', name: 'newcomer' }))
      .account.id;
    linkToken = (await createAccountLink(t.store, origin, newcomer, now)).split('/').pop()!;

    const demo = (await findStudy(t.store.db, 'demo'))!;
    const questionnaire = (await findQuestionnaire(t.store.db, demo.id, 'demo'))!;
    const salt = 'crawler-salt-0001';
    const token = invitationToken(testSecret, salt);
    await insertContacts(t.store.db, questionnaire.id, [
      {
        email: 'invited@example.org',
        language: 'en',
        country: 'FI',
        tokenSalt: salt,
        tokenHash: tokenHash(token),
      },
    ]);
    const contact = await t.store.db
      .selectFrom('contact')
      .select('id')
      .where('email', '=', 'invited@example.org')
      .executeTakeFirstOrThrow();
    invitation = { token, contactId: contact.id };

    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console');
    const provider = await signIn(t, 'provider@college.example.org');
    await provider.get(`/console/provider/${providerId}`);
    const respondent = new Browser(t.app);
    await respondent.get('/en/s/demo/demo/p/p_consent');
    await respondent.post('/en/s/demo/demo/p/p_consent', { consent: 'yes' });
    await respondent.get('/en/s/demo/demo/p/p_role');
    const stranger = new Browser(t.app);
    await stranger.get('/en/s/demo/demo/p/p_consent');
    const cookieOf = (b: Browser, names: string[]) =>
      names.flatMap((n) => (b.cookie(n) === undefined ? [] : [`${n}=${b.cookie(n)}`])).join('; ');
    await noteChanges();
    identities = [
      { name: 'anonymous' },
      {
        name: 'respondent',
        cookie: cookieOf(respondent, ['cm_csrf', `cm_r${questionnaire.id}`]),
        csrf: respondent.csrf(),
        staleCsrf: stranger.csrf(),
      },
      {
        name: 'owner',
        cookie: cookieOf(owner, ['cm_session']),
        bearer: ownerToken,
        csrf: owner.csrf(),
        staleCsrf: provider.csrf(),
      },
      {
        name: 'provider',
        cookie: cookieOf(provider, ['cm_session']),
        bearer: providerToken,
        csrf: provider.csrf(),
        staleCsrf: owner.csrf(),
      },
    ];

    const values: Record<string, string> = {
      lang: 'en',
      study: 'demo',
      q: 'demo',
      questionnaire: 'demo',
      page: 'p_role',
      group: 'mc',
      index: '1',
      n: '1',
      list: '1',
      entry,
      provider: providerId,
      account: String(viewerId),
    };
    real = (path, name) => {
      if (name === 'token') return path.startsWith('/console/link/') ? linkToken : invitation.token;
      if (name === 'id') return path.includes('/tokens/') ? String(spare.id) : entry;
      if (name === 'file') {
        if (path.includes('/qr/')) return 'en.svg';
        if (path.includes('/versions/')) return '1.json';
        return 'texts.xlf';
      }
      return values[name] ?? 'x1';
    };
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The path with `forged` in place of parameter `at` (or none) and real values elsewhere. */
  const fill = (route: string, at?: string, forged?: string) =>
    route.replace(/:([A-Za-z]+)(\{[^}]*\}+)?/g, (_, name: string) =>
      name === at ? (forged ?? '') : encodeURIComponent(real(route, name)),
    );

  const headersFor = (id: Identity, path: string, contentType: string | undefined) => {
    const h: Record<string, string> = { 'accept-language': 'en' };
    if (path.startsWith('/api/')) {
      if (id.bearer !== undefined) h.authorization = `Bearer ${id.bearer}`;
    } else if (id.cookie !== undefined && id.cookie !== '') h.cookie = id.cookie;
    if (contentType !== undefined) h['content-type'] = contentType;
    return h;
  };

  /**
   * Where each identity is sent: anonymous and the owner everywhere, a respondent to the public
   * pages, a provider to its own pages and the register's API.
   */
  const concerns = (id: Identity, path: string) => {
    if (id.name === 'anonymous' || id.name === 'owner') return true;
    if (id.name === 'respondent') return !/^\/(console|api)\//.test(path);
    return path.startsWith('/console/provider/') || path.startsWith('/api/v1/register/');
  };

  /** Every route the app registers, once per method and path. */
  const allRoutes = () =>
    [
      ...new Map(
        t.app.routes
          .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
          .map((r) => [`${r.method} ${r.path}`, r] as const),
      ).values(),
    ]
      // Signing out ends the session the crawler uses, so it comes last.
      .sort((a, b) => Number(a.path === '/console/logout') - Number(b.path === '/console/logout'));

  it('refuses a password link used twice, and stores nothing the second time', async () => {
    const account = (await ensureAccount(t.store.db, { email: 'twice@example.org', name: 'twice' })).account
      .id;
    const link = new URL(await createAccountLink(t.store, origin, account, t.clock.now)).pathname;
    const browser = new Browser(t.app, { 'accept-language': 'en' });
    await browser.get(link);
    const form = { password: 'a long enough password' };
    expect((await browser.post(link, form)).status).toBe(303);
    await changes();

    // The same link again, by whoever used it (now signed in) and by someone else.
    await browser.get('/console/account');
    const replayed = await browser.post(link, form);
    const stranger = new Browser(t.app, { 'accept-language': 'en' });
    await stranger.get('/console/login');
    const opened = await stranger.get(link);
    const again = await stranger.post(link, form);
    for (const reply of [replayed, opened, again]) {
      expect(reply.status).toBe(404);
      expect(reply.html).toContain('This link has expired or has already been used.');
    }
    expect(await changes()).toEqual([]);
  });

  it('ties the response of each device an invitation link is opened on until one completes, then opens nothing', async () => {
    const linked = () =>
      t.store.db.selectFrom('response').select('id').where('contact_id', '=', invitation.contactId).execute();
    const start = async () => {
      const b = new Browser(t.app, { 'accept-language': 'en' });
      const opened = await b.get(`/en/s/demo/demo/i/${invitation.token}`);
      if (opened.status === 303) {
        await b.get('/en/s/demo/demo/p/p_consent');
        await b.post('/en/s/demo/demo/p/p_consent', { consent: 'yes' });
      }
      return opened;
    };
    expect((await start()).status).toBe(303);
    expect(await linked()).toHaveLength(1);
    // A second device: whichever of the two is completed completes the invitation (ADR 0010).
    expect((await start()).status).toBe(303);
    expect(await linked()).toHaveLength(2);

    await t.store.db
      .updateTable('contact')
      .set({ completed_on: '2026-11-23' })
      .where('id', '=', invitation.contactId)
      .execute();
    await changes();
    const used = await start();
    expect(used.status).toBe(200);
    expect(used.html).toContain('<h1');
    expect(used.headers.getSetCookie().some((c) => c.startsWith('cm_i'))).toBe(false);
    expect(await changes()).toEqual([]);
  });

  it('answers every hostile request with a 4xx or a redirect, says why, and stores nothing it refused', async () => {
    const routes = allRoutes();
    expect(routes.length).toBeGreaterThan(120);
    // Posts that take nothing but the authority to make them (the session's token, the API's bearer,
    // an unsubscribe link's own token): made with it, they are done whatever else the body carries.
    const takesNothing = new Set([
      'POST /console/s/:study/distribution/invite/:q',
      'POST /:lang{[a-z]{2}}/unsubscribe/:token',
      ...apiEndpoints
        .filter((e) => e.method !== 'GET' && e.body === undefined)
        .map((e) => `${e.method} ${e.path}`),
    ]);

    // The owner tries every forged id; the others, a missing number, a very long one and a NUL.
    const forgedFor = (id: Identity, guarded: boolean) =>
      id.name === 'owner'
        ? forgedIds
        : guarded && id.name === 'anonymous'
          ? forgedIds.slice(0, 1)
          : [forgedIds[0]!, forgedIds[4]!, forgedIds[5]!];
    // What an anonymous client sends a guarded route: it is sent to sign in, or the body is too large.
    const signInFirst = new Set([
      'no body',
      'a form without a token',
      'binary garbage as a form',
      'a body over the limit',
    ]);
    const failures: string[] = [];
    let sent = 0;
    const send = async (id: Identity, route: string, probe: Probe, accepts = false) => {
      const where = `${id.name} ${route} with ${probe.what}`;
      const res = await t.app.request(`${origin}${probe.path}`, {
        method: probe.method,
        headers: headersFor(id, probe.path, probe.contentType),
        ...(probe.body === undefined ? {} : { body: probe.body }),
      });
      sent++;
      const text = await res.text();
      const problem = judge(probe, res, text, accepts || takesNothing.has(route));
      if (problem !== undefined) failures.push(`${where}: ${problem}`);
      // The guard's redirect to sign-in (with the way back) is a refusal; signing out's own is not.
      const refused =
        res.status >= 400 ||
        (res.status === 303 && res.headers.get('location')?.startsWith('/console/login?next=') === true);
      const changed = await changes();
      if (refused && changed.length > 0)
        failures.push(`${where}: ${res.status} but wrote ${changed.join(', ')}`);
      if (probe.method === 'GET' && changed.length > 0)
        failures.push(`${where}: reading wrote ${changed.join(', ')}`);
      return text;
    };

    for (const id of identities) {
      // The forms each page offers this identity, to be sent back with hostile values in every field.
      const forms = new Map<string, { names: Set<string>; filled: [string, string][] }>();
      for (const route of routes) {
        if (!concerns(id, route.path)) continue;
        const path = fill(route.path);
        const key = `${route.method} ${route.path}`;
        // Without an account, a guarded route answers before it reads anything: a few probes say so.
        const guarded = t.app.consoleRules.some(
          (r) => r.method === route.method && r.path === route.path && r.access.kind !== 'public',
        );
        if (route.method === 'GET') {
          const html = await send(id, key, { what: 'nothing odd', method: 'GET', path });
          for (const { action, names, filled } of formsOf(html, path)) {
            const seen = forms.get(action);
            forms.set(action, {
              names: new Set([...(seen?.names ?? []), ...names]),
              filled: seen?.filled ?? filled,
            });
          }
          await send(id, key, { what: 'a hostile query', method: 'GET', path: path + hostileQuery });
          await send(id, key, { what: 'an unregistered method', method: 'PATCH', path });
        } else {
          for (const body of hostileBodies(route.path, id))
            if (!guarded || id.name !== 'anonymous' || signInFirst.has(body.what))
              await send(id, key, { ...body, method: route.method, path });
        }
        for (const [, param] of route.path.matchAll(/:([A-Za-z]+)/g))
          for (const forged of forgedFor(id, guarded))
            await send(id, key, {
              what: `a forged ${param}`,
              method: route.method,
              path: fill(route.path, param, forged),
              ...(route.method === 'GET'
                ? {}
                : { body: `_csrf=${id.csrf ?? ''}`, contentType: 'application/x-www-form-urlencoded' }),
            });
      }
      // A form sent back with its own token may be taken: refusing odd values (a 4xx) or storing
      // them is the handler's choice, a 5xx or a half-stored refusal never is.
      for (const [action, { names: fields, filled }] of forms) {
        if (action === '/console/logout') continue;
        const names = [...fields].filter((f) => f !== '_csrf');
        const post = (what: string, pairs: [string, string][]) =>
          send(
            id,
            `POST ${action}`,
            {
              what,
              method: 'POST',
              path: action,
              body: new URLSearchParams([['_csrf', id.csrf ?? ''], ...pairs]).toString(),
              contentType: 'application/x-www-form-urlencoded',
            },
            true,
          );
        for (const value of hostileValues)
          await post(
            `${JSON.stringify(value.slice(0, 20))} in every field`,
            names.map((n) => [n, value]),
          );
        await post(
          'every field twice',
          names.flatMap(
            (n) =>
              [
                [n, 'a'],
                [n, 'b'],
              ] as [string, string][],
          ),
        );
        await post(
          'long values in every field',
          names.map((n) => [n, 'x'.repeat(Math.floor(100_000 / (names.length + 1)))]),
        );
        const others = filled.filter(([n]) => n !== '_csrf');
        for (const name of names)
          for (const value of singleHostileValues)
            await post(`${JSON.stringify(value)} in ${name} alone`, [
              ...others.filter(([n]) => n !== name),
              [name, value],
            ]);
      }
    }
    expect(sent).toBeGreaterThan(2000);
    expect(failures).toEqual([]);
  }, 300_000);
});

/**
 * The post forms of a page: where each is sent, the names of its fields, and what a browser would
 * send if nothing were changed (text as filled in, checked boxes, selected or first options).
 */
function formsOf(
  html: string,
  page: string,
): { action: string; names: string[]; filled: [string, string][] }[] {
  const found: { action: string; names: string[]; filled: [string, string][] }[] = [];
  const fromHtml = (text: string) =>
    text
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&');
  const attribute = (tag: string, name: string) => {
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    return value === undefined ? undefined : fromHtml(value);
  };
  const flag = (tag: string, name: string) => new RegExp(`\\s${name}(?=[\\s=>/]|$)`).test(tag);
  for (const [, tag = '', inner = ''] of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (!/method="post"/i.test(tag)) continue;
    const action = attribute(tag, 'action') ?? page;
    const filled: [string, string][] = [];
    for (const [, kind, attrs = '', content = ''] of inner.matchAll(
      /<(input|select|textarea)(\s[^>]*)?>(?:([\s\S]*?)<\/(?:select|textarea)>)?/g,
    )) {
      const name = attribute(attrs, 'name');
      if (name === undefined || flag(attrs, 'disabled')) continue;
      const type = attribute(attrs, 'type') ?? 'text';
      if (kind === 'textarea') filled.push([name, fromHtml(content)]);
      else if (kind === 'select') {
        const options = [...content.matchAll(/<option([^>]*)>([\s\S]*?)<\/option>/g)];
        const chosen = options.filter((o) => flag(o[1]!, 'selected'));
        for (const [, o = '', label = ''] of chosen.length > 0 ? chosen : options.slice(0, 1))
          filled.push([name, attribute(o, 'value') ?? fromHtml(label)]);
      } else if (type === 'checkbox' || type === 'radio') {
        if (flag(attrs, 'checked')) filled.push([name, attribute(attrs, 'value') ?? 'on']);
      } else if (!['file', 'submit', 'button', 'image'].includes(type))
        filled.push([name, attribute(attrs, 'value') ?? '']);
    }
    found.push({ action, names: [...inner.matchAll(/name="([^"]+)"/g)].map((m) => m[1]!), filled });
  }
  return found;
}

/** What is wrong with an answer, if anything. */
function judge(probe: Probe, res: Response, text: string, takesNothing: boolean): string | undefined {
  if (res.status >= 500) return `${res.status} ${text.slice(0, 200)}`;
  if (res.status >= 300 && res.status < 400) {
    if (![301, 302, 303].includes(res.status) || !res.headers.get('location'))
      return `${res.status} without a place to go`;
    return undefined;
  }
  if (res.status < 300) {
    // Reading pages with a query they ignore, and a few posts that have nothing to refuse.
    if (probe.method === 'GET' || takesNothing) return undefined;
    return `${res.status} to a hostile request`;
  }
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === 'string' && message.trim() !== ''
      ? undefined
      : `${res.status} JSON without a message`;
  }
  if (type.includes('text/html')) {
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(text)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim();
    return heading ? undefined : `${res.status} page without a heading: ${text.slice(0, 200)}`;
  }
  return text.trim() === '' ? `${res.status} with an empty body` : undefined;
}
