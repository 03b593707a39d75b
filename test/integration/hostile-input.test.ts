import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCode } from '../../src/respondent/codes.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';

const base = '/en/s/demo/demo';

/** Whatever a form on the role page can be made to send: real and forged names, odd values. */
const fieldName = fc.oneof(
  fc.constantFrom(
    'role',
    'role.other',
    'role.missing',
    '_action',
    '_ts',
    'country',
    'role.x',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 30 }),
);
const fieldValue = fc.oneof(
  fc.constantFrom('employee', 'other', '~prefer_not_to_say', '~dont_know', '', ' ', 'save', 'continue'),
  fc.string({ maxLength: 50, unit: 'grapheme' }),
  fc.string({ minLength: 150, maxLength: 400 }),
);
const form = fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 8 });

describe('hostile input on a question page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers every form with a redirect or a 4xx page, and stores only what is valid', async () => {
    const b = new Browser(t.app);
    await b.get(`${base}/p/p_consent`);
    await b.post(`${base}/p/p_consent`, { consent: 'yes' });
    await b.get(`${base}/p/p_role`);
    const responseId = (
      await t.store.db
        .selectFrom('response')
        .select('id')
        .where('resume_hash', '=', hashCode(decodeURIComponent(b.cookie(cookieName(b))!)))
        .executeTakeFirstOrThrow()
    ).id;
    const rowsOf = async () =>
      JSON.stringify(
        await t.store.db
          .selectFrom('answer')
          .select(['question_id', 'part', 'value', 'missing'])
          .where('response_id', '=', responseId)
          .orderBy('question_id')
          .orderBy('part')
          .execute(),
      );

    await fc.assert(
      fc.asyncProperty(form, async (fields) => {
        const before = await rowsOf();
        const body = new URLSearchParams([['_csrf', b.csrf()], ...fields]).toString();
        const reply = await b.post(`${base}/p/p_role`, {}, { body });
        expect([303, 400, 413, 422]).toContain(reply.status);
        if (reply.status !== 303) expect(await rowsOf()).toBe(before);
        if (reply.status >= 400) expect(reply.html).toContain('<html lang="en">');
      }),
      { numRuns: 150 },
    );
  });
});

function cookieName(b: Browser): string {
  for (let id = 1; id < 10; id++) if (b.cookie(`cm_r${id}`) !== undefined) return `cm_r${id}`;
  throw new Error('no response cookie');
}
