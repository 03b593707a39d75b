import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/console/kit.tsx';
import { createEntry, exampleMicrocredential, publish, saveProvider } from '../../src/register/index.ts';
import type { DatabaseSchema } from '../../src/store/index.ts';
import { addProviderMember, findEntry, insertApiToken } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

/**
 * What PostgreSQL cannot take — a NUL or a lone surrogate in text, a number past its 32-bit
 * integer, a year before 1 — and what the app cannot walk (JSON nested thousands deep), sent
 * where a person or a script can put it: each is a 4xx that says why in the user's language, and
 * nothing is written. None may reach the database to fail there, which would be a 503 and an
 * error in the log while the database is healthy.
 */

const origin = 'http://127.0.0.1:3000';
const providerId = 'prov-fi-limits-college';

/** The tables a refused request must leave as they were. */
const tables = [
  'account',
  'membership',
  'api_token',
  'audit_event',
  'contact',
  'questionnaire_draft',
  'register_entry',
  'register_provider',
  'register_provider_member',
  'rate_limit',
] as const satisfies readonly (keyof DatabaseSchema)[];

/** A complete form for the Annex I editor, with what `change` says instead. */
const entryForm = (change: Record<string, string>): Record<string, string | string[]> => ({
  textLanguage: 'en',
  title: 'Welding robots: safe operation',
  countries: 'FI',
  bodyName: 'Esimerkki Vocational College',
  bodyCountry: 'FI',
  outcomes: 'Operate a welding robot safely.',
  criteria: 'A supervised weld.',
  hours: '81',
  eqf: '4',
  assessment: ['practical'],
  participation: 'onsite',
  quality: ['regulated'],
  qualityBodies: 'Finnish National Agency for Education',
  ...change,
});

describe.each(engines())('input the database cannot take, on %s', (engine) => {
  let t: TestApp;
  let owner: Browser;
  let provider: Browser;
  let entry: string;
  const ownerToken = `cm_limits-owner-${'o'.repeat(30)}`;
  const providerToken = `cm_limits-provider-${'p'.repeat(30)}`;
  const logged: { level: number; msg: string; err?: { message?: string } }[] = [];

  beforeAll(async () => {
    t = await testApp(engine, { log: { write: (line) => logged.push(JSON.parse(line)) } });
    const now = t.clock.now;
    const ownerId = await member(t.store, 'owner@example.org', 'owner');
    const providerAccount = await member(t.store, 'provider@college.example.org', 'viewer', {
      study: 'demo',
    });
    await saveProvider(
      t.store.db,
      {
        id: providerId,
        name: { fi: 'Limits College' },
        country: 'FI',
        type: 'public_vet',
        accreditation: { status: 'accredited' },
      },
      now,
    );
    await addProviderMember(t.store.db, providerAccount, providerId);
    const { id: _, ...record } = exampleMicrocredential;
    entry = (await createEntry(t.store.db, { record, origin: 'provider', providerId, now })).id;
    await publish(t.store.db, entry, now);
    await insertApiToken(t.store.db, { accountId: ownerId, name: 'limits', tokenHash: sha256(ownerToken) });
    await insertApiToken(t.store.db, {
      accountId: providerAccount,
      name: 'limits',
      tokenHash: sha256(providerToken),
    });
    owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/account');
    provider = await signIn(t, 'provider@college.example.org');
    await provider.get('/console/account');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        tables.map(async (table) => {
          const row = await t.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow();
          return [table, Number(row.n)] as const;
        }),
      ),
    );

  /**
   * Runs `send`, and checks that it changed no table and logged nothing at error level (the app's
   * "request failed" is what a crash in the database leaves).
   */
  const refusedCleanly = async <T>(send: () => Promise<T>): Promise<T> => {
    const before = await counts();
    const since = logged.length;
    const reply = await send();
    expect(await counts()).toEqual(before);
    expect(
      logged
        .slice(since)
        .filter((l) => l.level >= 50 || l.msg === 'request failed')
        .map((l) => `${l.msg}: ${l.err?.message}`),
    ).toEqual([]);
    return reply;
  };

  const get = async (path: string, headers: Record<string, string> = {}) =>
    t.app.request(`${origin}${path}`, { headers: { 'accept-language': 'en', ...headers } });
  const cookieOf = (b: Browser) => ({ cookie: `cm_session=${b.cookie('cm_session')}` });
  const api = async (method: string, path: string, body: string | undefined, token = ownerToken) => {
    const res = await t.app.request(`${origin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body }),
    });
    return { status: res.status, json: (await res.json()) as { error: string; message: string } };
  };
  /** Posts a file (and fields) as the console's upload forms do. */
  const upload = async (
    b: Browser,
    path: string,
    name: string,
    content: string | Uint8Array<ArrayBuffer>,
    fields = {},
  ) => {
    const form = new FormData();
    form.append('_csrf', b.csrf());
    for (const [k, v] of Object.entries(fields)) form.append(k, String(v));
    form.append('file', new File([content], name));
    const res = await t.app.request(`${origin}${path}`, {
      method: 'POST',
      body: form,
      headers: { ...cookieOf(b), 'accept-language': 'en' },
    });
    return { status: res.status, html: await res.text() };
  };

  describe('a NUL or a control character in a path', () => {
    it.each([
      ['/en/s/%00', {}, 'en', 'Page not found'],
      ['/de/s/demo/%00/resume', {}, 'de', 'Seite nicht gefunden'],
      ['/en/s/demo/demo/p/a%01b', {}, 'en', 'Page not found'],
      ['/en/s/%ZZ', {}, 'en', 'Page not found'],
      ['/console/s/%00', { 'accept-language': 'fr' }, 'fr', 'Page introuvable'],
    ])('%s is a page not found, in the reader’s language', async (path, headers, lang, heading) => {
      const res = await refusedCleanly(() =>
        get(path, { ...headers, ...(path.startsWith('/console') ? cookieOf(owner) : {}) }),
      );
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(heading);
    });

    it.each(['/console/s/demo/q/%00', `/console/provider/%00`, '/console/register/entries/%00/edit'])(
      '%s, a console page, is not found',
      async (path) => {
        const res = await refusedCleanly(() => get(path, cookieOf(owner)));
        expect(res.status).toBe(404);
      },
    );

    it.each([
      '/api/v1/register/entries/%00',
      '/api/v1/register/entries/%00/elm-specification',
      '/api/v1/register/entries/a%00b/open-badges-achievement',
      `/api/v1/register/providers/${providerId}/entries/%00`,
    ])('%s, in the API, is a JSON 404 with a message', async (path) => {
      const write = path.includes('/providers/');
      const res = await refusedCleanly(() => api(write ? 'PUT' : 'GET', path, write ? '{}' : undefined));
      expect(res.status).toBe(404);
      expect(res.json.message).toContain('does not exist');
    });
  });

  describe('a NUL in a form field', () => {
    it('refuses a sign-in, on the field, in the browser’s language, without counting an attempt', async () => {
      const anonymous = new Browser(t.app, { 'accept-language': 'de' });
      await anonymous.get('/console/login');
      const reply = await refusedCleanly(() =>
        anonymous.post('/console/login', { email: 'a\u0000@example.org', password: 'x' }),
      );
      expect(reply.status).toBe(422);
      expect(reply.html).toContain('Dieser Text enthält ein unsichtbares Steuerzeichen (NUL)');
      expect(reply.html).toContain('href="#email"');
    });

    it.each([
      ['/console/account', '/console/account/tokens', { token_name: 'nightly\u0000' }, 'token_name'],
      [
        '/console/s/demo/members',
        '/console/s/demo/members',
        { name: 'X\u0000', email: 'new@example.org', role: 'viewer' },
        'name',
      ],
      [
        '/console/s/demo/members',
        '/console/s/demo/members',
        { name: 'X', email: 'new\u0000@example.org', role: 'viewer' },
        'email',
      ],
      ['/console/register/new', '/console/register/new', entryForm({ bodyName: 'x\u0000y' }), 'bodyName'],
      ['/console/register/new', '/console/register/new', entryForm({ outcomes: 'x\u0000y' }), 'outcomes'],
      ['/console/register/new', '/console/register/new', entryForm({ criteria: 'x\u0000y' }), 'criteria'],
      [
        '/console/register/new',
        '/console/register/new',
        entryForm({ qualityBodies: 'x\u0000y' }),
        'qualityBodies',
      ],
      [
        '/console/register/providers',
        '/console/register/providers',
        { name: 'New\u0000 College', country: 'FI', type: 'public_vet' },
        'name',
      ],
      [
        `/console/provider/${providerId}`,
        `/console/provider/${providerId}/members`,
        { email: 'someone\u0000@college.example.org' },
        'email',
      ],
    ])('a form from %s is shown again with the error on its field', async (page, action, fields, field) => {
      await owner.get(page);
      const reply = await refusedCleanly(() => owner.post(action, fields));
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(
        `<a href="#${field}">This text contains an invisible control character (NUL)`,
      );
    });

    it.each(['edit', 'reject', 'merge'])(
      'refuses it in a curator’s %s of an entry, which is left as it was',
      async (what) => {
        const path = `/console/register/entries/${entry}`;
        const before = await findEntry(t.store.db, entry);
        await owner.get(what === 'edit' ? `${path}/edit` : path);
        const fields =
          what === 'edit'
            ? entryForm({ bodyName: 'x\u0000y' })
            : what === 'reject'
              ? { note: 'not\u0000 enough' }
              : { into: `mc-\u0000` };
        const reply = await refusedCleanly(() => owner.post(`${path}/${what}`, fields));
        expect(reply.status).toBe(422);
        expect(reply.html).toContain('This text contains an invisible control character (NUL)');
        expect(await findEntry(t.store.db, entry)).toEqual(before);
      },
    );

    it.each([
      [`/console/provider/${providerId}/new`, 'outcomes'],
      [`/console/provider/${providerId}/entries/ENTRY/edit`, 'bodyName'],
    ])('refuses it in a provider’s form %s', async (action, field) => {
      const path = action.replace('ENTRY', entry);
      await provider.get(path);
      const reply = await refusedCleanly(() => provider.post(path, entryForm({ [field]: 'x\u0000y' })));
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(`<a href="#${field}">`);
    });

    it('refuses it in any other form with a page that names the field', async () => {
      await owner.get('/console/account');
      const reply = await refusedCleanly(() =>
        owner.post('/console/account/language', { language: 'fi\u0000' }),
      );
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(
        'The field &quot;language&quot; contains a character that cannot be stored',
      );
      const imported = await refusedCleanly(() =>
        upload(owner, '/console/register/import', 'i.json', JSON.stringify([exampleMicrocredential]), {
          provider: 'p\u0000',
        }),
      );
      expect(imported.status).toBe(422);
      expect(imported.html).toContain('The field &quot;provider&quot; contains a character');
    });
  });

  describe('a NUL or a lone surrogate in an upload', () => {
    it('refuses a contact list with a NUL in an address', async () => {
      await owner.get('/console/s/demo/distribution');
      const reply = await refusedCleanly(() =>
        upload(
          owner,
          '/console/s/demo/distribution/contacts',
          'c.csv',
          'email,language,instrument\nx\u0000y@example.org,en,demo\n',
        ),
      );
      expect(reply.status).toBe(422);
      expect(reply.html).toContain('is not an e-mail address');
    });

    it('refuses a register import whose file has a NUL in a text, naming each, storing nothing', async () => {
      await owner.get('/console/register/import');
      const reply = await refusedCleanly(() =>
        upload(
          owner,
          '/console/register/import',
          'i.csv',
          'title:en,awarding_body:en,issuer_countries\nT\u0000x,B,IE\nFine,B,IE\nU,B\u0000y,IE\n',
        ),
      );
      expect(reply.status).toBe(422);
      expect(reply.html).toContain('Row 2: The text at title.en cannot be stored');
      expect(reply.html).toContain('Row 4: The text at awardingBodies.0.name.en cannot be stored');
    });

    it('refuses a translation whose spreadsheet has a NUL in a text (exceljs reads _x0000_ as one)', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('fi');
      sheet.addRow(['key', 'source', 'target']);
      sheet.addRow(['title', 'Title', 'Otsikko_x0000_']);
      const bytes = new Uint8Array(await book.xlsx.writeBuffer());
      await owner.get('/console/s/demo/q/demo/translations/fi');
      const reply = await refusedCleanly(() =>
        upload(owner, '/console/s/demo/q/demo/translations/fi', 'fi.xlsx', bytes),
      );
      expect(reply.status).toBe(422);
      expect(reply.html).toContain('at title that cannot be stored');
    });

    it.each([
      [
        'a NUL in a JSON text',
        'd.json',
        '{"id":"demo","title":{"en":"a\\u0000b"}}',
        'at title.en that cannot be stored',
      ],
      [
        'a NUL in a YAML text',
        'd.yaml',
        'id: demo\ntitle:\n  en: "a\\0b"\n',
        'at title.en that cannot be stored',
      ],
      [
        'a lone surrogate',
        'd.json',
        '{"id":"demo","title":{"en":"\\udc00"}}',
        'at title.en that cannot be stored',
      ],
      ['a NUL in a key', 'd.json', '{"id":"demo","a\\u0000":1}', 'at a\\u0000 that cannot be stored'],
      [
        '20,000 levels of arrays',
        'd.json',
        `{"id":"demo","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
        'more than 64 levels deep',
      ],
      ['a YAML alias that makes a cycle', 'd.yaml', 'id: demo\nx: &x [1, *x]\n', 'more than 64 levels deep'],
      [
        'a YAML id that is not a text',
        'd.yaml',
        'id:\n  toString: 1\n',
        'id: Invalid input: expected string, received object. (schema.invalid_type)',
      ],
      [
        'a JSON id that is not a text',
        'd.json',
        '{"id":{"toString":1}}',
        'id: Invalid input: expected string, received object. (schema.invalid_type)',
      ],
    ])('refuses a draft with %s, with the reason', async (_, name, content, reason) => {
      await owner.get('/console/s/demo/q/demo');
      const reply = await refusedCleanly(() => upload(owner, '/console/s/demo/q/demo/draft', name, content));
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(reason);
    });
  });

  describe('the API', () => {
    const draft = '/api/v1/studies/demo/questionnaires/demo/draft';
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    it.each([
      [
        'a NUL in a text',
        'PUT',
        draft,
        '{"id":"demo","title":{"en":"a\\u0000b"}}',
        'api.unstorable',
        'title.en',
      ],
      ['a NUL in a key', 'PUT', draft, '{"id":"demo","a\\u0000":1}', 'api.unstorable', 'a\\u0000'],
      [
        'a lone surrogate',
        'PUT',
        draft,
        '{"id":"demo","title":{"en":"\\udc00"}}',
        'api.unstorable',
        'title.en',
      ],
      ['5,000 levels of arrays', 'PUT', draft, `{"id":"demo","x":${deep(5000)}}`, 'api.tooDeep', '64'],
      [
        'an id that is not a text',
        'PUT',
        draft,
        '{"id":{"toString":1}}',
        'api.invalid',
        'id: schema.invalid_type',
      ],
      [
        'a NUL in a contact’s address',
        'POST',
        '/api/v1/studies/demo/contacts',
        '[{"email":"a\\u0000@example.org","language":"en","instrument":"demo"}]',
        'api.unstorable',
        '0.email',
      ],
      [
        'a lone surrogate in a new entry',
        'POST',
        `/api/v1/register/providers/${providerId}/entries`,
        '{"title":{"en":"x\\ud800y"}}',
        'api.unstorable',
        'title.en',
      ],
      [
        'a lone surrogate in a changed entry',
        'PUT',
        `/api/v1/register/providers/${providerId}/entries/ENTRY`,
        '{"title":{"en":"x\\ud800y"}}',
        'api.unstorable',
        'title.en',
      ],
      [
        'a body that is one text with a NUL',
        'PUT',
        '/api/v1/studies/demo/questionnaires/demo/schedule',
        '"a\\u0000b"',
        'api.unstorable',
        'The text at $ contains',
      ],
      [
        'a schedule in year 0',
        'PUT',
        '/api/v1/studies/demo/questionnaires/demo/schedule',
        '{"opens":"0000-01-01T00:00:00Z","closes":null}',
        'schedule.outOfRange',
        'between the years 1900 and 9999',
      ],
      [
        'a schedule before 1900',
        'PUT',
        '/api/v1/studies/demo/questionnaires/demo/schedule',
        '{"opens":null,"closes":"1899-12-31T23:59:59Z"}',
        'schedule.outOfRange',
        '1900',
      ],
    ])('refuses %s with a 422 that says why', async (_, method, path, body, error, said) => {
      const token = path.includes('/register/') ? providerToken : ownerToken;
      const res = await refusedCleanly(() => api(method, path.replace('ENTRY', entry), body, token));
      expect(res).toMatchObject({ status: 422, json: { error } });
      expect(res.json.message).toContain(said);
    });

    it.each([
      ['in UTC', '{"opens":"1900-01-01T00:00:00Z","closes":"9999-12-31T23:59:59.999Z"}'],
      // Still 1899 in UTC: the year counts as it is written.
      ['east of Greenwich', '{"opens":"1900-01-01T00:00:00+02:00","closes":null}'],
    ])('takes a schedule from the first moment of 1900 to the last of 9999, %s', async (_, body) => {
      const res = await api('PUT', '/api/v1/studies/demo/questionnaires/demo/schedule', body);
      expect(res.status).toBe(200);
      await api('PUT', '/api/v1/studies/demo/questionnaires/demo/schedule', '{"opens":null,"closes":null}');
    });

    it('refuses a closing west of Greenwich that is already year 10000 in UTC', async () => {
      const res = await api(
        'PUT',
        '/api/v1/studies/demo/questionnaires/demo/schedule',
        '{"opens":null,"closes":"9999-12-31T23:00:00-05:00"}',
      );
      expect(res).toMatchObject({ status: 422, json: { error: 'schedule.outOfRange' } });
    });
  });

  describe('a number past PostgreSQL’s integer', () => {
    it.each([
      '/api/v1/studies/demo/questionnaires/demo/versions/2147483648',
      '/api/v1/studies/demo/questionnaires/demo/versions/-2147483649',
      '/api/v1/studies/demo/questionnaires/demo/versions/1e3',
      '/api/v1/register/status/2147483648',
      '/api/v1/register/status/99999999999999999999',
    ])('GET %s is not found', async (path) => {
      const res = await refusedCleanly(() => api('GET', path, undefined));
      expect(res.status).toBe(404);
      expect(res.json.message).not.toBe('');
    });

    it.each([
      '/console/account/tokens/2147483648/revoke',
      '/console/account/tokens/-2147483649/revoke',
      '/console/s/demo/members/2147483648/remove',
      '/console/s/demo/members/9007199254740991/remove',
    ])('POST %s is not found', async (path) => {
      await owner.get('/console/account');
      const reply = await refusedCleanly(() => owner.post(path, {}));
      expect(reply.status).toBe(404);
    });

    it.each(['2147483648', '1e300', '99999999999999999999', '-1'])(
      'a provider’s member %s is a form that cannot be read',
      async (account) => {
        await owner.get(`/console/provider/${providerId}`);
        const reply = await refusedCleanly(() =>
          owner.post(`/console/provider/${providerId}/members/remove`, { account }),
        );
        expect(reply.status).toBe(400);
      },
    );
  });

  it('cuts a long text without splitting an emoji in two, which would leave a lone surrogate', async () => {
    await owner.get('/console/register/providers');
    const since = logged.length;
    const name = `${'a'.repeat(299)}😀 College`;
    const reply = await owner.post('/console/register/providers', {
      name,
      country: 'FI',
      type: 'public_vet',
    });
    expect(reply.status).toBe(303);
    expect(logged.slice(since).filter((l) => l.level >= 50)).toEqual([]);
    const saved = await t.store.db
      .selectFrom('register_provider')
      .select('name')
      .where('id', '=', reply.location!.split('/').pop()!)
      .executeTakeFirstOrThrow();
    expect(saved.name).toBe('a'.repeat(299));
  });

  it('refuses a fieldwork date before 1900 in the console’s schedule form, on its field', async () => {
    await owner.get('/console/s/demo/q/demo');
    const reply = await refusedCleanly(() =>
      owner.post('/console/s/demo/q/demo/schedule', {
        opens_date: '1800-01-01',
        opens_time: '00:00',
        closes_date: '',
        closes_time: '',
        zone: 'Europe/Helsinki',
      }),
    );
    expect(reply.status).toBe(422);
    expect(reply.html).toContain('<a href="#opens_date">Enter a date between the years 1900 and 9999.');
  });

  it('takes 1 January 1900 in the console’s schedule form east of Greenwich, where UTC is still in 1899', async () => {
    await owner.get('/console/s/demo/q/demo');
    const reply = await owner.post('/console/s/demo/q/demo/schedule', {
      opens_date: '1900-01-01',
      opens_time: '00:00',
      closes_date: '',
      closes_time: '',
      zone: 'Europe/Helsinki',
    });
    expect(reply.status).toBe(303);
    const row = await t.store.db
      .selectFrom('questionnaire')
      .select('opens_at')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    expect(row.opens_at?.getUTCFullYear()).toBe(1899);
    await owner.get('/console/s/demo/q/demo');
    await owner.post('/console/s/demo/q/demo/schedule', {
      opens_date: '',
      opens_time: '',
      closes_date: '',
      closes_time: '',
      zone: 'Europe/Helsinki',
    });
  });
});
