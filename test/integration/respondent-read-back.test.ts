import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

/**
 * What respondents read back of their own answers and how their errors are marked: "check your
 * answers" and piped answers in the page's language, piped answers that cannot turn the interface
 * text around them, aria-invalid on every control with an error, and the language switcher.
 */
const demo = (lang: string) => `/${lang}/s/demo/demo`;

const FSI = '\u2068';
const PDI = '\u2069';

/** The text of an element's opening tag with this attribute, e.g. `<input … id="f-age" …>`. */
function tag(html: string, attribute: string): string {
  const found = new RegExp(`<(?:input|select|textarea)\\b[^>]*\\b${attribute}[^>]*>`).exec(html)?.[0];
  if (found === undefined) throw new Error(`no control with ${attribute}`);
  return found;
}

function tags(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`<(?:input|select|textarea)\\b[^>]*\\b${attribute}[^>]*>`, 'g'))].map(
    (m) => m[0],
  );
}

const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

/** From the landing page to the first page of the first microcredential. */
async function toFirstItem(b: Browser, lang: string) {
  const at = demo(lang);
  await b.get(at);
  await b.get(`${at}/p/p_consent`);
  await b.post(`${at}/p/p_consent`, { consent: 'yes', _ts: String(Date.now()) });
  await b.post(`${at}/p/p_role`, { role: 'employee' });
  await b.post(`${at}/p/p_country`, { country: 'FI' });
  await b.post(`${at}/p/p_age`, { age: '42' });
  await b.post(`${at}/p/p_heard`, { heard: ['badges'] });
  const holds = await b.post(`${at}/p/p_holds`, { holds: 'yes' });
  expect(holds.location).toBe(`${at}/r/mc/1/p_mc_basic`);
}

/** To "check your answers" with one microcredential: its title, issue date and hours as given. */
async function toCheck(
  b: Browser,
  lang: string,
  item: { title: string; day: string; month: string; year: string; hours: string },
) {
  const at = demo(lang);
  await toFirstItem(b, lang);
  await b.post(`${at}/r/mc/1/p_mc_basic`, {
    mc_title: item.title,
    'mc_issued.day': item.day,
    'mc_issued.month': item.month,
    'mc_issued.year': item.year,
  });
  expect((await b.post(`${at}/r/mc/1/p_mc_hours`, { mc_hours: item.hours })).status).toBe(303);
  await b.post(`${at}/r/mc/1/p_mc_useful`, { mc_useful: '4' });
  await b.post(`${at}/r/mc`, { addAnother: 'no' });
  await b.post(`${at}/p/p_trust`, {
    'trust.assessed': '4',
    'trust.quality': '3',
    'trust.stackable': '4',
    'trust.employers': '4',
  });
  await b.post(`${at}/p/p_reasons`, {
    'reasons.career': '1',
    'reasons.job': '3',
    'reasons.interest': '2',
    'reasons.employer': '4',
  });
  const last = await b.post(`${at}/p/p_comments`, {});
  expect(last.location).toBe(`${at}/check`);
  return b.get(`${at}/check`);
}

/** An answer as "check your answers" shows it, next to its question. */
const answerAfter = (html: string, label: string) =>
  new RegExp(`<dt>[^<]*${label}[^<]*</dt><dd class="answer">([^<]*)</dd>`).exec(html)?.[1];

describe.each(engines())('answers read back and errors marked, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    // 2,125 hours in German is two and a bit: shown with a dot, a German reader reads 2125.
    ['de', '2,125', '2,125 Stunden', '3. April 2024', 'Wann wurde'],
    ['en', '2.125', '2.125 hours', 'April 3, 2024', 'When was'],
    ['fr', '1234,5', '1234,5 heures', '3 avril 2024', 'Quand'],
  ])(
    'shows numbers and dates on "check your answers" as %s writes them',
    async (lang, typed, hours, date, issued) => {
      const b = new Browser(t.app);
      const check = await toCheck(b, lang, {
        title: 'Data',
        day: '3',
        month: '4',
        year: '2024',
        hours: typed,
      });
      expect(check.status).toBe(200);
      const html = check.html.replace(/\u00a0|\u202f/g, ' ');
      expect(html).toContain(`<dd class="answer">${hours}</dd>`);
      expect(answerAfter(html, issued)).toBe(date);
      expect(html).not.toContain('2024-04-03');
      // The form field shows the saved number as the check page does.
      const form = await b.get(`${demo(lang)}/r/mc/1/p_mc_hours`);
      expect(tag(form.html, 'name="mc_hours"')).toContain(`value="${typed}"`);
    },
  );

  it('isolates a piped answer so that its bidi controls cannot reverse the text around it', async () => {
    const b = new Browser(t.app);
    const at = demo('en');
    await toFirstItem(b, 'en');
    const evil = 'x\u202Eevil\u2069\u202E more\u2029\u202Eend';
    await b.post(`${at}/r/mc/1/p_mc_basic`, { mc_title: evil });
    const hours = await b.get(`${at}/r/mc/1/p_mc_hours`);
    // Isolated in the label and the <title>, its own controls dropped: the PDI in it would close the
    // isolate early, the paragraph separator end it, and the overrides after either reverse the rest.
    const shown = `${FSI}xevil more end${PDI}`;
    expect(hours.html).toContain(`<label for="f-mc_hours">How many hours of learning did “${shown}” take?`);
    expect(title(hours.html)).toContain(`“${shown}”`);
    expect(hours.html).not.toMatch(/[\u202A-\u202E\u2029]/);
    await b.post(`${at}/r/mc/1/p_mc_hours`, {});
    await b.post(`${at}/r/mc/1/p_mc_useful`, {});
    // The item's label in the summary and in its "Change" and "Remove" links.
    const summary = await b.get(`${at}/r/mc`);
    expect(summary.html).toContain(`<span class="item-label">${shown}</span>`);
    expect(summary.html).toContain(`<span class="visually-hidden"> ${shown}</span>`);
    expect(summary.html).not.toMatch(/[\u202A-\u202E\u2029]/);
    const remove = await b.get(`${at}/r/mc/1/remove`);
    expect(title(remove.html)).toContain(shown);
    expect(remove.html).not.toMatch(/[\u202A-\u202E\u2029]/);
  });

  it('marks every control with an error aria-invalid, and describes each part of a date by its error', async () => {
    const b = new Browser(t.app);
    const at = demo('en');
    await b.get(at);
    await b.get(`${at}/p/p_consent`);
    const consent = await b.post(`${at}/p/p_consent`, { _ts: String(Date.now()) });
    expect(consent.status).toBe(422);
    expect(tags(consent.html, 'name="consent"')).toHaveLength(2);
    for (const radio of tags(consent.html, 'name="consent"')) expect(radio).toContain('aria-invalid="true"');
    await b.post(`${at}/p/p_consent`, { consent: 'yes', _ts: String(Date.now()) });

    const role = await b.post(`${at}/p/p_role`, {});
    expect(role.status).toBe(422);
    for (const radio of tags(role.html, 'name="role"')) expect(radio).toContain('aria-invalid="true"');
    expect(tag(role.html, 'name="role.other"')).not.toContain('aria-invalid');
    const other = await b.post(`${at}/p/p_role`, { role: 'other' });
    expect(other.status).toBe(422);
    expect(tag(other.html, 'name="role.other"')).toContain('aria-invalid="true"');
    for (const radio of tags(other.html, 'name="role"')) expect(radio).not.toContain('aria-invalid');
    await b.post(`${at}/p/p_role`, { role: 'employee' });

    const country = await b.post(`${at}/p/p_country`, { country: 'XX' });
    expect(country.status).toBe(422);
    expect(tag(country.html, 'name="country"')).toContain('aria-invalid="true"');
    await b.post(`${at}/p/p_country`, { country: 'FI' });

    const age = await b.post(`${at}/p/p_age`, { age: 'many' });
    expect(age.status).toBe(422);
    expect(tag(age.html, 'name="age"')).toContain('aria-invalid="true"');
    await b.post(`${at}/p/p_age`, { age: '42' });
    const fine = await b.get(`${at}/p/p_age`);
    expect(tag(fine.html, 'name="age"')).not.toContain('aria-invalid');

    await b.post(`${at}/p/p_heard`, { heard: ['badges'] });
    await b.post(`${at}/p/p_holds`, { holds: 'yes' });
    const date = await b.post(`${at}/r/mc/1/p_mc_basic`, {
      mc_title: 'Data',
      'mc_issued.day': '31',
      'mc_issued.month': '2',
      'mc_issued.year': '2024',
    });
    expect(date.status).toBe(422);
    const parts = tags(date.html, 'name="mc_issued\\.(?:day|month|year)"');
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      expect(part).toContain('aria-invalid="true"');
      expect(part).toMatch(/aria-describedby="[^"]*\bmc_issued-error\b/);
    }
    expect(date.html).toContain('id="mc_issued-error"');
    expect(tag(date.html, 'name="mc_title"')).not.toContain('aria-invalid');
  });

  it('marks the ranking, the matrix row and "add another" aria-invalid when they are wrong', async () => {
    const b = new Browser(t.app);
    const at = demo('en');
    await toFirstItem(b, 'en');
    await b.post(`${at}/r/mc/1/p_mc_basic`, { mc_title: 'Data' });
    await b.post(`${at}/r/mc/1/p_mc_hours`, {});
    await b.post(`${at}/r/mc/1/p_mc_useful`, {});
    const summary = await b.post(`${at}/r/mc`, {});
    expect(summary.status).toBe(422);
    for (const radio of tags(summary.html, 'name="addAnother"'))
      expect(radio).toContain('aria-invalid="true"');
    await b.post(`${at}/r/mc`, { addAnother: 'no' });
    const trust = await b.post(`${at}/p/p_trust`, {
      'trust.assessed': '4',
      'trust.stackable': '4',
      'trust.employers': '4',
    });
    expect(trust.status).toBe(422);
    for (const radio of tags(trust.html, 'name="trust\\.quality"'))
      expect(radio).toContain('aria-invalid="true"');
    for (const radio of tags(trust.html, 'name="trust\\.assessed"'))
      expect(radio).not.toContain('aria-invalid');
    await b.post(`${at}/p/p_trust`, {
      'trust.assessed': '4',
      'trust.quality': '3',
      'trust.stackable': '4',
      'trust.employers': '4',
    });
    const ranking = await b.post(`${at}/p/p_reasons`, { 'reasons.career': '1', 'reasons.job': '1' });
    expect(ranking.status).toBe(422);
    const selects = tags(ranking.html, 'name="reasons\\.[a-z]+"').filter((s) => s.startsWith('<select'));
    expect(selects.length).toBeGreaterThan(1);
    for (const select of selects) {
      expect(select).toContain('aria-invalid="true"');
      expect(select).toMatch(/aria-describedby="[^"]*\breasons-error\b/);
    }
  });

  it('marks the resume code aria-invalid when it is refused', async () => {
    const b = new Browser(t.app, { 'x-client': 'read-back' });
    const form = await b.get(`${demo('en')}/resume`);
    expect(tag(form.html, 'name="code"')).not.toContain('aria-invalid');
    const refused = await b.post(`${demo('en')}/resume`, { code: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(refused.status).toBe(422);
    expect(tag(refused.html, 'name="code"')).toContain('aria-invalid="true"');
  });

  it.each([
    ['en', 'Enter a number, like 12 or 7.5'],
    ['de', 'Geben Sie eine Zahl ein, zum Beispiel 12 oder 7,5'],
  ])('gives an example number with the decimal mark of %s', async (lang, message) => {
    const b = new Browser(t.app);
    const at = demo(lang);
    await toFirstItem(b, lang);
    await b.post(`${at}/r/mc/1/p_mc_basic`, { mc_title: 'Data' });
    const refused = await b.post(`${at}/r/mc/1/p_mc_hours`, { mc_hours: 'some' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(message);
  });

  it('keeps "from=check" in the language switcher, and nothing else of the query string', async () => {
    const b = new Browser(t.app);
    await toCheck(b, 'en', { title: 'Data', day: '3', month: '4', year: '2024', hours: '2' });
    const page = await b.get(`${demo('en')}/p/p_age?from=check`);
    expect(page.html).toContain(`href="${demo('de')}/p/p_age?from=check"`);
    const other = await b.get(`${demo('en')}/p/p_age?x=%22%3E%3Cscript%3E&from=check&next=//evil.example`);
    const switcher = /<nav class="languages"[\s\S]*?<\/nav>/.exec(other.html)?.[0] ?? '';
    const links = [...switcher.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(7);
    for (const link of links) expect(link).toMatch(/^\/[a-z]{2}\/s\/demo\/demo\/p\/p_age\?from=check$/);
    expect(other.html).not.toContain('evil.example');
    const plain = await b.get(`${demo('en')}/p/p_age?from=elsewhere`);
    expect(plain.html).toContain(`href="${demo('de')}/p/p_age"`);
    // Changing the answer in German leads back to "check your answers", in German.
    await b.get(`${demo('de')}/p/p_age?from=check`);
    const changed = await b.post(`${demo('de')}/p/p_age?from=check`, { age: '43' });
    expect(changed.location).toBe(`${demo('de')}/check`);
  });
});
