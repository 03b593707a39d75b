import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues, fill, formatIsoDate } from '../../src/i18n/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

/** Text of a page without tags, entities decoded, spaces collapsed. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe.each(engines())('the specific privacy statement on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'] as const)(
    'says in %s what Article 15 of Regulation (EU) 2018/1725 requires',
    async (lang) => {
      const [demo] = (await readStudies('questionnaires')).filter((s) => s.study.slug === 'demo');
      const sps = demo!.study.privacy;
      const m = catalogues[lang];
      const reply = await new Browser(t.app).get(`/${lang}/s/demo/privacy`);
      expect(reply.status).toBe(200);
      const page = plain(reply.html);
      const expected = [
        m['privacy.title'],
        fill(m['privacy.updated'], { date: formatIsoDate(lang, sps.lastUpdated) }),
        sps.processingOperation[lang]!,
        // The controller and the data protection officer, with their addresses.
        sps.controller.name[lang]!,
        'privacy@credmap.example',
        'dpo@credmap.example',
        m['privacy.contact.dpo'],
        // Purposes and legal basis, recipients, transfers.
        sps.purpose![lang]!,
        m['privacy.legalBasis.default'],
        m['privacy.transfers.default'],
        fill(m['privacy.recipients.default'], { controller: sps.controller.name[lang]! }),
        // Storage (the demo words its own), rights and how to use them, consent withdrawn, complaint.
        sps.retention![lang]!,
        fill(m['privacy.rights.default'], { email: 'privacy@credmap.example' }),
        m['privacy.voluntary.default'],
        m['privacy.automatedDecisions.default'],
        m['privacy.contact.edps'],
        'edps@edps.europa.eu',
        m['privacy.contact.complaint'],
      ];
      expect(expected.filter((text) => !page.includes(plain(text)))).toEqual([]);
      // A section the study words itself replaces the default.
      expect(page).not.toContain(
        plain(fill(m['privacy.retention.default'], { months: sps.retentionMonths })),
      );
      expect((reply.html.match(/<h2>/g) ?? []).length).toBe(12);
    },
  );
});
