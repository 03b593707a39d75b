import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerOptions } from '../../src/distribution/index.ts';
import { backoffMs, mailAttempts, runDueJobs, scheduleReminders } from '../../src/distribution/index.ts';
import { createSmtpMailer } from '../../src/mail/index.ts';
import { givenUpMails, setSchedule } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, questionnaireId, testApp, testSecret } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';
import { bodyOf, smtpServer } from '../support/smtp.ts';

/** Posts a file as the console's upload form does. */
async function upload(
  browser: Browser,
  t: TestApp,
  path: string,
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
) {
  const form = new FormData();
  form.append('_csrf', browser.csrf());
  form.append('file', new File([content], name));
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return { status: res.status, html: await res.text() };
}

const linkIn = (raw: string, kind: 'i' | 'unsubscribe') => {
  const body = bodyOf(raw);
  const match =
    kind === 'i'
      ? body.match(/http:\/\/127\.0\.0\.1:3000(\/[a-z]{2}\/s\/demo\/demo\/i\/[A-Za-z0-9_-]{32})/)
      : body.match(/http:\/\/127\.0\.0\.1:3000(\/[a-z]{2}\/unsubscribe\/[A-Za-z0-9_-]{32})/);
  if (match === null) throw new Error(`no ${kind} link in\n${body}`);
  return match[1]!;
};

describe.each(engines())('invitations and reminders on %s', (engine) => {
  const smtp = smtpServer();
  const log: string[] = [];
  let t: TestApp;
  let worker: WorkerOptions;
  beforeAll(async () => {
    const port = await smtp.listen();
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'credmap <no-reply@credmap.test>');
    t = await testApp(engine, { mailer, log: { write: (line) => log.push(line) } });
    worker = {
      store: t.store,
      mailer,
      secret: testSecret,
      publicUrl: 'http://127.0.0.1:3000',
      logger: pino({ level: 'debug' }, { write: (line: string) => log.push(line) }),
      now: () => t.clock.now,
      mailsPerMinute: 100,
    };
  });
  afterAll(async () => {
    await t?.close();
    await smtp.close();
  });

  /**
   * Runs the queued mail through an outage: the first attempt and the one after the 30 s backoff
   * fail, the third, a minute later, finds the server back; nothing is due an hour after.
   */
  const throughOutage = async () => {
    smtp.state.down = true;
    expect(await runDueJobs(worker)).toBe(1);
    // Not due again until the backoff has passed.
    expect(await runDueJobs(worker)).toBe(0);
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect(await runDueJobs(worker)).toBe(1);
    smtp.state.down = false;
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    expect(await runDueJobs(worker)).toBe(1);
    t.clock.now = new Date(t.clock.now.getTime() + 3600_000);
    expect(await runDueJobs(worker)).toBe(0);
  };

  /** The mail of one kind to one contact, as the message log records each attempt. */
  const attemptsOf = async (email: string, kind: string) =>
    (
      await t.store.db
        .selectFrom('message as m')
        .innerJoin('contact as c', 'c.id', 'm.contact_id')
        .select(['m.status', 'm.attempt', 'm.error'])
        .where('c.email', '=', email)
        .where('m.kind', '=', kind)
        .orderBy('m.id')
        .execute()
    ).map((r) => [r.status, r.attempt]);

  it('imports a contact list only when every row is right, and says which rows are not', async () => {
    await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    const bad = await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'contacts.csv',
      'email;language;instrument;country\nana@example.org;en;demo;PT\nnot-an-address;en;demo;\nbo@example.org;xx;demo;\ncy@example.org;en;other;\nana@example.org;fi;demo;FI\n',
    );
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('Row 3 email: &quot;not-an-address&quot; is not an e-mail address.');
    expect(bad.html).toContain('Row 4 language: The questionnaire is not offered in &quot;xx&quot;.');
    expect(bad.html).toContain('Row 5 instrument: The study has no questionnaire &quot;other&quot;.');
    expect(bad.html).toContain(
      'Row 6 email: The same address for the same questionnaire is already on row 2.',
    );
    expect(await t.store.db.selectFrom('contact').select('id').execute()).toHaveLength(0);

    const good = await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'contacts.csv',
      'Email,Language,Instrument,Country\nana@example.org,en,demo,PT\n"bo@example.org",fi,demo,FI\ncy@example.org,de,demo,\n',
    );
    expect(good.status).toBe(200);
    expect(good.html).toContain('Contacts added: 3. Already on the list: 0.');
    const again = await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'more.csv',
      'email,language,instrument\nana@example.org,en,demo\n',
    );
    expect(again.html).toContain('Contacts added: 0. Already on the list: 1.');
  });

  it('sends each contact one invitation in their language, with a personal and an unsubscribe link', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    const queued = await owner.post('/console/s/demo/distribution/invite/demo', {});
    expect(queued.html).toContain('Invitations queued: 3.');
    expect(await runDueJobs(worker)).toBe(3);
    // Sending again queues nothing: each contact has one invitation.
    await owner.get('/console/s/demo/distribution');
    expect((await owner.post('/console/s/demo/distribution/invite/demo', {})).html).toContain(
      'Invitations queued: 0.',
    );
    expect(await runDueJobs(worker)).toBe(0);

    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([
      'ana@example.org',
      'bo@example.org',
      'cy@example.org',
    ]);
    const toBo = smtp.received.find((m) => m.to[0] === 'bo@example.org')!;
    expect(toBo.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Kutsu_kyselyyn/m);
    expect(linkIn(toBo.raw, 'i')).toMatch(/^\/fi\/s\/demo\/demo\/i\//);
    expect(toBo.raw).toMatch(
      /^List-Unsubscribe:\s+<http:\/\/127\.0\.0\.1:3000\/fi\/unsubscribe\/[A-Za-z0-9_-]{32}>/m,
    );
    expect(toBo.raw).toMatch(/^List-Unsubscribe-Post:\s+List-Unsubscribe=One-Click/m);
    expect(toBo.raw).toMatch(/^Content-Language: fi\r?$/m);
    const toCy = smtp.received.find((m) => m.to[0] === 'cy@example.org')!;
    expect(bodyOf(toCy.raw)).toContain('wir laden Sie ein, den Fragebogen');
  });

  it('lets an invited person answer once; completing leaves no link between them and their answers', async () => {
    const toAna = smtp.received.find((m) => m.to[0] === 'ana@example.org')!;
    const personal = linkIn(toAna.raw, 'i');
    const ana = new Browser(t.app);
    const first = await ana.get(personal);
    expect(first.status).toBe(303);
    expect(first.location).toBe('/en/s/demo/demo');
    await completeDemo(ana, await demoModel(), 4242);
    const contact = await t.store.db
      .selectFrom('contact')
      .selectAll()
      .where('email', '=', 'ana@example.org')
      .executeTakeFirstOrThrow();
    expect(contact.completed_on).toBe('2026-11-23');
    // Nor a time to join on: the start was the response's own, to the millisecond.
    expect(contact.started_at).toBeNull();
    const responses = await t.store.db.selectFrom('response').selectAll().execute();
    expect(responses.filter((r) => r.contact_id !== null)).toHaveLength(0);
    const counts = await (await signIn(t, 'owner@example.org')).get('/console/s/demo/distribution');
    // Counted as started all the same.
    expect(counts.html).toMatch(
      /<th scope="row">demo<\/th><td class="numeric">3<\/td><td class="numeric">3<\/td><td class="numeric">1<\/td><td class="numeric">1<\/td>/,
    );
    // The link is spent.
    const used = await new Browser(t.app).get(personal);
    expect(used.html).toContain('This invitation has been used');
    expect((await new Browser(t.app).get('/en/s/demo/demo/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(
      404,
    );
  });

  it('unsubscribes with the link from the e-mail (the link itself changes nothing, the button does)', async () => {
    const toBo = smtp.received.find((m) => m.to[0] === 'bo@example.org')!;
    const path = linkIn(toBo.raw, 'unsubscribe');
    const bo = new Browser(t.app);
    const page = await bo.get(path);
    expect(page.html).toContain('Lopeta tätä kyselyä koskevat sähköpostit');
    // In a language the pages are not written in, there is no such page, and the button does nothing.
    const elsewhere = path.replace(/^\/fi\//, '/xx/');
    expect((await bo.get(elsewhere)).status).toBe(404);
    expect((await t.app.request(`http://127.0.0.1:3000${elsewhere}`, { method: 'POST' })).status).toBe(404);
    let row = await t.store.db
      .selectFrom('contact')
      .selectAll()
      .where('email', '=', 'bo@example.org')
      .executeTakeFirstOrThrow();
    expect(row.unsubscribed_at).toBeNull();
    // A mail program's one-click unsubscribe (RFC 8058).
    const oneClick = await t.app.request(`http://127.0.0.1:3000${path}`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    row = await t.store.db
      .selectFrom('contact')
      .selectAll()
      .where('email', '=', 'bo@example.org')
      .executeTakeFirstOrThrow();
    expect(row.unsubscribed_at).not.toBeNull();
  });

  it('reminds only those who have neither completed nor unsubscribed, once per planned day, retrying while the mail server is down', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    expect((await owner.post('/console/s/demo/distribution/reminders/demo', { days: 'a week' })).status).toBe(
      422,
    );
    expect((await owner.post('/console/s/demo/distribution/reminders/demo', { days: '7, 1' })).status).toBe(
      303,
    );
    const before = smtp.received.length;
    // The demo closes on 31 December 2027 at 23:59 (+01:00).
    t.clock.now = new Date('2027-12-20T10:00:00Z');
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(0);
    t.clock.now = new Date('2027-12-25T10:00:00Z');
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(1);
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(0);
    await runDueJobs(worker);
    const reminders = smtp.received.slice(before);
    expect(reminders.map((m) => m.to[0])).toEqual(['cy@example.org']);
    expect(bodyOf(reminders[0]!.raw)).toContain('Erinnerung');
    // The mail server is down for the day-1 run: retried with backoff, sent once when it is back.
    t.clock.now = new Date('2027-12-31T10:00:00Z');
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(1);
    await throughOutage();
    // Planned once: the planner running again during and after the outage adds nothing.
    expect(await scheduleReminders(t.store, t.clock.now)).toBe(0);
    expect(await runDueJobs(worker)).toBe(0);
    expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual(['cy@example.org', 'cy@example.org']);
    expect(await attemptsOf('cy@example.org', 'reminder')).toEqual([
      ['sent', 1],
      ['failed', 1],
      ['failed', 2],
      ['sent', 3],
    ]);
    // The study team sees each failed attempt and why.
    const later = await signIn(t, 'owner@example.org');
    const messages = await later.get('/console/s/demo/distribution/messages/demo');
    expect(messages.html.match(/451/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('retries with backoff while the mail server is down, records every failure, and sends once when it is back', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'late.csv',
      'email,language,instrument\ndee@example.org,en,demo\n',
    );
    await owner.get('/console/s/demo/distribution');
    await owner.post('/console/s/demo/distribution/invite/demo', {});
    const before = smtp.received.length;
    await throughOutage();
    expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual(['dee@example.org']);
    const record = await t.store.db
      .selectFrom('message as m')
      .innerJoin('contact as c', 'c.id', 'm.contact_id')
      .select(['m.status', 'm.attempt', 'm.error'])
      .where('c.email', '=', 'dee@example.org')
      .orderBy('m.id')
      .execute();
    expect(record.map((r) => [r.status, r.attempt])).toEqual([
      ['failed', 1],
      ['failed', 2],
      ['sent', 3],
    ]);
    expect(record[0]!.error).toMatch(/451/);
    const messages = await owner.get('/console/s/demo/distribution/messages/demo');
    expect(messages.html).toContain('dee@example.org');
    expect(messages.html).toContain('451');
  });

  it('does not try again an address the mail server refuses for good, and says so in the console', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'gone.csv',
      'email,language,instrument\ngone@example.org,de,demo\neve@example.org,en,demo\n',
    );
    smtp.state.refused.add('gone@example.org');
    await owner.get('/console/s/demo/distribution');
    await owner.post('/console/s/demo/distribution/invite/demo', {});
    const before = smtp.received.length;
    const logged = log.length;
    expect(await runDueJobs(worker)).toBe(2);
    // Sending the invitations again does not try the refused address again.
    await owner.get('/console/s/demo/distribution');
    expect((await owner.post('/console/s/demo/distribution/invite/demo', {})).html).toContain(
      'Invitations queued: 0.',
    );
    // Nothing is due later: the refused invitation is not queued again, however long one waits.
    for (const wait of [31_000, 3600_000, 7 * 24 * 3600_000]) {
      t.clock.now = new Date(t.clock.now.getTime() + wait);
      expect(await runDueJobs(worker)).toBe(0);
    }
    expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual(['eve@example.org']);
    expect(await attemptsOf('gone@example.org', 'invitation')).toEqual([['refused', 1]]);
    const job = await t.store.db
      .selectFrom('job')
      .select(['attempts', 'done_at', 'failed_at', 'last_error'])
      .where('unique_key', 'like', 'invitation:%')
      .where('last_error', 'like', '%550%')
      .execute();
    expect(job).toEqual([
      {
        attempts: 1,
        done_at: null,
        failed_at: expect.any(Date),
        last_error: expect.stringMatching(/No such user/),
      },
    ]);
    // Not invited: no reminder will be planned for the address.
    const gone = await t.store.db
      .selectFrom('contact')
      .select('invited_at')
      .where('email', '=', 'gone@example.org')
      .executeTakeFirstOrThrow();
    expect(gone.invited_at).toBeNull();
    // The log has the codes, not the server's words (which quote the address).
    const lines = log.slice(logged).filter((l) => l.includes('an e-mail could not be sent'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      smtp: { code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 },
      final: true,
    });
    // The study team sees the address and why, in the console's language (a week later: a new session).
    const later = await signIn(t, 'owner@example.org');
    const messages = await later.get('/console/s/demo/distribution/messages/demo');
    expect(messages.html).toMatch(
      /gone@example\.org<\/td><td>Invitation<\/td><td>Address refused by the mail server; not tried again<\/td><td class="numeric">1<\/td><td>[^<]*550/,
    );
    const summary = await later.get('/console/s/demo/distribution');
    // One e-mail given up, whatever the attempts before it (four failed attempts, all sent later).
    expect(summary.html).toMatch(/>\s*1\s*<span class="visually-hidden"> see the record of e-mails/);
  });

  /** Adds one contact to the demo questionnaire through the console, in English. */
  const addContact = async (owner: Browser, email: string) => {
    await owner.get('/console/s/demo/distribution');
    const added = await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'one.csv',
      `email,language,instrument\n${email},en,demo\n`,
    );
    expect(added.html).toContain('Contacts added: 1.');
  };
  const sendInvitations = async (owner: Browser) => {
    await owner.get('/console/s/demo/distribution');
    return (await owner.post('/console/s/demo/distribution/invite/demo', {})).html;
  };
  const demoId = () => questionnaireId(t.store, 'demo');
  const invitationJobOf = async (email: string) => {
    const contact = await t.store.db
      .selectFrom('contact')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return t.store.db
      .selectFrom('job')
      .select(['id', 'attempts', 'run_at', 'done_at', 'failed_at'])
      .where('unique_key', '=', `invitation:${contact.id}`)
      .executeTakeFirstOrThrow();
  };
  /** A questionnaire's opening and closing, to put back after a test has moved them. */
  const scheduleOf = (id: number) =>
    t.store.db
      .selectFrom('questionnaire')
      .select(['opens_at', 'closes_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const sentTo = (email: string) => smtp.received.filter((m) => m.to[0] === email).length;

  it('completes the invitation on whichever device the person finishes, and forgets the link', async () => {
    t.clock.now = new Date('2027-06-25T08:00:00Z');
    const team = await signIn(t, 'owner@example.org');
    await addContact(team, 'kim@example.org');
    expect(await sendInvitations(team)).toContain('Invitations queued: 1.');
    expect(await runDueJobs(worker)).toBe(1);
    const personal = linkIn(smtp.received.find((m) => m.to[0] === 'kim@example.org')!.raw, 'i');
    // Begun on the phone...
    const phone = new Browser(t.app);
    await phone.get(personal);
    await phone.get('/en/s/demo/demo/p/p_consent');
    expect(
      (await phone.post('/en/s/demo/demo/p/p_consent', { consent: 'yes', _ts: String(Date.now()) })).status,
    ).toBe(303);
    // ...finished on the laptop, from the same link.
    const laptop = new Browser(t.app);
    expect((await laptop.get(personal)).status).toBe(303);
    await completeDemo(laptop, await demoModel(), 77);
    const kim = await t.store.db
      .selectFrom('contact')
      .selectAll()
      .where('email', '=', 'kim@example.org')
      .executeTakeFirstOrThrow();
    expect(kim.completed_on).toBe('2027-06-25');
    expect(kim.started_at).toBeNull();
    // Only the phone's response, still in progress, knows the invitation.
    const linked = await t.store.db
      .selectFrom('response')
      .select(['completed_at'])
      .where('contact_id', '=', kim.id)
      .execute();
    expect(linked).toEqual([{ completed_at: null }]);
    expect((await new Browser(t.app).get(personal)).html).toContain('This invitation has been used');
  });

  it('keeps trying through a mail server down for most of a day, and sends what it gave up when asked again', async () => {
    t.clock.now = new Date('2027-06-01T08:00:00Z');
    const owner = await signIn(t, 'owner@example.org');
    await addContact(owner, 'fay@example.org');
    smtp.state.down = true;
    expect(await sendInvitations(owner)).toContain('Invitations queued: 1.');
    const first = t.clock.now.getTime();
    let attempts = 0;
    while ((await runDueJobs(worker)) === 1) {
      attempts++;
      // Not due again before its backoff.
      t.clock.now = new Date(t.clock.now.getTime() + backoffMs(attempts) - 1000);
      expect(await runDueJobs(worker)).toBe(0);
      t.clock.now = new Date(t.clock.now.getTime() + 1000);
    }
    expect(attempts).toBe(mailAttempts);
    // The last attempt came over 23 hours after the first.
    const last = await t.store.db
      .selectFrom('message as m')
      .innerJoin('contact as c', 'c.id', 'm.contact_id')
      .select((eb) => eb.fn.max('m.at').as('at'))
      .where('c.email', '=', 'fay@example.org')
      .executeTakeFirstOrThrow();
    expect(new Date(last.at).getTime() - first).toBeGreaterThan(23 * 3600_000);
    expect(await invitationJobOf('fay@example.org')).toMatchObject({
      attempts: 30,
      failed_at: expect.any(Date),
    });
    expect(sentTo('fay@example.org')).toBe(0);
    // Counted once as given up, not thirty times.
    const givenUp = await givenUpMails(t.store.db, await demoId());
    expect(givenUp).toBeGreaterThanOrEqual(1);
    // The server is back: the team sends the invitations again, and the one given up goes, once.
    smtp.state.down = false;
    const later = await signIn(t, 'owner@example.org');
    expect(await sendInvitations(later)).toContain('Invitations queued: 1.');
    expect(await givenUpMails(t.store.db, await demoId())).toBe(givenUp - 1);
    expect(await runDueJobs(worker)).toBe(1);
    expect(await sendInvitations(later)).toContain('Invitations queued: 0.');
    t.clock.now = new Date(t.clock.now.getTime() + 3600_000);
    expect(await runDueJobs(worker)).toBe(0);
    expect(sentTo('fay@example.org')).toBe(1);
    expect(await attemptsOf('fay@example.org', 'invitation')).toEqual([
      ...Array.from({ length: 30 }, (_, i) => ['failed', i + 1]),
      ['sent', 1],
    ]);
  });

  it('tries again an address refused for a reason of the sender’s (relaying denied, 5.7.1)', async () => {
    t.clock.now = new Date('2027-06-20T08:00:00Z');
    const owner = await signIn(t, 'owner@example.org');
    await addContact(owner, 'ida@example.org');
    smtp.state.blocked.add('ida@example.org');
    expect(await sendInvitations(owner)).toContain('Invitations queued: 1.');
    expect(await runDueJobs(worker)).toBe(1);
    smtp.state.blocked.delete('ida@example.org');
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect(await runDueJobs(worker)).toBe(1);
    expect(sentTo('ida@example.org')).toBe(1);
    expect(await attemptsOf('ida@example.org', 'invitation')).toEqual([
      ['failed', 1],
      ['sent', 2],
    ]);
  });

  it('sends nothing once the questionnaire has closed, and holds what comes before it opens', async () => {
    const id = await demoId();
    const schedule = await scheduleOf(id);
    t.clock.now = new Date('2027-07-01T08:00:00Z');
    const owner = await signIn(t, 'owner@example.org');
    // Queued while open, failed once, due again only after the closing date was moved earlier.
    await addContact(owner, 'gus@example.org');
    smtp.state.down = true;
    expect(await sendInvitations(owner)).toContain('Invitations queued: 1.');
    expect(await runDueJobs(worker)).toBe(1);
    smtp.state.down = false;
    await setSchedule(t.store.db, id, { opensAt: null, closesAt: new Date(t.clock.now.getTime() + 10_000) });
    t.clock.now = new Date(t.clock.now.getTime() + 31_000);
    expect(await runDueJobs(worker)).toBe(1);
    expect(sentTo('gus@example.org')).toBe(0);
    expect(await attemptsOf('gus@example.org', 'invitation')).toEqual([
      ['failed', 1],
      ['closed', 2],
    ]);
    // Closed: the console queues nothing and says why; so does the API.
    expect(await sendInvitations(owner)).toContain('The questionnaire has closed: no invitations are sent.');
    const messages = await owner.get('/console/s/demo/distribution/messages/demo');
    expect(messages.html).toContain('Not sent: the questionnaire had closed');
    // Reopened until later: what the closing stopped is queued again and goes once.
    await setSchedule(t.store.db, id, { opensAt: null, closesAt: new Date('2027-12-31T22:59:00Z') });
    expect(await sendInvitations(owner)).toContain('Invitations queued: 1.');
    expect(await runDueJobs(worker)).toBe(1);
    expect(sentTo('gus@example.org')).toBe(1);

    // Opening moved two days later: an invitation queued now waits for it, without using an attempt,
    // looked at again each hour; when the opening is brought forward, it goes at the next look.
    const opensAt = new Date(t.clock.now.getTime() + 2 * 24 * 3600_000);
    await setSchedule(t.store.db, id, { opensAt, closesAt: new Date('2027-12-31T22:59:00Z') });
    await addContact(owner, 'hal@example.org');
    expect(await sendInvitations(owner)).toContain('Invitations queued: 1.');
    for (let hour = 0; hour < 3; hour++) {
      expect(await runDueJobs(worker)).toBe(1);
      expect(sentTo('hal@example.org')).toBe(0);
      expect(await invitationJobOf('hal@example.org')).toMatchObject({
        attempts: 0,
        run_at: new Date(t.clock.now.getTime() + 3600_000),
        done_at: null,
      });
      t.clock.now = new Date(t.clock.now.getTime() + 3600_000 - 1000);
      expect(await runDueJobs(worker)).toBe(0);
      t.clock.now = new Date(t.clock.now.getTime() + 1000);
    }
    await setSchedule(t.store.db, id, {
      opensAt: new Date(t.clock.now.getTime() - 60_000),
      closesAt: new Date('2027-12-31T22:59:00Z'),
    });
    expect(await runDueJobs(worker)).toBe(1);
    expect(sentTo('hal@example.org')).toBe(1);
    expect(await attemptsOf('hal@example.org', 'invitation')).toEqual([['sent', 1]]);
    await setSchedule(t.store.db, id, { opensAt: schedule.opens_at, closesAt: schedule.closes_at });
  });

  it('counts against the mail rate only what it sends, not what it holds or stops', async () => {
    const id = await demoId();
    const schedule = await scheduleOf(id);
    // One e-mail a minute, and every step below in the same minute.
    const oneAMinute: WorkerOptions = { ...worker, mailsPerMinute: 1 };
    t.clock.now = new Date('2027-07-05T08:00:00Z');
    const owner = await signIn(t, 'owner@example.org');
    await addContact(owner, 'lou@example.org');
    await addContact(owner, 'max@example.org');
    // Held before the opening, then stopped by a closing: neither uses the minute's one e-mail.
    await setSchedule(t.store.db, id, { opensAt: new Date('2027-07-06T08:00:00Z'), closesAt: null });
    expect(await sendInvitations(owner)).toContain('Invitations queued: 2.');
    expect(await runDueJobs(oneAMinute)).toBe(2);
    await setSchedule(t.store.db, id, { opensAt: null, closesAt: new Date('2027-07-05T07:00:00Z') });
    // Both held until the next hour's look: brought to now.
    for (const email of ['lou@example.org', 'max@example.org']) {
      const held = await invitationJobOf(email);
      expect(held).toMatchObject({ attempts: 0, done_at: null });
      await t.store.db.updateTable('job').set({ run_at: t.clock.now }).where('id', '=', held.id).execute();
    }
    expect(await runDueJobs(oneAMinute)).toBe(2);
    expect(await attemptsOf('lou@example.org', 'invitation')).toEqual([['closed', 1]]);
    // Open again: the first invitation goes in this minute, the second waits for the next.
    await setSchedule(t.store.db, id, { opensAt: null, closesAt: new Date('2027-12-31T22:59:00Z') });
    expect(await sendInvitations(owner)).toContain('Invitations queued: 2.');
    expect(await runDueJobs(oneAMinute)).toBe(2);
    expect(sentTo('lou@example.org') + sentTo('max@example.org')).toBe(1);
    t.clock.now = new Date('2027-07-05T08:01:00Z');
    expect(await runDueJobs(oneAMinute)).toBe(1);
    expect(sentTo('lou@example.org') + sentTo('max@example.org')).toBe(2);
    await setSchedule(t.store.db, id, { opensAt: schedule.opens_at, closesAt: schedule.closes_at });
  });

  it('takes a contact list larger than a respondent form may be, and refuses one over the upload limit', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `participant.number.${i}@large-organisation.example.org,en,demo`,
    );
    const list = `email,language,instrument\n${rows.join('\n')}\n`;
    expect(list.length).toBeGreaterThan(256 * 1024);
    const big = await upload(owner, t, '/console/s/demo/distribution/contacts', 'big.csv', list);
    expect(big.status).toBe(200);
    expect(big.html).toContain('Contacts added: 10000.');
    const tooBig = await upload(
      owner,
      t,
      '/console/s/demo/distribution/contacts',
      'huge.csv',
      'x'.repeat(13 * 1024 * 1024),
    );
    expect(tooBig.status).toBe(413);
  });

  it('takes a list saved as "Unicode text", and tells how to save one in a legacy code page', async () => {
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/distribution');
    const path = '/console/s/demo/distribution/contacts';
    // Excel's "Unicode text": UTF-16LE after a byte order mark, tab-separated, CRLF.
    const unicode = Buffer.from(
      '\uFEFFemail\tlanguage\tinstrument\r\nzoë@example.org\ten\tdemo\r\n',
      'utf16le',
    );
    const read = await upload(owner, t, path, 'contacts.txt', new Uint8Array(unicode));
    expect(read.status).toBe(200);
    expect(read.html).toContain('Contacts added: 1.');
    // Excel's "CSV (Comma delimited)" on Windows: Windows-1252, refused rather than guessed.
    const legacy = Buffer.from('email,language,instrument\r\nzo\xeb2@example.org,en,demo\r\n', 'latin1');
    const refused = await upload(owner, t, path, 'contacts.csv', new Uint8Array(legacy));
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('save it as “CSV UTF-8” or as an Excel workbook (.xlsx)');
  });

  it('writes no e-mail address to the logs', () => {
    const all = log.join('\n');
    expect(all.length).toBeGreaterThan(0);
    for (const address of [
      'ida@example.org',
      'fay@example.org',
      'gus@example.org',
      'hal@example.org',
      'gone@example.org',
      'eve@example.org',
      'ana@example.org',
      'bo@example.org',
      'cy@example.org',
      'dee@example.org',
      'owner@example.org',
      'kim@example.org',
    ])
      expect(all).not.toContain(address);
  });

  it('writes no personal link’s token to the logs, though it logs the requests that used them', () => {
    const all = log.join('\n');
    const tokens = smtp.received.flatMap((m) =>
      [...bodyOf(m.raw).matchAll(/\/(?:i|unsubscribe)\/([A-Za-z0-9_-]{32})/g)].map((t) => t[1]!),
    );
    expect(tokens.length).toBeGreaterThan(10);
    for (const token of new Set(tokens)) expect(all).not.toContain(token);
    expect(all).toContain('"path":"/en/s/demo/demo/i/…"');
    expect(all).toContain('/unsubscribe/…"');
  });
});
