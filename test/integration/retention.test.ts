import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContacts, listStudies } from '../../src/store/index.ts';
import { purgeExpired } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

const count = async (t: TestApp, table: 'response' | 'contact' | 'answer') =>
  (
    await t.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe.each(engines())('retention and erasure on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets a respondent delete their own answers with the receipt code, and nothing else', async () => {
    const model = await demoModel();
    const mine = new Browser(t.app);
    await completeDemo(mine, model, 11);
    const done = await mine.get('/en/s/demo/demo/done');
    expect(done.html).toContain('href="/en/s/demo/erase"');
    const receipt = done.html.match(/<strong class="code">([0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/)![1]!;
    await completeDemo(new Browser(t.app), model, 12);
    expect(Number(await count(t, 'response'))).toBe(2);

    const browser = new Browser(t.app, { 'accept-language': 'fi' });
    const form = await browser.get('/fi/s/demo/erase');
    expect(form.html).toContain('Poista vastauksesi');
    const wrong = await browser.post('/fi/s/demo/erase', { code: 'AAAA-AAAA' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Tästä tutkimuksesta ei löytynyt vastauksia tällä kuittauskoodilla');
    expect(wrong.html).toMatch(/<title>Virhe:/);
    expect(wrong.html).toMatch(/<input[^>]*id="f-code"[^>]*aria-invalid="true"/);
    // Nothing typed: asked for the code, not told it was not found.
    const empty = await browser.post('/fi/s/demo/erase', { code: ' ' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('Kirjoita kiitossivulla näkynyt kuittauskoodi.');
    expect(empty.html).not.toContain('ei löytynyt vastauksia');
    // Typed as people type it: lower case, no dash, an O for a zero.
    const typed = receipt.replace('-', ' ').toLowerCase().replaceAll('0', 'o');
    const erased = await browser.post('/fi/s/demo/erase', { code: typed });
    expect(erased.status).toBe(200);
    expect(erased.html).toContain('Vastauksesi on poistettu');
    expect(Number(await count(t, 'response'))).toBe(1);
    expect((await browser.post('/fi/s/demo/erase', { code: receipt })).status).toBe(422);
    const events = await t.store.db.selectFrom('audit_event').select(['action', 'actor']).execute();
    expect(events).toContainEqual({ action: 'response.erase', actor: 'respondent' });
  });

  it('slows down guessing of receipt codes', async () => {
    const guesser = new Browser(t.app);
    await guesser.get('/en/s/demo/erase');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await guesser.post('/en/s/demo/erase', { code: `ZZZZ-ZZ${String(i).padStart(2, '0')}` })).status,
      );
    expect(statuses).toContain(429);
  });

  it('tells respondents in the privacy statement how long contacts are kept and how to erase', async () => {
    const page = await new Browser(t.app).get('/en/s/demo/privacy');
    expect(page.html).toContain('deleted 30 days after the questionnaire closes');
    expect(page.html).toContain('href="/en/s/demo/erase"');
  });

  it('purges contacts and then answers when each retention period has passed, and logs it', async () => {
    const demo = (await listStudies(t.store.db)).find((s) => s.slug === 'demo')!;
    const q = await t.store.db
      .selectFrom('questionnaire')
      .selectAll()
      .where('study_id', '=', demo.id)
      .executeTakeFirstOrThrow();
    await insertContacts(t.store.db, q.id, [
      { email: 'x@example.org', language: 'en', country: null, tokenSalt: 'salt', tokenHash: 'hash-x' },
    ]);
    // The demo closes on 31 December 2027; contacts are kept 30 days, answers 12 months.
    expect(await purgeExpired(t.store, new Date('2027-12-31T00:00:00Z'))).toEqual([]);
    expect(await purgeExpired(t.store, new Date('2028-02-15T00:00:00Z'), { dryRun: true })).toEqual([
      { study: 'demo', questionnaire: 'demo', responses: 0, contacts: 1 },
    ]);
    expect(Number(await count(t, 'contact'))).toBe(1);
    await purgeExpired(t.store, new Date('2028-02-15T00:00:00Z'));
    expect(Number(await count(t, 'contact'))).toBe(0);
    expect(Number(await count(t, 'response'))).toBe(1);
    expect(await purgeExpired(t.store, new Date('2029-01-01T00:00:00Z'))).toEqual([
      { study: 'demo', questionnaire: 'demo', responses: 1, contacts: 0 },
    ]);
    expect(Number(await count(t, 'response'))).toBe(0);
    expect(Number(await count(t, 'answer'))).toBe(0);
    const log = await t.store.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'retention.purge')
      .execute();
    expect(log).toHaveLength(2);
  });
});
