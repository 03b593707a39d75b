import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readConsoleForm } from '../../src/console/form.ts';
import type { ConsoleEnv, ConsoleKit } from '../../src/console/kit.tsx';
import { ConsoleProblem } from '../../src/console/problem.ts';
import { readForm } from '../../src/respondent/form.ts';
import { PageProblem } from '../../src/respondent/problem.ts';

/** A request body as a client sends it: bytes or text, with the content type it claims. */
interface SentBody {
  readonly contentType: string | undefined;
  readonly body: string | Uint8Array<ArrayBuffer>;
}

const names = fc.oneof(
  fc.constantFrom('_csrf', 'title', 'file', 'email', '__proto__', 'constructor', 'a[]', 'a.b', ''),
  fc.string({ maxLength: 12 }),
);

/** One part of a multipart body: a field, or a file, with what a hand-made request gets wrong. */
const part = fc.record({
  name: names,
  filename: fc.option(fc.oneof(fc.constantFrom('x.csv', '../../etc/passwd', '', 'ä".csv'), fc.string()), {
    nil: undefined,
  }),
  type: fc.option(fc.constantFrom('text/csv', 'application/octet-stream', 'text/plain; charset=latin1'), {
    nil: undefined,
  }),
  value: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('token', '\r\n--b--', '%ZZ')),
});

const multipart = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('b', 'x'.repeat(70), '"quoted"', ''),
      fc.string({ minLength: 1, maxLength: 10 }),
    ),
    fc.array(part, { maxLength: 4 }),
    fc.constantFrom('--\r\n', '--', '', '\r\n'),
    fc.boolean(),
  )
  .map(([boundary, parts, end, declared]): SentBody => {
    const text = parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"` +
          `${p.filename === undefined ? '' : `; filename="${p.filename}"`}\r\n` +
          `${p.type === undefined ? '' : `Content-Type: ${p.type}\r\n`}\r\n${p.value}\r\n`,
      )
      .join('');
    return {
      contentType: declared ? `multipart/form-data; boundary=${boundary}` : 'multipart/form-data',
      body: `${text}--${boundary}${end}`,
    };
  });

const urlencoded = fc
  .array(
    fc.tuple(names, fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('token', '%', '%ZZ', '%E0%A4%A'))),
    {
      maxLength: 8,
    },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/**
 * Bodies of every kind a form handler can be sent: forms with raw (possibly broken) escapes, broken
 * and sound multipart, JSON, bytes, under the right, a wrong or no content type. Where a CSRF token
 * is wanted, `token` is the valid one.
 */
const sentBody: fc.Arbitrary<SentBody> = fc.oneof(
  urlencoded.map((body) => ({ contentType: 'application/x-www-form-urlencoded', body })),
  fc.tuple(names, fc.string({ maxLength: 30 })).map(([n, v]) => ({
    contentType: 'application/x-www-form-urlencoded',
    body: `_csrf=token&${encodeURIComponent(n)}=${encodeURIComponent(v)}`,
  })),
  multipart,
  fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => ({ contentType: 'application/json', body: JSON.stringify(v) ?? '' })),
  fc
    .tuple(
      fc.constantFrom(
        undefined,
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=b',
        'text/plain',
        'application/x-www-form-urlencoded; charset=utf-16',
        '',
      ),
      fc.uint8Array({ maxLength: 300 }),
    )
    .map(([contentType, bytes]) => ({ contentType, body: new Uint8Array(bytes) })),
);

/** A console route that only reads its form, with `token` as the one valid CSRF token. */
function formRoute() {
  const kit = {
    checkCsrf: (_c: unknown, sent: string | undefined) => {
      if (sent !== 'token') throw ConsoleProblem.expired();
    },
  } as unknown as ConsoleKit;
  const app = new Hono<ConsoleEnv>();
  app.post('/', async (c) => {
    const form = await readConsoleForm(c, kit);
    return c.json({ fields: form.fields, files: Object.keys(form.files) });
  });
  app.onError((error, c) =>
    error instanceof ConsoleProblem ? c.text(error.key, error.status) : c.text(String(error), 500),
  );
  return app;
}

describe('readConsoleForm on any body (property)', () => {
  const app = formRoute();

  it('reads a form or refuses it with a 4xx, never a 500; a form it reads carries the token once', async () => {
    await fc.assert(
      fc.asyncProperty(sentBody, async ({ contentType, body }) => {
        const res = await app.request('http://127.0.0.1/', {
          method: 'POST',
          body,
          headers: contentType === undefined ? {} : { 'content-type': contentType },
        });
        expect([200, 400, 403, 415]).toContain(res.status);
        if (res.status !== 200) return;
        const read = (await res.json()) as { fields: Record<string, string[]> };
        expect(read.fields._csrf).toEqual(['token']);
        expect(Object.values(read.fields).flat().length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readForm on any body (property)', () => {
  const app = new Hono();
  app.post('/', async (c) => c.json(await readForm(c)));
  app.onError((error, c) =>
    error instanceof PageProblem ? c.text(error.titleKey, error.status) : c.text(String(error), 500),
  );

  it('reads text fields or refuses the body with a 4xx, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(sentBody, async ({ contentType, body }) => {
        const res = await app.request('http://127.0.0.1/', {
          method: 'POST',
          body,
          headers: contentType === undefined ? {} : { 'content-type': contentType },
        });
        expect([200, 400, 415]).toContain(res.status);
        if (res.status !== 200) return;
        const { form, system } = (await res.json()) as {
          form: Record<string, unknown[]>;
          system: Record<string, unknown>;
        };
        for (const values of Object.values(form)) for (const v of values) expect(typeof v).toBe('string');
        for (const name of ['_csrf', '_ts', '_action', '_hp']) expect(form).not.toHaveProperty(name);
        expect(typeof system.honeypot).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
