import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectAccessible, launchBrowser, startServer } from './harness.ts';

const run = browserAvailable() ? describe : describe.skip;

run('a respondent in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Tabs until `selector` has focus; fails after `max` presses. */
  async function tabTo(page: Page, selector: string, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`could not reach ${selector} with Tab on ${page.url()}`);
  }

  /** Tabs into a radio group and moves with the arrow keys to the value, as keyboard users do. */
  async function chooseRadio(page: Page, name: string, value: string) {
    await tabTo(page, `input[name="${name}"]`);
    for (let i = 0; i < 12; i++) {
      if (await page.isChecked(`input[name="${name}"][value="${value}"]`)) return;
      await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
    }
    throw new Error(`could not choose ${value} in ${name}`);
  }

  async function pressContinue(page: Page) {
    await tabTo(page, 'button[value="continue"], form button[type="submit"]');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  }

  it('answers the whole questionnaire with the keyboard alone, every page accessible', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const visited: string[] = [];
    const check = async () => {
      visited.push(new URL(page.url()).pathname);
      await expectAccessible(page);
    };
    await page.goto(`${server.url}/en/s/demo/demo`);
    await check();

    // The skip link comes first and takes focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, 'a.button-start');
    await Promise.all([page.waitForURL(/p_consent/), page.keyboard.press('Enter')]);
    await check();
    await tabTo(page, '#f-consent');
    await page.keyboard.press('Space');
    await pressContinue(page);

    // An error first: nothing chosen. The summary takes focus and links to the field.
    await pressContinue(page);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await check();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-role');
    await page.keyboard.press('Space');
    await pressContinue(page);

    await check();
    await tabTo(page, '#f-country');
    await page.keyboard.type('Fin');
    await pressContinue(page);

    await check();
    await tabTo(page, '#f-age');
    await page.keyboard.type('44');
    await pressContinue(page);

    await check();
    await tabTo(page, 'input[value="badges"]');
    await page.keyboard.press('Space');
    await pressContinue(page);

    await check();
    await chooseRadio(page, 'holds', 'yes');
    await pressContinue(page);

    expect(page.url()).toContain('/r/mc/1/p_mc_basic');
    await check();
    await tabTo(page, '#f-mc_title');
    await page.keyboard.type('Data literacy');
    await pressContinue(page);
    await check();
    expect(await page.textContent('h1')).toContain('“Data literacy”');
    await tabTo(page, '#f-mc_hours');
    await page.keyboard.type('30');
    await pressContinue(page);
    await check();
    await chooseRadio(page, 'mc_useful', '4');
    await pressContinue(page);

    expect(page.url()).toMatch(/\/r\/mc$/);
    await check();
    await chooseRadio(page, 'addAnother', 'no');
    await pressContinue(page);

    await check();
    for (const row of ['assessed', 'quality', 'stackable', 'employers']) {
      await tabTo(page, `#f-trust-${row}`);
      await page.keyboard.press('Space');
    }
    await pressContinue(page);

    await check();
    for (const [code, rank] of [
      ['career', '1'],
      ['job', '2'],
      ['interest', '3'],
      ['employer', '4'],
    ] as const) {
      await tabTo(page, code === 'career' ? '#f-reasons' : `#f-reasons-${code}`);
      await page.keyboard.type(rank);
    }
    await pressContinue(page);

    await check();
    await tabTo(page, '#f-comments');
    await page.keyboard.type('Thank you.');
    await pressContinue(page);

    expect(page.url()).toMatch(/\/check$/);
    await check();
    await pressContinue(page);
    expect(page.url()).toMatch(/\/done$/);
    await check();
    expect(await page.textContent('.code')).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(visited.length).toBeGreaterThan(14);
    await context.close();
  });

  it('works the same with JavaScript off: repeat items added, removed and changed from the check page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // Scripts are off, so axe cannot run in this page; the same pages are checked with scripts on.
    const next = async () => {
      await Promise.all([
        page.waitForEvent('load'),
        page.click('button[value="continue"], form .actions button[type="submit"]'),
      ]);
    };
    await page.goto(`${server.url}/nl/s/demo/demo`);
    await page.click('a.button-start');
    await page.check('#f-consent');
    await next();
    await page.check('input[name="role"][value="other"]');
    await page.fill('#f-role-other', 'Onderzoeker');
    await next();
    await page.selectOption('#f-country', 'NL');
    await next();
    await page.check('input[name="age.missing"]');
    await next();
    await page.check('input[value="none"]');
    await next();
    await page.check('input[name="holds"][value="yes"]');
    await next();
    for (const [n, title] of [
      [1, 'Eerste'],
      [2, 'Tweede'],
    ] as const) {
      await page.fill('#f-mc_title', title);
      await page.fill('#f-mc_issued', '2');
      await page.fill('#f-mc_issued-month', '3');
      await page.fill('#f-mc_issued-year', '2025');
      await next();
      await next();
      await next();
      expect(page.url()).toMatch(/\/r\/mc$/);
      if (n === 1) {
        await page.check('input[name="addAnother"][value="yes"]');
        await next();
      }
    }
    await page.click('a[href$="/r/mc/1/remove"]');
    await page.click('button.button-warning');
    expect(await page.textContent('.items')).not.toContain('Eerste');
    expect(await page.textContent('.items')).toContain('Tweede');
    await page.check('input[name="addAnother"][value="no"]');
    await next();
    for (const row of ['assessed', 'quality', 'stackable', 'employers']) await page.check(`#f-trust-${row}`);
    await next();
    // "None of these" known: the ranking may be left out.
    await next();
    await next();
    expect(page.url()).toMatch(/\/check$/);
    await page.click('a[href$="/p/p_country?from=check"]');
    await page.selectOption('#f-country', 'BE');
    await next();
    expect(page.url()).toMatch(/\/check$/);
    expect(await page.textContent('main')).toContain('België');
    await page.click('form button[type="submit"]');
    expect(page.url()).toMatch(/\/done$/);
    await context.close();
  });

  it('resumes on another device with the code, answers shown again', async () => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(`${server.url}/de/s/demo/demo/p/p_consent`);
    await page.check('#f-consent');
    await Promise.all([page.waitForEvent('load'), page.click('button[value="continue"]')]);
    await page.check('input[name="role"][value="employer"]');
    await Promise.all([page.waitForEvent('load'), page.click('button[value="save"]')]);
    expect(page.url()).toMatch(/\/save$/);
    await expectAccessible(page);
    const code = (await page.textContent('.resume-code'))!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    await first.close();

    const second = await browser.newContext();
    const other = await second.newPage();
    await other.goto(`${server.url}/de/s/demo/demo/resume`);
    await expectAccessible(other);
    await other.fill('#f-code', code.toLowerCase());
    await Promise.all([other.waitForEvent('load'), other.click('form button[type="submit"]')]);
    expect(other.url()).toMatch(/\/p\/p_country$/);
    await Promise.all([other.waitForEvent('load'), other.click('a.back-link')]);
    expect(await other.isChecked('input[name="role"][value="employer"]')).toBe(true);
    await second.close();
  });
});
