import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, startServer } from './harness.ts';

const run = browserAvailable() ? describe : describe.skip;

/** Every page type of a journey through the demo, as paths reached in order. */
async function walk(page: Page, url: string, visit: (name: string) => Promise<void>) {
  const base = `${url}/en/s/demo/demo`;
  const next = () => Promise.all([page.waitForEvent('load'), page.click('form .actions button:first-child')]);
  await page.goto(base);
  await visit('landing');
  await page.goto(`${base}/p/p_consent`);
  await visit('consent');
  await page.check('#f-consent');
  await next();
  await next();
  await visit('error');
  await page.check('input[name="role"][value="other"]');
  await page.fill('#f-role-other', 'x');
  await next();
  await visit('country (select)');
  await page.selectOption('#f-country', 'FI');
  await next();
  await page.fill('#f-age', '30');
  await next();
  await visit('checkboxes');
  await page.check('input[value="badges"]');
  await next();
  await page.check('input[name="holds"][value="yes"]');
  await next();
  await visit('repeat item, date');
  await page.fill('#f-mc_title', 'A microcredential with a rather long title to see how it wraps on a phone');
  await next();
  await next();
  await visit('likert');
  await next();
  await visit('summary');
  await page.check('input[name="addAnother"][value="no"]');
  await next();
  await visit('matrix');
  for (const row of ['assessed', 'quality', 'stackable', 'employers']) await page.check(`#f-trust-${row}`);
  await next();
  await visit('ranking');
  await page.check('input[name="reasons.missing"]');
  await next();
  await visit('long text');
  await next();
  await visit('check');
}

run('layout, focus and weight', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['a 320 px phone', { width: 320, height: 640 }],
    ['1280 px at 200% zoom', { width: 640, height: 400 }],
  ])('needs no horizontal scrolling on %s', async (_name, viewport) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const wide: string[] = [];
    await walk(page, server.url, async (name) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) wide.push(`${name} (${overflow}px)`);
    });
    expect(wide).toEqual([]);
    await context.close();
  });

  it('shows where the focus is on links, radios, checkboxes, fields, selects and buttons', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/en/s/demo/demo/p/p_consent`);
    await page.check('#f-consent');
    await page.click('button[value="continue"]');
    await page.check('input[name="role"][value="other"]');
    const samples = ['a.back-link', '#f-role', '#f-role-other', 'button[value="continue"]'];
    const invisible: string[] = [];
    for (const selector of samples) {
      const style = (s: string) =>
        page.$eval(s, (el) => {
          const c = getComputedStyle(el);
          return `${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor} ${c.boxShadow} ${c.backgroundColor}`;
        });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const before = await style(selector);
      await page.focus(selector);
      // Keyboard focus: :focus-visible applies after a key press.
      await page.keyboard.press('Shift');
      const after = await style(selector);
      if (before === after) invisible.push(selector);
    }
    expect(invisible).toEqual([]);
    await context.close();
  });

  it('keeps every page under 30 KB compressed in all, with nothing from other origins', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) foreign.push(request.url());
    });
    const heavy: string[] = [];
    await walk(page, server.url, async (name) => {
      // What a first visit downloads for this page: the HTML and every asset it loads, gzipped.
      const urls = [
        page.url(),
        ...(await page.$$eval('link[rel="stylesheet"], script[src]', (els) =>
          els.map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src),
        )),
      ];
      let bytes = 0;
      for (const url of urls) {
        const res = await context.request.get(url);
        bytes += gzipSync(await res.body()).length;
      }
      if (bytes >= 30 * 1024) heavy.push(`${name}: ${bytes} bytes`);
    });
    expect(heavy).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
