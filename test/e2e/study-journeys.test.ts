import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n/index.ts';
import type { Model } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import type { StudyFiles } from '../../src/studies/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import {
  describeWithBrowser,
  expectNoAxeViolations,
  fillByKeyboard,
  launchBrowser,
  navigation,
  tabTo,
} from './support/browser.ts';
import type { TestServer } from './support/server.ts';
import { startServer } from './support/server.ts';

/**
 * Every questionnaire of the microcredentials study, answered from its landing page to the receipt
 * with the keyboard alone, as `npm start` serves it. Each runs in another of the study's languages, and
 * axe checks every page on the way.
 */

const languages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'] as const;
const today = new Date().toISOString().slice(0, 10);

const describe = describeWithBrowser();
/** The shipped questionnaires, or a folder given for trying changes to them. */
const dir = process.env.TEST_QUESTIONNAIRES_DIR ?? 'questionnaires';

describe('the microcredentials study with a keyboard only', () => {
  let server: TestServer;
  let browser: Browser;
  let study: StudyFiles;

  beforeAll(async () => {
    [server, browser, study] = await Promise.all([
      startServer(dir),
      launchBrowser(),
      readStudies(dir).then((all) => all.find((s) => s.study.slug === 'microcredentials')!),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists every questionnaire on the study page, in every language, axe clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const lang of study.study.languages) {
      const response = await navigation(page, () => page.goto(`${server.url}/${lang}/s/microcredentials`));
      expect(response.status()).toBe(200);
      const links = await page.$$eval('ul.questionnaires a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(study.questionnaires.length);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });

  /** A seeded respondent who describes at least one microcredential, so the block is walked too. */
  function respondent(model: Model) {
    for (let seed = 1; seed < 100; seed++) {
      const run = simulateResponse(model, seededRandom(seed), today);
      if ((run.state.repeats.mc?.items.length ?? 0) > 0) return run;
    }
    throw new Error(`no simulated respondent of ${model.definition.id} describes a microcredential`);
  }

  async function submit(page: Page, selector: string, max = 60): Promise<number> {
    await tabTo(page, selector, { max });
    return (await navigation(page, () => page.keyboard.press('Enter'))).status();
  }

  it.each([
    'employees',
    'learners',
    'not-employed',
    'employers',
    'vet-providers',
    'authorities',
    'employer-organisations',
    'employee-organisations',
    'experts',
  ])('%s: answered from the landing page to the receipt', { timeout: 240_000 }, async (id) => {
    const q = study.questionnaires.find((x) => x.id === id)!;
    const written = study.study.languages;
    const lang = written[study.questionnaires.indexOf(q) % written.length]! as (typeof languages)[number];
    const model = compile(q);
    const run = respondent(model);
    const urls = questionnaireUrls(lang, 'microcredentials', id);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const audited = new Set<string>();
    const audit = async (key: string) => {
      // Every page once; the pages of a second microcredential look like the first.
      const page_ = key.replace(/\/\d+\//, '/n/');
      if (audited.has(page_)) return;
      audited.add(page_);
      await expectNoAxeViolations(page);
    };

    await navigation(page, () => page.goto(`${server.url}${urls.landing()}`));
    expect(await page.textContent('main')).toContain(String(q.estimatedMinutes));
    // "Modelled on Cedefop's studies…, not the official instrument", in the page's language.
    expect(await page.textContent('main .note')).toContain('Cedefop');
    await audit('landing');
    await tabTo(page, 'a.button-start');
    await navigation(page, () => page.keyboard.press('Enter'));

    for (const { step, form } of run.forms) {
      const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
      // A further item starts at the group's "new" address, then takes its number when saved.
      const [group] = step.split('/');
      const starts = model.groups.get(group!)?.pages[0]?.id;
      const allowed =
        step === `${group}/${step.split('/')[1]}/${starts}` ? [path, urls.newItem(group!)] : [path];
      expect(allowed, `${id} in ${lang}`).toContain(new URL(page.url()).pathname);
      await audit(step);
      await fillByKeyboard(page, form);
      const status = await submit(
        page,
        model.groups.has(step) ? 'main form button[type="submit"]' : 'main form button[value="continue"]',
      );
      expect(status, `${id} ${step} in ${lang}`).toBe(200);
    }
    expect(new URL(page.url()).pathname).toBe(urls.check());
    await audit('check');
    // Past a "change" link for every answer: far, but every one of them is a stop on the way.
    expect(await submit(page, 'main form button[type="submit"]', 500)).toBe(200);
    expect(new URL(page.url()).pathname).toBe(urls.done());
    expect(await page.textContent('h1')).toBe(catalogues[lang]['done.title']);
    await audit('done');
    await context.close();
  });
});
