import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consoleTranslator } from '../../src/console/messages/index.ts';
import { countryName, translator } from '../../src/i18n/index.ts';
import { Browser as HttpBrowser } from '../support/app.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';
import {
  describeWithBrowser,
  expectNoAxeViolations,
  launchBrowser,
  navigation,
  tabTo,
  typeInto,
} from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const describe = describeWithBrowser();

/** The address the test browser of test/support/app.ts sends to; here it goes to the real server. */
const local = 'http://127.0.0.1:3000';

/**
 * The console in a real browser: the first owner set up and signed in with the keyboard only,
 * then every kind of console page checked with axe, with JavaScript on and off.
 */
describe('the console for the study team', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sets up the first owner from the setup link with the keyboard only', async () => {
    expect(server.setupLink).toBeDefined();
    const path = new URL(server.setupLink!).pathname;
    await navigation(page, () => page.goto(`${server.url}${path}`));
    await expectNoAxeViolations(page);
    await tabTo(page, '#name');
    await page.keyboard.type('Ona Owner');
    await typeInto(page, '#email', 'ona@example.org');
    await typeInto(page, '#password', 'short');
    await tabTo(page, 'main button[type="submit"]');
    await navigation(page, () => page.keyboard.press('Enter'));
    // The problem is announced first and links to its field.
    expect(await page.title()).toMatch(/^Error:/);
    await expectNoAxeViolations(page);
    await typeInto(page, '#password', 'a sentence long enough to be a password');
    await tabTo(page, 'main button[type="submit"]');
    await navigation(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.textContent('main')).toContain('credmap demonstration');
  });

  const pages = [
    '/console',
    '/console/s/demo',
    '/console/s/demo/q/demo',
    '/console/s/demo/q/demo/translations/fi',
    '/console/s/demo/q/demo/preview/sl',
    '/console/s/demo/members',
    '/console/s/demo/distribution',
    '/console/s/demo/distribution/messages/demo',
    '/console/s/demo/audit',
    '/console/account',
    '/console/s/microcredentials/q/employees',
    '/console/s/demo/monitor',
    '/console/s/demo/monitor/demo',
    '/console/s/microcredentials/monitor',
    '/console/s/demo/results?question=heard&by=language',
    '/console/s/microcredentials/results?question=country',
    '/console/register',
    '/console/register/new',
    '/console/register/import',
    '/console/register/providers',
    '/console/register/entries',
  ];

  it.each(pages)('%s passes axe with JavaScript on', async (path) => {
    const response = await navigation(page, () => page.goto(`${server.url}${path}`));
    expect(response.status()).toBe(200);
    await expectNoAxeViolations(page);
  });

  it('works without JavaScript: a role is given with a plain form, and pages pass axe', async () => {
    const cookies = await page.context().cookies();
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.addCookies(cookies);
    const plain = await context.newPage();
    await navigation(plain, () => plain.goto(`${server.url}/console/s/demo/members`));
    await plain.fill('#name', 'Tuuli Translator');
    await plain.fill('#email', 'tuuli@example.org');
    await plain.selectOption('#role', 'translator');
    await plain.check('#lang-fi');
    await navigation(plain, () => plain.click('main form[action$="/members"] button[type="submit"]'));
    expect(await plain.textContent('main')).toContain('tuuli@example.org');
    expect(await plain.textContent('main')).toContain('/console/link/');
    await expectNoAxeViolations(plain, { javaScriptDisabled: true });
    for (const path of ['/console/s/demo/q/demo', '/console/s/demo/distribution']) {
      await navigation(plain, () => plain.goto(`${server.url}${path}`));
      await expectNoAxeViolations(plain, { javaScriptDisabled: true });
    }
    await context.close();
  });

  it.each(['nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl', 'en'])(
    'speaks %s when the account chooses it, and its pages pass axe',
    async (lang) => {
      await navigation(page, () => page.goto(`${server.url}/console/account`));
      await page.selectOption('#language', lang);
      await navigation(page, () => page.click('form[action="/console/account/language"] button'));
      for (const path of [
        '/console/s/demo',
        '/console/s/demo/q/demo',
        '/console/s/demo/monitor',
        '/console/register/new',
        '/console/s/demo/distribution',
      ]) {
        await navigation(page, () => page.goto(`${server.url}${path}`));
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await expectNoAxeViolations(page);
      }
      const heading = await page.textContent('h1');
      expect(heading).toBe(consoleTranslator(lang)('console.distribution.title'));
    },
  );

  it('describes a microcredential in the register, shows its problems, and reviews it accessibly', async () => {
    await navigation(page, () => page.goto(`${server.url}/console/register/new`));
    await page.fill('#title', 'Green skills for facility managers');
    await page.fill('#ects', 'two');
    await navigation(page, () => page.click('main form button[value="save"]'));
    expect(await page.textContent('title')).toMatch(/^Error:/);
    expect(await page.inputValue('#title')).toBe('Green skills for facility managers');
    await expectNoAxeViolations(page);
    await page.fill('#ects', '2');
    await page.fill('#countries', 'AT');
    await page.fill('#bodyName', 'Beispiel Akademie');
    await page.fill('#outcomes', 'Plan the energy use of a building over one year.');
    await page.check('#participation-blended');
    await navigation(page, () => page.click('main form button[value="save"]'));
    expect(new URL(page.url()).pathname).toMatch(/^\/console\/register\/entries\/mc-/);
    await expectNoAxeViolations(page);
    await navigation(page, () => page.click('form[action$="/publish"] button'));
    expect(await page.textContent('main')).toContain('published');
    await expectNoAxeViolations(page);
  });

  it('releases the results, and the public results page passes axe in every language', async () => {
    await navigation(page, () => page.goto(`${server.url}/console/s/demo/results`));
    await navigation(page, () => page.click('form[action$="/results/release"] button'));
    expect(await page.textContent('main')).toContain('Published on');
    for (const lang of ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl']) {
      const response = await navigation(page, () =>
        page.goto(`${server.url}/${lang}/s/demo/results?by=language`),
      );
      expect(response.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await expectNoAxeViolations(page);
    }
  });

  it('breaks results down by country and filters by one group, accessibly', async () => {
    // 24 respondents, 12 in Germany and 12 in Finland: both countries may be shown on their own.
    const model = await demoModel();
    const http = {
      request: (url: string, init: RequestInit) =>
        fetch(url.replace(local, server.url), { ...init, redirect: 'manual' }),
    };
    for (let seed = 0; seed < 24; seed++)
      await completeDemo(
        new HttpBrowser(http as never),
        model,
        seed,
        'en',
        new Date().toISOString().slice(0, 10),
        seed % 2 === 0 ? 'DE' : 'FI',
      );
    await navigation(page, () => page.goto(`${server.url}/console/s/demo/results`));
    await navigation(page, () => page.click('form[action$="/results/release"] button'));
    for (const lang of ['de', 'sl']) {
      const grouped = await navigation(page, () =>
        page.goto(`${server.url}/${lang}/s/demo/results?by=country`),
      );
      expect(grouped.status()).toBe(200);
      await expectNoAxeViolations(page);
      // Chosen with the keyboard in the plain GET form.
      await tabTo(page, '#filter');
      await page.selectOption('#filter', 'country:DE');
      await tabTo(page, 'form:has(#filter) button[type="submit"]');
      const filtered = await navigation(page, () => page.keyboard.press('Enter'));
      expect(filtered.status()).toBe(200);
      expect(new URL(page.url()).search).toBe('?filter=country%3ADE');
      expect(await page.textContent('h1')).toContain(countryName(lang, 'DE'));
      await expectNoAxeViolations(page);
      // Nobody lives in Austria here: refused like any group not offered.
      const refused = await navigation(page, () =>
        page.goto(`${server.url}/${lang}/s/demo/results?filter=country%3AAT`),
      );
      expect(refused.status()).toBe(403);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(translator(lang)('results.refused.title'));
      await expectNoAxeViolations(page);
    }
  });

  it('signs out with the keyboard, and the sign-in page passes axe', async () => {
    await navigation(page, () => page.goto(`${server.url}/console`));
    await tabTo(page, '.account-nav button');
    await navigation(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe('/console/login');
    await expectNoAxeViolations(page);
    await navigation(page, () => page.goto(`${server.url}/console/s/demo`));
    expect(new URL(page.url()).pathname).toBe('/console/login');
  });
});
