import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashCode } from '../../src/respondent/codes.ts';
import type { DatabaseSchema, Transaction } from '../../src/store/index.ts';
import type { Reply, TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import type { Engine } from '../support/database.ts';
import { engines } from '../support/database.ts';
import { beforeNextPageWrite, otherTab, responseCookieName } from '../support/tabs.ts';

const base = '/en/s/demo/demo';

const trust = { 'trust.assessed': '1', 'trust.quality': '2', 'trust.stackable': '3', 'trust.employers': '4' };
const reasons = {
  'reasons.career': '1',
  'reasons.job': '2',
  'reasons.interest': '3',
  'reasons.employer': '4',
};

/** A respondent who holds no microcredential (too costly) and is on "check your answers". */
async function onCheckPage(t: TestApp): Promise<Browser> {
  const b = new Browser(t.app);
  await b.get(`${base}/p/p_consent`);
  const pages: [string, Record<string, string>][] = [
    ['p_consent', { consent: 'yes' }],
    ['p_role', { role: 'employee' }],
    ['p_country', { country: 'FI' }],
    ['p_age', { age: '30' }],
    ['p_heard', { heard: 'badges' }],
    ['p_holds', { holds: 'no' }],
    ['p_why_not', { why_not: 'cost' }],
    ['p_trust', trust],
    ['p_reasons', reasons],
    ['p_comments', { comments: 'fine' }],
  ];
  let reply: Reply | undefined;
  for (const [page, fields] of pages) reply = await b.post(`${base}/p/${page}`, fields);
  expect(reply?.location).toBe(`${base}/check`);
  expect((await b.get(`${base}/check`)).status).toBe(200);
  return b;
}

/** The browser's response as stored, and its answers (bookkeeping rows left out). */
async function stored(t: TestApp, b: Browser) {
  const cookie = b.cookie(responseCookieName(b));
  const response =
    cookie === undefined
      ? undefined
      : await t.store.db
          .selectFrom('response')
          .selectAll()
          .where('resume_hash', '=', hashCode(decodeURIComponent(cookie)))
          .executeTakeFirst();
  const answers =
    response === undefined
      ? []
      : await t.store.db
          .selectFrom('answer')
          .select(['question_id', 'item', 'value', 'counted'])
          .where('response_id', '=', response.id)
          .where('part', '=', '')
          .execute();
  const answer = (id: string) => answers.find((a) => a.question_id === id);
  return { response, answer };
}

/**
 * Lets `between` run once, in another request, while the next transaction the app opens is about
 * to begin (`before`: the request has read the response but not locked it), or has done its work
 * under the response's lock and not yet committed (`locked`). Deterministic on both engines.
 */
function interleave(t: TestApp, when: 'before' | 'locked', between: () => Promise<unknown>) {
  const db = t.store.db;
  const ran = { between: false };
  const original = db.transaction;
  db.transaction = function transaction() {
    Reflect.deleteProperty(db, 'transaction');
    const builder = original.call(db);
    return {
      execute: async <T>(work: (trx: Transaction<DatabaseSchema>) => Promise<T>) => {
        if (when === 'before') {
          await between();
          ran.between = true;
          return builder.execute(work);
        }
        return builder.execute(async (trx) => {
          const result = await work(trx);
          await between();
          ran.between = true;
          return result;
        });
      },
    } as unknown as ReturnType<typeof original>;
  } as typeof db.transaction;
  return ran;
}

const interleaveBefore = (t: TestApp, between: () => Promise<unknown>) => interleave(t, 'before', between);

/**
 * Waits until a page save is blocked on the response's lock (PostgreSQL), or has at least been
 * started and queued for the embedded database's one connection (PGlite).
 */
async function saveWaitingForLock(t: TestApp, engine: Engine): Promise<void> {
  if (engine === 'pglite') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  for (let i = 0; i < 200; i++) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'
        and query like '%credmap_save_page%'`.execute(t.store.db);
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the page save never waited for the lock');
}

describe.each(engines())('two requests for one response at once, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('does not send answers a page saved in another tab has made incomplete', async () => {
    const b = await onCheckPage(t);
    const totalsBefore = await t.store.db.selectFrom('running_total').selectAll().execute();
    const csrf = b.csrf();
    let saved: Reply | undefined;
    // The other tab says "yes, I hold one" after "Send" has read the answers, before it sends them.
    const ran = interleave(t, 'before', async () => {
      saved = await b.post(`${base}/p/p_holds`, { _csrf: csrf, holds: 'yes' });
    });
    const send = await b.post(`${base}/check`, { _csrf: csrf });
    expect(ran.between).toBe(true);
    expect(saved?.status).toBe(303);
    expect(saved?.location).toBe(`${base}/r/mc/1/p_mc_basic`);
    // Not sent: at least one microcredential must be described first, and "Send" says where.
    expect(send.status).toBe(303);
    expect(send.location).toBe(`${base}/r/mc/1/p_mc_basic`);
    const now = await stored(t, b);
    expect(now.response?.completed_at).toBeNull();
    expect(now.response?.receipt).toBeNull();
    expect(now.answer('holds')?.value).toBe('yes');
    // Nothing counted: the running totals are as they were before "Send".
    expect(await t.store.db.selectFrom('running_total').selectAll().execute()).toEqual(totalsBefore);

    // The respondent goes on, describes one, and sends: now the reason not to hold one stops counting.
    await b.get(`${base}/r/mc/1/p_mc_basic`);
    await b.post(`${base}/r/mc/1/p_mc_basic`, {
      mc_title: 'Data literacy',
      'mc_issued.day': '1',
      'mc_issued.month': '1',
      'mc_issued.year': '2020',
    });
    await b.post(`${base}/r/mc/1/p_mc_hours`, { mc_hours: '10' });
    await b.post(`${base}/r/mc/1/p_mc_useful`, { mc_useful: '4' });
    await b.post(`${base}/r/mc`, { addAnother: 'no' });
    expect((await b.post(`${base}/check`)).location).toBe(`${base}/done`);
    const done = await stored(t, b);
    expect(done.response?.completed_at).not.toBeNull();
    expect(done.answer('why_not')?.counted).toBe(false);
    expect(done.answer('holds')?.counted).toBe(true);
  });

  it('refuses a page saved in another tab while "Send" holds the response: it was sent as it stood', async () => {
    const b = await onCheckPage(t);
    const csrf = b.csrf();
    let save: Promise<Reply> | undefined;
    const ran = interleave(t, 'locked', async () => {
      save = b.post(`${base}/p/p_holds`, { _csrf: csrf, holds: 'yes' });
      await saveWaitingForLock(t, engine);
    });
    const send = await b.post(`${base}/check`, { _csrf: csrf });
    expect(ran.between).toBe(true);
    expect(send.location).toBe(`${base}/done`);
    const saved = await save!;
    expect(saved.status).toBe(409);
    expect(saved.html).toContain('Your answers have already been sent');
    const now = await stored(t, b);
    expect(now.response?.completed_at).not.toBeNull();
    expect(now.answer('holds')?.value).toBe('no');
    expect(now.answer('why_not')?.counted).toBe(true);
  });

  it.each<{ name: string; request: (b: Browser) => Promise<Reply>; hook: typeof interleaveBefore }>([
    {
      name: 'a page saved',
      request: (b) => b.post(`${base}/p/p_age`, { age: '31' }),
      hook: beforeNextPageWrite,
    },
    { name: '"Send"', request: (b) => b.post(`${base}/check`), hook: interleaveBefore },
  ])(
    'sends the respondent to the start after $name while another tab withdrew consent, not to "already sent"',
    async ({ request, hook }) => {
      const b = await onCheckPage(t);
      const tab = otherTab(t, b);
      const ran = hook(t, async () => {
        const declined = await tab.post(`${base}/p/p_consent`, { _csrf: b.csrf(), consent: 'no' });
        expect(declined.html).toContain('You have chosen not to take part');
      });
      const reply = await request(b);
      expect(ran.between).toBe(true);
      expect((await stored(t, b)).response).toBeUndefined();
      expect(reply.status).toBe(303);
      expect(reply.location).toBe(base);
      const start = await b.follow(reply);
      expect(start.status).toBe(200);
      expect(start.html).toContain(`href="${base}/p/p_consent"`);
    },
  );

  it('withdraws consent in two tabs at once: both are told nothing is stored', async () => {
    const b = await onCheckPage(t);
    const tab = otherTab(t, b);
    const ran = interleaveBefore(t, async () => {
      const declined = await tab.post(`${base}/p/p_consent`, { _csrf: b.csrf(), consent: 'no' });
      expect(declined.html).toContain('You have chosen not to take part');
    });
    const reply = await b.post(`${base}/p/p_consent`, { consent: 'no' });
    expect(ran.between).toBe(true);
    expect(reply.status).toBe(200);
    expect(reply.html).toContain('You have chosen not to take part');
  });
});
