import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogues, fill, uiLanguages } from '../../src/i18n/index.ts';
import { describeWithBrowser, expectNoAxeViolations, launchBrowser, navigation } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const describe = describeWithBrowser();

/**
 * The respondent's requests that bring the response to where the test begins, sent by the browser
 * context's own client (its cookies), each form as the page before it carries it.
 */
function formsOf(request: APIRequestContext, base: string) {
  const shown = async (path: string) => {
    const page = await request.get(`${base}${path}`, { maxRedirects: 0 });
    expect(page.status(), path).toBe(200);
    const html = await page.text();
    const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1];
    return { csrf: field('_csrf')!, item: field('_item') };
  };
  /** Shows `path`, sends its form with `fields`, and returns where it leads. */
  const send = async (path: string, fields: Record<string, string>, shownAt = path) => {
    const { csrf, item } = await shown(shownAt);
    const reply = await request.post(`${base}${path}`, {
      form: { _csrf: csrf, ...(item === undefined ? {} : { _item: item }), ...fields },
      maxRedirects: 0,
    });
    expect(reply.status(), path).toBe(303);
    return reply.headers().location;
  };
  return {
    async start() {
      await send('/p/p_consent', { consent: 'yes' });
      await send('/p/p_role', { role: 'employee' });
      await send('/p/p_country', { country: 'SI' });
      await send('/p/p_age', { age: '41' });
      await send('/p/p_heard', { heard: 'badges' });
      await send('/p/p_holds', { holds: 'yes' });
    },
    /** Describes one more microcredential, the `n`th, to the end of its pages. */
    async addItem(n: number, title: string) {
      await send(`/r/mc/${n}/p_mc_basic`, { mc_title: title }, n === 1 ? undefined : '/r/mc/new');
      await send(`/r/mc/${n}/p_mc_hours`, {});
      expect(await send(`/r/mc/${n}/p_mc_useful`, {})).toBe(`${new URL(base).pathname}/r/mc`);
    },
  };
}

describe('a respondent with two tabs changing the same list, JavaScript off, in every language', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(uiLanguages)(
    '%s: a page follows its item, a removed item and a full list say so, the pages pass axe',
    async (lang) => {
      const t = catalogues[lang];
      const base = `${server.url}/${lang}/s/demo/demo`;
      const context = await browser.newContext({ javaScriptEnabled: false });
      const [first, second] = [await context.newPage(), await context.newPage()];
      for (const tab of [first, second]) tab.setDefaultTimeout(10_000);
      const forms = formsOf(context.request, base);
      await forms.start();
      for (const [i, title] of ['First', 'Second', 'Third'].entries()) await forms.addItem(i + 1, title);

      const open = async (tab: Page, path: string) => {
        expect((await navigation(tab, () => tab.goto(`${base}${path}`))).status(), path).toBe(200);
      };
      const click = (tab: Page, selector: string) => navigation(tab, () => tab.click(selector));
      const remove = async (tab: Page, n: number) => {
        await open(tab, `/r/mc/${n}/remove`);
        await click(tab, `main button:text-is("${t['repeat.remove.confirm']}")`);
        expect(tab.url()).toBe(`${base}/r/mc`);
      };
      const arrived = async (tab: Page, path: string, status: number) => {
        expect(tab.url()).toBe(`${base}${path}`);
        expect(await tab.getAttribute('html', 'lang')).toBe(lang);
        await expectNoAxeViolations(tab, { javaScriptDisabled: true });
        return status;
      };

      // The third item's page, open while the first item goes in the other tab: it stays the third's.
      await open(first, '/r/mc/3/p_mc_basic');
      await remove(second, 1);
      await first.fill('#f-mc_title', 'Third, renamed');
      const moved = await click(first, 'main form button[value="continue"]');
      expect(await arrived(first, '/r/mc/2/p_mc_hours', moved.status())).toBe(200);
      expect(await first.textContent('.caption')).toContain('Third, renamed');

      // The page of an item the other tab removes: nothing stored, and the respondent is told.
      await open(first, '/r/mc/2/p_mc_hours');
      await remove(second, 2);
      await first.fill('#f-mc_hours', '12');
      const gone = await click(first, 'main form button[value="continue"]');
      expect(await arrived(first, '/r/mc/2/p_mc_hours', gone.status())).toBe(409);
      expect(await first.textContent('h1')).toBe(t['repeat.gone.title']);
      await click(first, `main a:text-is("${t['repeat.toList']}")`);
      expect(await arrived(first, '/r/mc', 200)).toBe(200);
      // The item's label is its title, isolated (U+2068 … U+2069) from the text around it.
      expect(await first.$$eval('.items .item-label', (els) => els.map((e) => e.textContent))).toEqual([
        '\u2068Second\u2069',
      ]);

      // Both tabs begin a fifth item, the last the list takes: the second to send is told so.
      for (const [n, title] of [
        [2, 'Two'],
        [3, 'Three'],
        [4, 'Four'],
      ] as const)
        await forms.addItem(n, title);
      await open(first, '/r/mc/new');
      await open(second, '/r/mc/new');
      await first.fill('#f-mc_title', 'Five');
      await click(first, 'main form button[value="continue"]');
      expect(first.url()).toBe(`${base}/r/mc/5/p_mc_hours`);
      await second.fill('#f-mc_title', 'Six');
      const full = await click(second, 'main form button[value="continue"]');
      expect(await arrived(second, '/r/mc/5/p_mc_basic', full.status())).toBe(409);
      expect(await second.textContent('h1')).toBe(t['repeat.full.title']);
      expect(await second.textContent('main p')).toBe(fill(t['repeat.full.body'], { max: 5 }));
      await context.close();
    },
  );
});
