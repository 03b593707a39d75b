import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchBrowser, navigation, tabTo } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

const describe = describeWithBrowser();

/** What respondents type: a long compound word in a title is piped into headings and lists. */
const longTitle = 'Tietoturvallisuusasiantuntijakoulutusohjelma (Datenschutzbeauftragtenweiterbildung)';

/** Called on each page; `loaded` is false when the page changed in place, without a new load. */
type Visit = (name: string, how?: { loaded: boolean }) => Promise<void>;

/**
 * Every kind of respondent page, in the order a respondent meets them, with `visit` called on each:
 * home, study, privacy, resume (and its 422), landing, consent, a 422 question page, choices with
 * "other", a drop-down, numbers, check boxes, a repeat group of two items with dates, its summary and
 * remove page, a matrix, a ranking, a long text, the save page, check your answers, and the thanks.
 */
async function walk(page: Page, origin: string, lang: string, visit: Visit) {
  const base = `${origin}/${lang}/s/demo/demo`;
  const open = (url: string) => navigation(page, () => page.goto(url));
  const click = (selector: string) => navigation(page, () => page.click(selector));
  const next = () =>
    click('main form button[value="continue"], main form .actions button[type="submit"]:only-child');

  await open(`${origin}/${lang}`);
  await visit('home');
  await open(`${origin}/${lang}/s/demo`);
  await visit('study');
  await open(`${origin}/${lang}/s/demo/privacy`);
  await visit('privacy statement');
  await open(`${base}/resume`);
  await visit('resume');
  await page.fill('#f-code', 'ABCD-EFGH-JKMN-PQRS-TVWX');
  // Wrong codes count towards a limit of 10 per client in 15 minutes: this file uses 7.
  expect((await click('main form button[type="submit"]')).status(), 'resume limit reached?').toBe(422);
  await visit('resume, code refused (422)');
  await open(base);
  await visit('landing');
  await click('a.button-start');
  await visit('consent');
  await page.check('#f-consent');
  await next();
  expect((await next()).status()).toBe(422);
  await visit('single choice, refused (422)');
  await page.check('input[name="role"][value="other"]');
  await page.fill('#f-role-other', longTitle);
  await visit('single choice, "other" shown', { loaded: false });
  await next();
  await visit('country drop-down');
  await page.selectOption('#f-country', 'FI');
  await next();
  await visit('number with unit');
  await page.fill('#f-age', '44');
  await next();
  await visit('check boxes');
  await page.check('input[name="heard"][value="badges"]');
  await next();
  await page.check('input[name="holds"][value="yes"]');
  await next();
  for (const n of [1, 2]) {
    await visit(`repeat item ${n}: text and date`);
    await page.fill('#f-mc_title', `${longTitle} ${n}`);
    await page.fill('input[name="mc_issued.day"]', '27');
    await page.fill('input[name="mc_issued.month"]', '3');
    await page.fill('input[name="mc_issued.year"]', '2024');
    await next();
    await visit(`repeat item ${n}: number, piped title`);
    await next();
    await visit(`repeat item ${n}: Likert scale`);
    await next();
    await visit(`repeat summary with ${n} item(s)`);
    if (n === 2) {
      await click('a[href$="/r/mc/2/remove"]');
      await visit('remove an item?');
      await click('main a.button-secondary');
    }
    await page.check(`input[name="addAnother"][value="${n === 1 ? 'yes' : 'no'}"]`);
    await next();
  }
  await visit('matrix');
  for (const row of ['assessed', 'quality', 'stackable', 'employers'])
    await page.check(`input[name="trust.${row}"][value="~dont_know"]`);
  await next();
  await visit('ranking');
  await page.check('input[name="reasons.missing"]');
  await next();
  await visit('long text');
  await page.fill('#f-comments', longTitle);
  await click('main form button[value="save"]');
  await visit('saved, resume code');
  // Every question is answered now: "continue answering" leads to the check page.
  await click('main a.button');
  expect(page.url()).toBe(`${base}/check`);
  await visit('check your answers');
  await click('main form button[type="submit"]');
  await visit('thanks, receipt');
}

describe('layout at 320 px and at 200% zoom, visible focus, page weight', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['320 px', 'en', 320, 640],
    ['320 px', 'de', 320, 640],
    ['320 px', 'fi', 320, 640],
    ['1280 px and 200% zoom (640 px)', 'en', 640, 360],
    ['1280 px and 200% zoom (640 px)', 'pl', 640, 360],
  ] as const)('needs no horizontal scrolling at %s, in %s', async (_at, lang, width, height) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const wide: string[] = [];
    const seen: string[] = [];
    await walk(page, server.url, lang, async (name) => {
      seen.push(name);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const sticking = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
          .slice(0, 3)
          .map(
            (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`,
          );
        return { by: root.scrollWidth - root.clientWidth, sticking };
      });
      if (overflow.by > 0) wide.push(`${name}: ${overflow.by} px too wide (${overflow.sticking.join(', ')})`);
    });
    expect(seen.length).toBe(27);
    expect(wide).toEqual([]);
    await context.close();
  });

  it('shows where the focus is on links, choices, fields, drop-downs and buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const decoder = await browser.newPage();
    const base = `${server.url}/en/s/demo/demo`;
    // A response answered to the end, so that every page can be opened again.
    await walk(page, server.url, 'en', async (name) => {
      if (name === 'check your answers') throw new Stop();
    }).catch((e: unknown) => {
      if (!(e instanceof Stop)) throw e;
    });

    const samples: [string, string][] = [
      ['', 'a.skip-link'],
      ['', '.languages a'],
      ['', 'main .actions a.button'],
      ['', 'main .links a'],
      ['/p/p_role', 'a.back-link'],
      // Tab enters a radio group at its chosen option.
      ['/p/p_role', 'input[type="radio"][name="role"]:checked'],
      ['/p/p_role', '#f-role-other'],
      ['/p/p_role', 'button[value="continue"]'],
      ['/p/p_role', 'button[value="save"]'],
      ['/p/p_country', 'select#f-country'],
      ['/p/p_heard', 'input[type="checkbox"][name="heard"]'],
      ['/p/p_comments', 'textarea#f-comments'],
      ['/r/mc', '.items a'],
      ['/check', '.answers a'],
      ['/check', 'main form button[type="submit"]'],
      ['/resume', '#f-code'],
    ];
    const invisible: string[] = [];
    for (const [path, selector] of samples) {
      await navigation(page, () => page.goto(`${base}${path}`));
      const before = await look(page, selector);
      // Reached as keyboard users reach it, so that :focus-visible applies as it does for them.
      await tabTo(page, selector, { max: 80 });
      expect(await page.evaluate((s) => document.activeElement?.matches(s), selector)).toBe(true);
      const after = await look(page, selector);
      const changed = await changedPixels(decoder, before.shot, after.shot);
      const styleChanged = before.style !== after.style;
      // At least a one-pixel ring's worth of pixels around the element must change.
      if (!styleChanged || changed < after.perimeter)
        invisible.push(
          `${path || '/'} ${selector}: style ${styleChanged ? 'changed' : 'unchanged'}, ${changed} px changed`,
        );
    }
    expect(invisible).toEqual([]);
    await context.close();
  });

  it('weighs under 30 KB per page (HTML, CSS and JS as transferred), all from its own origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const foreign: string[] = [];
    const uncompressed: string[] = [];
    /** Bytes on the wire (compressed, without headers) of each stylesheet and script, first load. */
    const assets = new Map<string, number>();
    let documentBytes = 0;
    let pending: Promise<void>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== server.url) foreign.push(request.url());
    });
    page.on('requestfinished', (request: Request) => {
      pending.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          if (
            response === null ||
            response.status() === 304 ||
            (response.status() >= 300 && response.status() < 400)
          )
            return;
          const headers = response.headers();
          if (
            /^text\/(html|css|javascript)/.test(headers['content-type'] ?? '') &&
            !/gzip|br/.test(headers['content-encoding'] ?? '')
          )
            uncompressed.push(`${request.url()} (${headers['content-type']})`);
          if (request.resourceType() === 'document') documentBytes = sizes.responseBodySize;
          else if (sizes.responseBodySize > 0 && !assets.has(request.url()))
            assets.set(request.url(), sizes.responseBodySize);
        })(),
      );
    });
    const weights: { name: string; bytes: number }[] = [];
    await walk(page, server.url, 'en', async (name, how) => {
      if (how?.loaded === false) return;
      await Promise.all(pending);
      pending = [];
      // A first visit to this page: the document, and every stylesheet, script and image it names.
      const used = await page.$$eval('link[href], script[src], img[src]', (els) =>
        els.map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src),
      );
      let bytes = documentBytes;
      for (const url of used) {
        const size = assets.get(url);
        if (size === undefined) throw new Error(`${name}: no transfer size known for ${url}`);
        bytes += size;
      }
      expect(documentBytes, name).toBeGreaterThan(500);
      expect(used.length, name).toBeGreaterThanOrEqual(2);
      weights.push({ name, bytes });
    });
    expect(weights.length).toBe(26);
    expect(weights.filter((w) => w.bytes >= 30 * 1024)).toEqual([]);
    expect(uncompressed).toEqual([]);
    expect(foreign).toEqual([]);
    console.info(
      `heaviest respondent page: ${Math.max(...weights.map((w) => w.bytes))} bytes as transferred (limit 30720)`,
    );
    await context.close();
  });
});

/** Thrown by a visit to end a walk early, where the rest of the journey is not needed. */
class Stop extends Error {}

/**
 * How an element looks: its computed focus-related styles, and a picture of the viewport with the
 * element scrolled to its middle (the same place before and after focusing, so that only what focus
 * changes differs).
 */
async function look(page: Page, selector: string) {
  const { style, perimeter } = await page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const c = getComputedStyle(el);
    return {
      style: [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.backgroundColor, c.color].join(
        ' | ',
      ),
      perimeter: Math.round(2 * (r.width + r.height)),
    };
  });
  return { style, perimeter, shot: await page.screenshot() };
}

/** How many pixels differ between two PNG pictures of the same size, decoded by the browser. */
function changedPixels(decoder: Page, a: Buffer, b: Buffer): Promise<number> {
  return decoder.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([pixels(first), pixels(second)]);
      if (x.length !== y.length) return Number.POSITIVE_INFINITY;
      let changed = 0;
      for (let i = 0; i < x.length; i += 4)
        if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) changed++;
      return changed;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}
