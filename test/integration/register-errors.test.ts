import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator, uiLanguages } from '../../src/i18n/index.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';

/** The link an error page offers, as `href text`. */
const startLink = (html: string) => {
  const link = /<h1>[^<]*<\/h1>\s*<p>[^<]*<\/p>\s*<p>\s*<a href="([^"]+)">([^<]*)<\/a>/.exec(html);
  return link === null ? undefined : `${link[1]} ${link[2]}`;
};

describe('error pages of the register', () => {
  let t: TestApp;
  const logged: string[] = [];
  const get = (path: string) => t.app.request(`http://127.0.0.1:3000${path}`);

  beforeAll(async () => {
    t = await testApp('pglite', { log: { write: (line) => logged.push(line) } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(uiLanguages)('%s: a page not found leads back to the register’s search', async (lang) => {
    const tr = translator(lang);
    for (const path of [
      `/${lang}/register/mc-unknown`,
      `/${lang}/register/providers/prov-unknown`,
      `/${lang}/register/..%2Fetc`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(startLink(html), path).toBe(`/${lang}/register ${tr('error.start.register')}`);
      expect(html, path).toContain(tr('error.notFound.bodyLink'));
      expect(html, path).not.toContain(tr('error.start'));
    }
  });

  it('still leads to the questionnaires from a page not found elsewhere', async () => {
    const en = translator('en');
    const res = await get('/en/s/no-such-study');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(startLink(html)).toBe(`/en ${en('error.start')}`);
    expect(html).toContain(en('error.notFound.body'));
  });

  it('logs an address typed where an entry’s id belongs without the address', async () => {
    for (const path of ['/en/register/alice.smith@example.com', '/en/register/alice.smith%40example.com'])
      expect((await get(path)).status, path).toBe(404);
    const lines = logged.filter((line) => line.includes('"path":"/en/register/'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).not.toContain('alice');
      expect(line).not.toContain('example.com');
    }
    expect(lines.some((line) => line.includes('"path":"/en/register/…"'))).toBe(true);
  });
});
