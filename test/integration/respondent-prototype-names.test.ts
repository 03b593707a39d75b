import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

const base = '/en/s/demo/demo';

/** Names every plain object already has: as a page or group in a URL they must find nothing. */
const inherited = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];

interface Case {
  readonly method: 'GET' | 'POST' | 'HEAD';
  readonly path: string;
}

const steps: Case[] = inherited.flatMap((name) => [
  { method: 'GET', path: `${base}/p/${name}` },
  { method: 'POST', path: `${base}/p/${name}` },
  { method: 'HEAD', path: `${base}/p/${name}` },
  { method: 'GET', path: `${base}/r/${name}` },
  { method: 'POST', path: `${base}/r/${name}` },
  { method: 'GET', path: `${base}/r/${name}/new` },
  { method: 'GET', path: `${base}/r/${name}/1/p_mc_basic` },
  { method: 'POST', path: `${base}/r/${name}/1/p_mc_basic` },
  { method: 'HEAD', path: `${base}/r/${name}/1/p_mc_basic` },
  { method: 'GET', path: `${base}/r/${name}/1/remove` },
  { method: 'POST', path: `${base}/r/${name}/1/remove` },
  { method: 'GET', path: `${base}/r/mc/1/${name}` },
]);

/** The browser's CSRF and response cookies, as a Cookie header (`Browser` sends no HEAD). */
const cookiesOf = (b: Browser) =>
  ['cm_csrf', ...Array.from({ length: 20 }, (_, id) => `cm_r${id}`)]
    .flatMap((name) => {
      const value = b.cookie(name);
      return value === undefined ? [] : [`${name}=${value}`];
    })
    .join('; ');

describe.each(engines())('pages and groups named like built-in object properties, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Sends the request as the browser would, with its cookies and (for a form) its CSRF token. */
  const send = (b: Browser, { method, path }: Case) =>
    method === 'POST'
      ? b.post(path)
      : method === 'GET'
        ? b.get(path)
        : t.app.request(`http://127.0.0.1:3000${path}`, {
            method: 'HEAD',
            headers: { cookie: cookiesOf(b) },
          });

  it.each<Case>(steps)(
    '$method $path, for a visitor with no response, goes where the journey says',
    async (c) => {
      const b = new Browser(t.app);
      await b.get(`${base}/p/p_consent`);
      const reply = await send(b, c);
      expect(reply.status).toBe(303);
      const location = 'location' in reply ? reply.location : reply.headers.get('location');
      expect([`${base}/p/p_consent`, base]).toContain(location);
    },
  );

  it.each<Case>(steps)('$method $path, for a respondent, goes where the journey says', async (c) => {
    const b = new Browser(t.app);
    await b.get(`${base}/p/p_consent`);
    await b.post(`${base}/p/p_consent`, { consent: 'yes' });
    await b.post(`${base}/p/p_role`, { role: 'employee' });
    await b.get(`${base}/p/p_country`);
    const reply = await send(b, c);
    expect(reply.status).toBe(303);
    const location = 'location' in reply ? reply.location : reply.headers.get('location');
    expect([`${base}/p/p_country`, base]).toContain(location);
  });
});
