import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
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
  const logged: { level: number; msg: string }[] = [];
  beforeAll(async () => {
    t = await testApp('pglite', { log: { write: (line) => logged.push(JSON.parse(line)) } });
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

  /**
   * A request written by hand on a socket, then the socket half-closed (`end`) or dropped
   * (`destroy`) as a client that gives up does; what came back, if anything.
   */
  const rawRequest = (text: string, then: 'end' | 'destroy') =>
    new Promise<string>((resolve) => {
      const port = new URL(origin).port;
      const socket = connect(Number(port), '127.0.0.1');
      let reply = '';
      socket.on('data', (d: Buffer) => {
        reply += d.toString('latin1');
      });
      socket.on('close', () => resolve(reply));
      socket.on('error', () => resolve(reply));
      socket.write(text, () => {
        if (then === 'end') socket.end();
        // Time for the server to have read the headers and begun on the body, even on a busy machine.
        else setTimeout(() => socket.destroy(), 300);
      });
    });
  const until = async (seen: () => boolean) => {
    for (let waited = 0; waited < 2000 && !seen(); waited += 20) await new Promise((r) => setTimeout(r, 20));
  };

  it.each([
    ['a malformed chunk', page, 'zz\r\nrole=employee\r\n0\r\n\r\n', 'end'],
    ['a chunk and then nothing', page, '3\r\na=1\r\n', 'destroy'],
    ['a chunk and then the end of the connection', page, '3\r\na=1\r\n', 'end'],
    ['a malformed chunk to sign-in', '/console/login', 'zz\r\nemail=x\r\n0\r\n\r\n', 'end'],
    [
      'a malformed chunk to the API',
      '/api/v1/studies/demo/questionnaires/demo/draft',
      'zz\r\n{}\r\n0\r\n\r\n',
      'end',
    ],
    [
      'a chunk and then nothing to the API',
      '/api/v1/studies/demo/questionnaires/demo/draft',
      '2\r\n{}\r\n',
      'destroy',
    ],
    ['a malformed chunk to "check a credential"', '/en/verify', 'zz\r\nx\r\n0\r\n\r\n', 'end'],
  ] as const)("takes %s as the client's failure, not the server's", async (_, path, body, then) => {
    const since = logged.length;
    const type = path.startsWith('/api/') ? 'application/json' : form;
    const reply = await rawRequest(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`,
      then,
    );
    // Node's parser answers a broken chunk itself; a client that left gets no answer at all.
    if (reply !== '') expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    await until(() => logged.slice(since).some((l) => l.msg === 'request body not read'));
    const lines = logged.slice(since);
    expect(lines.filter((l) => l.level >= 50 || l.msg === 'request failed')).toEqual([]);
    expect(lines.filter((l) => l.msg === 'request body not read').map((l) => l.level)).toEqual([30]);
  });
});
