import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';

/**
 * The body limit over a real socket, where a form comes with a Content-Length (judged by it) or
 * chunked (counted as it arrives): both refuse what is too large with the page that says so.
 */
describe('the request body limit over HTTP', () => {
  let t: TestApp;
  let server: ReturnType<typeof serve>;
  let origin: string;
  beforeAll(async () => {
    t = await testApp('pglite');
    server = await new Promise((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  const form = 'application/x-www-form-urlencoded';
  const page = '/en/s/demo/demo/p/p_role';
  const chunked = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(text);
        for (let at = 0; at < bytes.length; at += 16_384) controller.enqueue(bytes.subarray(at, at + 16_384));
        controller.close();
      },
    });
  const post = (body: string | ReadableStream<Uint8Array>) =>
    fetch(`${origin}${page}`, {
      method: 'POST',
      headers: { 'content-type': form, 'accept-language': 'en' },
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);

  it('refuses a form whose Content-Length is over the limit, and one sent in chunks past it', async () => {
    const large = `role=other&role.other=${'x'.repeat(300_000)}`;
    for (const body of [large, chunked(large)]) {
      const reply = await post(body);
      expect(reply.status).toBe(413);
      expect(await reply.text()).toContain('Too much was sent');
    }
  });

  it('takes a form under the limit either way to the page, which asks for its token', async () => {
    for (const body of ['role=employee', chunked('role=employee')]) {
      const reply = await post(body);
      expect(reply.status).toBe(403);
    }
  });
});
