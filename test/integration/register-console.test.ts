import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import { parseSearch, search } from '../../src/register/index.ts';
import {
  addProviderMember,
  auditEvents,
  findEntry,
  findProvider,
  listEntries,
} from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';

/** A complete form for the Annex I editor, with what `change` says instead. */
function entryForm(change: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    textLanguage: 'en',
    title: 'Welding robots: safe operation',
    description: 'Two weeks on the shop floor.',
    countries: 'FI, EE',
    regions: 'Uusimaa',
    bodyName: 'Esimerkki Vocational College',
    bodyCountry: 'FI',
    bodyHomepage: 'https://college.example.org',
    providerType: 'public_vet',
    outcomes: 'Operate a welding robot safely on the shop floor.\nCheck the quality of a robot weld.',
    esco: '',
    field: '0715',
    criteria: '',
    ects: '3',
    hours: '81',
    duration: '1w_1m',
    eqf: '4',
    cycle: '',
    assessment: ['practical', 'test'],
    assessmentDescription: '',
    supervision: 'supervised_onsite_id',
    participation: 'onsite',
    delivery: 'scheduled',
    languages: 'fi, en',
    quality: ['regulated'],
    qualityDescription: '',
    qualityBodies: 'Finnish National Agency for Education',
    qualityUrl: '',
    prerequisites: ['none'],
    prerequisitesDescription: '',
    grade: 'pass_fail',
    gradeDescription: '',
    stackability: 'unit_of_qualification',
    partOf: 'Vocational qualification in mechanical engineering',
    furtherUrl: '',
    furtherText: '',
    homepage: '',
    enrolment: 'https://college.example.org/enrol',
    ...change,
  };
}

const entryIdOf = (location: string | null) => /\/entries\/(mc-[a-z0-9]+)/.exec(location ?? '')?.[1];

describe('the register in the console', () => {
  let t: TestApp;
  let curator: Browser;
  beforeAll(async () => {
    t = await testApp('pglite');
    await member(t.store, 'curator@example.org', 'researcher', { study: 'microcredentials' });
    await member(t.store, 'analyst@example.org', 'analyst', { study: 'microcredentials' });
    curator = await signIn(t, 'curator@example.org');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const publicSearch = async (query: string) =>
    (await search(t.store.db, parseSearch(new URLSearchParams(query)), 'en')).hits.map((h) => h.id);

  it('describes a microcredential with the form, reviews it and publishes it', async () => {
    const form = await curator.get('/console/register/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('name="outcomes"');
    const saved = await curator.post('/console/register/new', entryForm());
    expect(saved.status).toBe(303);
    const id = entryIdOf(saved.location)!;
    const row = await findEntry(t.store.db, id);
    expect(row).toMatchObject({ state: 'pending', origin: 'console', published: null });
    const record = row!.record as MicrocredentialDraft;
    expect(record).toMatchObject({
      title: { en: 'Welding robots: safe operation' },
      issuerCountries: ['FI', 'EE'],
      awardingBodies: [{ name: { en: 'Esimerkki Vocational College' }, country: 'FI' }],
      workload: { ects: 3, hours: 81 },
      level: { eqf: '4' },
      assessment: { types: ['practical', 'test'] },
      participation: { form: 'onsite', delivery: 'scheduled' },
      qualityAssurance: { types: ['regulated'], bodies: [{ en: 'Finnish National Agency for Education' }] },
      stackability: {
        option: 'unit_of_qualification',
        partOf: [{ title: { en: 'Vocational qualification in mechanical engineering' } }],
      },
      iscedF: ['0715'],
      languagesOfInstruction: ['fi', 'en'],
      links: [{ rel: 'enrolment', url: 'https://college.example.org/enrol' }],
    });
    expect(record.learningOutcomes).toHaveLength(2);
    expect(await publicSearch('q=welding')).toEqual([]);

    const review = await curator.get(`/console/register/entries/${id}`);
    expect(review.html).toContain('Waiting for review');
    expect(review.html).toContain('Annex I elements');
    const published = await curator.post(`/console/register/entries/${id}/publish`);
    expect(published.location).toBe('/console/register?done=published');
    expect(await publicSearch('q=welding')).toEqual([id]);
    const events = await auditEvents(t.store.db, null, { limit: 50 });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['register.create', 'register.publish']),
    );
  });

  it('keeps what was typed and names each wrong field; stores nothing', async () => {
    const before = (await listEntries(t.store.db)).length;
    await curator.get('/console/register/new');
    const reply = await curator.post(
      '/console/register/new',
      entryForm({
        title: 'Kept title',
        ects: 'three',
        countries: 'XX',
        enrolment: 'not a url',
        participation: 'by_pigeon',
      }),
    );
    expect(reply.status).toBe(422);
    expect(reply.html).toContain('Error:');
    for (const field of ['ects', 'countries', 'enrolment', 'participation'])
      expect(reply.html).toContain(`href="#${field}"`);
    expect(reply.html).toContain('value="Kept title"');
    expect((await listEntries(t.store.db)).length).toBe(before);
  });

  it('takes ESCO skills from the register’s list only, with their labels, and helps find them', async () => {
    const list = await curator.get('/console/register/esco?q=digital+cont');
    expect(list.html).toContain('http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a');
    expect(list.html).toContain('This service uses the ESCO classification of the European Commission.');
    await curator.get('/console/register/new');
    const unknown = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    const refused = await curator.post('/console/register/new', entryForm({ esco: unknown }));
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(`${unknown} is not an ESCO skill in the register’s list.`);
    const saved = await curator.post(
      '/console/register/new',
      entryForm({ esco: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a' }),
    );
    const row = await findEntry(t.store.db, entryIdOf(saved.location)!);
    expect((row!.record as MicrocredentialDraft).learningOutcomes?.[0]?.escoSkills).toEqual([
      expect.objectContaining({
        uri: 'http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a',
        label: expect.objectContaining({ en: 'develop digital content' }),
      }),
    ]);
  });

  it('refuses to publish without an awarding body and a country, and says what is missing', async () => {
    await curator.get('/console/register/new');
    const saved = await curator.post(
      '/console/register/new',
      entryForm({ title: 'Bare', bodyName: '', countries: '' }),
    );
    const id = entryIdOf(saved.location)!;
    const review = await curator.get(`/console/register/entries/${id}`);
    expect(review.html).toContain('It cannot be published yet');
    expect(review.html).not.toContain(`/console/register/entries/${id}/publish`);
    const forced = await curator.post(`/console/register/entries/${id}/publish`);
    expect(forced.status).toBe(422);
    expect((await findEntry(t.store.db, id))?.published).toBeNull();
  });

  it('finds likely duplicates and merges one into the other', async () => {
    await curator.get('/console/register/new');
    const a = entryIdOf(
      (await curator.post('/console/register/new', entryForm({ title: 'Data literacy for nurses' })))
        .location,
    )!;
    await curator.get('/console/register/new');
    const b = entryIdOf(
      (
        await curator.post(
          '/console/register/new',
          entryForm({ title: 'Data-literacy for nurses', bodyName: 'Esimerkki Vocational Colege' }),
        )
      ).location,
    )!;
    await curator.post(`/console/register/entries/${a}/publish`);
    const review = await curator.get(`/console/register/entries/${b}`);
    expect(review.html).toContain('Likely duplicates');
    expect(review.html).toContain(`/console/register/entries/${a}"`);
    const merged = await curator.post(`/console/register/entries/${b}/merge`, { into: a });
    expect(merged.location).toBe('/console/register?done=merged');
    expect(await findEntry(t.store.db, b)).toMatchObject({ state: 'merged', merged_into: a });
    await curator.get(`/console/register/entries/${a}`);
    const self = await curator.post(`/console/register/entries/${a}/merge`, { into: a });
    expect(self.status).toBe(422);
  });

  it('rejects with a note', async () => {
    await curator.get('/console/register/new');
    const id = entryIdOf(
      (await curator.post('/console/register/new', entryForm({ title: 'Not a microcredential' }))).location,
    )!;
    await curator.post(`/console/register/entries/${id}/reject`, { note: 'A full degree programme.' });
    expect(await findEntry(t.store.db, id)).toMatchObject({
      state: 'rejected',
      review_note: 'A full degree programme.',
    });
  });

  it('imports a spreadsheet whole, or not at all with every problem', async () => {
    const upload = async (name: string, content: string) => {
      await curator.get('/console/register/import');
      const body = new FormData();
      body.append('_csrf', curator.csrf());
      body.append('language', 'en');
      body.append('file', new File([content], name));
      const res = await t.app.request('http://127.0.0.1:3000/console/register/import', {
        method: 'POST',
        body,
        headers: { cookie: `cm_session=${curator.cookie('cm_session')}` },
      });
      return { status: res.status, location: res.headers.get('location'), html: await res.text() };
    };
    const before = (await listEntries(t.store.db, { origin: 'import' })).length;
    const bad = await upload(
      'mc.csv',
      'title:en;awarding_body:en;issuer_countries;eqf\nGood one;College;FI;4\nBad one;College;FI;11\n',
    );
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('3');
    expect((await listEntries(t.store.db, { origin: 'import' })).length).toBe(before);
    const good = await upload(
      'mc.csv',
      'title:en;awarding_body:en;issuer_countries;eqf\nGood one;College;FI;4\n"Second; with a semicolon";College;EE;5\n',
    );
    expect(good.location).toBe('/console/register?done=imported&n=2');
    const imported = await listEntries(t.store.db, { origin: 'import' });
    expect(imported.map((r) => (r.record as MicrocredentialDraft).title?.en).sort()).toEqual([
      'Good one',
      'Second; with a semicolon',
    ]);
    expect(imported.every((r) => r.state === 'pending')).toBe(true);
    const template = await curator.get('/console/register/import/template.csv');
    expect(template.status).toBe(200);
    expect(template.html).toContain('title:en');
  });

  it('lets a provider describe its own microcredentials, each change waiting for review', async () => {
    await curator.get('/console/register/providers');
    const added = await curator.post('/console/register/providers', {
      name: 'Esimerkki Vocational College',
      country: 'FI',
      type: 'public_vet',
      homepage: 'https://college.example.org',
    });
    expect(added.location).toBe('/console/provider/prov-fi-esimerkki-vocational-college');
    const providerId = 'prov-fi-esimerkki-vocational-college';
    expect(await findProvider(t.store.db, providerId)).toMatchObject({ country: 'FI', type: 'public_vet' });
    await curator.get(`/console/provider/${providerId}`);
    const edited = await curator.post(`/console/provider/${providerId}/record`, {
      name: 'Esimerkki Vocational College',
      country: 'FI',
      type: 'public_vet',
      homepage: 'https://college.example.org',
      accreditation: 'accredited',
      accreditedBy: 'Finnish National Agency for Education',
      decisionUrl: 'https://qa.example.org/decisions/7',
    });
    expect(edited.location).toBe(`/console/provider/${providerId}`);
    expect((await findProvider(t.store.db, providerId))?.record).toMatchObject({
      accreditation: {
        status: 'accredited',
        by: { en: 'Finnish National Agency for Education' },
        decisionUrl: 'https://qa.example.org/decisions/7',
      },
    });
    await curator.get(`/console/provider/${providerId}`);
    const wrong = await curator.post(`/console/provider/${providerId}/record`, {
      name: '',
      country: 'XX',
      type: 'public_vet',
      decisionUrl: 'nope',
    });
    expect(wrong.status).toBe(422);
    for (const field of ['name', 'country', 'decisionUrl']) expect(wrong.html).toContain(`href="#${field}"`);
    await curator.get('/console/register/providers');
    const again = await curator.post('/console/register/providers', {
      name: 'Esimerkki Vocational College',
      country: 'FI',
      type: 'public_vet',
    });
    expect(again.status).toBe(422);

    await curator.get(`/console/provider/${providerId}`);
    const link = await curator.post(`/console/provider/${providerId}/members`, {
      email: 'Teacher@College.example.org',
    });
    expect(link.status).toBe(200);
    expect(link.html).toMatch(/\/console\/link\/[A-Za-z0-9_-]{40,}/);

    const accountId = await member(t.store, 'speaker@college.example.org', 'viewer', { study: 'demo' });
    await addProviderMember(t.store.db, accountId, providerId);
    const speaker = await signIn(t, 'speaker@college.example.org');
    await speaker.get(`/console/provider/${providerId}`);
    expect(
      (
        await speaker.post(`/console/provider/${providerId}/record`, {
          name: 'Mine now',
          country: 'FI',
          type: 'company',
        })
      ).status,
    ).toBe(403);
    const home = await speaker.get('/console');
    expect(home.html).toContain(`/console/provider/${providerId}`);
    expect(home.html).not.toContain('href="/console/register"');

    const form = await speaker.get(`/console/provider/${providerId}/new`);
    expect(form.html).toContain('value="Esimerkki Vocational College"');
    const sent = await speaker.post(
      `/console/provider/${providerId}/new`,
      entryForm({ title: 'CNC basics' }),
    );
    expect(sent.status).toBe(303);
    const id = entryIdOf(sent.location)!;
    expect(await findEntry(t.store.db, id)).toMatchObject({
      state: 'pending',
      origin: 'provider',
      provider_id: providerId,
    });
    expect((await findEntry(t.store.db, id))?.record).toMatchObject({ awardingBodies: [{ providerId }] });

    // A curator publishes; the provider's next change waits while the published copy stays.
    await curator.get(`/console/register/entries/${id}`);
    await curator.post(`/console/register/entries/${id}/publish`);
    await speaker.get(`/console/provider/${providerId}/entries/${id}/edit`);
    const changed = await speaker.post(
      `/console/provider/${providerId}/entries/${id}/edit`,
      entryForm({ title: 'CNC fundamentals' }),
    );
    expect(changed.location).toBe(`/console/provider/${providerId}?done=submitted`);
    expect(await publicSearch('q=cnc')).toEqual([id]);
    expect(await publicSearch('q=fundamentals')).toEqual([]);
    expect((await findEntry(t.store.db, id))?.state).toBe('pending');

    // Who awards what: the provider's public page, linked from its microcredential's page.
    const providerPage = await new Browser(t.app).get(`/fi/register/providers/${providerId}`);
    expect(providerPage.status).toBe(200);
    expect(providerPage.html).toContain('Akkreditoitu');
    expect(providerPage.html).toContain('Finnish National Agency for Education');
    expect(providerPage.html).toContain(`href="/fi/register/${id}"`);
    const entryPage = await new Browser(t.app).get(`/en/register/${id}`);
    expect(entryPage.html).toContain(`href="/en/register/providers/${providerId}"`);
    expect((await new Browser(t.app).get('/en/register/providers/prov-xx-nobody')).status).toBe(404);

    // Nobody else's entries, and not the register's curation.
    const other = (await listEntries(t.store.db, { origin: 'console' }))[0]!;
    expect((await speaker.get(`/console/provider/${providerId}/entries/${other.id}/edit`)).status).toBe(404);
    expect((await speaker.get('/console/register')).status).toBe(403);
    expect((await speaker.get('/console/provider/prov-xx-other')).status).toBe(404);
  });

  it('is closed to roles that do not curate', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    expect((await analyst.get('/console/register')).status).toBe(403);
    expect((await analyst.get('/console/register/import')).status).toBe(403);
  });

  it('answers the public API without a token and takes providers’ submissions with one', async () => {
    const api = (path: string, init: RequestInit = {}) => t.app.request(`http://127.0.0.1:3000${path}`, init);
    const list = await api('/api/v1/register/entries?q=operation&country=FI&bogus=1&eqf=99');
    expect(list.status).toBe(200);
    const listed = (await list.json()) as {
      total: number;
      ignored: string[];
      entries: { id: string; url: string; completeness: { score: number } }[];
    };
    expect(listed.total).toBe(1);
    expect(listed.ignored).toEqual(['eqf=99']);
    const [first] = listed.entries;
    expect(first!.url).toBe(`http://127.0.0.1:3000/en/register/${first!.id}`);
    expect(first!.completeness.score).toBeGreaterThan(0.5);
    const one = await api(`/api/v1/register/entries/${first!.id}`);
    expect(((await one.json()) as { record: { title: unknown } }).record.title).toEqual({
      en: 'Welding robots: safe operation',
    });
    const missing = await api('/api/v1/register/entries/mc-nothing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'problem.notFound' });

    const providerId = 'prov-fi-esimerkki-vocational-college';
    const { insertApiToken } = await import('../../src/store/index.ts');
    const { sha256 } = await import('../../src/console/kit.tsx');
    const accountId = await member(t.store, 'api@college.example.org', 'viewer', { study: 'demo' });
    await addProviderMember(t.store.db, accountId, providerId);
    const token = `cm_provider-token-${'y'.repeat(30)}`;
    await insertApiToken(t.store.db, { accountId, name: 'sync', tokenHash: sha256(token) });
    const send = (method: string, path: string, payload: unknown, auth = token) =>
      api(path, {
        method,
        body: JSON.stringify(payload),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
      });
    const record = {
      title: { en: 'Hydraulics for maintenance technicians' },
      issuerCountries: ['FI'],
      awardingBodies: [{ name: { en: 'Esimerkki Vocational College' } }],
      workload: { ects: 2 },
    };
    const created = await send('POST', `/api/v1/register/providers/${providerId}/entries`, record);
    expect(created.status).toBe(201);
    const { id, state } = (await created.json()) as { id: string; state: string };
    expect(state).toBe('pending');
    expect(await findEntry(t.store.db, id)).toMatchObject({
      origin: 'provider',
      provider_id: providerId,
      published: null,
    });
    const changed = await send('PUT', `/api/v1/register/providers/${providerId}/entries/${id}`, {
      ...record,
      workload: { ects: 3 },
    });
    expect(changed.status).toBe(200);
    expect((await findEntry(t.store.db, id))?.record).toMatchObject({ workload: { ects: 3 } });
    const bad = await send('POST', `/api/v1/register/providers/${providerId}/entries`, {
      ...record,
      workload: { ects: -1 },
      id: 'mine',
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { message: string }).message).toMatch(/workload/);
    expect((await send('POST', '/api/v1/register/providers/prov-xx-other/entries', record)).status).toBe(404);
    expect(
      (await send('POST', `/api/v1/register/providers/${providerId}/entries`, record, 'x'.repeat(40))).status,
    ).toBe(401);
    const other = (await listEntries(t.store.db, { origin: 'console' }))[0]!;
    expect(
      (await send('PUT', `/api/v1/register/providers/${providerId}/entries/${other.id}`, record)).status,
    ).toBe(404);
    const openapi = (await (await api('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(openapi.paths['/api/v1/register/entries']?.get?.security).toBeUndefined();
    expect(openapi.paths['/api/v1/register/providers/{provider}/entries']?.post?.security).toEqual([
      { token: [] },
    ]);
  });

  it('awards a published microcredential to a learner, and revokes it through the public status list', async () => {
    const providerId = 'prov-fi-esimerkki-vocational-college';
    const speaker = await signIn(t, 'speaker@college.example.org');
    const entry = (await listEntries(t.store.db, { providerIds: [providerId] })).find(
      (r) => r.published !== null,
    )!;
    const home = await speaker.get(`/console/provider/${providerId}`);
    expect(home.html).toContain(`/console/provider/${providerId}/entries/${entry.id}/issue`);
    const form = await speaker.get(`/console/provider/${providerId}/entries/${entry.id}/issue`);
    expect(form.status).toBe(200);
    expect(
      (
        await speaker.post(`/console/provider/${providerId}/entries/${entry.id}/issue`, {
          name: '',
          email: '',
          learnerId: '',
        })
      ).status,
    ).toBe(422);
    await speaker.get(`/console/provider/${providerId}/entries/${entry.id}/issue`);
    const res = await t.app.request(
      `http://127.0.0.1:3000/console/provider/${providerId}/entries/${entry.id}/issue`,
      {
        method: 'POST',
        body: new URLSearchParams({
          _csrf: speaker.csrf(),
          name: 'Aino Oppija',
          email: 'aino@example.org',
          learnerId: '',
        }).toString(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `cm_session=${speaker.cookie('cm_session')}`,
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="credential-[0-9a-f-]{36}\.json"$/,
    );
    const credential = (await res.json()) as {
      id: string;
      credentialStatus: { statusListCredential: string };
    };
    const listUrl = credential.credentialStatus.statusListCredential;
    expect(listUrl).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/register\/status\/\d+$/);
    const { verifyOpenBadge } = await import('../../src/register/index.ts');
    const check = async () => {
      const list = await (await t.app.request(listUrl)).json();
      const report = await verifyOpenBadge(JSON.stringify(credential), {
        now: t.clock.now,
        statusLists: new Map([[listUrl, list]]),
      });
      return report.checks.find((c) => c.id === 'status')?.status;
    };
    expect(await check()).toBe('ok');
    const issued = await speaker.get(`/console/provider/${providerId}/issued`);
    expect(issued.html).toContain(credential.id);
    expect(issued.html).not.toContain('aino');
    const revoked = await speaker.post(`/console/provider/${providerId}/issued/revoke`, {
      credential: credential.id,
    });
    expect(revoked.location).toBe(`/console/provider/${providerId}/issued?done=revoked`);
    expect(await check()).toBe('failed');
    // The public check page reads this register's own lists from its database.
    const visitor = new Browser(t.app);
    await visitor.get('/en/verify');
    const page = await visitor.post('/en/verify', {
      credential: JSON.stringify(credential),
      date: '2026-11-23',
    });
    expect(page.status).toBe(200);
    expect(page.html).toContain('The issuer has revoked the credential.');
    const events = await auditEvents(t.store.db, null, { limit: 100 });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['register.issue', 'register.revoke']),
    );
    expect(JSON.stringify(events)).not.toContain('aino');
    // Someone else's credential cannot be revoked through this provider.
    await speaker.get(`/console/provider/${providerId}/issued`);
    expect(
      (
        await speaker.post(`/console/provider/${providerId}/issued/revoke`, {
          credential: 'urn:uuid:nothing',
        })
      ).status,
    ).toBe(404);
  });

  it('gives a fully described entry as an Open Badges achievement and an ELM specification, and says what an incomplete one lacks', async () => {
    const entries = await listEntries(t.store.db, { published: true });
    const full = entries.find((r) => (r.published as MicrocredentialDraft).qualityAssurance !== undefined)!;
    const ob = await t.app.request(
      `http://127.0.0.1:3000/api/v1/register/entries/${full.id}/open-badges-achievement`,
    );
    expect(ob.status).toBe(200);
    expect(await ob.json()).toMatchObject({ type: ['Achievement'], achievementType: 'MicroCredential' });
    const elm = await t.app.request(
      `http://127.0.0.1:3000/api/v1/register/entries/${full.id}/elm-specification`,
    );
    expect(await elm.json()).toMatchObject({ type: 'LearningAchievementSpecification' });
    const { createEntry, publish } = await import('../../src/register/index.ts');
    const { id } = await createEntry(t.store.db, {
      record: { title: { en: 'Thin' }, issuerCountries: ['FI'], awardingBodies: [{ name: { en: 'X' } }] },
      origin: 'console',
      now: t.clock.now,
    });
    await publish(t.store.db, id, t.clock.now);
    const thin = await t.app.request(
      `http://127.0.0.1:3000/api/v1/register/entries/${id}/open-badges-achievement`,
    );
    expect(thin.status).toBe(422);
    expect(((await thin.json()) as { message: string }).message).toContain('learningOutcomes');
    expect((await t.app.request('http://127.0.0.1:3000/api/v1/register/status/999')).status).toBe(404);
    expect((await t.app.request('http://127.0.0.1:3000/api/v1/register/status/abc')).status).toBe(404);
  });
});
