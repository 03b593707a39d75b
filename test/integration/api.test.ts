import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setAccountLanguage } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

describe.each(engines())('the REST API on %s', (engine) => {
  let t: TestApp;
  let token: string;
  const api = async (method: string, path: string, body?: unknown, auth = token) => {
    const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
      method,
      headers: {
        authorization: `Bearer ${auth}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> & unknown[] };
  };

  beforeAll(async () => {
    t = await testApp(engine);
    await member(t.store, 'res@example.org', 'researcher', { study: 'demo' });
    const browser = await signIn(t, 'res@example.org');
    await browser.get('/console/account');
    const made = await browser.post('/console/account/tokens', { token_name: 'nightly export' });
    token = made.html.match(/<p class="code">(cm_[A-Za-z0-9_-]+)<\/p>/)![1]!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('describes itself in OpenAPI 3.1, every endpoint with its parameters, bodies and answers', async () => {
    const res = await t.app.request('http://127.0.0.1:3000/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'get /api/v1/studies',
        'put /api/v1/studies/{study}/questionnaires/{q}/schedule',
        'post /api/v1/studies/{study}/questionnaires/{q}/publish',
        'post /api/v1/studies/{study}/contacts',
      ]),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) {
        const declared = ((op.parameters as { name: string }[] | undefined) ?? []).map((p) => p.name);
        expect(declared, path).toEqual(names);
        expect(Object.keys(op.responses as object)).toContain('401');
      }
    }
    const schedule = doc.paths['/api/v1/studies/{study}/questionnaires/{q}/schedule']!.put!;
    expect(JSON.stringify(schedule.requestBody)).toContain('date-time');
  });

  it('answers with the token’s roles only, and not to a revoked or missing token', async () => {
    const studies = await api('GET', '/api/v1/studies');
    expect(studies.status).toBe(200);
    expect(studies.json).toEqual([
      expect.objectContaining({
        slug: 'demo',
        role: 'researcher',
        title: 'credmap demonstration: microcredentials in your working life',
      }),
    ]);
    // Titles in the account's language, as the console shows them.
    const account = await t.store.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', 'res@example.org')
      .executeTakeFirstOrThrow();
    await setAccountLanguage(t.store.db, account.id, 'fi');
    expect((await api('GET', '/api/v1/studies')).json[0]).toMatchObject({
      title: 'credmap-esittely: mikrotutkinnot työelämässäsi',
    });
    await setAccountLanguage(t.store.db, account.id, 'en');
    expect((await api('GET', '/api/v1/studies/microcredentials/questionnaires')).status).toBe(404);
    const none = await t.app.request('http://127.0.0.1:3000/api/v1/studies');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await api('GET', '/api/v1/studies', undefined, 'cm_not-a-real-token-at-all')).status).toBe(401);
    // The scheme is case-insensitive, and may be followed by more than one space (RFC 9110, 11.1, 11.4).
    for (const authorization of [`bearer ${token}`, `BEARER ${token}`, `Bearer  ${token}`]) {
      const res = await t.app.request('http://127.0.0.1:3000/api/v1/studies', { headers: { authorization } });
      expect(res.status, authorization.split(' ')[0]).toBe(200);
    }
    for (const authorization of [`Basic ${token}`, `Bearer${token}`, token]) {
      const res = await t.app.request('http://127.0.0.1:3000/api/v1/studies', { headers: { authorization } });
      expect(res.status).toBe(401);
    }
  });

  it('changes the schedule, refusing bodies that are not right with the reason', async () => {
    const path = '/api/v1/studies/demo/questionnaires/demo/schedule';
    expect((await api('PUT', path, 'not json')).status).toBe(400);
    const bad = await api('PUT', path, { opens: 'tomorrow', closes: null });
    expect(bad.status).toBe(422);
    expect(String(bad.json.message)).toContain('opens');
    const backwards = await api('PUT', path, {
      opens: '2027-02-01T00:00:00+01:00',
      closes: '2027-01-01T00:00:00+01:00',
    });
    expect(backwards.status).toBe(422);
    const ok = await api('PUT', path, {
      opens: '2026-11-01T00:00:00+01:00',
      closes: '2027-03-31T23:59:00+02:00',
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ slug: 'demo', status: 'open', closes: '2027-03-31T21:59:00.000Z' });
    const events = await t.store.db.selectFrom('audit_event').select(['action', 'actor']).execute();
    expect(events).toContainEqual({ action: 'questionnaire.schedule', actor: 'res (API)' });
  });

  it('words a refusal in the account’s language, the schema’s details too, and reads only JSON', async () => {
    const path = '/api/v1/studies/demo/questionnaires/demo/schedule';
    const browser = await signIn(t, 'res@example.org');
    await browser.get('/console/account');
    expect((await browser.post('/console/account/language', { language: 'fi' })).status).toBe(303);
    try {
      const bad = await api('PUT', path, { opens: 5, closes: null });
      expect(bad.status).toBe(422);
      expect(bad.json.message).toBe(
        'Pyyntö ei ole kelvollinen: opens: Virheellinen tyyppi: odotettiin string, oli number',
      );
    } finally {
      await browser.get('/console/account');
      await browser.post('/console/account/language', { language: 'en' });
    }
    const as = (type: string) =>
      t.app.request(`http://127.0.0.1:3000${path}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body: JSON.stringify({ opens: '2026-11-01T00:00:00+01:00', closes: '2027-03-31T23:59:00+02:00' }),
      });
    for (const type of ['application/jsonx', 'application/json-seq', 'text/json', 'application/x+jsonp'])
      expect((await as(type)).status).toBe(415);
    for (const type of [
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/merge-patch+json',
    ])
      expect((await as(type)).status).toBe(200);
  });

  it('takes a draft and refuses to publish it while it has problems, naming each', async () => {
    const base = '/api/v1/studies/demo/questionnaires/demo';
    const version = await api('GET', `${base}/versions/1`);
    expect(version.status).toBe(200);
    const definition = version.json as unknown as { title: Record<string, string> };
    definition.title = { en: 'Changed in English only' };
    const draft = await api('PUT', `${base}/draft`, definition);
    expect(draft.status).toBe(200);
    expect(draft.json).toMatchObject({ valid: false });
    expect(draft.json.problems).toContain('title: text.missingLanguage (nl)');
    const refused = await api('POST', `${base}/publish`);
    expect(refused.status).toBe(422);
    // The message says each problem's code, then its words.
    expect(String(refused.json.message)).toContain(
      'title: text.missingLanguage (there is no text in Nederlands (nl).)',
    );
    const languages = await api('GET', `${base}/languages`);
    expect(languages.json).toContainEqual(expect.objectContaining({ language: 'fi', missing: 1 }));
  });

  it('adds contacts all or none and queues invitations', async () => {
    const bad = await api('POST', '/api/v1/studies/demo/contacts', [
      { email: 'a@example.org', language: 'en', instrument: 'demo' },
      { email: 'nope', language: 'en', instrument: 'demo' },
    ]);
    expect(bad.status).toBe(422);
    expect(String(bad.json.message)).toContain(
      '[1].email: contacts.badEmail ("nope" is not an e-mail address.)',
    );
    const twice = await api('POST', '/api/v1/studies/demo/contacts', [
      { email: 'a@example.org', language: 'en', instrument: 'demo' },
      { email: 'A@example.org', language: 'en', instrument: 'demo' },
    ]);
    expect(String(twice.json.message)).toContain(
      '[1].email: contacts.duplicate (The same address for the same questionnaire is already on row [0].)',
    );
    const good = await api('POST', '/api/v1/studies/demo/contacts', [
      { email: 'a@example.org', language: 'en', instrument: 'demo' },
      { email: 'b@example.org', language: 'fi', instrument: 'demo', country: 'FI' },
    ]);
    expect(good.status).toBe(201);
    expect(good.json).toEqual({ added: 2, alreadyListed: 0 });
    expect((await api('POST', '/api/v1/studies/demo/questionnaires/demo/invitations')).json).toEqual({
      queued: 2,
    });
    // Once the questionnaire has closed, none are queued, and the API says why.
    const schedule = '/api/v1/studies/demo/questionnaires/demo/schedule';
    const open = { opens: '2026-11-01T00:00:00+01:00', closes: '2027-03-31T23:59:00+02:00' };
    expect((await api('PUT', schedule, { ...open, closes: '2026-11-20T00:00:00+01:00' })).status).toBe(200);
    await api('POST', '/api/v1/studies/demo/contacts', [
      { email: 'c@example.org', language: 'en', instrument: 'demo' },
    ]);
    const closed = await api('POST', '/api/v1/studies/demo/questionnaires/demo/invitations');
    expect(closed.status).toBe(409);
    expect(closed.json).toEqual({
      error: 'distribution.closed',
      message: 'The questionnaire has closed: no invitations are sent.',
    });
    expect((await api('PUT', schedule, open)).status).toBe(200);
    expect((await api('POST', '/api/v1/studies/demo/questionnaires/demo/invitations')).json).toEqual({
      queued: 1,
    });
    expect((await api('GET', '/api/v1/studies/demo/questionnaires/demo/distribution')).json).toMatchObject({
      contacts: 3,
    });
  });

  it('refuses a body over the upload limit in JSON, in the client’s language', async () => {
    const body = JSON.stringify([{ email: 'x'.repeat(13 * 1024 * 1024) }]);
    const res = await t.app.request('http://127.0.0.1:3000/api/v1/studies/demo/contacts', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': String(body.length),
        'accept-language': 'pl',
      },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: 'problem.tooLarge',
      message: 'Żądanie jest większe niż 12 MB.',
    });
  });

  it('answers a path it does not know in JSON, whatever the method', async () => {
    for (const method of ['GET', 'POST', 'OPTIONS', 'DELETE']) {
      const res = await t.app.request('http://127.0.0.1:3000/api/v1/nothing-here', {
        method,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'fr' },
      });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        error: 'problem.notFound',
        message: 'Cette page n’existe pas, ou votre compte n’y a pas accès.',
      });
    }
  });

  it('refuses a method an address does not take with 405 and the methods it takes; OPTIONS lists them', async () => {
    const request = (method: string, path: string) =>
      t.app.request(`http://127.0.0.1:3000${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'accept-language': 'de' },
      });
    const schedule = '/api/v1/studies/demo/questionnaires/demo/schedule';
    for (const method of ['GET', 'PATCH', 'DELETE', 'POST']) {
      const res = await request(method, schedule);
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('PUT, OPTIONS');
      expect(await res.json()).toEqual({
        error: 'api.methodNotAllowed',
        message: `This address does not take ${method}; it takes PUT, OPTIONS.`,
      });
    }
    const studies = await request('DELETE', '/api/v1/studies');
    expect(studies.status).toBe(405);
    expect(studies.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const options = await request('OPTIONS', '/api/v1/studies/demo/contacts');
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST, OPTIONS');
    // Before any token, in the language the client asks for.
    const anonymous = await t.app.request('http://127.0.0.1:3000/api/v1/register/entries', {
      method: 'DELETE',
      headers: { 'accept-language': 'nl' },
    });
    expect(anonymous.status).toBe(405);
    expect(((await anonymous.json()) as { message: string }).message).toBe(
      'Dit adres accepteert DELETE niet, alleen GET, HEAD, OPTIONS.',
    );
    expect((await request('HEAD', '/api/v1/studies')).status).toBe(200);
    expect((await request('GET', '/api/v1/studies')).status).toBe(200);
  });

  it('reads a body as JSON in UTF-8 only, and keeps nothing of one it cannot read right', async () => {
    const contacts = '/api/v1/studies/demo/contacts';
    const send = (type: string | undefined, body: string | Blob) =>
      t.app.request(`http://127.0.0.1:3000${contacts}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(type === undefined ? {} : { 'content-type': type }),
        },
        body,
      });
    const before = await t.store.db.selectFrom('contact').select('id').execute();
    // "é" in Latin-1 is not UTF-8: it would have been read as U+FFFD and stored so.
    const latin1 = new Blob([
      Buffer.from('[{"email":"rené@example.org","language":"en","instrument":"demo"}]', 'latin1'),
    ]);
    const notUtf8 = await send('application/json', latin1);
    expect(notUtf8.status).toBe(400);
    expect(await notUtf8.json()).toEqual({
      error: 'api.badJson',
      message: 'The body is not valid JSON in UTF-8.',
    });
    for (const type of [
      'application/json; charset=iso-8859-1',
      'application/json; charset=utf-16',
      undefined,
    ]) {
      const res = await send(type, latin1);
      expect(res.status, type).toBe(415);
      expect(await res.json()).toEqual({
        error: 'api.notJson',
        message: 'Send the body as JSON in UTF-8, with the header Content-Type: application/json.',
      });
    }
    // A field the API does not know is named, not dropped: here the country would have been lost.
    const unknown = await send(
      'application/json',
      JSON.stringify([{ email: 'rene@example.org', language: 'en', instrument: 'demo', Country: 'FR' }]),
    );
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { message: string }).message).toMatch(
      /^The request is not valid: 0: .*"Country"/,
    );
    const empty = await send('application/json', '[]');
    expect(((await empty.json()) as { message: string }).message).toBe(
      'The request is not valid: $: contacts.empty (The list has no contacts.)',
    );
    expect(await t.store.db.selectFrom('contact').select('id').execute()).toEqual(before);
    const schedule = await api('PUT', '/api/v1/studies/demo/questionnaires/demo/schedule', {
      opens: null,
      closes: null,
      close: '2027-01-01T00:00:00Z',
    });
    expect(schedule.status).toBe(422);
    expect(String(schedule.json.message)).toContain('"close"');
  });

  it('stops answering a token once it is revoked on the account page', async () => {
    const browser = await signIn(t, 'res@example.org');
    const page = await browser.get('/console/account');
    const revoke = page.html.match(/action="(\/console\/account\/tokens\/\d+\/revoke)"/)![1]!;
    expect((await browser.post(revoke, {})).status).toBe(303);
    expect((await api('GET', '/api/v1/studies')).status).toBe(401);
  });
});
