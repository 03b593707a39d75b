import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/index.ts';
import {
  chooseOption,
  chooseRadio,
  describeWithBrowser,
  expectNoAxeViolations,
  focused,
  focusIsOn,
  launchBrowser,
  navigation,
  tabTo,
  typeInto,
} from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const en = catalogues.en;

const describe = describeWithBrowser();

describe('a respondent with a keyboard only, JavaScript on', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const base = () => `${server.url}/en/s/demo/demo`;
  /** Paths visited, in order, each checked with axe. */
  const visited: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function arrived(status = 200): Promise<void> {
    visited.push(new URL(page.url()).pathname.slice(new URL(base()).pathname.length) || '/');
    await expectNoAxeViolations(page);
    expect(status, page.url()).toBe(200);
  }

  /** Tab to "Continue" and press Enter; returns the status of the page it leads to. */
  async function pressContinue(selector = 'main form button[value="continue"]'): Promise<number> {
    await tabTo(page, selector);
    const response = await navigation(page, () => page.keyboard.press('Enter'));
    return response.status();
  }

  it('starts from the landing page: the skip link comes first and jumps to the content', async () => {
    const response = await navigation(page, () => page.goto(base()));
    await arrived(response.status());

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: en['layout.skipLink'], visible: true });
    expect(await focusIsOn(page, 'a.skip-link[href="#main"]')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusIsOn(page, 'main#main')).toBe(true);
    // The next Tab is inside the content, past the header and its eight language links.
    await tabTo(page, 'a.button-start', { max: 1 });
    expect((await focused(page)).text).toBe(en['landing.start']);
    await navigation(page, () => page.keyboard.press('Enter'));
    expect(page.url()).toBe(`${base()}/p/p_consent`);
    await arrived();
  });

  it('shows an error summary with the focus, an "Error:" title, and links to the field', async () => {
    const status = await pressContinue();
    expect(status).toBe(422);
    visited.push('/p/p_consent (422)');
    expect(await page.title()).toMatch(new RegExp(`^${en['layout.errorPrefix']} `));
    expect(await focusIsOn(page, '.error-summary')).toBe(true);
    expect(await page.textContent('.error-summary h2')).toBe(en['errors.title']);
    expect(await page.textContent('.error-summary a')).toBe(en['issue.consent.required']);
    await expectNoAxeViolations(page);

    // The first Tab from the summary reaches its link; Enter moves the focus to the field.
    await tabTo(page, '.error-summary a[href="#f-consent"]', { max: 1 });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusIsOn(page, '#f-consent')).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.isChecked('#f-consent')).toBe(true);
    expect(await pressContinue()).toBe(200);
  });

  it('answers choices, "other, specify", a drop-down, numbers and check boxes', async () => {
    expect(page.url()).toBe(`${base()}/p/p_role`);
    await arrived();
    await chooseRadio(page, 'role', 'other');
    // "Please specify" appears under the choice and is next in the tab order…
    await page.keyboard.press('Tab');
    expect(await focusIsOn(page, '#f-role-other')).toBe(true);
    // …and Shift+Tab goes back to the chosen radio, not to the first of the group.
    await page.keyboard.press('Shift+Tab');
    expect(await focusIsOn(page, 'input[name="role"][value="other"]')).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Researcher');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_country`);
    await arrived();
    await chooseOption(page, '#f-country', 'FI');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_age`);
    await arrived();
    await typeInto(page, '#f-age', '44');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_heard`);
    await arrived();
    await tabTo(page, 'input[name="heard"][value="badges"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusIsOn(page, 'input[name="heard"][value="nano"]')).toBe(true);
    await page.keyboard.press('Space');
    expect(
      await page.$$eval('input[name="heard"]:checked', (els) => els.map((e) => e.getAttribute('value'))),
    ).toEqual(['badges', 'nano']);
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_holds`);
    await arrived();
    await chooseRadio(page, 'holds', 'yes');
    expect(await pressContinue()).toBe(200);
  });

  it('describes a microcredential in the repeat group, dates and piped texts included', async () => {
    expect(page.url()).toBe(`${base()}/r/mc/1/p_mc_basic`);
    await arrived();
    await typeInto(page, '#f-mc_title', 'Data literacy');
    await page.keyboard.press('Tab');
    expect(await focusIsOn(page, 'input[name="mc_issued.day"]')).toBe(true);
    await page.keyboard.type('27');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2024');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/r/mc/1/p_mc_hours`);
    await arrived();
    // Piped in, isolated (U+2068 … U+2069) from the text around it.
    expect(await page.textContent('h1')).toContain('“\u2068Data literacy\u2069”');
    await typeInto(page, '#f-mc_hours', '30');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/r/mc/1/p_mc_useful`);
    await arrived();
    await chooseRadio(page, 'mc_useful', '4');
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/r/mc`);
    await arrived();
    expect(await page.textContent('.items')).toContain('Data literacy');
    await chooseRadio(page, 'addAnother', 'no');
    expect(await pressContinue('main form button[type="submit"]')).toBe(200);
  });

  it('answers a matrix with the arrows, a ranking with drop-downs, and a long text', async () => {
    expect(page.url()).toBe(`${base()}/p/p_trust`);
    await arrived();
    for (const [row, value] of [
      ['assessed', '4'],
      ['quality', '3'],
      ['stackable', '1'],
      ['employers', '~dont_know'],
    ] as const)
      await chooseRadio(page, `trust.${row}`, value);
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_reasons`);
    await arrived();
    for (const [code, rank] of [
      ['career', '2'],
      ['job', '1'],
      ['interest', '3'],
      ['employer', '4'],
    ] as const)
      await chooseOption(page, `select[name="reasons.${code}"]`, rank);
    expect(await pressContinue()).toBe(200);

    expect(page.url()).toBe(`${base()}/p/p_comments`);
    await arrived();
    await typeInto(page, '#f-comments', 'Thank you.\nTwo lines.');
    expect(await pressContinue()).toBe(200);
  });

  it('checks the answers, sends them and gets a receipt code', async () => {
    expect(page.url()).toBe(`${base()}/check`);
    await arrived();
    const main = (await page.textContent('main')) ?? '';
    for (const answer of ['Something else: Researcher', 'Finland', '44', 'Data literacy', 'Thank you.'])
      expect(main).toContain(answer);
    expect(await pressContinue('main form button[type="submit"]')).toBe(200);

    expect(page.url()).toBe(`${base()}/done`);
    await arrived();
    expect(await page.textContent('h1')).toBe(en['done.title']);
    expect(await page.textContent('.code')).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(visited).toEqual([
      '/',
      '/p/p_consent',
      '/p/p_consent (422)',
      '/p/p_role',
      '/p/p_country',
      '/p/p_age',
      '/p/p_heard',
      '/p/p_holds',
      '/r/mc/1/p_mc_basic',
      '/r/mc/1/p_mc_hours',
      '/r/mc/1/p_mc_useful',
      '/r/mc',
      '/p/p_trust',
      '/p/p_reasons',
      '/p/p_comments',
      '/check',
      '/done',
    ]);
  });
});
