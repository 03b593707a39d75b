import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../src/mail/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { smtpServer } from '../support/smtp.ts';

const base = '/en/s/demo/demo';

describe.each(engines())('resume link by e-mail on %s', (engine) => {
  const smtp = smtpServer();
  const log: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const port = await smtp.listen();
    t = await testApp(engine, {
      mailer: createSmtpMailer(`smtp://127.0.0.1:${port}`, 'credmap <no-reply@credmap.test>'),
      log: { write: (line) => log.push(line) },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.close();
  });

  it('sends the link to the address typed, and keeps the address nowhere', async () => {
    const b = new Browser(t.app);
    await b.get(base);
    await b.get(`${base}/p/p_consent`);
    await b.post(`${base}/p/p_consent`, { consent: 'yes', _action: 'save' });
    const save = await b.get(`${base}/save`);
    expect(save.html).toContain('Send me the link by e-mail');
    const code = save.html.match(/([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/)?.[1];

    const wrong = await b.post(`${base}/save/email`, { email: 'not an address' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('Enter an e-mail address');

    const sent = await b.post(`${base}/save/email`, { email: 'respondent@example.org' });
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('We have sent the link');
    expect(smtp.received).toHaveLength(1);
    const message = smtp.received[0]!;
    expect(message.to).toEqual(['respondent@example.org']);
    const body = message.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(body).toContain(`http://127.0.0.1:3000${base}/resume?code=${encodeURIComponent(code!)}`);

    // The link opens the response in a browser that has never seen it.
    const link = body.match(/(\/en\/s\/demo\/demo\/resume\?code=[^\s]+)/)?.[1];
    const other = new Browser(t.app);
    const opened = await other.get(link!);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`${base}/p/p_role`);

    const everything = await sql<{ dump: string }>`
      select coalesce(string_agg(t::text, ' '), '') as dump from (
        select row_to_json(r)::text as t from response r
        union all select row_to_json(a)::text from answer a
        union all select row_to_json(p)::text from page_time p
        union all select row_to_json(s)::text from setting s) x`.execute(t.store.db);
    expect(everything.rows[0]?.dump).not.toContain('respondent@example.org');
    expect(log.join('\n')).not.toContain('respondent@example.org');
  });

  it('gives the closing date when there is one, and leaves the sentence out when there is none', async () => {
    const sendLink = async () => {
      const b = new Browser(t.app);
      await b.get(base);
      await b.get(`${base}/p/p_consent`);
      await b.post(`${base}/p/p_consent`, { consent: 'yes', _action: 'save' });
      await b.get(`${base}/save`);
      expect((await b.post(`${base}/save/email`, { email: 'respondent@example.org' })).status).toBe(200);
      return quotedPrintableText(smtp.received.at(-1)!.raw);
    };
    const closes = (at: string | null) =>
      sql`update questionnaire set closes_at = ${at} where slug = 'demo'`.execute(t.store.db);
    await closes('2099-12-31T12:00:00Z');
    expect(await sendLink()).toMatch(
      /\r?\n\r?\nYou can continue until December 31, 2099[^.]*\. Anyone with this link/,
    );
    await closes(null);
    const open = await sendLink();
    expect(open).not.toContain('continue until');
    expect(open).toMatch(/resume\?code=[^\s]+\r?\n\r?\nAnyone with this link can see your answers/);
  });
});

/** The text of a quoted-printable message body (RFC 2045, section 6.7), UTF-8. */
function quotedPrintableText(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes = Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  );
  return bytes.toString('utf8');
}
