import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogues, countryName, fill } from '../../src/i18n/index.ts';
import { describeWithBrowser, expectNoAxeViolations, launchBrowser, navigation } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const nl = catalogues.nl;
const describe = describeWithBrowser();
/** An answer as interface texts show it: isolated (U+2068 … U+2069) from the text around it. */
const isolated = (answer: string) => `\u2068${answer}\u2069`;

describe('a respondent with JavaScript off, in Dutch', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const base = () => `${server.url}/nl/s/demo/demo`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Clicks, waits for the page it leads to, and checks that page with axe. */
  async function go(selector: string, expected: { path: string; status?: number }): Promise<void> {
    const response = await navigation(page, () => page.click(selector));
    expect(page.url(), `after clicking ${selector}`).toBe(`${base()}${expected.path}`);
    expect(response.status(), page.url()).toBe(expected.status ?? 200);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectNoAxeViolations(page, { javaScriptDisabled: true });
  }
  const next = (path: string, status?: number) =>
    go('main form button[value="continue"], main form .actions button[type="submit"]:only-child', {
      path,
      ...(status === undefined ? {} : { status }),
    });

  it('audits pages without scripts for real: a page with a violation fails', async () => {
    await context.route(`${server.url}/broken`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title><input type="text">' }),
    );
    await page.goto(`${server.url}/broken`);
    await expect(expectNoAxeViolations(page, { javaScriptDisabled: true })).rejects.toThrow(
      /\n {2}label \(critical\): /,
    );
    await context.unroute(`${server.url}/broken`);
  });

  it('answers the first pages; a refused answer shows the error summary without scripts', async () => {
    await navigation(page, () => page.goto(base()));
    await expectNoAxeViolations(page, { javaScriptDisabled: true });
    await go('a.button-start', { path: '/p/p_consent' });
    await page.check('#f-consent');
    await next('/p/p_role');

    await page.check('input[name="role"][value="other"]');
    // "Please specify" is shown by the stylesheet alone once "other" is chosen.
    expect(await page.isVisible('#f-role-other')).toBe(true);
    await page.fill('#f-role-other', 'Onderzoeker');
    await next('/p/p_country');
    await page.selectOption('#f-country', 'NL');
    await next('/p/p_age');
    await page.check('input[name="age.missing"]');
    await next('/p/p_heard');

    // "None of these" with another answer: nothing unticks it here, so the server refuses.
    await page.check('input[name="heard"][value="badges"]');
    await page.check('input[name="heard"][value="none"]');
    await next('/p/p_heard', 422);
    expect(await page.title()).toMatch(new RegExp(`^${nl['layout.errorPrefix']} `));
    expect(await page.textContent('.error-summary h2')).toBe(nl['errors.title']);
    expect(await page.textContent('.error-summary a')).toBe(nl['issue.choice.exclusive']);
    expect(await page.textContent('.field-error .error-message')).toContain(nl['issue.choice.exclusive']);
    // Without scripts nobody moved the focus: proof that this context really runs none.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.uncheck('input[name="heard"][value="badges"]');
    await next('/p/p_holds');
    await page.check('input[name="holds"][value="yes"]');
    await next('/r/mc/1/p_mc_basic');
  });

  it('adds two microcredentials, then removes the first after confirming', async () => {
    for (const [n, title] of [
      [1, 'Eerste'],
      [2, 'Tweede'],
    ] as const) {
      await page.fill('#f-mc_title', title);
      await page.fill('input[name="mc_issued.day"]', '2');
      await page.fill('input[name="mc_issued.month"]', '3');
      await page.fill('input[name="mc_issued.year"]', '2025');
      await next(`/r/mc/${n}/p_mc_hours`);
      expect(await page.textContent('h1')).toContain(title);
      await page.fill('#f-mc_hours', '12,5');
      await next(`/r/mc/${n}/p_mc_useful`);
      await next('/r/mc');
      expect(await page.$$eval('.items .item-label', (els) => els.map((e) => e.textContent))).toEqual(
        (n === 1 ? ['Eerste'] : ['Eerste', 'Tweede']).map(isolated),
      );
      if (n === 1) {
        await page.check('input[name="addAnother"][value="yes"]');
        // The next item's first page, before it exists.
        await next('/r/mc/new');
      }
    }

    // Remove asks first; "no" keeps the item.
    await go('a[href$="/r/mc/1/remove"]', { path: '/r/mc/1/remove' });
    expect(await page.textContent('h1')).toBe(fill(nl['repeat.remove.title'], { item: isolated('Eerste') }));
    await go(`main a:text-is("${nl['repeat.remove.cancel']}")`, { path: '/r/mc' });
    expect(await page.locator('.items li').count()).toBe(2);
    await go('a[href$="/r/mc/1/remove"]', { path: '/r/mc/1/remove' });
    await go(`main button:text-is("${nl['repeat.remove.confirm']}")`, { path: '/r/mc' });
    expect(await page.$$eval('.items .item-label', (els) => els.map((e) => e.textContent))).toEqual([
      isolated('Tweede'),
    ]);

    await page.check('input[name="addAnother"][value="no"]');
    await next('/p/p_trust');
  });

  it('answers the rest, changes an answer from the check page and comes back to it', async () => {
    for (const row of ['assessed', 'quality', 'stackable', 'employers'])
      await page.check(`input[name="trust.${row}"][value="3"]`);
    await next('/p/p_reasons');
    await page.check('input[name="reasons.missing"]');
    await next('/p/p_comments');
    await page.fill('#f-comments', 'Geen opmerkingen.');
    await next('/check');
    expect(await page.textContent('h1')).toBe(nl['check.title']);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain(countryName('nl', 'NL'));
    expect(main).toContain('Tweede');
    expect(main).not.toContain('Eerste');

    await go('a[href$="/p/p_country?from=check"]', { path: '/p/p_country?from=check' });
    expect(await page.inputValue('#f-country')).toBe('NL');
    await page.selectOption('#f-country', 'BE');
    await next('/check');
    const changed = (await page.textContent('main')) ?? '';
    expect(changed).toContain(countryName('nl', 'BE'));
    expect(changed).not.toContain(countryName('nl', 'NL'));

    await go(`main form button:text-is("${nl['check.send']}")`, { path: '/done' });
    expect(await page.textContent('h1')).toBe(nl['done.title']);
    expect(await page.textContent('.code')).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });
});
