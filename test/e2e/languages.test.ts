import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src/i18n/index.ts';
import { browserAvailable, expectAccessible, launchBrowser, startServer } from './harness.ts';

const run = browserAvailable() ? describe : describe.skip;

run('every page in every language', () => {
  let open: Awaited<ReturnType<typeof startServer>>;
  let closed: Awaited<ReturnType<typeof startServer>>;
  let closedDir: string;
  let browser: Browser;

  beforeAll(async () => {
    // A copy of the study whose fieldwork ended, for the closed page.
    closedDir = mkdtempSync(join(tmpdir(), 'credmap-closed-'));
    cpSync('questionnaires', closedDir, { recursive: true });
    const file = join(closedDir, 'demo', 'demo.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/opens: "[^"]+"/, 'opens: "2020-01-01T00:00:00+01:00"')
        .replace(/closes: "[^"]+"/, 'closes: "2021-01-01T00:00:00+01:00"'),
    );
    [open, closed, browser] = await Promise.all([startServer(), startServer(closedDir), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([open?.stop(), closed?.stop()]);
    rmSync(closedDir, { recursive: true, force: true });
  });

  it('checks what it claims: a page with a violation fails', async () => {
    const page = await browser.newPage();
    await page.setContent('<html><body><input type="text"></body></html>');
    await expect(expectAccessible(page)).rejects.toThrow(/axe on about:blank/);
    await page.close();
  });

  it.each(uiLanguages)(
    '%s: home, study, privacy, landing, consent, an error, the language switch, closed',
    async (lang) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const visit = async (path: string) => {
        await page.goto(`${open.url}${path}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await expectAccessible(page);
      };
      const base = `/${lang}/s/demo/demo`;
      await visit(`/${lang}`);
      await visit(`/${lang}/s/demo`);
      await visit(`/${lang}/s/demo/privacy`);
      await visit(base);
      await visit(`${base}/p/p_consent`);
      await page.check('#f-consent');
      await page.click('button[value="continue"]');
      // An error page: nothing chosen.
      await page.click('button[value="continue"]');
      expect(await page.title()).toMatch(/:/);
      await expectAccessible(page);
      await page.check('input[name="role"][value="learner"]');

      // The switcher keeps what was saved: save, switch, find the answer checked.
      await page.click('button[value="continue"]');
      const other = lang === 'en' ? 'fi' : 'en';
      await page.goto(`${open.url}${base}/p/p_role`);
      await Promise.all([page.waitForEvent('load'), page.click(`.languages a[lang="${other}"]`)]);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      expect(await page.isChecked('input[name="role"][value="learner"]')).toBe(true);

      await page.goto(`${closed.url}${base}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).not.toBe('');
      await expectAccessible(page);
      await context.close();
    },
  );

  it('shows the check page and the thanks accessibly in every language', async () => {
    for (const lang of uiLanguages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const base = `${open.url}/${lang}/s/demo/demo`;
      const next = () => Promise.all([page.waitForEvent('load'), page.click('button[value="continue"]')]);
      await page.goto(`${base}/p/p_consent`);
      await page.check('#f-consent');
      await next();
      await page.check('input[name="role"][value="employee"]');
      await next();
      await page.selectOption('#f-country', 'SI');
      await next();
      await page.fill('#f-age', '30');
      await next();
      await page.check('input[value="module"]');
      await next();
      await page.check('input[name="holds"][value="no"]');
      await next();
      await next();
      for (const row of ['assessed', 'quality', 'stackable', 'employers'])
        await page.check(`#f-trust-${row}`);
      await next();
      await page.check('input[name="reasons.missing"]');
      await next();
      await next();
      expect(page.url()).toMatch(/\/check$/);
      await expectAccessible(page);
      await page.click('form button[type="submit"]');
      expect(page.url()).toMatch(/\/done$/);
      await expectAccessible(page);
      await context.close();
    }
  });
});
