import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCode } from '../../src/respondent/codes.ts';
import type { Reply, TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { responseCookieName } from '../support/tabs.ts';

const base = '/en/s/demo/demo';

/** Rows stored for the browser's response, as the database holds them. */
async function storedRows(t: TestApp) {
  return t.store.db
    .selectFrom('answer')
    .select(['question_id', 'item', 'part', 'value', 'missing'])
    .orderBy('question_id')
    .execute();
}

async function responseCount(t: TestApp) {
  const row = await t.store.db
    .selectFrom('response')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Walks from the landing page to the page after consent. */
async function consented(b: Browser): Promise<Reply> {
  await b.get(base);
  const first = await b.get(`${base}/p/p_consent`);
  expect(first.status).toBe(200);
  const saved = await b.post(`${base}/p/p_consent`, { consent: 'yes', _ts: String(Date.now()) });
  expect(saved.status).toBe(303);
  return saved;
}

describe.each(engines())('respondent pages on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers /healthz with the database it uses', async () => {
    const res = await t.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: engine });
  });

  it('sends / to the home page in the browser language', async () => {
    const b = new Browser(t.app, { 'accept-language': 'fi-FI,fi;q=0.9,en;q=0.5' });
    const res = await b.get('/');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/fi');
  });

  it('walks the whole demo questionnaire and stores one row per answer', async () => {
    const b = new Browser(t.app);
    const landing = await b.get(base);
    expect(landing.status).toBe(200);
    expect(landing.html).toContain('<html lang="en">');
    expect(landing.html).toContain('href="#main"');
    const before = await responseCount(t);

    let reply = await consented(b);
    expect(reply.location).toBe(`${base}/p/p_role`);
    expect(await responseCount(t)).toBe(before + 1);
    reply = await b.post(`${base}/p/p_role`, { role: 'other', 'role.other': 'Researcher' });
    expect(reply.location).toBe(`${base}/p/p_country`);
    reply = await b.post(`${base}/p/p_country`, { country: 'FI' });
    reply = await b.post(`${base}/p/p_age`, { age: '42' });
    reply = await b.post(`${base}/p/p_heard`, { heard: ['badges', 'module'] });
    reply = await b.post(`${base}/p/p_holds`, { holds: 'yes' });
    // At least one microcredential is needed: straight to the first item.
    expect(reply.location).toBe(`${base}/r/mc/1/p_mc_basic`);
    const item = await b.follow(reply);
    expect(item.status).toBe(200);
    reply = await b.post(`${base}/r/mc/1/p_mc_basic`, {
      mc_title: 'Data literacy',
      'mc_issued.day': '3',
      'mc_issued.month': '5',
      'mc_issued.year': '2024',
    });
    expect(reply.location).toBe(`${base}/r/mc/1/p_mc_hours`);
    const hours = await b.follow(reply);
    // The title is piped into the next question, isolated (U+2068 … U+2069) from the text around it.
    expect(hours.html).toContain('“\u2068Data literacy\u2069”');
    reply = await b.post(`${base}/r/mc/1/p_mc_hours`, { mc_hours: '37,5' });
    reply = await b.post(`${base}/r/mc/1/p_mc_useful`, { mc_useful: '4' });
    expect(reply.location).toBe(`${base}/r/mc`);
    const summary = await b.follow(reply);
    expect(summary.html).toContain('Data literacy');
    reply = await b.post(`${base}/r/mc`, { addAnother: 'no' });
    expect(reply.location).toBe(`${base}/p/p_trust`);
    reply = await b.post(`${base}/p/p_trust`, {
      'trust.assessed': '4',
      'trust.quality': '3',
      'trust.stackable': '~dont_know',
      'trust.employers': '4',
    });
    reply = await b.post(`${base}/p/p_reasons`, {
      'reasons.career': '1',
      'reasons.job': '3',
      'reasons.interest': '2',
      'reasons.employer': '4',
    });
    reply = await b.post(`${base}/p/p_comments`, { comments: 'Nothing more.' });
    expect(reply.location).toBe(`${base}/check`);
    const check = await b.follow(reply);
    expect(check.status).toBe(200);
    expect(check.html).toContain('Researcher');
    expect(check.html).toContain('Finland');
    reply = await b.post(`${base}/check`);
    expect(reply.location).toBe(`${base}/done`);
    const done = await b.follow(reply);
    expect(done.html).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}/);

    const rows = await storedRows(t);
    const byId = (id: string, part = '') => rows.filter((r) => r.question_id === id && r.part === part);
    expect(byId('role')[0]?.value).toBe('other');
    expect(byId('role', 'other')[0]?.value).toBe('Researcher');
    expect(byId('age')[0]?.value).toBe(42);
    expect(byId('heard')[0]?.value).toEqual(['badges', 'module']);
    expect(byId('mc_hours')[0]).toMatchObject({ item: 1, value: 37.5 });
    expect(byId('mc_issued')[0]).toMatchObject({ item: 1, value: '2024-05-03' });
    expect(byId('trust', 'stackable')[0]).toMatchObject({ value: null, missing: 'dont_know' });
    expect(byId('reasons')[0]?.value).toEqual(['career', 'interest', 'job', 'employer']);
    expect(byId('n_mc')[0]?.value).toBe(1);
  });

  it('stores nothing before consent, and nothing when consent is refused', async () => {
    const b = new Browser(t.app);
    const before = await responseCount(t);
    await b.get(`${base}/p/p_consent`);
    const refused = await b.post(`${base}/p/p_consent`, { consent: 'no' });
    expect(refused.status).toBe(200);
    expect(refused.html).toContain('You have chosen not to take part');
    expect(await responseCount(t)).toBe(before);
    // A page further on cannot be reached without a response.
    const jump = await b.get(`${base}/p/p_age`);
    expect(jump.status).toBe(303);
    expect(jump.location).toBe(`${base}/p/p_consent`);
  });

  it('shows invalid answers again with a 422, an error summary and "Error:" in the title', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.get(`${base}/p/p_role`);
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    await b.post(`${base}/p/p_country`, { country: 'FI' });
    await b.get(`${base}/p/p_age`);
    const before = (await storedRows(t)).filter((r) => r.question_id === 'age').length;
    const res = await b.post(`${base}/p/p_age`, { age: '7,5' });
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/<title>Error: How old are you\?/);
    expect(res.html).toContain('class="error-summary"');
    expect(res.html).toContain('href="#f-age"');
    expect(res.html).toContain('Enter a whole number');
    expect(res.html).toContain('value="7,5"');
    expect((await storedRows(t)).filter((r) => r.question_id === 'age')).toHaveLength(before);
  });

  it.each([
    ['de', 'Geben Sie eine Zahl von 99 oder weniger ein'],
    ['en', 'Enter a number of 15 or more'],
  ])('reads 1.000 as people write it in %s: a thousand in German, one in English', async (lang, issue) => {
    const b = new Browser(t.app);
    const at = base.replace('/en/', `/${lang}/`);
    await b.get(at);
    await b.get(`${at}/p/p_consent`);
    await b.post(`${at}/p/p_consent`, { consent: 'yes', _ts: String(Date.now()) });
    await b.post(`${at}/p/p_role`, { role: 'employee' });
    await b.post(`${at}/p/p_country`, { country: 'FI' });
    await b.get(`${at}/p/p_age`);
    const res = await b.post(`${at}/p/p_age`, { age: '1.000' });
    expect(res.status).toBe(422);
    expect(res.html).toContain(issue);
  });

  it.each([
    ['an unknown choice code', { role: 'astronaut' }, 422],
    ['a forged question id', { role: 'employee', salary: '100' }, 400],
    ['two values for one answer', { role: ['employee', 'learner'] }, 422],
  ])('refuses %s without storing it', async (_name, fields, status) => {
    const b = new Browser(t.app);
    await consented(b);
    await b.get(`${base}/p/p_role`);
    const res = await b.post(`${base}/p/p_role`, fields);
    expect(res.status).toBe(status);
    expect(res.html).toContain('<html lang="en">');
    const rows = await storedRows(t);
    expect(rows.filter((r) => r.question_id === 'salary')).toHaveLength(0);
  });

  it('refuses a post without its CSRF token, and a body that is not a form', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.get(`${base}/p/p_role`);
    expect((await b.post(`${base}/p/p_role`, { role: 'employee' }, { csrf: false })).status).toBe(403);
    expect(
      (await b.post(`${base}/p/p_role`, {}, { contentType: 'application/json', body: '{"role":"employee"}' }))
        .status,
    ).toBe(415);
  });

  it('refuses an oversized body with 413 and an oversized answer with 422', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.get(`${base}/p/p_role`);
    const huge = await b.post(`${base}/p/p_role`, { role: 'other', 'role.other': 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(huge.html).toContain('Too much was sent');
    const long = await b.post(`${base}/p/p_role`, { role: 'other', 'role.other': 'x'.repeat(201) });
    expect(long.status).toBe(422);
    expect(long.html).toContain('Enter 200 characters or fewer');
  });

  it('answers unknown questionnaires and languages with a 404 page in the right language', async () => {
    const b = new Browser(t.app, { 'accept-language': 'de' });
    const missing = await b.get('/fr/s/demo/nope');
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('<html lang="fr">');
    const language = await b.get('/it/s/demo/demo');
    expect(language.status).toBe(404);
    expect(language.html).toContain('<html lang="de">');
    expect(language.html).toContain('href="/sl/s/demo/demo"');
  });

  it('keeps a completed response closed: a replayed page or submission gets 409', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    await b.post(`${base}/p/p_country`, { country: 'SI' });
    await b.post(`${base}/p/p_age`, { age: '30' });
    await b.post(`${base}/p/p_heard`, { heard: 'none' });
    await b.post(`${base}/p/p_holds`, { holds: 'no' });
    await b.post(`${base}/p/p_why_not`, {});
    await b.post(`${base}/p/p_trust`, {
      'trust.assessed': '4',
      'trust.quality': '4',
      'trust.stackable': '4',
      'trust.employers': '4',
    });
    // Ranking is required only for those who know a kind of microcredential.
    await b.post(`${base}/p/p_reasons`, {});
    const last = await b.post(`${base}/p/p_comments`, {});
    expect(last.location).toBe(`${base}/check`);
    const check = await b.get(`${base}/check`);
    // "Change" goes to the page and straight back to the check page.
    expect(check.html).toContain(`href="${base}/p/p_age?from=check"`);
    const changed = await b.post(`${base}/p/p_age?from=check`, { age: '31' });
    expect(changed.location).toBe(`${base}/check`);
    await b.get(`${base}/check`);
    const csrf = b.csrf();
    expect((await b.post(`${base}/check`)).status).toBe(303);
    expect((await b.post(`${base}/check`, { _csrf: csrf })).status).toBe(409);
    expect((await b.post(`${base}/p/p_age`, { _csrf: csrf, age: '32' })).status).toBe(409);
    const rows = await t.store.db
      .selectFrom('response')
      .select(['completed_at', 'receipt'])
      .where('completed_at', 'is not', null)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('resumes with the code on another device, and rate-limits wrong codes', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'learner', _action: 'save' });
    const save = await b.get(`${base}/save`);
    const code = save.html.match(/([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/)?.[1];
    expect(code).toBeDefined();

    const other = new Browser(t.app, { 'x-client': 'other' });
    await other.get(`${base}/resume`);
    const resumed = await other.post(`${base}/resume`, { code: code!.toLowerCase().replace(/-/g, ' ') });
    expect(resumed.status).toBe(303);
    expect(resumed.location).toBe(`${base}/p/p_country`);
    const back = await other.get(`${base}/p/p_role`);
    expect(back.html).toMatch(/value="learner" checked/);

    const guesser = new Browser(t.app);
    await guesser.get(`${base}/resume`);
    // Nothing typed: asked for the code, and no guess counted.
    const empty = await guesser.post(`${base}/resume`, { code: '' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('Enter your resume code');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await guesser.post(`${base}/resume`, { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' })).status);
    expect(statuses.slice(0, 3)).toEqual([422, 422, 422]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('goes from a change through the pages it opens, then back to the check page', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'learner' });
    await b.post(`${base}/p/p_country`, { country: 'LV' });
    await b.post(`${base}/p/p_age`, { age: '35' });
    await b.post(`${base}/p/p_heard`, { heard: 'none' });
    await b.post(`${base}/p/p_holds`, { holds: 'no' });
    await b.post(`${base}/p/p_why_not`, {});
    await b.post(`${base}/p/p_trust`, {
      'trust.assessed': '3',
      'trust.quality': '3',
      'trust.stackable': '3',
      'trust.employers': '3',
    });
    await b.post(`${base}/p/p_reasons`, {});
    expect((await b.post(`${base}/p/p_comments`, {})).location).toBe(`${base}/check`);
    await b.get(`${base}/check`);
    // Knowing a kind of microcredential makes the ranking required: that page, then the check page.
    const changed = await b.post(`${base}/p/p_heard?from=check`, { heard: 'badges' });
    expect(changed.location).toBe(`${base}/p/p_reasons?from=check`);
    const reasons = await b.follow(changed);
    expect(reasons.html).toContain(`action="${base}/p/p_reasons?from=check"`);
    // Back goes to the page before, still on the way back: the check page waits for this one.
    expect(reasons.html).toContain(`class="back-link" href="${base}/p/p_trust?from=check"`);
    expect((await b.get(`${base}/p/p_age?from=check`)).html).toContain(
      `class="back-link" href="${base}/check"`,
    );
    const ranked = await b.post(`${base}/p/p_reasons?from=check`, {
      'reasons.career': '2',
      'reasons.job': '1',
      'reasons.interest': '4',
      'reasons.employer': '3',
    });
    expect(ranked.location).toBe(`${base}/check`);
  });

  it('saves to come back later with a question still open, and comes back to that page', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    // Nothing chosen on a page whose one question is required: the save page, with the code.
    const left = await b.post(`${base}/p/p_country`, { _action: 'save' });
    expect(left.status).toBe(303);
    expect(left.location).toBe(`${base}/save`);
    const code = (await b.get(`${base}/save`)).html.match(/([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/)![1]!;
    await b.post(`${base}/p/p_country`, { country: 'EE' });
    await b.post(`${base}/p/p_age`, { age: '29' });
    await b.post(`${base}/p/p_heard`, { heard: 'none' });
    await b.post(`${base}/p/p_holds`, { holds: 'no' });
    await b.post(`${base}/p/p_why_not`, {});
    // Half a matrix answered: those rows are kept, and the page is where the respondent comes back.
    expect(
      (await b.post(`${base}/p/p_trust`, { 'trust.assessed': '4', 'trust.quality': '2', _action: 'save' }))
        .location,
    ).toBe(`${base}/save`);
    const other = new Browser(t.app);
    await other.get(`${base}/resume`);
    // An hour on: the earlier tests' wrong codes, from the same address, are of another window.
    t.clock.now = new Date('2026-11-23T11:00:00Z');
    const resumed = await other.post(`${base}/resume`, { code }).finally(() => {
      t.clock.now = new Date('2026-11-23T10:00:00Z');
    });
    expect(resumed.location).toBe(`${base}/p/p_trust`);
    const page = await other.get(`${base}/p/p_trust`);
    expect(page.html).toMatch(/name="trust\.assessed" value="4" checked/);
    expect(page.html).toMatch(/name="trust\.quality" value="2" checked/);
    // Continuing asks for the rest; the check page cannot be reached past it.
    expect(
      (await other.post(`${base}/p/p_trust`, { 'trust.assessed': '4', 'trust.quality': '2' })).status,
    ).toBe(422);
    expect((await other.get(`${base}/check`)).location).toBe(`${base}/p/p_trust?from=check`);
    // What cannot be read is still refused, even when leaving: it is shown again to be put right.
    const wrong = await other.post(`${base}/p/p_age`, { age: 'abc', _action: 'save' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('value="abc"');
  });

  it('counts only wrong codes towards the limit, so people behind one address all come back', async () => {
    // A window of its own; every browser of these tests comes from one address, as behind a NAT.
    t.clock.now = new Date('2027-03-01T10:00:00Z');
    try {
      const b = new Browser(t.app);
      await consented(b);
      await b.post(`${base}/p/p_role`, { role: 'learner', _action: 'save' });
      const code = (await b.get(`${base}/save`)).html.match(/([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/)![1]!;
      for (let i = 0; i < 15; i++) {
        const device = new Browser(t.app);
        await device.get(`${base}/resume`);
        expect((await device.post(`${base}/resume`, { code })).status, `resume ${i + 1}`).toBe(303);
      }
      expect((await new Browser(t.app).get(`${base}/resume?code=${code}`)).status).toBe(303);
      // Wrong codes still count: ten, then 429, the right code included, until the window ends.
      const guesser = new Browser(t.app);
      await guesser.get(`${base}/resume`);
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await guesser.post(`${base}/resume`, { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' })).status);
      expect(statuses).toEqual([...Array(10).fill(422), 429]);
      expect((await guesser.post(`${base}/resume`, { code })).status).toBe(429);
      t.clock.now = new Date('2027-03-01T10:15:00Z');
      expect((await guesser.post(`${base}/resume`, { code })).status).toBe(303);
    } finally {
      t.clock.now = new Date('2026-11-23T10:00:00Z');
    }
  });

  it('adds, changes and removes repeat items; later items move up', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    await b.post(`${base}/p/p_country`, { country: 'PL' });
    await b.post(`${base}/p/p_age`, { age: '50' });
    await b.post(`${base}/p/p_heard`, { heard: 'badges' });
    await b.post(`${base}/p/p_holds`, { holds: 'yes' });
    const addItem = async (n: number, title: string) => {
      if (n > 1) {
        // "Add another" leads to the first page of the next item.
        const add = await b.post(`${base}/r/mc`, { addAnother: 'yes' });
        expect(add.location).toBe(`${base}/r/mc/new`);
        expect((await b.follow(add)).status).toBe(200);
      }
      const saved = await b.post(`${base}/r/mc/${n}/p_mc_basic`, { mc_title: title });
      expect(saved.location).toBe(`${base}/r/mc/${n}/p_mc_hours`);
      await b.post(`${base}/r/mc/${n}/p_mc_hours`, {});
      expect((await b.post(`${base}/r/mc/${n}/p_mc_useful`, {})).location).toBe(`${base}/r/mc`);
    };
    await addItem(1, 'First');
    await addItem(2, 'Second');
    await addItem(3, 'Third');
    // An item number beyond the next one cannot be reached.
    expect((await b.get(`${base}/r/mc/5/p_mc_basic`)).status).toBe(303);
    const summary = await b.get(`${base}/r/mc`);
    expect(summary.html.indexOf('First')).toBeLessThan(summary.html.indexOf('Second'));
    const confirm = await b.get(`${base}/r/mc/1/remove`);
    expect(confirm.html).toContain('First');
    const removed = await b.post(`${base}/r/mc/1/remove`);
    expect(removed.location).toBe(`${base}/r/mc`);
    const after = await b.get(`${base}/r/mc`);
    expect(after.html).not.toContain('>First<');
    const items = await t.store.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select(['answer.item', 'answer.value'])
      .where('answer.question_id', '=', 'mc_title')
      .where('response.resume_hash', '=', hashCode(decodeURIComponent(b.cookie(responseCookieName(b))!)))
      .orderBy('answer.item')
      .execute();
    expect(items).toEqual([
      { item: 1, value: 'Second' },
      { item: 2, value: 'Third' },
    ]);
    // A changed item keeps its number.
    const change = await b.post(`${base}/r/mc/2/p_mc_basic`, { mc_title: 'Third, renamed' });
    expect(change.location).toBe(`${base}/r/mc/2/p_mc_hours`);
  });

  it('returns from a change to a repeat item to the check page, and sends calculations as the answers now stand', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    await b.post(`${base}/p/p_country`, { country: 'FI' });
    await b.post(`${base}/p/p_age`, { age: '44' });
    await b.post(`${base}/p/p_heard`, { heard: 'badges' });
    await b.post(`${base}/p/p_holds`, { holds: 'yes' });
    await b.post(`${base}/r/mc/1/p_mc_basic`, { mc_title: 'First' });
    await b.post(`${base}/r/mc/1/p_mc_hours`, {});
    await b.post(`${base}/r/mc/1/p_mc_useful`, {});
    expect((await b.post(`${base}/r/mc`, { addAnother: 'no' })).location).toBe(`${base}/p/p_trust`);
    await b.post(`${base}/p/p_trust`, {
      'trust.assessed': '4',
      'trust.quality': '4',
      'trust.stackable': '4',
      'trust.employers': '4',
    });
    await b.post(`${base}/p/p_reasons`, {
      'reasons.career': '1',
      'reasons.job': '2',
      'reasons.interest': '3',
      'reasons.employer': '4',
    });
    expect((await b.post(`${base}/p/p_comments`, {})).location).toBe(`${base}/check`);
    const check = await b.get(`${base}/check`);
    expect(check.html).toContain(`href="${base}/r/mc/1/p_mc_hours?from=check"`);
    // Changed from the check page, the item's page leads back to it, and the group stays answered.
    const changed = await b.post(`${base}/r/mc/1/p_mc_hours?from=check`, { mc_hours: '12' });
    expect(changed.location).toBe(`${base}/check`);
    expect((await b.get(`${base}/check`)).status).toBe(200);

    // A second item added, then straight to the check page (as with the back button) without the
    // page of the calculation saved again: what is sent counts two items.
    await b.get(`${base}/r/mc`);
    expect((await b.post(`${base}/r/mc`, { addAnother: 'yes' })).location).toBe(`${base}/r/mc/new`);
    await b.get(`${base}/r/mc/new`);
    await b.post(`${base}/r/mc/2/p_mc_basic`, { mc_title: 'Second' });
    await b.post(`${base}/r/mc/2/p_mc_hours`, {});
    await b.post(`${base}/r/mc/2/p_mc_useful`, {});
    await b.post(`${base}/r/mc`, { addAnother: 'no' });
    expect((await b.get(`${base}/check`)).status).toBe(200);
    expect((await b.post(`${base}/check`)).status).toBe(303);
    const hash = hashCode(decodeURIComponent(b.cookie(responseCookieName(b))!));
    const stored = await t.store.db
      .selectFrom('answer')
      .innerJoin('response', 'response.id', 'answer.response_id')
      .select(['answer.question_id', 'answer.value'])
      .where('answer.question_id', 'in', ['n_mc', 'mc_hours'])
      .where('response.resume_hash', '=', hash)
      .where('response.completed_at', 'is not', null)
      .orderBy('answer.question_id')
      .orderBy('answer.item')
      .execute();
    expect(stored).toEqual([
      { question_id: 'mc_hours', value: 12 },
      { question_id: 'n_mc', value: 2 },
    ]);
  });

  it('keeps the answers when the language changes', async () => {
    const b = new Browser(t.app);
    await consented(b);
    await b.post(`${base}/p/p_role`, { role: 'employer' });
    const fi = await b.get('/fi/s/demo/demo/p/p_role');
    expect(fi.status).toBe(200);
    expect(fi.html).toContain('<html lang="fi">');
    expect(fi.html).toMatch(/value="employer" checked/);
  });

  it('follows the schedule: not open yet, then closed, in the respondent language', async () => {
    const b = new Browser(t.app);
    await b.get(`${base}/p/p_consent`);
    const before = await responseCount(t);
    t.clock.now = new Date('2025-06-01T10:00:00Z');
    try {
      const early = await b.get('/de/s/demo/demo');
      expect(early.status).toBe(200);
      expect(early.html).toContain('<html lang="de">');
      expect(early.html).toContain('2026');
      t.clock.now = new Date('2028-02-01T10:00:00Z');
      const late = await b.get('/nl/s/demo/demo/p/p_consent');
      expect(late.html).toContain('<html lang="nl">');
      expect(late.html).toContain('2027');
      const post = await b.post('/nl/s/demo/demo/p/p_consent', { consent: 'yes' });
      expect(post.status).toBe(403);
      expect(post.html).toContain('<html lang="nl">');
      expect(await responseCount(t)).toBe(before);
    } finally {
      t.clock.now = new Date('2026-11-23T10:00:00Z');
    }
  });
});
