import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MessageKey } from '../../src/i18n/index.ts';
import { countryName, translator } from '../../src/i18n/index.ts';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import { createEntry, publish, saveProvider } from '../../src/register/index.ts';
import { exampleMicrocredential } from '../../src/register/model/example-record.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { careRecord } from '../support/register.ts';
import {
  describeWithBrowser,
  expectNoAxeViolations,
  focusIsOn,
  launchBrowser,
  navigation,
  tabTo,
} from './support/browser.ts';

const describe = describeWithBrowser();

const { id: _exampleId, ...network } = exampleMicrocredential;
const records: Record<string, MicrocredentialDraft> = {
  network,
  care: { ...careRecord, description: { en: 'Home care for older people, with their families.' } },
  data: {
    title: { en: 'Data quality for network teams', de: 'Datenqualität für Netzwerkteams' },
    issuerCountries: ['AT', 'DE'],
    awardingBodies: [{ name: { de: 'Beispiel-Hochschule' }, country: 'AT' }],
    learningOutcomes: [{ text: { de: 'Datenqualität prüfen.' } }],
    workload: { ects: 2 },
    level: { eqf: '6' },
    assessment: { types: ['project'] },
    participation: { form: 'online', delivery: 'self_paced' },
    qualityAssurance: { types: ['credential_accredited'] },
    providerType: 'higher_education',
    stackability: { option: 'stackable' },
  },
};

/**
 * The public register in Chromium: axe on the search (filtered, without results), on an entry's
 * page and in several languages; a search made with the keyboard alone; the pages without
 * JavaScript; and no sideways scrolling on a small phone.
 */
describe('the public register in a browser', () => {
  let app: TestApp;
  let server: ReturnType<typeof serve>;
  let url: string;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const now = new Date();
    app = await testApp('pglite', { now });
    // The network course's awarding body is a provider of the register, with its own page.
    await saveProvider(
      app.store.db,
      {
        id: 'prov-de-0042',
        name: { de: 'Berufsschule Beispielstadt' },
        country: 'DE',
        type: 'public_vet',
        accreditation: {
          status: 'accredited',
          by: { de: 'Landesamt für Schule' },
          decisionUrl: 'https://qa.example.org/42',
        },
        homepage: 'https://bs-beispielstadt.example.org',
      },
      now,
    );
    for (const [name, record] of Object.entries(records)) {
      const providerId = name === 'network' ? 'prov-de-0042' : undefined;
      const { id } = await createEntry(app.store.db, { record, origin: 'console', providerId, now });
      await publish(app.store.db, id, now);
      ids[name] = id;
    }
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
    await app?.close();
  });

  const open = async (path: string, options: { width?: number; javaScript?: boolean } = {}) => {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const response = await navigation(page, () => page.goto(`${url}${path}`));
    expect(response.status()).toBe(200);
    return page;
  };

  it.each(['en', 'fr', 'pl', 'sl'])(
    '%s: the search, filtered and without results, passes axe',
    async (lang) => {
      const t = translator(lang);
      await open(`/${lang}/register`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.title()).toBe(t('register.title'));
      expect(await page.locator('.register-result').count()).toBe(3);
      await expectNoAxeViolations(page);

      await navigation(page, () => page.goto(`${url}/${lang}/register?country=DE&eqf=4&q=network`));
      expect(await page.locator('.register-result').count()).toBe(1);
      expect(await page.locator('.remove-filter').count()).toBe(3);
      expect(await page.isChecked('#f-country-DE')).toBe(true);
      await expectNoAxeViolations(page);

      await navigation(page, () => page.goto(`${url}/${lang}/register?q=zzyzx&country=XX`));
      const zero = `register.results.count.${new Intl.PluralRules(lang).select(0)}` as MessageKey;
      expect(await page.textContent('#results-heading')).toBe(t(zero, { count: 0 }));
      expect(await page.textContent('main')).toContain(t('register.results.none'));
      await expectNoAxeViolations(page);
    },
  );

  it.each(['en', 'de', 'fi', 'es'])('%s: an entry’s page passes axe', async (lang) => {
    const t = translator(lang);
    await open(`/${lang}/register/${ids.network}`);
    expect(await page.locator('#annex .annex-row').count()).toBe(16);
    expect(await page.textContent('#annex-score')).toBe(t('verify.annex.score', { present: 9, total: 9 }));
    await expectNoAxeViolations(page);
  });

  it('a search done with the keyboard alone: words, a filter, Enter, a result', async () => {
    const t = translator('en');
    await open('/en/register');
    await tabTo(page, '#q');
    await page.keyboard.type('network');
    await tabTo(page, '#f-country-DE');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#f-country-DE')).toBe(true);
    await tabTo(page, 'main form button[type="submit"]');
    await navigation(page, () => page.keyboard.press('Enter'));
    const address = new URL(page.url());
    expect(address.searchParams.get('q')).toBe('network');
    expect(address.searchParams.getAll('country')).toEqual(['DE']);
    expect(await page.locator('.register-result').count()).toBe(2);
    expect(await page.textContent('#results-heading')).toBe(t('register.results.count.other', { count: 2 }));
    // The filter in use, and the words, are links that remove them.
    expect(await page.textContent('.active-filters')).toContain(
      `${t('register.facet.country')}: ${countryName('en', 'DE')}`,
    );
    await tabTo(page, `.register-result[data-id="${ids.network}"] h3 a`);
    await navigation(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe(`/en/register/${ids.network}`);
    expect(await page.textContent('h1')).toBe('Setting up a small office network');
    // Back to the search with the keyboard, too.
    await tabTo(page, '.back-link');
    expect(await focusIsOn(page, '.back-link')).toBe(true);
  });

  it('works without JavaScript: filter, submit, open a result; axe passes on both pages', async () => {
    const t = translator('fr');
    await open('/fr/register', { javaScript: false });
    await page.check('#f-participation-online');
    await navigation(page, () => page.click('main form button[type="submit"]'));
    expect(new URL(page.url()).searchParams.getAll('participation')).toEqual(['online']);
    expect(await page.locator('.register-result').count()).toBe(1);
    await expectNoAxeViolations(page, { javaScriptDisabled: true });
    await navigation(page, () => page.click(`.register-result[data-id="${ids.data}"] h3 a`));
    expect(await page.textContent('h1')).toBe('Data quality for network teams');
    expect(await page.getAttribute('h1 span', 'lang')).toBe('en');
    expect(await page.textContent('#annex')).toContain(t('register.code.participation.online'));
    await expectNoAxeViolations(page, { javaScriptDisabled: true });
  });

  it.each(['/nl/register?country=DE', '/pl/register/NETWORK'])(
    '%s fits a 320 px wide phone without sideways scrolling',
    async (path) => {
      await open(path.replace('NETWORK', ids.network!), { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    },
  );

  it.each(['de', 'sl'])(
    '%s: an awarding body’s page, reached from its microcredential, passes axe',
    async (lang) => {
      const t = translator(lang);
      await open(`/${lang}/register/${ids.network}`);
      await navigation(page, () =>
        page.click('#awarding-bodies a[href$="/register/providers/prov-de-0042"]'),
      );
      expect(await page.textContent('h1')).toBe('Berufsschule Beispielstadt');
      expect(await page.textContent('main')).toContain(t('register.provider.accreditation.accredited'));
      expect(await page.locator(`main a[href="/${lang}/register/${ids.network}"]`).count()).toBe(1);
      await expectNoAxeViolations(page);
    },
  );
});
