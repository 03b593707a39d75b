import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

describe.each(engines())('public results on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    const model = await demoModel();
    for (let seed = 700; seed < 724; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 2 === 0 ? 'en' : 'fi');
    await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
    await member(t.store, 'researcher@example.org', 'researcher', { study: 'demo' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('stays off line until the owner releases it; researchers cannot release', async () => {
    expect((await new Browser(t.app).get('/en/s/demo/results')).status).toBe(404);
    const researcher = await signIn(t, 'researcher@example.org');
    await researcher.get('/console/s/demo/results');
    expect((await researcher.post('/console/s/demo/results/release', {})).status).toBe(403);
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/release', {})).status).toBe(303);
    expect((await owner.get('/console/s/demo/results')).html).toContain('Published on');
    expect((await new Browser(t.app).get('/en/s/demo')).html).toContain('href="/en/s/demo/results"');
  }, 120_000);

  it('shows the released tables in the reader’s language, never a count under the threshold', async () => {
    for (const [lang, by] of [
      ['en', 'none'],
      ['fi', 'language'],
      ['de', 'none'],
    ] as const) {
      const page = await new Browser(t.app).get(`/${lang}/s/demo/results?by=${by}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<html lang="${lang}"`);
      const numbers = [...page.html.matchAll(/<td class="numeric">([0-9]+)/g)].map((m) => Number(m[1]));
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(n === 0 || n >= 10, `${lang} ${by}: ${n}`).toBe(true);
    }
    // Free text never appears: the comments question has no table.
    const page = await new Browser(t.app).get('/en/s/demo/results');
    // Charts beside the tables, with their text alternative.
    expect(page.html).toMatch(/<svg[^>]*role="img"/);
    expect(page.html).not.toContain('id="comments"');
  });

  it('offers the same tables as CSV, with the symbol for what is not shown', async () => {
    const res = await t.app.request('http://127.0.0.1:3000/en/s/demo/results.csv?by=language');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const numbers = text
      .split('\r\n')
      .flatMap((line) => line.split(',').slice(2))
      .filter((v) => /^[0-9]+$/.test(v))
      .map(Number);
    for (const n of numbers) expect(n === 0 || n >= 10).toBe(true);
    expect(text).toContain('×');
  });

  it('answers from the release, not from live data: a new response changes nothing until the next release', async () => {
    const before = await new Browser(t.app).get('/en/s/demo/results');
    await completeDemo(new Browser(t.app), await demoModel(), 999);
    const after = await new Browser(t.app).get('/en/s/demo/results');
    expect(after.html).toBe(before.html);
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/withdraw', {})).status).toBe(303);
    expect((await new Browser(t.app).get('/en/s/demo/results')).status).toBe(404);
    const actions = (await t.store.db.selectFrom('audit_event').select('action').execute()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['results.release', 'results.withdraw']));
  });
});
