import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/console/kit.tsx';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import { createEntry, publish, reject, saveProvider } from '../../src/register/index.ts';
import { addProviderMember, auditEvents, insertApiToken, listEntries } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { member } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { careRecord, dataRecord } from '../support/register.ts';

/**
 * Hostile input on the public register (pages and API) and a provider's retried submissions.
 * Every answer is a page or JSON of its own kind, never a 500, and a retried POST stores nothing twice.
 */

const providerId = 'prov-fi-hunt-college';
const token = `cm_provider-token-${'h'.repeat(30)}`;

/** Language links of a page, by language. */
const languageLinks = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<a href="([^"]*)" lang="([a-z]{2})" hreflang="[a-z]{2}">/g)].map((m) => [
      m[2],
      m[1]!.replaceAll('&amp;', '&'),
    ]),
  );

describe.each(engines())('the public register under hostile input on %s', (engine) => {
  let t: TestApp;
  const ids: string[] = [];
  const get = (path: string, init: RequestInit = {}) => t.app.request(`http://127.0.0.1:3000${path}`, init);

  beforeAll(async () => {
    t = await testApp(engine);
    const odd: MicrocredentialDraft = {
      ...careRecord,
      title: { en: "100% data_science \\ [a-z]+ (x|y)* O'Brien" },
    };
    for (const record of [careRecord, dataRecord, odd]) {
      const { id } = await createEntry(t.store.db, { record, origin: 'console', now: t.clock.now });
      await publish(t.store.db, id, t.clock.now);
      ids.push(id);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['%25', 3],
    ['_', 3],
    ['%5C', 3],
    ['%25%25%25', 3],
    ['.*', 3],
    ['100%25', 1],
    ['data_science', 1],
    ['%5Ba-z%5D%2B', 1],
    ['(x%7Cy)*', 1],
    ["'%20or%201%3D1%20--", 0],
    ['x%3A*%20%26%20!y', 1],
    ['%00', 3],
    ['%01%02%7F', 3],
    ['%ED%A0%80', 3],
    ['%FF%FE', 3],
    ['%E2%80%AE', 3],
    ['%C7%85%20%C2%B2%20%EF%AC%80', 0],
  ] as const)('q=%s: the page, the API and the download answer, matching as words', async (q, total) => {
    const page = await get(`/en/register?q=${q}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(Number(/id="results-heading" data-total="(\d+)"/.exec(html)?.[1] ?? 0)).toBe(total);
    const api = await get(`/api/v1/register/entries?q=${q}`);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { total: number }).total).toBe(total);
    const csv = await get(`/en/register/export.csv?q=${q}`);
    expect(csv.status).toBe(200);
  });

  it('reads a query of thousands of letters as its first 200 characters', async () => {
    const long = `${'a'.repeat(150)}%20care%20${'b'.repeat(5000)}`;
    const page = await (await get(`/en/register?q=${long}`)).text();
    expect(page).toContain(`value="${'a'.repeat(150)} care ${'b'.repeat(44)}"`);
    expect(page).not.toContain('b'.repeat(45));
    const api = (await (await get(`/api/v1/register/entries?q=${long}`)).json()) as { total: number };
    expect(api.total).toBe(0);
  });

  it.each([
    '-1',
    '0',
    '1.5',
    '1e3',
    'abc',
    '',
    '0x10',
    '%202',
    '%2B2',
    '2.',
    '9007199254740993',
    '10001',
    'NaN',
  ])('page=%s is not a page number: left out and said to be, on the page and in the API', async (page) => {
    const api = await get(`/api/v1/register/entries?page=${page}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { page: number; total: number; ignored: string[] };
    expect(body.page).toBe(1);
    expect(body.total).toBe(3);
    expect(body.ignored).toEqual([`page=${decodeURIComponent(page)}`]);
    expect((await get(`/en/register?page=${page}`)).status).toBe(200);
  });

  it('takes the first of repeated parameters and drops unknown filter values', async () => {
    const api = await get(
      '/api/v1/register/entries?page=1&page=2&sort=title&sort=newest&eqf=99&country=fi&country=FI&bogus=1',
    );
    const body = (await api.json()) as { page: number; total: number; ignored: string[] };
    expect(body).toMatchObject({ page: 1, total: 2, ignored: ['country=fi', 'eqf=99'] });
  });

  it('answers forged ids with the 404 page or the 404 JSON', async () => {
    for (const id of [
      'mc-aaaaaaaaaa',
      'mc-%FF',
      '..%2F..%2Fetc',
      `mc-${'a'.repeat(3000)}`,
      "mc-'%20or%201=1",
    ]) {
      const page = await get(`/en/register/${id}`);
      expect(page.status, id).toBe(404);
      expect(await page.text()).toContain('<html lang="en">');
      const api = await get(`/api/v1/register/entries/${id}`);
      expect(api.status, id).toBe(404);
      expect(await api.json()).toMatchObject({ error: 'problem.notFound' });
      expect((await get(`/en/register/providers/${id}`)).status).toBe(404);
    }
  });

  it('answers HEAD as GET without a body, and a page whatever the Accept header asks', async () => {
    for (const path of [
      '/en/register',
      `/en/register/${ids[0]}`,
      '/api/v1/register/entries',
      '/en/register/mc-nothing',
    ]) {
      const head = await get(path, { method: 'HEAD' });
      const full = await get(path);
      expect(head.status, path).toBe(full.status);
      expect(head.headers.get('content-type'), path).toBe(full.headers.get('content-type'));
      expect(await head.text(), path).toBe('');
    }
    // RFC 9110 §12.5.1 lets a server send its one representation whatever Accept asks: the page is
    // HTML, and the same data is in the API.
    const asked = await get(`/en/register/${ids[0]}`, { headers: { accept: 'application/ld+json' } });
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('links the other languages to the search as understood, not to the address as typed', async () => {
    const junk = `&bogus=${'x'.repeat(12_000)}`;
    const typed = `/en/register?q=${'care '.repeat(60)}&country=FI&country=FI&country=ZZ&page=abc${junk}`;
    const res = await get(typed);
    expect(res.status).toBe(200);
    const html = await res.text();
    const expected = `/de/register?${new URLSearchParams({ q: 'care '.repeat(40).trim(), country: 'FI' })}`;
    expect(languageLinks(html).de).toBe(expected);
    expect(html).not.toContain('xxxxxxxxxx');
    // An entry's page takes no parameters, and its language links carry none.
    const entry = await (await get(`/en/register/${ids[0]}?${junk.slice(1)}`)).text();
    expect(languageLinks(entry).fi).toBe(`/fi/register/${ids[0]}`);
    expect(entry).not.toContain('xxxxxxxxxx');
  });
});

describe.each(engines())('a provider’s submissions retried on %s', (engine) => {
  let t: TestApp;
  const record = {
    title: { en: 'Hydraulics for maintenance technicians' },
    issuerCountries: ['FI'],
    awardingBodies: [{ name: { en: 'Hunt College' } }],
    workload: { ects: 2 },
  };

  beforeAll(async () => {
    t = await testApp(engine);
    await saveProvider(
      t.store.db,
      {
        id: providerId,
        name: { fi: 'Hunt College' },
        country: 'FI',
        type: 'public_vet',
        accreditation: { status: 'accredited' },
      },
      t.clock.now,
    );
    const accountId = await member(t.store, 'api@hunt.example.org', 'viewer', { study: 'demo' });
    await addProviderMember(t.store.db, accountId, providerId);
    await insertApiToken(t.store.db, { accountId, name: 'sync', tokenHash: sha256(token) });
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = async (body: unknown) => {
    const res = await t.app.request(`http://127.0.0.1:3000/api/v1/register/providers/${providerId}/entries`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as { id: string; state: string } };
  };
  const pending = async () =>
    (await listEntries(t.store.db, { providerIds: [providerId], states: ['pending'] })).map((e) => e.id);
  const submissions = async () =>
    (await auditEvents(t.store.db, null, { limit: 100 })).filter((e) => e.action === 'register.submit');

  it('answers the same body sent again with the entry the first one made, and stores it once', async () => {
    const first = await submit(record);
    expect(first).toMatchObject({ status: 201, body: { state: 'pending' } });
    // The same description, its keys in another order: what it says is the same.
    const { title, issuerCountries, awardingBodies, workload } = record;
    const again = await submit({ workload, awardingBodies, issuerCountries, title });
    expect(again).toEqual(first);
    expect(await pending()).toEqual([first.body.id]);
    expect(await submissions()).toHaveLength(1);

    const other = await submit({ ...record, workload: { ects: 3 } });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
    expect((await pending()).sort()).toEqual([first.body.id, other.body.id].sort());
  });

  it('stores one entry when the same body arrives several times at once', async () => {
    const body = { ...record, title: { en: 'Pneumatics, sent five times at once' } };
    const before = await pending();
    const replies = await Promise.all(Array.from({ length: 20 }, () => submit(body)));
    for (const reply of replies) expect(reply.status).toBe(201);
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const added = (await pending()).filter((id) => !before.includes(id));
    expect(added).toEqual([replies[0]!.body.id]);
  });

  it('lists the first twenty problems of a body wrong in thousands of places, and counts the rest', async () => {
    const before = await pending();
    const title = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, 'Title']));
    const res = await t.app.request(`http://127.0.0.1:3000/api/v1/register/providers/${providerId}/entries`, {
      method: 'POST',
      body: JSON.stringify({ ...record, title }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text.length).toBeLessThan(8000);
    const { message } = JSON.parse(text) as { message: string };
    expect(message).toMatch(/^The request is not valid: title/);
    expect(message.split('; ').length).toBe(21);
    expect(message).toMatch(/; and \d+ more\.$/);
    expect(await pending()).toEqual(before);
  });

  it('stores every one of many different bodies that arrive at once', async () => {
    const before = await pending();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => submit({ ...record, title: { en: `Hydraulics, part ${i + 1}` } })),
    );
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(20);
    expect((await pending()).filter((id) => !before.includes(id)).sort()).toEqual(
      replies.map((r) => r.body.id).sort(),
    );
  });

  it('makes a new entry once the first has been reviewed: the same body is then a new submission', async () => {
    const body = { ...record, title: { en: 'Robot welding, sent again after review' } };
    const first = await submit(body);
    await reject(t.store.db, first.body.id, 'Too short', t.clock.now);
    const later = await submit(body);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
    const published = await submit({ ...body, title: { en: 'Published, then sent again' } });
    await publish(t.store.db, published.body.id, t.clock.now);
    const resent = await submit({ ...body, title: { en: 'Published, then sent again' } });
    expect(resent.body.id).not.toBe(published.body.id);
  });
});
