import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerOptions } from '../../src/distribution/index.ts';
import {
  addContacts,
  enqueueInvitations,
  runDueJobs,
  scheduleReminders,
} from '../../src/distribution/index.ts';
import { createSmtpMailer } from '../../src/mail/index.ts';
import { setReminderPlan, setSchedule } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { questionnaireId, testApp, testSecret } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { bodyOf, smtpServer } from '../support/smtp.ts';

const day = 24 * 3600_000;
// The demo closes on 31 December 2027 at 23:59 (+01:00).
const closes = new Date('2027-12-31T22:59:00Z');

describe.each(engines())('reminders on %s', (engine) => {
  const smtp = smtpServer();
  let t: TestApp;
  let worker: WorkerOptions;
  let demo: number;
  beforeAll(async () => {
    const port = await smtp.listen();
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'credmap <no-reply@credmap.test>');
    t = await testApp(engine, { mailer, now: new Date(closes.getTime() - 30 * day) });
    worker = {
      store: t.store,
      mailer,
      secret: testSecret,
      publicUrl: 'http://127.0.0.1:3000',
      logger: pino({ level: 'silent' }),
      now: () => t.clock.now,
      mailsPerMinute: 1000,
    };
    demo = await questionnaireId(t.store, 'demo');
    const lines = ['ann', 'ben', 'cat'].map((name, i) => ({
      row: i + 2,
      email: `${name}@example.org`,
      language: 'en',
      instrument: 'demo',
      country: null,
    }));
    await t.store.db
      .transaction()
      .execute((trx) => addContacts(trx, testSecret, new Map([['demo', demo]]), lines));
    expect(await enqueueInvitations(t.store, demo, t.clock.now)).toBe(3);
    expect(await runDueJobs(worker)).toBe(3);
  });
  afterAll(async () => {
    await t?.close();
    await smtp.close();
  });

  const remindersTo = (email: string) =>
    smtp.received.filter((m) => m.to[0] === email && bodyOf(m.raw).includes('reminder')).length;
  const lastJobId = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('job')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id,
    );

  it('sends one reminder, not two, when two planned days have come at once', async () => {
    await setReminderPlan(t.store.db, demo, [7, 3]);
    // Two days before closing: the 7-day and the 3-day reminders are both due.
    t.clock.now = new Date(closes.getTime() - 2 * day);
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(3);
    expect(await runDueJobs(worker)).toBe(3);
    for (const name of ['ann', 'ben', 'cat']) expect(remindersTo(`${name}@example.org`)).toBe(1);
    const keys = await t.store.db
      .selectFrom('job')
      .select('unique_key')
      .where('unique_key', 'like', 'reminder:%')
      .execute();
    expect(keys.every((k) => k.unique_key!.endsWith(':3'))).toBe(true);
  });

  it('queues nothing, and takes no job number, when it runs again and again', async () => {
    const before = await lastJobId();
    for (let i = 0; i < 5; i++) expect(await scheduleReminders(t.store, t.clock.now)).toBe(0);
    // An insert refused by the unique key would still have drawn from the job sequence.
    await t.store.db
      .transaction()
      .execute((trx) =>
        addContacts(trx, testSecret, new Map([['demo', demo]]), [
          { row: 2, email: 'dan@example.org', language: 'en', instrument: 'demo', country: null },
        ]),
      );
    expect(await enqueueInvitations(t.store, demo, t.clock.now)).toBe(1);
    expect(await lastJobId()).toBe(before + 1);
  });

  it('does not remind an address the mail server refused for good', async () => {
    smtp.state.refused.add('ben@example.org');
    await setReminderPlan(t.store.db, demo, [7, 3, 2]);
    t.clock.now = new Date(closes.getTime() - 2 * day + 3600_000);
    // ann, ben and cat; dan was invited just as the day came.
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(3);
    // The three reminders, and dan's invitation; ben's is refused.
    expect(await runDueJobs(worker)).toBe(4);
    expect(remindersTo('ben@example.org')).toBe(1);
    await setReminderPlan(t.store.db, demo, [7, 3, 2, 1]);
    t.clock.now = new Date(closes.getTime() - day + 3600_000);
    // ann, cat and dan: not ben.
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(3);
    expect(await runDueJobs(worker)).toBe(3);
    expect(remindersTo('ben@example.org')).toBe(1);
    expect(remindersTo('dan@example.org')).toBe(1);
  });

  it('writes who runs the study as a paragraph of its own, and no deadline when there is none', async () => {
    await setSchedule(t.store.db, demo, { opensAt: null, closesAt: null });
    await t.store.db
      .transaction()
      .execute((trx) =>
        addContacts(trx, testSecret, new Map([['demo', demo]]), [
          { row: 2, email: 'eva@example.org', language: 'en', instrument: 'demo', country: null },
        ]),
      );
    expect(await enqueueInvitations(t.store, demo, t.clock.now)).toBe(1);
    expect(await runDueJobs(worker)).toBe(1);
    const body = bodyOf(smtp.received.find((m) => m.to[0] === 'eva@example.org')!.raw);
    expect(body).toContain('It takes about 5 minutes.\r\n\r\nThis demonstration is run by the credmap team.');
    expect(body).not.toContain('until');
    expect(body).not.toContain('–');
    const earlier = bodyOf(smtp.received.find((m) => m.to[0] === 'ann@example.org')!.raw);
    expect(earlier).toContain('It takes about 5 minutes. You can answer until December 31, 2027');
  });
});
