import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError } from '../../src/http/index.ts';
import type { TestServer } from '../e2e/support/server.ts';
import { startServer } from '../e2e/support/server.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';

/** A real value for each path parameter, so most requests reach their handler. */
const values: Record<string, string> = {
  lang: 'en',
  study: 'demo',
  q: 'demo',
  n: '1',
  file: 'en.svg',
  token: 'x'.repeat(43),
};

/** Every GET route the app registers, with its parameters filled in. */
function paths(t: TestApp): string[] {
  const seen = new Set<string>();
  for (const r of t.app.routes) {
    if (r.method !== 'GET' || r.path.includes('*')) continue;
    seen.add(r.path.replace(/:([A-Za-z]+)(\{[^}]*\}+)?/g, (_, name: string) => values[name] ?? 'x1'));
  }
  return [...seen].sort();
}

function expectHeaders(headers: Headers, where: string) {
  const csp = headers.get('content-security-policy') ?? '';
  const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? csp;
  expect(script, where).not.toContain("'unsafe-inline'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("default-src 'none'");
  expect(headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
}

describe('security headers on every response', () => {
  let t: TestApp;
  let tls: TestApp;
  let cookie: string;
  beforeAll(async () => {
    [t, tls] = await Promise.all([
      testApp('pglite'),
      testApp('pglite', { publicUrl: 'https://credmap.example.org' }),
    ]);
    await member(t.store, 'owner@example.org', 'owner');
    cookie = `cm_session=${(await signIn(t, 'owner@example.org')).cookie('cm_session')}`;
  }, 60_000);
  afterAll(async () => {
    await Promise.all([t?.close(), tls?.close()]);
  });

  it('sends them with every page, file, redirect, error and API answer, signed in or not', async () => {
    const all = paths(t);
    expect(all.length).toBeGreaterThan(60);
    for (const path of [...all, '/nowhere', '/en/nowhere', '/api/v1/nowhere']) {
      for (const headers of [{}, { cookie }]) {
        const res = await t.app.request(`http://127.0.0.1:3000${path}`, { headers });
        expect(res.status, path).toBeLessThan(500);
        expectHeaders(res.headers, `${path} ${res.status}`);
        // Over plain HTTP there is no promise of TLS to make.
        expect(res.headers.get('strict-transport-security'), path).toBeNull();
      }
    }
  }, 120_000);

  it('sends them with refused forms too: forged, too large, without a token', async () => {
    const replies = await Promise.all([
      t.app.request('http://127.0.0.1:3000/en/verify', { method: 'POST', body: 'credential=x' }),
      t.app.request('http://127.0.0.1:3000/en/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `credential=${'x'.repeat(3_000_000)}`,
      }),
      t.app.request('http://127.0.0.1:3000/console/register/new', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: 'title=x',
      }),
      t.app.request('http://127.0.0.1:3000/api/v1/register/providers/x/entries', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([415, 413, 403, 401]);
    for (const r of replies) expectHeaders(r.headers, String(r.status));
  });

  it('tells browsers to keep to TLS when credmap is served over it', async () => {
    for (const path of ['/', '/en/register', '/console/login', '/api/openapi.json', '/en/nowhere']) {
      const res = await tls.app.request(`https://credmap.example.org${path}`);
      expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      expectHeaders(res.headers, path);
    }
  });
});

describe('security headers on what Node refuses before any route', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  /** Sends `request` as bytes and reads the reply's status line and headers. */
  const raw = (request: string) =>
    new Promise<{ status: number; headers: Headers }>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write(request));
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
      });
      socket.on('error', reject);
      socket.on('close', () => {
        const [head = ''] = text.split('\r\n\r\n');
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = new Headers();
        for (const line of lines) {
          const at = line.indexOf(':');
          headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve({ status: Number(statusLine.split(' ')[1]), headers });
      });
    });

  it.each([
    ['headers over Node’s limit', `GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['a request line that is no HTTP', 'NOT HTTP AT ALL\r\n\r\n', 400],
  ])('%s', async (_name, request, status) => {
    const reply = await raw(request);
    expect(reply.status).toBe(status);
    expectHeaders(reply.headers, `${status}`);
    expect(reply.headers.get('connection')).toBe('close');
  });
});

describe('the clientError listener on a connection in use', () => {
  /** A Node server with credmap's listener, whose one route sends its head and a part of its body, then the rest a little later. */
  const slowServer = async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part;');
      setTimeout(() => res.end('rest'), 100);
    });
    server.on('clientError', answerClientError('http://127.0.0.1'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { server, port: (server.address() as AddressInfo).port };
  };

  /**
   * Everything the server sends on one connection until it closes it; `after`, if given, is sent
   * once the first bytes of the reply have come.
   */
  const exchange = (
    port: number,
    request: string,
    options: { after?: string; allowHalfOpen?: boolean } = {},
  ) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: options.allowHalfOpen ?? false }, () =>
        socket.write(request),
      );
      let text = '';
      socket.on('data', (chunk: Buffer) => {
        if (text === '' && options.after !== undefined) socket.write(options.after);
        text += chunk.toString('latin1');
      });
      socket.on('error', reject);
      socket.on('end', () => resolve(text));
    });

  it('does not write a reply into one already begun (a pipelined request after it is malformed)', async () => {
    const { server, port } = await slowServer();
    try {
      const text = await exchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', {
        after: 'NOT HTTP AT ALL\r\n\r\n',
      });
      expect(text).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(text).toContain('first part;');
      // The connection is dropped instead, before the rest: a 400 here would read as part of the body.
      expect(text).not.toContain('HTTP/1.1 400');
      expect(text).not.toContain('rest');
    } finally {
      server.close();
    }
  });

  it('closes the connection after its reply, though the client keeps its own side open', async () => {
    const { server, port } = await slowServer();
    try {
      const text = await exchange(port, 'NOT HTTP AT ALL\r\n\r\n', { allowHalfOpen: true });
      expect(text).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      // The server's side is gone, not only half-closed: it holds no connection.
      await expect
        .poll(() => new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n))))
        .toBe(0);
    } finally {
      server.close();
    }
  });
});
