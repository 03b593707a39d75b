import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UiLanguage } from '../../src/i18n/index.ts';
import { catalogues, uiLanguages } from '../../src/i18n/index.ts';
import { describeWithBrowser, expectNoAxeViolations, launchBrowser, navigation } from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { demoCopies, startServer } from './support/server.ts';

const describe = describeWithBrowser();

/** Escapes text for use inside a regular expression. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('every language: the pages, their lang, the switcher, closed and not yet open', () => {
  let open: TestServer;
  let scheduled: TestServer;
  let copies: ReturnType<typeof demoCopies>;
  let browser: Browser;

  beforeAll(async () => {
    // A running server's clock cannot be moved: copies of the study with other fieldwork dates can.
    copies = demoCopies([
      { slug: 'demo', opens: '2019-01-01T00:00:00+01:00', closes: '2020-01-01T00:00:00+01:00' },
      { slug: 'soon', opens: '2099-01-01T00:00:00+01:00', closes: '2099-12-31T23:59:00+01:00' },
    ]);
    [open, scheduled, browser] = await Promise.all([startServer(), startServer(copies.dir), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([open?.stop(), scheduled?.stop()]);
    copies?.remove();
  });

  it('checks what it claims: a page with a violation fails', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>x</title><main><input type="text"></main></html>',
    );
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/\n {2}label \(critical\): /);
    await page.close();
  });

  it.each(uiLanguages)(
    '%s: landing, question, error (422), switcher, check, thanks, closed and not open',
    async (lang) => {
      const t = catalogues[lang];
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const base = `${open.url}/${lang}/s/demo/demo`;

      /** Where a page should be and in which language; axe on every one. */
      const arrived = async (path: string, language: UiLanguage = lang) => {
        expect(page.url()).toBe(`${open.url}/${language}/s/demo/demo${path}`);
        expect(await page.getAttribute('html', 'lang'), page.url()).toBe(language);
        await expectNoAxeViolations(page);
      };
      const click = async (selector: string) => (await navigation(page, () => page.click(selector))).status();
      const next = () => click('main form button[value="continue"]');

      expect((await navigation(page, () => page.goto(base))).status()).toBe(200);
      await arrived('');
      expect(await page.textContent('a.button-start')).toBe(t['landing.start']);

      expect(await click('a.button-start')).toBe(200);
      await arrived('/p/p_consent');
      expect(await page.textContent('legend h1')).not.toBe('');

      // Nothing answered: 422, the summary first, the title prefixed in this language.
      expect(await next()).toBe(422);
      await arrived('/p/p_consent');
      expect(await page.title()).toMatch(new RegExp(`^${literal(t['layout.errorPrefix'])} `));
      expect(await page.textContent('.error-summary h2')).toBe(t['errors.title']);
      expect(await page.textContent('.error-summary a')).toBe(t['issue.consent.required']);

      await page.check('#f-consent');
      expect(await next()).toBe(200);
      await arrived('/p/p_role');
      await page.check('input[name="role"][value="learner"]');
      expect(await next()).toBe(200);
      await arrived('/p/p_country');
      expect(await click('a.back-link')).toBe(200);
      await arrived('/p/p_role');

      // The switcher: another language, the same page, the answer still chosen; and back.
      const other = uiLanguages[(uiLanguages.indexOf(lang) + 1) % uiLanguages.length]!;
      expect(await page.getAttribute(`.languages a[hreflang="${other}"]`, 'lang')).toBe(other);
      expect(await page.textContent('.languages [aria-current="true"]')).not.toBe('');
      expect(await click(`.languages a[hreflang="${other}"]`)).toBe(200);
      await arrived('/p/p_role', other);
      expect(await page.isChecked('input[name="role"][value="learner"]')).toBe(true);
      expect(await page.textContent('main button[value="continue"]')).toBe(
        catalogues[other]['page.continue'],
      );
      expect(await click(`.languages a[hreflang="${lang}"]`)).toBe(200);
      await arrived('/p/p_role');
      expect(await page.isChecked('input[name="role"][value="learner"]')).toBe(true);

      expect(await next()).toBe(200);
      await arrived('/p/p_country');
      await page.selectOption('#f-country', 'SI');
      expect(await next()).toBe(200);
      await arrived('/p/p_age');
      await page.fill('#f-age', '30');
      expect(await next()).toBe(200);
      await arrived('/p/p_heard');
      await page.check('input[name="heard"][value="module"]');
      expect(await next()).toBe(200);
      await arrived('/p/p_holds');
      await page.check('input[name="holds"][value="no"]');
      expect(await next()).toBe(200);
      await arrived('/p/p_why_not');
      expect(await next()).toBe(200);
      await arrived('/p/p_trust');
      for (const row of ['assessed', 'quality', 'stackable', 'employers'])
        await page.check(`input[name="trust.${row}"][value="2"]`);
      expect(await next()).toBe(200);
      await arrived('/p/p_reasons');
      await page.check('input[name="reasons.missing"]');
      expect(await next()).toBe(200);
      await arrived('/p/p_comments');
      expect(await next()).toBe(200);
      await arrived('/check');
      expect(await page.textContent('h1')).toBe(t['check.title']);
      expect(await click(`main form button:text-is("${t['check.send']}")`)).toBe(200);
      await arrived('/done');
      expect(await page.textContent('h1')).toBe(t['done.title']);

      // Fieldwork over, or not begun: a page that says so, in this language, deep links too.
      for (const [path, title] of [
        [`/${lang}/s/demo/demo`, t['status.closed.title']],
        [`/${lang}/s/demo/demo/p/p_consent`, t['status.closed.title']],
        [`/${lang}/s/soon/demo`, t['status.notOpen.title']],
      ] as const) {
        expect((await navigation(page, () => page.goto(`${scheduled.url}${path}`))).status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.textContent('h1')).toBe(title);
        expect(await page.title()).toMatch(new RegExp(`^${literal(title)}`));
        await expectNoAxeViolations(page);
      }
      await context.close();
    },
  );
});
