/**
 * Two credmap processes on one PostgreSQL database lose and duplicate nothing. Both start at once
 * on a fresh database (migrations and study files race); respondents send every request to the
 * other process than the last, so neither may keep state the other needs; meanwhile an owner signs
 * in on one, uploads contacts and queues invitations through the console, and both processes'
 * workers compete for the jobs. Each process mails through its own loopback SMTP server, so every
 * message says which process sent it. Then: no acknowledged answer lost, no response made twice,
 * and every contact got exactly one invitation.
 *
 *   npx tsx bench/faults/two-processes.ts
 */

import { openStore } from '../../src/store/index.ts';
import { smtpServer } from '../../test/support/smtp.ts';
import type { HttpReply } from '../lib/http-respondent.ts';
import { HttpBrowser } from '../lib/http-respondent.ts';
import type { CredmapServer } from '../lib/server.ts';
import { freePort, runCredmap, startCredmap } from '../lib/server.ts';
import { demo, Ledger, verifyStored } from './support/ledger.ts';
import { createDatabase, sharedServer } from './support/postgres.ts';
import { runCheck } from './support/run.ts';

const respondents = Number(process.env.FAULTS_RESPONDENTS ?? 60);
const contacts = Number(process.env.FAULTS_CONTACTS ?? 200);
const seed = Number(process.env.FAULTS_SEED ?? Math.floor(Math.random() * 1_000_000));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expect(reply: HttpReply, status: number, what: string): HttpReply {
  if (reply.status !== status)
    throw new Error(`${what}: ${reply.status}, not ${status}\n${reply.html.slice(0, 500)}`);
  return reply;
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const { model, languages, today } = await demo();
  const database = await createDatabase();
  const mail = [smtpServer(), smtpServer()] as const;
  const servers: CredmapServer[] = [];
  console.log(
    `two-processes: ${respondents} respondents, ${contacts} contacts, seed ${seed}, database ${database.name} on ${sharedServer}`,
  );
  try {
    const smtpPorts = await Promise.all(mail.map((m) => m.listen()));
    const ports = await Promise.all([freePort(), freePort()]);
    servers.push(
      ...(await Promise.all(
        ports.map((port, n) =>
          startCredmap({
            PORT: String(port),
            DATABASE_URL: database.url,
            SMTP_URL: `smtp://127.0.0.1:${smtpPorts[n]}`,
            MAIL_RATE: '10000',
          }),
        ),
      )),
    );
    const origins = servers.map((s) => s.origin);
    const startedMs = performance.now() - t0;

    // Respondents: request n of a respondent goes to process (n + respondent) mod 2.
    const perProcess = [0, 0];
    const ledger = new Ledger();
    for (let i = 0; i < respondents; i++)
      ledger.respondent(
        {
          origin: (n) => {
            perProcess[(n + i) % 2]!++;
            return origins[(n + i) % 2]!;
          },
          model,
          today,
        },
        seed * 1000 + i,
        languages[i % languages.length]!,
      );
    const walking = Promise.all(ledger.records.map((r) => Ledger.walk(r)));

    // The owner: an account made by `credmap user add`, its password set through the printed link.
    const added = await runCredmap(['user', 'add', '--email', 'owner@example.org', '--role', 'owner'], {
      DATABASE_URL: database.url,
    });
    const link = added.stdout.match(/\/console\/link\/[A-Za-z0-9_-]+/)?.[0];
    if (link === undefined)
      throw new Error(`credmap user add printed no link:\n${added.stdout}${added.stderr}`);
    let hop = 0;
    const owner = new HttpBrowser({
      origin: () => origins[hop++ % 2]!,
      headers: { 'accept-language': 'en' },
    });
    expect(await owner.get(link), 200, 'the password link');
    expect(await owner.post(link, { password: 'a long enough passphrase' }), 303, 'setting the password');
    expect(await owner.get('/console/s/demo/distribution'), 200, 'the distribution page');
    const csv = [
      'email,language,instrument',
      ...Array.from(
        { length: contacts },
        (_, i) => `person${i}@example.org,${languages[i % languages.length]},demo`,
      ),
    ].join('\n');
    const uploaded = expect(
      await owner.upload('/console/s/demo/distribution/contacts', 'file', 'contacts.csv', csv),
      200,
      'the contact list',
    );
    if (!uploaded.html.includes(`Contacts added: ${contacts}.`))
      throw new Error('the contact list was not taken whole');
    const queued = expect(
      await owner.post('/console/s/demo/distribution/invite/demo'),
      200,
      'queueing invitations',
    );
    if (!queued.html.includes(`Invitations queued: ${contacts}.`))
      throw new Error('not every invitation was queued');
    const queuedAt = performance.now();

    // Sent once every contact has a message; then two more worker rounds, for any second copy.
    const received = () => mail[0].received.length + mail[1].received.length;
    while (received() < contacts && performance.now() - queuedAt < 120_000) await sleep(200);
    const sentMs = performance.now() - queuedAt;
    await sleep(5000);
    await walking;

    const problems: string[] = [];
    const byAddress = new Map<string, number[]>();
    mail.forEach((m, n) => {
      for (const message of m.received)
        for (const to of message.to) byAddress.set(to, [...(byAddress.get(to) ?? []), n]);
    });
    for (let i = 0; i < contacts; i++) {
      const senders = byAddress.get(`person${i}@example.org`) ?? [];
      if (senders.length !== 1)
        problems.push(
          `person${i}@example.org got ${senders.length} invitations (from processes ${senders.join(', ')})`,
        );
    }
    if (byAddress.size !== contacts)
      problems.push(`mail went to ${byAddress.size} addresses, not ${contacts}`);

    const store = await openStore({ databaseUrl: database.url });
    try {
      const jobs = await store.db
        .selectFrom('job')
        .select(['done_at', 'failed_at', 'attempts'])
        .where('kind', '=', 'mail')
        .execute();
      const done = jobs.filter((j) => j.done_at !== null).length;
      if (jobs.length !== contacts || done !== contacts)
        problems.push(`${jobs.length} mail jobs, ${done} done (expected ${contacts} done)`);
      const sent = await store.db
        .selectFrom('message')
        .select(['contact_id', 'status'])
        .where('kind', '=', 'invitation')
        .execute();
      const once = new Set(sent.filter((m) => m.status === 'sent').map((m) => m.contact_id));
      if (sent.length !== contacts || once.size !== contacts)
        problems.push(
          `${sent.length} invitation messages recorded for ${once.size} contacts (expected ${contacts})`,
        );
      const uninvited = await store.db
        .selectFrom('contact')
        .select('id')
        .where('invited_at', 'is', null)
        .execute();
      if (uninvited.length > 0) problems.push(`${uninvited.length} contacts are not marked invited`);
    } finally {
      await store.close();
    }

    const stored = await verifyStored({ databaseUrl: database.url }, ledger, model, today);
    problems.push(...stored.problems);
    for (const s of servers)
      if (s.hasExited()) problems.push(`the process on port ${s.port} exited:\n${s.output()}`);
    await Promise.all(servers.map((s) => s.stop()));

    console.log(
      [
        `both processes serving ${Math.round(startedMs)} ms after starting together`,
        `respondent requests per process: ${perProcess.join(' / ')}`,
        `respondents completed: ${ledger.records.filter((r) => r.completed).length}/${respondents}, acknowledged pages checked: ${stored.ackedPages}`,
        `responses in the database: ${stored.responses} (${stored.completed} completed)`,
        `invitations: ${received()} messages to ${byAddress.size} of ${contacts} contacts in ${Math.round(sentMs)} ms; sent by process 1: ${mail[0].received.length}, process 2: ${mail[1].received.length}`,
        `time: ${Math.round(performance.now() - t0)} ms`,
      ].join('\n'),
    );
    if (mail[0].received.length === 0 || mail[1].received.length === 0)
      console.log('note: one process sent every invitation; the workers did not meet this time');
    if (problems.length > 0) {
      console.error(`\nFAILED: ${problems.length} problems\n${problems.slice(0, 40).join('\n')}`);
      return 1;
    }
    console.log('OK: nothing lost or duplicated across two processes; one invitation per contact');
    return 0;
  } finally {
    for (const s of servers)
      if (!s.hasExited()) {
        await s.kill();
        if (s.output().trim() !== '')
          console.error(`output of the process on port ${s.port}:\n${s.output()}`);
      }
    await Promise.all(mail.map((m) => m.close()));
    await database.drop();
  }
}

runCheck(main);
