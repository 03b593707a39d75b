import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCode } from '../../src/respondent/codes.ts';
import type { Reply, TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { beforeNextPageWrite, otherTab, responseCookieName } from '../support/tabs.ts';

const base = '/en/s/demo/demo';

/** The item a page's form names (`_item`), as the browser would send it back. */
function itemField(page: Reply): string {
  const value = page.html.match(/name="_item" value="([^"]+)"/)?.[1];
  if (value === undefined) throw new Error(`no item field on the page (status ${page.status})`);
  return value;
}

/** A respondent holding microcredentials, who has described one item for each title. */
async function withItems(t: TestApp, titles: readonly string[]): Promise<Browser> {
  const b = new Browser(t.app);
  await b.get(`${base}/p/p_consent`);
  const pages: [string, Record<string, string>][] = [
    ['p_consent', { consent: 'yes' }],
    ['p_role', { role: 'employee' }],
    ['p_country', { country: 'SI' }],
    ['p_age', { age: '41' }],
    ['p_heard', { heard: 'badges' }],
    ['p_holds', { holds: 'yes' }],
  ];
  for (const [page, fields] of pages) await b.post(`${base}/p/${page}`, fields);
  for (const [i, title] of titles.entries()) {
    const n = i + 1;
    const form = await b.get(n === 1 ? `${base}/r/mc/1/p_mc_basic` : `${base}/r/mc/new`);
    const saved = await b.post(`${base}/r/mc/${n}/p_mc_basic`, { _item: itemField(form), mc_title: title });
    expect(saved.location).toBe(`${base}/r/mc/${n}/p_mc_hours`);
    await b.post(`${base}/r/mc/${n}/p_mc_hours`, { _item: itemField(await b.follow(saved)) });
    const useful = await b.get(`${base}/r/mc/${n}/p_mc_useful`);
    const done = await b.post(`${base}/r/mc/${n}/p_mc_useful`, { _item: itemField(useful) });
    expect(done.location).toBe(`${base}/r/mc`);
  }
  expect((await b.get(`${base}/r/mc`)).status).toBe(200);
  return b;
}

/** The browser's items as stored: each item's number, key, title and hours, in order. */
async function keyedItems(t: TestApp, b: Browser) {
  const cookie = b.cookie(responseCookieName(b))!;
  const rows = await t.store.db
    .selectFrom('answer')
    .innerJoin('response', 'response.id', 'answer.response_id')
    .select(['answer.item', 'answer.question_id', 'answer.part', 'answer.value'])
    .where('response.resume_hash', '=', hashCode(decodeURIComponent(cookie)))
    .where('answer.item', '>', 0)
    .where('answer.question_id', 'in', ['mc', 'mc_title', 'mc_hours'])
    .execute();
  const numbers = [...new Set(rows.map((r) => r.item))].sort((x, y) => x - y);
  return numbers.map((item) => {
    const of = (id: string, part = '') =>
      rows.find((r) => r.item === item && r.question_id === id && r.part === part)?.value;
    return { item, key: of('mc', '#item'), title: of('mc_title'), hours: of('mc_hours') };
  });
}

/** The browser's items as stored: each item's number, title and hours, in order. */
async function storedItems(t: TestApp, b: Browser) {
  return (await keyedItems(t, b)).map(({ item, title, hours }) => ({ item, title, hours }));
}

/** Removes item `n` in this tab, as the respondent would: the confirmation page, then its button. */
async function remove(tab: Browser, n: number): Promise<Reply> {
  const confirm = await tab.get(`${base}/r/mc/${n}/remove`);
  expect(confirm.status).toBe(200);
  return tab.post(`${base}/r/mc/${n}/remove`, { _item: itemField(confirm) });
}

describe.each(engines())('repeat items changed in two tabs at once, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores a page on its item after another tab removed an item before it', async () => {
    const b = await withItems(t, ['First', 'Second', 'Third']);
    const tab = otherTab(t, b);
    const page = await b.get(`${base}/r/mc/3/p_mc_basic`);
    expect(page.html).toContain('value="Third"');
    expect((await remove(tab, 1)).location).toBe(`${base}/r/mc`);
    // Third is item 2 now; the page, read as item 3's, still belongs to Third.
    const saved = await b.post(`${base}/r/mc/3/p_mc_basic`, {
      _item: itemField(page),
      mc_title: 'Third, renamed',
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${base}/r/mc/2/p_mc_hours`);
    expect(await storedItems(t, b)).toEqual([
      { item: 1, title: 'Second', hours: undefined },
      { item: 2, title: 'Third, renamed', hours: undefined },
    ]);
  });

  it('stores it on its item when the removal commits after the page was read, before it is written', async () => {
    const b = await withItems(t, ['First', 'Second', 'Third']);
    const tab = otherTab(t, b);
    const page = await b.get(`${base}/r/mc/2/p_mc_hours`);
    const ran = beforeNextPageWrite(t, async () => {
      expect((await remove(tab, 1)).location).toBe(`${base}/r/mc`);
    });
    const saved = await b.post(`${base}/r/mc/2/p_mc_hours`, { _item: itemField(page), mc_hours: '12' });
    expect(ran.between).toBe(true);
    expect(saved.location).toBe(`${base}/r/mc/1/p_mc_useful`);
    expect(await storedItems(t, b)).toEqual([
      { item: 1, title: 'Second', hours: 12 },
      { item: 2, title: 'Third', hours: undefined },
    ]);
  });

  it.each([
    { when: 'before the page is sent', hook: false },
    { when: 'after the page was read, before it is written', hook: true },
  ])('stores nothing of a page whose item another tab removed $when, and says so', async ({ hook }) => {
    const b = await withItems(t, ['First', 'Second', 'Third']);
    const tab = otherTab(t, b);
    const page = await b.get(`${base}/r/mc/2/p_mc_hours`);
    const removal = async () => expect((await remove(tab, 2)).location).toBe(`${base}/r/mc`);
    let ran = { between: true };
    if (hook) ran = beforeNextPageWrite(t, removal);
    else await removal();
    const saved = await b.post(`${base}/r/mc/2/p_mc_hours`, { _item: itemField(page), mc_hours: '12' });
    expect(ran.between).toBe(true);
    expect(saved.status).toBe(409);
    expect(saved.html).toContain('This item has been removed');
    expect(saved.html).toContain(`href="${base}/r/mc"`);
    expect(await storedItems(t, b)).toEqual([
      { item: 1, title: 'First', hours: undefined },
      { item: 2, title: 'Third', hours: undefined },
    ]);
  });

  it('keeps both new items two tabs add at once, and a new item sent twice once', async () => {
    const b = await withItems(t, ['First', 'Second']);
    const tab = otherTab(t, b);
    const mine = await b.get(`${base}/r/mc/new`);
    const theirs = await tab.get(`${base}/r/mc/new`);
    expect(itemField(mine)).toMatch(/^new:/);
    expect(itemField(theirs)).not.toBe(itemField(mine));
    const first = await b.post(`${base}/r/mc/3/p_mc_basic`, { _item: itemField(mine), mc_title: 'Mine' });
    expect(first.location).toBe(`${base}/r/mc/3/p_mc_hours`);
    const second = await tab.post(`${base}/r/mc/3/p_mc_basic`, {
      _item: itemField(theirs),
      mc_title: 'Theirs',
    });
    // Stored as item 4; the respondent goes on where the response first needs them: item 3's next page.
    expect(second.location).toBe(`${base}/r/mc/3/p_mc_hours`);
    // The first tab's page sent again (a double click, or the back button): the same item.
    const again = await b.post(`${base}/r/mc/3/p_mc_basic`, {
      _item: itemField(mine),
      mc_title: 'Mine, again',
    });
    expect(again.location).toBe(`${base}/r/mc/3/p_mc_hours`);
    expect((await storedItems(t, b)).map((i) => i.title)).toEqual([
      'First',
      'Second',
      'Mine, again',
      'Theirs',
    ]);
  });

  it('refuses a new item once other tabs have added the most the group takes, and says so', async () => {
    const b = await withItems(t, ['One', 'Two', 'Three', 'Four']);
    const tab = otherTab(t, b);
    const mine = await b.get(`${base}/r/mc/new`);
    const theirs = await tab.get(`${base}/r/mc/new`);
    const first = await tab.post(`${base}/r/mc/5/p_mc_basic`, { _item: itemField(theirs), mc_title: 'Five' });
    expect(first.location).toBe(`${base}/r/mc/5/p_mc_hours`);
    const refused = await b.post(`${base}/r/mc/5/p_mc_basic`, { _item: itemField(mine), mc_title: 'Six' });
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('No more can be added');
    expect(refused.html).toContain('(5)');
    expect((await storedItems(t, b)).map((i) => i.title)).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('removes the item a remove page showed, even after another tab removed one before it, and only once', async () => {
    const b = await withItems(t, ['First', 'Second', 'Third']);
    const tab = otherTab(t, b);
    const confirm = await b.get(`${base}/r/mc/2/remove`);
    expect(confirm.html).toContain('Second');
    expect((await remove(tab, 1)).location).toBe(`${base}/r/mc`);
    const removed = await b.post(`${base}/r/mc/2/remove`, { _item: itemField(confirm) });
    expect(removed.location).toBe(`${base}/r/mc`);
    expect((await storedItems(t, b)).map((i) => i.title)).toEqual(['Third']);
    // Sent again: the item is gone already, and nothing else goes with it.
    const twice = await b.post(`${base}/r/mc/2/remove`, { _item: itemField(confirm) });
    expect(twice.location).toBe(`${base}/r/mc`);
    expect((await storedItems(t, b)).map((i) => i.title)).toEqual(['Third']);
  });

  it('shows a new item page again with its errors and the same new key', async () => {
    const b = await withItems(t, ['First']);
    const page = await b.get(`${base}/r/mc/new`);
    const sent = itemField(page);
    const invalid = await b.post(`${base}/r/mc/2/p_mc_basic`, { _item: sent, mc_title: 'x'.repeat(151) });
    expect(invalid.status).toBe(422);
    expect(itemField(invalid)).toBe(sent);
    const saved = await b.post(`${base}/r/mc/2/p_mc_basic`, { _item: sent, mc_title: 'Second' });
    expect(saved.location).toBe(`${base}/r/mc/2/p_mc_hours`);
    expect(itemField(await b.follow(saved))).toBe(sent.slice('new:'.length));
  });

  /** A form one of the two tabs holds: shown at some point, sent whenever (and as often as) the test says. */
  type Held = { readonly kind: 'edit' | 'remove' | 'new'; readonly path: string; readonly item: string };
  type Op =
    | { readonly kind: 'openEdit' | 'openRemove'; readonly tab: 0 | 1; readonly pick: number }
    | { readonly kind: 'openNew' | 'send'; readonly tab: 0 | 1 };
  const tab = fc.constantFrom<0 | 1>(0, 1);
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constantFrom<'openEdit' | 'openRemove'>('openEdit', 'openRemove'),
      tab,
      pick: fc.nat(9),
    }),
    fc.record({ kind: fc.constantFrom<'openNew' | 'send'>('openNew', 'send'), tab }),
    fc.record({ kind: fc.constant<'send'>('send'), tab }),
  );

  it('keeps every item with its key and answers, numbered 1 to n, whatever two tabs do in whatever order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const b = await withItems(t, ['A', 'B']);
        const tabs = [b, otherTab(t, b)];
        const held: (Held | undefined)[] = [undefined, undefined];
        // What should be stored: the items' keys and titles, in order.
        const model = (await keyedItems(t, b)).map(({ key, title }) => ({ key: String(key), title }));
        let sent = 0;
        for (const o of ops) {
          const browser = tabs[o.tab]!;
          if (o.kind === 'openEdit' || o.kind === 'openRemove') {
            if (model.length === 0) continue;
            const n = (o.pick % model.length) + 1;
            const path = o.kind === 'openEdit' ? `${base}/r/mc/${n}/p_mc_basic` : `${base}/r/mc/${n}/remove`;
            const page = await browser.get(path);
            expect(page.status, path).toBe(200);
            expect(itemField(page)).toBe(model[n - 1]!.key);
            held[o.tab] = { kind: o.kind === 'openEdit' ? 'edit' : 'remove', path, item: itemField(page) };
          } else if (o.kind === 'openNew') {
            const page = await browser.get(`${base}/r/mc/new`);
            if (model.length >= 5) expect(page.status).toBe(303);
            else {
              expect(page.status).toBe(200);
              const path = `${base}/r/mc/${model.length + 1}/p_mc_basic`;
              held[o.tab] = { kind: 'new', path, item: itemField(page) };
            }
          } else {
            const form = held[o.tab];
            if (form === undefined) continue;
            const key = form.item.replace(/^new:/, '');
            const at = model.findIndex((i) => i.key === key);
            if (form.kind === 'remove') {
              const reply = await browser.post(form.path, { _item: form.item });
              expect(reply.status).toBe(303);
              if (at >= 0) model.splice(at, 1);
            } else {
              const title = `T${++sent}`;
              const reply = await browser.post(form.path, { _item: form.item, mc_title: title });
              if (at >= 0) {
                expect(reply.status).toBe(303);
                model[at]!.title = title;
              } else if (form.kind === 'edit') {
                expect(reply.status).toBe(409);
              } else if (model.length >= 5) {
                expect(reply.status).toBe(409);
              } else {
                expect(reply.status).toBe(303);
                model.push({ key, title });
                // The new item's other pages, so that the list is whole again.
                const n = model.length;
                for (const page of ['p_mc_hours', 'p_mc_useful']) {
                  const shown = await browser.get(`${base}/r/mc/${n}/${page}`);
                  expect(shown.status).toBe(200);
                  await browser.post(`${base}/r/mc/${n}/${page}`, { _item: itemField(shown) });
                }
              }
            }
          }
          const stored = await keyedItems(t, b);
          expect(stored.map((i) => i.item)).toEqual(stored.map((_, i) => i + 1));
          expect(stored.map(({ key, title }) => ({ key, title }))).toEqual(model);
        }
      }),
      { numRuns: 40 },
    );
  });

  it.each(['', 'new:', 'a b', 'new:a/b', 'x'.repeat(65), 'new:new:a'])(
    'refuses an item field that is not a key (%j) with a 400, storing nothing',
    async (value) => {
      const b = await withItems(t, ['First']);
      const before = await storedItems(t, b);
      const reply = await b.post(`${base}/r/mc/1/p_mc_basic`, { _item: value, mc_title: 'Changed' });
      expect(reply.status).toBe(400);
      expect(await storedItems(t, b)).toEqual(before);
    },
  );
});
