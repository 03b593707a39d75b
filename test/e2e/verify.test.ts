import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { vector } from '../support/vectors.ts';
import {
  describeWithBrowser,
  expectNoAxeViolations,
  focusIsOn,
  launchBrowser,
  navigation,
  tabTo,
} from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const describe = describeWithBrowser();

/** Credentials written by others (../shared/vectors/README.md): read in place, never copied. */
const simple = readFileSync(vector('ob3-1edtech-validator', 'simple.json'), 'utf8');
const europassPath = vector('edc-elm3', 'mc-annex1-signed.jsonld');

/**
 * "Check a digital credential" in Chromium: axe on the form, on its errors and on results in
 * several languages, and a check made with the keyboard alone.
 */
describe('the "check a credential" page in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (lang: string) => {
    page = await (await browser.newContext({ viewport: { width: 1024, height: 800 } })).newPage();
    page.setDefaultTimeout(10_000);
    const response = await navigation(page, () => page.goto(`${server.url}/${lang}/verify`));
    expect(response.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toBe(translator(lang)('verify.title'));
  };

  it.each(['en', 'fr', 'pl'])('%s: a pasted credential checked with the keyboard alone', async (lang) => {
    const t = translator(lang);
    await open(lang);
    await expectNoAxeViolations(page);

    await tabTo(page, '#f-credential');
    // What a paste does: the whole text arrives in the focused field at once.
    await page.keyboard.insertText(simple);
    await tabTo(page, 'main form button[type="submit"]');
    // Enter in one language, Space in the others: both submit a focused button.
    const key = lang === 'en' ? 'Enter' : 'Space';
    const response = await navigation(page, () => page.keyboard.press(key));
    expect(response.status()).toBe(200);
    expect(await page.title()).toBe(t('verify.result.title'));
    expect(await page.getAttribute('#verdict', 'data-verdict')).toBe('unknown');
    expect(await page.textContent('#verdict')).toContain(t('verify.verdict.unknown'));
    expect(await page.locator('tr[data-check]').count()).toBe(6);
    await expectNoAxeViolations(page);
  });

  it('shows and focuses the error summary when nothing was given (422)', async () => {
    await open('en');
    await tabTo(page, 'main form button[type="submit"]');
    const response = await navigation(page, () => page.keyboard.press('Enter'));
    expect(response.status()).toBe(422);
    expect(await page.title()).toMatch(/^Error: /);
    // credmap.js moves the focus to the summary, so that it is read out first.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await expectNoAxeViolations(page);
    // The summary's link leads to the textarea.
    await page.keyboard.press('Tab');
    expect(await focusIsOn(page, '.error-summary a[href="#f-credential"]')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#f-credential');
  });

  it('de: an uploaded Europass file checked at an earlier date', async () => {
    const t = translator('de');
    await open('de');
    await page.setInputFiles('#f-file', europassPath);
    await page.fill('#f-date', '2024-01-01');
    await tabTo(page, 'main form button[type="submit"]');
    const response = await navigation(page, () => page.keyboard.press('Enter'));
    expect(response.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getAttribute('tr[data-code="certificate.valid"]', 'data-status')).toBe('ok');
    expect(await page.textContent('main')).toContain(t('verify.format.europass'));
    expect(await page.textContent('body')).not.toContain('Andromeda');
    // The Annex I block, checked by axe with the rest of the page.
    expect(await page.textContent('#annex h2')).toBe(t('verify.annex.heading'));
    expect(await page.textContent('#annex')).toContain(t('verify.annex.score', { present: 9, total: 10 }));
    expect(await page.getAttribute('#annex tr[data-number="11"]', 'data-status')).toBe('missing');
    expect(await page.locator('#annex tr[data-element]').count()).toBe(16);
    await expectNoAxeViolations(page);
  });

  it('sl: the result page passes axe without JavaScript too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await navigation(page, () => page.goto(`${server.url}/sl/verify`));
    await page.fill('#f-credential', simple);
    const response = await navigation(page, () => page.click('main form button[type="submit"]'));
    expect(response.status()).toBe(200);
    expect(await page.title()).toBe(translator('sl')('verify.result.title'));
    await expectNoAxeViolations(page, { javaScriptDisabled: true });
  });
});
