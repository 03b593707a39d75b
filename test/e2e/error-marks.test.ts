import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, expectNoAxeViolations, launchBrowser, navigation } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const describe = describeWithBrowser();

/**
 * Every kind of field with an error (aria-invalid on its controls, the date's error describing each
 * of its inputs), and pages that show an answer with bidi controls piped into their texts: each one
 * refused or shown as the server sends it, and checked with axe.
 */
describe('errors marked on their controls, and piped answers isolated, checked with axe', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const base = () => `${server.url}/en/s/demo/demo`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = (path: string) => navigation(page, () => page.goto(`${base()}${path}`));
  const send = () =>
    navigation(page, () =>
      page.click('main form button[value="continue"], main form .actions button[type="submit"]:only-child'),
    );

  /** Sends the page as it is filled: refused with a 422, its controls marked, axe-clean. */
  async function refused(invalid: string, count: number) {
    expect((await send()).status(), page.url()).toBe(422);
    expect(await page.locator(`${invalid}[aria-invalid="true"]`).count(), invalid).toBe(count);
    await expectNoAxeViolations(page);
  }

  it('marks each refused control, and the page stays axe-clean', async () => {
    await open('/p/p_consent');
    await refused('input[name="consent"]', 2);
    await page.check('#f-consent');
    await send();
    await refused('input[name="role"]', await page.locator('input[name="role"]').count());
    await page.check('input[name="role"][value="other"]');
    await refused('#f-role-other', 1);
    await page.fill('#f-role-other', 'Researcher');
    await send();
    await send();
    expect(page.url()).toBe(`${base()}/p/p_country`);
    await refused('#f-country', 1);
    await page.selectOption('#f-country', 'FI');
    await send();
    await page.fill('#f-age', 'many');
    await refused('#f-age', 1);
    await page.fill('#f-age', '44');
    await send();
    await page.check('input[name="heard"][value="badges"]');
    await send();
    await page.check('input[name="holds"][value="yes"]');
    await send();

    expect(page.url()).toBe(`${base()}/r/mc/1/p_mc_basic`);
    await page.fill('#f-mc_title', 'x\u202Eevil\u2069\u202E tail');
    await page.fill('input[name="mc_issued.day"]', '31');
    await page.fill('input[name="mc_issued.month"]', '2');
    await page.fill('input[name="mc_issued.year"]', '2024');
    await refused('input[name^="mc_issued."]', 3);
    for (const part of ['day', 'month', 'year'])
      expect(await page.getAttribute(`input[name="mc_issued.${part}"]`, 'aria-describedby')).toContain(
        'mc_issued-error',
      );
    await page.fill('input[name="mc_issued.day"]', '3');
    await send();

    // The title piped into the label and the <title>, isolated.
    expect(page.url()).toBe(`${base()}/r/mc/1/p_mc_hours`);
    expect(await page.title()).toContain('“\u2068xevil tail\u2069”');
    await expectNoAxeViolations(page);
    await send();
    await send();
    expect(page.url()).toBe(`${base()}/r/mc`);
    await expectNoAxeViolations(page);
    await refused('input[name="addAnother"]', 2);
    await page.check('input[name="addAnother"][value="no"]');
    await send();

    for (const row of ['assessed', 'stackable', 'employers'])
      await page.check(`input[name="trust.${row}"][value="3"]`);
    await refused('input[name="trust.quality"]', await page.locator('input[name="trust.quality"]').count());
    await page.check('input[name="trust.quality"][value="3"]');
    await send();

    await page.selectOption('select[name="reasons.career"]', '1');
    await page.selectOption('select[name="reasons.job"]', '1');
    await refused('select[name^="reasons."]', 4);
  });
});
