import type { Server, Socket } from 'node:net';
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';

/**
 * A TCP relay in front of the PostgreSQL server: `down()` cuts every connection and refuses new
 * ones, as a server that restarts does; `up()` listens again on the same port.
 */
function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  return {
    listen,
    port: () => port,
    listening: () => server?.listening === true,
    down: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
    up: listen,
  };
}

// PGlite runs inside the process: there is no server to lose.
const postgres = engines().filter((e) => e === 'postgresql');

describe.skipIf(postgres.length === 0)('PostgreSQL lost and back, with no restart of credmap', () => {
  const db = relay(new URL(process.env.TEST_DATABASE_URL ?? 'postgres://127.0.0.1:5432/test'));
  let t: TestApp;
  let token: string;
  const api = (lang: string) =>
    t.app.request('http://127.0.0.1:3000/api/v1/studies', {
      headers: { authorization: `Bearer ${token}`, 'accept-language': lang },
    });
  const landing = () => t.app.request('http://127.0.0.1:3000/fi/s/demo/demo');

  beforeAll(async () => {
    await db.listen();
    t = await testApp('postgresql', { databasePort: db.port() });
    await member(t.store, 'res@example.org', 'researcher', { study: 'demo' });
    const browser = await signIn(t, 'res@example.org');
    await browser.get('/console/account');
    const made = await browser.post('/console/account/tokens', { token_name: 'night' });
    token = made.html.match(/<p class="code">(cm_[A-Za-z0-9_-]+)<\/p>/)![1]!;
  });
  afterAll(async () => {
    if (!db.listening()) await db.up();
    await t?.close();
    await db.down();
  });

  it('answers 503 while it is gone, a page in the respondent’s language or the API’s JSON, then carries on', async () => {
    expect((await landing()).status).toBe(200);
    expect((await api('en')).status).toBe(200);
    await db.down();
    const page = await landing();
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('30');
    expect(await page.text()).toContain('<html lang="fi"');
    const json = await api('de');
    expect(json.status).toBe(503);
    expect(json.headers.get('retry-after')).toBe('30');
    expect(await json.json()).toEqual({
      error: 'problem.unavailable',
      message: 'Der Dienst kann gerade nicht antworten. Versuchen Sie es in einer Minute erneut.',
    });
    await db.up();
    expect((await landing()).status).toBe(200);
    expect((await api('en')).status).toBe(200);
  });
});
