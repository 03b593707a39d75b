import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/index.ts';
import { describeWithBrowser, expectNoAxeViolations, launchBrowser, navigation } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const de = catalogues.de;
const describe = describeWithBrowser();

describe('save and continue later, then resume on another device with the code', () => {
  let server: TestServer;
  let browser: Browser;
  let code = '';
  const base = () => `${server.url}/de/s/demo/demo`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function click(page: Page, selector: string, status = 200): Promise<void> {
    const response = await navigation(page, () => page.click(selector));
    expect(response.status(), page.url()).toBe(status);
    await expectNoAxeViolations(page);
  }

  it('saves on the first device and shows a resume code', async () => {
    const first = await browser.newContext();
    const page = await first.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(base());
    await click(page, 'a.button-start');
    await page.check('#f-consent');
    await click(page, 'button[value="continue"]');
    await page.check('input[name="role"][value="employer"]');
    await click(page, 'button[value="continue"]');
    expect(page.url()).toBe(`${base()}/p/p_country`);
    // The answer on the page being left is kept too.
    await page.selectOption('#f-country', 'AT');
    await click(page, 'button[value="save"]');

    expect(page.url()).toBe(`${base()}/save`);
    expect(await page.textContent('h1')).toBe(de['save.title']);
    code = ((await page.textContent('.resume-code')) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(await page.getAttribute(`main a:text-is("${de['save.continue']}")`, 'href')).toBe(
      new URL(`${base()}/p/p_age`).pathname,
    );
    await first.close();
  });

  it('resumes in a fresh browser with the code, on the next page, earlier answers shown', async () => {
    expect(code).not.toBe('');
    const second = await browser.newContext();
    const page = await second.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(base());
    // Nothing is known on this device yet.
    expect(await page.isVisible('a.button-start')).toBe(true);
    await click(page, `main a:text-is("${de['landing.resume']}")`);
    expect(page.url()).toBe(`${base()}/resume`);

    // A mistyped code is refused, with the error summary and the "Error:" title.
    await page.fill('#f-code', 'ABCD-EFGH-JKMN-PQRS-TVWX');
    await click(page, 'main form button[type="submit"]', 422);
    expect(await page.title()).toMatch(new RegExp(`^${de['layout.errorPrefix']} `));
    expect(await page.textContent('.error-summary a')).toBe(de['issue.resume.unknown']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);

    // Typed as people type codes: lower case, without the dashes.
    await page.fill('#f-code', code.toLowerCase().replaceAll('-', ''));
    await click(page, 'main form button[type="submit"]');
    expect(page.url()).toBe(`${base()}/p/p_age`);

    await click(page, 'a.back-link');
    expect(page.url()).toBe(`${base()}/p/p_country`);
    expect(await page.inputValue('#f-country')).toBe('AT');
    await click(page, 'a.back-link');
    expect(page.url()).toBe(`${base()}/p/p_role`);
    expect(await page.isChecked('input[name="role"][value="employer"]')).toBe(true);

    // This device now carries the response: the landing page offers to continue it.
    await page.goto(base());
    expect(await page.textContent('main .actions a')).toBe(de['landing.continue']);
    await click(page, 'main .actions a');
    expect(page.url()).toBe(`${base()}/p/p_age`);
    await second.close();
  });
});
