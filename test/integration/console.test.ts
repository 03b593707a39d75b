import { describe, expect, it } from 'vitest';
import { setupLinkIfNeeded } from '../../src/console/index.ts';
import { auditEvents, findStudy } from '../../src/store/index.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn, testPassword } from '../support/console.ts';
import { engines } from '../support/database.ts';

describe.each(engines())('the console on %s', (engine) => {
  it('creates the first owner through the one-time setup link, and only once', async () => {
    const t = await testApp(engine);
    try {
      const link = await setupLinkIfNeeded(t.store, 'http://127.0.0.1:3000', t.clock.now);
      expect(link).toMatch(/\/console\/link\/[A-Za-z0-9_-]{43}$/);
      const path = new URL(link!).pathname;
      const browser = new Browser(t.app, { 'accept-language': 'en' });
      expect((await browser.get(path)).html).toContain('Set up credmap');
      const short = await browser.post(path, { name: 'Ona', email: 'ona@example.org', password: 'short' });
      expect(short.status).toBe(422);
      expect(short.html).toContain('at least 12 characters');
      expect(short.html).toMatch(/<title>Error:/);
      const done = await browser.post(path, {
        name: 'Ona',
        email: 'ona@example.org',
        password: testPassword,
      });
      expect(done.status).toBe(303);
      const home = await browser.follow(done);
      expect(home.html).toContain('<h1>Studies</h1>');
      expect(home.html).toContain('/console/s/microcredentials');
      expect(home.html).toContain('/console/s/demo');
      // The link is spent, and an installation with an account prints no new one.
      expect((await new Browser(t.app).get(path)).status).toBe(404);
      expect(await setupLinkIfNeeded(t.store, 'http://127.0.0.1:3000', t.clock.now)).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('refuses wrong passwords alike for known and unknown addresses, and locks both after five', async () => {
    const t = await testApp(engine);
    try {
      await member(t.store, 'known@example.org', 'viewer', { study: 'demo' });
      const browser = new Browser(t.app, { 'accept-language': 'en' });
      await browser.get('/console/login');
      const pages: string[] = [];
      for (const email of ['known@example.org', 'nobody@example.org']) {
        for (let i = 0; i < 5; i++) {
          const reply = await browser.post('/console/login', { email, password: 'wrong wrong wrong' });
          expect(reply.status).toBe(401);
          pages.push(reply.html.replace(/value="[^"]*"/g, ''));
        }
        const locked = await browser.post('/console/login', { email, password: testPassword });
        expect(locked.status).toBe(429);
        expect(locked.html).toContain('Too many failed attempts with this address. Try again in 15 minutes.');
        pages.push(locked.html.replace(/value="[^"]*"/g, ''));
      }
      // Nothing tells the two addresses apart.
      expect(pages[0]).toBe(pages[6]);
      expect(pages[5]).toBe(pages[11]);
      // The lock lifts with the window.
      t.clock.now = new Date(t.clock.now.getTime() + 16 * 60 * 1000);
      expect(
        (await browser.post('/console/login', { email: 'known@example.org', password: testPassword })).status,
      ).toBe(303);
    } finally {
      await t.close();
    }
  });

  it('sets a secure session cookie, gives a new session at sign-in, ends it at sign-out and after two idle hours', async () => {
    const t = await testApp(engine);
    try {
      await member(t.store, 'ana@example.org', 'researcher', { study: 'demo' });
      const browser = new Browser(t.app, { 'accept-language': 'en' });
      await browser.get('/console/login');
      browser.setCookie('cm_session', 'f'.repeat(43));
      const reply = await browser.post('/console/login', {
        email: 'ana@example.org',
        password: testPassword,
      });
      const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('cm_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(browser.cookie('cm_session')).not.toBe('f'.repeat(43));
      expect((await browser.get('/console/s/demo')).status).toBe(200);

      t.clock.now = new Date(t.clock.now.getTime() + 119 * 60 * 1000);
      expect((await browser.get('/console/s/demo')).status).toBe(200);
      t.clock.now = new Date(t.clock.now.getTime() + 121 * 60 * 1000);
      const expired = await browser.get('/console/s/demo');
      expect(expired.status).toBe(303);
      expect(expired.location).toBe('/console/login?next=%2Fconsole%2Fs%2Fdemo');

      const again = await signIn(t, 'ana@example.org');
      await again.get('/console');
      expect((await again.post('/console/logout', {})).status).toBe(303);
      expect((await again.get('/console')).status).toBe(303);
      // A form without its token is refused.
      const third = await signIn(t, 'ana@example.org');
      await third.get('/console/account');
      expect(
        (await third.post('/console/account/language', { language: 'fi', _csrf: 'forged' })).status,
      ).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('after sign-in, follows only paths inside the console', async () => {
    const t = await testApp(engine);
    try {
      await member(t.store, 'ana@example.org', 'viewer', { study: 'demo' });
      for (const [next, to] of [
        ['/console/s/demo', '/console/s/demo'],
        ['https://evil.example/', '/console'],
        ['//evil.example/console', '/console'],
        ['/console//evil.example', '/console'],
      ]) {
        const browser = new Browser(t.app);
        await browser.get('/console/login');
        const reply = await browser.post('/console/login', {
          email: 'ana@example.org',
          password: testPassword,
          next: next!,
        });
        expect(reply.location).toBe(to);
      }
    } finally {
      await t.close();
    }
  });

  it('schedules, closes and extends fieldwork; respondents see it at once; the audit log keeps it', async () => {
    const t = await testApp(engine);
    try {
      await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
      const browser = await signIn(t, 'owner@example.org');
      const respondent = new Browser(t.app);
      const landing = '/en/s/demo/demo';
      expect((await respondent.get(landing)).html).toContain('Start now');

      await browser.get('/console/s/demo/q/demo');
      const bad = await browser.post('/console/s/demo/q/demo/schedule', {
        opens_date: '2026-11-01',
        opens_time: '09:00',
        closes_date: '2026-10-01',
        closes_time: '25:00',
        zone: 'Europe/Brussels',
      });
      expect(bad.status).toBe(422);
      expect(bad.html).toContain('Enter a date as YYYY-MM-DD');
      expect(bad.html).toContain('value="2026-10-01"');

      const closeSoon = await browser.post('/console/s/demo/q/demo/schedule', {
        opens_date: '2026-11-01',
        opens_time: '09:00',
        closes_date: '2026-11-23',
        closes_time: '12:00',
        zone: 'Europe/Brussels',
      });
      expect(closeSoon.status).toBe(303);
      expect((await browser.follow(closeSoon)).html).toContain('The fieldwork dates are saved');
      expect((await respondent.get(landing)).html).toContain('Start now');
      t.clock.now = new Date('2026-11-23T11:00:00Z');
      expect((await respondent.get(landing)).html).not.toContain('Start now');

      // Extended: open again, at once.
      await browser.get('/console/s/demo/q/demo');
      await browser.post('/console/s/demo/q/demo/schedule', {
        opens_date: '2026-11-01',
        closes_date: '2027-01-31',
        zone: 'Europe/Brussels',
      });
      expect((await respondent.get(landing)).html).toContain('Start now');

      await browser.get('/console/s/demo/q/demo');
      expect((await browser.post('/console/s/demo/q/demo/close', {})).status).toBe(303);
      expect((await respondent.get(landing)).html).not.toContain('Start now');

      const audit = await browser.get('/console/s/demo/audit');
      expect(audit.status).toBe(200);
      expect(audit.html).toContain('questionnaire.close');
      expect(audit.html).toContain('questionnaire.schedule');
      const studyRow = await findStudy(t.store.db, 'demo');
      const events = await auditEvents(t.store.db, studyRow!.id, { limit: 10 });
      expect(events.map((e) => e.action)).toEqual([
        'questionnaire.close',
        'questionnaire.schedule',
        'questionnaire.schedule',
      ]);
      expect(events[2]!.detail).toMatchObject({
        closes: '2026-11-23T11:00:00.000Z',
        opens: '2026-11-01T08:00:00.000Z',
      });
    } finally {
      await t.close();
    }
  });

  it('lets an owner give roles; a new member sets a password through their link; the last owner stays', async () => {
    const t = await testApp(engine);
    try {
      await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
      const owner = await signIn(t, 'owner@example.org');
      await owner.get('/console/s/demo/members');
      const missing = await owner.post('/console/s/demo/members', {
        name: 'Tuuli',
        email: 'tuuli@example.org',
        role: 'translator',
      });
      expect(missing.status).toBe(422);
      expect(missing.html).toContain('Choose the languages this translator works on.');
      const added = await owner.post('/console/s/demo/members', {
        name: 'Tuuli',
        email: 'Tuuli@Example.org',
        role: 'translator',
        languages: 'fi',
      });
      expect(added.status).toBe(200);
      const link = added.html.match(/http:\/\/127\.0\.0\.1:3000(\/console\/link\/[A-Za-z0-9_-]{43})/)?.[1];
      expect(link).toBeDefined();
      expect(added.html).toContain('tuuli@example.org');

      const tuuli = new Browser(t.app, { 'accept-language': 'en' });
      expect((await tuuli.get(link!)).html).toContain('tuuli@example.org');
      const set = await tuuli.post(link!, { password: 'tuuli@example.org' });
      expect(set.html).toContain('cannot be your e-mail address');
      expect((await tuuli.post(link!, { password: 'a long enough passphrase' })).status).toBe(303);
      const home = await tuuli.get('/console');
      expect(home.html).toContain('/console/s/demo');
      expect(home.html).not.toContain('/console/s/microcredentials');
      expect((await tuuli.get('/console/s/demo/members')).status).toBe(403);

      // Removing the study's only owner is refused; removing the translator is not.
      const members = await owner.get('/console/s/demo/members');
      const removeOf = (name: string) =>
        members.html.match(new RegExp(`<th scope="row">${name}.*?action="([^"]+/remove)"`, 's'))?.[1];
      expect((await owner.post(removeOf('owner')!, {})).status).toBe(409);
      expect((await owner.post(removeOf('Tuuli')!, {})).status).toBe(303);
      expect((await tuuli.get('/console/s/demo')).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
