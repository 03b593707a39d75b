import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/mail/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { smtpServer } from '../support/smtp.ts';

const base = '/en/s/demo/demo';

/** A respondent who has consented and is on the "save and continue later" page. */
async function onSavePage(t: TestApp, lang = 'en'): Promise<Browser> {
  const b = new Browser(t.app);
  await b.get(`/${lang}/s/demo/demo/p/p_consent`);
  await b.post(`/${lang}/s/demo/demo/p/p_consent`, { consent: 'yes', _action: 'save' });
  expect((await b.get(`/${lang}/s/demo/demo/save`)).status).toBe(200);
  return b;
}

describe.each(engines())('a resume link to an address the mail server refuses, on %s', (engine) => {
  const smtp = smtpServer();
  let t: TestApp;
  const logged: string[] = [];
  let mailer: ReturnType<typeof createSmtpMailer>;
  beforeAll(async () => {
    const port = await smtp.listen();
    mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'credmap <no-reply@credmap.test>');
    t = await testApp(engine, { mailer, log: { write: (line) => logged.push(line) } });
  });
  // Each test in an hour of its own: the e-mail limit counts per client and per hour.
  beforeEach(() => {
    t.clock.now = new Date(t.clock.now.getTime() + 3_600_000);
  });
  afterAll(async () => {
    await t?.close();
    mailer?.close();
    await smtp.close();
  });

  it.each<{ name: string; email: string; lang: string; message: string }>([
    {
      name: 'a mailbox it does not know (550)',
      email: 'nobody@example.org',
      lang: 'en',
      message: 'Enter an e-mail address, like name@example.org',
    },
    {
      name: 'a mailbox it does not know, in Finnish',
      email: 'ei-ketaan@example.org',
      lang: 'fi',
      message: 'Kirjoita sähköpostiosoite, esimerkiksi name@example.org',
    },
  ])(
    'answers $name as the form answers a wrong address: 422, in the respondent language',
    async ({ email, lang, message }) => {
      smtp.state.refused.add(email);
      const b = await onSavePage(t, lang);
      const reply = await b.post(`/${lang}/s/demo/demo/save/email`, { email });
      expect(reply.status).toBe(422);
      expect(reply.html).toContain(`<html lang="${lang}">`);
      expect(reply.html).toContain('class="error-summary"');
      expect(reply.html).toContain(message);
      // The refusal is noted for the operator (a relay refusing everyone would look the same), by
      // its SMTP codes: never the address.
      const notes = logged.filter((line) => line.includes('address refused by the mail server'));
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.at(-1)).toContain('"responseCode":550');
      expect(logged.filter((line) => line.includes(email))).toEqual([]);
    },
  );

  it('counts a refused address towards the five e-mails an hour, so mailboxes cannot be probed', async () => {
    smtp.state.refused.add('nobody@example.org');
    const b = await onSavePage(t);
    for (let i = 0; i < 5; i++)
      expect((await b.post(`${base}/save/email`, { email: 'nobody@example.org' })).status).toBe(422);
    const before = smtp.received.length;
    const sixth = await b.post(`${base}/save/email`, { email: 'respondent@example.org' });
    expect(sixth.status).toBe(429);
    expect(smtp.received.length).toBe(before);
  });

  it('answers 503, not "wrong address", when the mail server refuses for a reason of its own (5.7.1)', async () => {
    smtp.state.blocked.add('blocked@example.org');
    const b = await onSavePage(t);
    const reply = await b.post(`${base}/save/email`, { email: 'blocked@example.org' });
    expect(reply.status).toBe(503);
    expect(reply.html).not.toContain('class="error-summary"');
  });

  it('sends no link once the questionnaire has closed, and says it has closed', async () => {
    const b = await onSavePage(t);
    const open = t.clock.now;
    const before = smtp.received.length;
    // The demo closes on 31 December 2027 at 23:59 (+01:00).
    t.clock.now = new Date('2028-01-01T12:00:00Z');
    try {
      const reply = await b.post(`${base}/save/email`, { email: 'late@example.org' });
      expect(reply.status).toBe(403);
      expect(reply.html).toContain('This questionnaire is closed');
      expect((await b.get(`${base}/save`)).html).toContain('This questionnaire is closed');
    } finally {
      t.clock.now = open;
    }
    expect(smtp.received.length).toBe(before);
  });

  it('still answers 503 when the mail server is down (a temporary refusal)', async () => {
    const b = await onSavePage(t);
    smtp.state.down = true;
    try {
      const reply = await b.post(`${base}/save/email`, { email: 'respondent@example.org' });
      expect(reply.status).toBe(503);
      expect(reply.headers.get('retry-after')).toBe('30');
    } finally {
      smtp.state.down = false;
    }
  });
});
