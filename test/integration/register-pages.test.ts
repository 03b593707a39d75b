import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/distribution/index.ts';
import { countryName, translator } from '../../src/i18n/index.ts';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import { createEntry, merge, parseSearch, publish, search, withdraw } from '../../src/register/index.ts';
import { exampleMicrocredential } from '../../src/register/model/example-record.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { careRecord, dataRecord } from '../support/register.ts';

const now = new Date('2026-11-23T10:00:00Z');
const { id: _exampleId, ...network } = exampleMicrocredential;

/** Texts of entries that are not public: none may ever reach a page. */
const secret = { pending: 'Secretly pending firewall course', withdrawn: 'Withdrawn firewall course' };

const care: MicrocredentialDraft = careRecord;

/** A title with a comma and quotes, and an awarding body a spreadsheet would run as a formula. */
const data: MicrocredentialDraft = {
  ...dataRecord,
  title: { en: 'Data quality, "hands-on"', fr: 'Œuvre des données' },
  awardingBodies: [{ name: { de: '=HYPERLINK("http://example.org","Beispiel")' } }],
};

const filler = (n: number): MicrocredentialDraft => ({
  title: { en: `Filler course ${String(n).padStart(2, '0')}` },
  issuerCountries: ['NL'],
  awardingBodies: [{ name: { nl: 'Voorbeeldschool' }, country: 'NL' }],
  workload: { ects: 1 },
  level: { eqf: '3' },
  participation: { form: 'onsite' },
});

const FILLERS = 22;

const idsOf = (html: string) =>
  [...html.matchAll(/class="register-result" data-id="([^"]+)"/g)].map((m) => m[1]);
const totalOf = (html: string) => Number(/id="results-heading" data-total="(\d+)"/.exec(html)?.[1]);
const hrefs = (html: string, cls: string) =>
  [...html.matchAll(new RegExp(`<a href="([^"]+)"[^>]*class="${cls}"`, 'g'))].map((m) =>
    m[1]!.replaceAll('&amp;', '&'),
  );
const decoded = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

describe.each(engines())('the public register pages on %s', (engine) => {
  let t: TestApp;
  let emptyPage: string;
  const ids: Record<string, string> = {};
  const get = (path: string) => t.app.request(`http://127.0.0.1:3000${path}`);
  const html = async (path: string, status = 200) => {
    const res = await get(path);
    expect(res.status, path).toBe(status);
    const text = await res.text();
    for (const words of Object.values(secret)) expect(text, path).not.toContain(words);
    return text;
  };
  const add = async (name: string, record: MicrocredentialDraft, at: Date) => {
    const { id } = await createEntry(t.store.db, { record, origin: 'console', now });
    await publish(t.store.db, id, at);
    ids[name] = id;
    return id;
  };

  beforeAll(async () => {
    t = await testApp(engine, { now });
    emptyPage = await (await get('/en/register')).text();
    const minute = (n: number) => new Date(now.getTime() + n * 60_000);
    await add('care', care, minute(1));
    await add(
      'network',
      {
        ...network,
        stackability: {
          option: 'stackable',
          partOf: [{ id: ids.care!, title: { en: 'Care' } }, ...(network.stackability?.partOf ?? [])],
        },
      },
      minute(2),
    );
    await add('data', data, minute(3));
    for (let n = 1; n <= FILLERS; n++) await add(`filler${n}`, filler(n), minute(3 + n));
    // Not public: waiting for review, withdrawn, merged.
    ids.pending = (
      await createEntry(t.store.db, {
        record: { ...network, title: { en: secret.pending } },
        origin: 'import',
        now,
      })
    ).id;
    const withdrawn = await add('withdrawn', { ...care, title: { en: secret.withdrawn } }, minute(40));
    await withdraw(t.store.db, withdrawn, minute(41));
    const duplicate = await add(
      'duplicate',
      { ...network, title: { en: 'Office network (duplicate)' } },
      minute(42),
    );
    await merge(t.store.db, duplicate, ids.network!, minute(43));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('says so when the register is empty, without a search form', () => {
    const en = translator('en');
    expect(emptyPage).toContain(en('register.results.empty'));
    expect(emptyPage).not.toContain('<form');
  });

  it('finds entries by words in any language, accents aside', async () => {
    for (const [query, expected] of [
      ['q=buronetz', ['network']],
      ['q=B%C3%9CRONETZWERK', ['network']],
      ['q=%C5%93uvre', ['data']],
      ['q=daily+care', ['care']],
      ['q=firewall', ['network']],
    ] as const) {
      const page = await html(`/en/register?${query}`);
      expect(idsOf(page), query).toEqual(expected.map((n) => ids[n]));
      expect(totalOf(page), query).toBe(expected.length);
    }
  });

  it.each(['en', 'de', 'fi'])(
    '%s: facets with counts, ticked values, filters in use and their links',
    async (lang) => {
      const t_ = translator(lang);
      const all = await html(`/${lang}/register`);
      expect(totalOf(all)).toBe(3 + FILLERS);
      expect(all).toContain(t_('register.results.count.other', { count: 3 + FILLERS }));
      // Country names in the reader's language, with how many entries each gives.
      const germany = countryName(lang, 'DE');
      expect(all).toContain(`${germany} <span class="count">(2)</span>`);
      expect(all).toContain(`${countryName(lang, 'NL')} <span class="count">(${FILLERS})</span>`);
      expect(all).toContain(`${t_('register.code.eqf.4')} <span class="count">(2)</span>`);
      expect(all).toContain(`${t_('register.code.field.09')} <span class="count">(1)</span>`);
      expect(all).toContain(`${t_('register.code.workload.over15')} <span class="count">(1)</span>`);
      for (const facet of ['country', 'eqf', 'field', 'workload', 'participation', 'assessment', 'quality'])
        expect(all, facet).toContain(`<fieldset class="facet" id="facet-${facet}"`);

      const filtered = await html(`/${lang}/register?country=FI&country=DE&eqf=4`);
      expect(idsOf(filtered).sort()).toEqual([ids.care, ids.network].sort());
      expect(filtered).toMatch(
        /<input type="checkbox" id="f-country-FI" name="country" value="FI" checked=""/,
      );
      expect(filtered).toMatch(/<input type="checkbox" id="f-eqf-4" name="eqf" value="4" checked=""/);
      // Each facet is counted with the other facets' filters: EQF levels within FI and DE.
      expect(filtered).toContain(`${t_('register.code.eqf.6')} <span class="count">(1)</span>`);
      expect(hrefs(filtered, 'remove-filter')).toEqual([
        `/${lang}/register?country=DE&eqf=4`,
        `/${lang}/register?country=FI&eqf=4`,
        `/${lang}/register?country=FI&country=DE`,
      ]);
      expect(filtered).toContain(`${t_('register.facet.country')}: ${germany}`);
      expect(filtered).toContain(
        `<a href="/${lang}/register" id="clear-all">${t_('register.active.clear')}</a>`,
      );
      // The language switcher keeps the search.
      expect(filtered).toContain(`href="/sl/register?country=FI&amp;country=DE&amp;eqf=4"`);
      // Downloads carry the same search.
      expect(filtered).toContain(`href="/${lang}/register/export.csv?country=FI&amp;country=DE&amp;eqf=4"`);
      expect(filtered).toContain(`href="/${lang}/register/export.json?country=FI&amp;country=DE&amp;eqf=4"`);
    },
  );

  it('lists results with their facts in the reader’s language', async () => {
    const de = translator('de');
    const page = await html('/de/register?q=buronetz');
    const item = page.slice(page.indexOf('class="register-result"'));
    expect(item).toContain(`<a href="/de/register/${ids.network}">Ein kleines Büronetzwerk einrichten</a>`);
    expect(item).toContain('Berufsschule Beispielstadt');
    expect(item).toContain(de('register.code.eqf.4'));
    expect(item).toContain(de('register.workload.both', { ects: '3', hours: '80 Stunden' }));
    expect(item).toContain(de('register.code.participation.blended'));
    expect(item).toContain(de('verify.annex.score', { present: 9, total: 9 }));
    // A title only in other languages is marked with the language it is in.
    const fi = await html('/fi/register?q=%C5%93uvre');
    expect(fi).toContain(
      `<a href="/fi/register/${ids.data}"><span lang="en">Data quality, &quot;hands-on&quot;</span></a>`,
    );
  });

  it('sorts by title, date and workload; relevance only with words', async () => {
    const en = translator('en');
    const order = async (query: string) => idsOf(await html(`/en/register?${query}`));
    expect(await order('country=AT&country=DE&country=FI&sort=title')).toEqual([
      ids.care,
      ids.data,
      ids.network,
    ]);
    expect(await order('country=AT&country=DE&country=FI&sort=newest')).toEqual([
      ids.data,
      ids.network,
      ids.care,
    ]);
    expect(await order('country=AT&country=DE&country=FI&sort=workload')).toEqual([
      ids.data,
      ids.network,
      ids.care,
    ]);
    const words = await html('/en/register?q=network');
    expect(words).toContain(
      `<option value="relevance" selected="">${en('register.sort.relevance')}</option>`,
    );
    const none = await html('/en/register');
    expect(none).not.toContain('value="relevance"');
    expect(none).toContain(`<option value="title" selected="">${en('register.sort.title')}</option>`);
  });

  it('pages through the results with shareable links', async () => {
    const first = await html('/en/register?country=NL&sort=newest');
    expect(idsOf(first)).toHaveLength(20);
    expect(first).toContain('<nav class="pagination"');
    expect(first).toContain('href="/en/register?country=NL&amp;sort=newest&amp;page=2" rel="next"');
    expect(first).toMatch(
      /href="\/en\/register\?country=NL&amp;sort=newest" aria-current="page" data-page="1"/,
    );
    const second = await html('/en/register?country=NL&sort=newest&page=2');
    expect(idsOf(second)).toEqual([ids.filler2, ids.filler1]);
    expect(second).toContain('href="/en/register?country=NL&amp;sort=newest" rel="prev"');
    expect(second).toContain(translator('en')('register.results.page', { page: 2, pages: 2 }));
    const beyond = await html('/en/register?country=NL&page=7');
    expect(beyond).toContain(translator('en')('register.results.pastEnd'));
    expect(beyond).toContain('href="/en/register?country=NL"');
  });

  it('says which parameters it dropped, and searches with the rest', async () => {
    const fr = translator('fr');
    const page = await html('/fr/register?country=XX&country=FI&sort=best&page=0');
    expect(page).toContain('id="dropped"');
    expect(decoded(page)).toContain(fr('register.dropped', { parts: 'country=XX, sort=best, page=0' }));
    expect(idsOf(page)).toEqual([ids.care]);
    expect(await html('/fr/register?country=FI')).not.toContain('id="dropped"');
  });

  it.each(['en', 'pl', 'sl'])('%s: no results, with help', async (lang) => {
    const t_ = translator(lang);
    const page = await html(`/${lang}/register?q=zzyzx&country=FI`);
    expect(totalOf(page)).toBe(0);
    expect(page).toContain(t_('register.results.none'));
    expect(page).toContain(t_('register.results.noneHelp'));
    expect(page).not.toContain('class="register-result"');
    expect(page).toContain('id="clear-all"');
  });

  it.each(['en', 'de', 'fi'])(
    '%s: an entry’s page with the Annex I elements, their values and statuses',
    async (lang) => {
      const t_ = translator(lang);
      const page = await html(`/${lang}/register/${ids.network}`);
      const rows = [
        ...page.matchAll(/data-element="([a-zA-Z]+)" data-number="(\d+)" data-status="([a-zA-Z]+)"/g),
      ];
      expect(rows.map((r) => Number(r[2]))).toEqual([...Array(16).keys()].map((i) => i + 1));
      const status = Object.fromEntries(rows.map((r) => [r[1], r[3]]));
      expect(status).toMatchObject({
        learner: 'notApplicable',
        title: 'present',
        dateOfIssuing: 'notApplicable',
        learningOutcomes: 'present',
        qualityAssurance: 'present',
        furtherInformation: 'present',
      });
      expect(page).toContain(t_('register.reason.notAwarded'));
      expect(page).toContain(t_('register.reason.notIssued'));
      expect(page).toContain(t_('verify.annex.element.learningOutcomes'));
      expect(page).toContain(t_('verify.annex.score', { present: 9, total: 9 }));
      // Codes in words, and ESCO skills linked.
      for (const key of [
        'register.code.assessment.practical',
        'register.code.assessment.test',
        'register.code.quality.provider_accredited',
        'register.code.supervision.supervised_onsite_id',
        'register.code.grade.graded',
        'register.code.prerequisites.qualification',
        'register.code.delivery.scheduled',
        'register.code.providerType.public_vet',
        'register.code.duration.1w_1m',
        'register.code.field.06',
      ] as const)
        expect(decoded(page), key).toContain(t_(key));
      expect(page).toContain(
        '<a href="http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a" class="esco-skill">',
      );
      // Texts in another language carry it.
      if (lang !== 'de') expect(page).toContain('<span lang="de">Berufsschule Beispielstadt</span>');
      if (lang === 'de') expect(page).toContain('<h1>Ein kleines Büronetzwerk einrichten</h1>');
      if (lang === 'fi')
        expect(page).toContain('<h1><span lang="en">Setting up a small office network</span></h1>');
      // Pathways: counts towards an entry of the register (linked) and a qualification elsewhere.
      expect(page).toContain(`<a href="/${lang}/register/${ids.care}" data-entry="${ids.care}">`);
      expect(page).toContain(
        lang === 'de'
          ? '<a href="https://example.org/qual/fisi">Fachinformatiker/in Systemintegration</a>'
          : '<a href="https://example.org/qual/fisi"><span lang="de">Fachinformatiker/in Systemintegration</span></a>',
      );
      expect(page).toContain('data-rel="enrolment"');
      // Fully described: offered in the credential formats the API gives.
      expect(page).toContain('id="credential-formats"');
      expect(decoded(page)).toContain(
        `href="/api/v1/register/entries/${ids.network}/open-badges-achievement?lang=${lang}"`,
      );
      expect(page).toContain(`href="/api/v1/register/entries/${ids.network}/elm-specification"`);
    },
  );

  it('shows what an entry can be built from, and vague elements with their reasons', async () => {
    const en = translator('en');
    const carePage = await html(`/en/register/${ids.care}`);
    expect(carePage).toContain(en('register.entry.pathways.from'));
    expect(carePage).toContain(`<a href="/en/register/${ids.network}" data-entry="${ids.network}">`);
    const dataPage = await html(`/en/register/${ids.data}`);
    expect(dataPage).toMatch(/data-element="learningOutcomes" data-number="6" data-status="vague"/);
    expect(dataPage).toContain(en('verify.annex.reason.outcomesTooShort'));
    expect(dataPage).toContain(en('verify.annex.score', { present: 8, total: 9 }));
    expect(dataPage).toMatch(/data-element="prerequisites" data-number="12" data-status="missing"/);
    expect(dataPage).toContain(en('register.reason.absent'));
    expect(dataPage).not.toContain(en('register.entry.pathways.heading'));
  });

  it('answers 301 for a merged entry, and 404 for unknown, unpublished and withdrawn ones or a bad language', async () => {
    const merged = await get(`/de/register/${ids.duplicate}`);
    expect(merged.status).toBe(301);
    expect(merged.headers.get('location')).toBe(`/de/register/${ids.network}`);
    const de = translator('de');
    for (const path of [
      '/de/register/mc-unknown',
      `/de/register/${ids.pending}`,
      `/de/register/${ids.withdrawn}`,
      '/de/register/..%2Fetc',
    ]) {
      const page = await html(path, 404);
      expect(page, path).toContain('<html lang="de">');
      expect(page, path).toContain(de('error.notFound.title'));
    }
    await html('/xx/register', 404);
    await html(`/xx/register/${ids.network}`, 404);
    await html('/xx/register/export.csv', 404);
  });

  it('never shows an entry waiting for review or withdrawn', async () => {
    for (const path of [
      '/en/register',
      '/en/register?q=firewall',
      '/en/register?q=secretly',
      '/en/register?q=withdrawn',
    ])
      await html(path);
    expect(totalOf(await html('/en/register?q=secretly'))).toBe(0);
  });

  it.each(['en', 'fr', 'pl'])(
    '%s: the CSV download has every result of the search, safely quoted',
    async (lang) => {
      const res = await get(`/${lang}/register/export.csv?country=NL&country=AT&sort=title`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="register-microcredentials-${lang}-2026-11-23.csv"`,
      );
      expect(res.headers.get('x-register-truncated')).toBe('false');
      expect(res.headers.get('x-register-total')).toBe(String(FILLERS + 1));
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(text);
      // The columns are a contract with whoever reads the file: spelled out here.
      expect(rows[0]).toEqual(
        'id url title awarding_bodies countries eqf isced_f ects hours participation assessment quality_assurance provider_type stackability languages completeness published'.split(
          ' ',
        ),
      );
      // The same entries as the search, every page of it, in its order.
      const search1 = await search(
        t.store.db,
        parseSearch(new URLSearchParams('country=NL&country=AT&sort=title')),
        lang,
        100,
      );
      expect(rows.slice(1).map((r) => r[0])).toEqual(search1.hits.map((h) => h.id));
      expect(rows).toHaveLength(FILLERS + 2);
      const dataRow = rows.find((r) => r[0] === ids.data)!;
      expect(dataRow[1]).toBe(`http://127.0.0.1:3000/${lang}/register/${ids.data}`);
      expect(dataRow[2]).toBe(lang === 'fr' ? 'Œuvre des données' : 'Data quality, "hands-on"');
      // A formula is defused with a leading apostrophe.
      expect(dataRow[3]).toBe('\'=HYPERLINK("http://example.org","Beispiel")');
      expect(dataRow.slice(4, 16)).toEqual([
        'AT; DE',
        '6',
        '0688',
        '2',
        '',
        'online',
        'project',
        'credential_accredited',
        'higher_education',
        'stackable',
        '',
        '0.889',
      ]);
      expect(dataRow[16]).toBe('2026-11-23');
      if (lang !== 'fr') expect(text).toContain('"Data quality, ""hands-on"""');
    },
  );

  it.each(['en', 'de', 'sl'])(
    '%s: the JSON download has the same entries, records and completeness',
    async (lang) => {
      const res = await get(`/${lang}/register/export.json?eqf=4&country=XX`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="register-microcredentials-${lang}-2026-11-23.json"`,
      );
      const body = (await res.json()) as {
        total: number;
        truncated: boolean;
        query: { q: string; filters: Record<string, string[]>; sort: string; dropped: string[] };
        entries: {
          id: string;
          url: string;
          record: MicrocredentialDraft;
          completeness: { score: number; elements: unknown[] };
        }[];
      };
      expect(body.total).toBe(2);
      expect(body.truncated).toBe(false);
      expect(body.query).toMatchObject({
        q: '',
        filters: { eqf: ['4'] },
        sort: 'title',
        dropped: ['country=XX'],
      });
      const page = await html(`/${lang}/register?eqf=4`);
      expect(body.entries.map((e) => e.id)).toEqual(idsOf(page));
      const entry = body.entries.find((e) => e.id === ids.network)!;
      expect(entry.url).toBe(`http://127.0.0.1:3000/${lang}/register/${ids.network}`);
      expect(entry.record.title).toEqual(network.title);
      expect(entry.record.id).toBe(ids.network);
      expect(entry.completeness.score).toBe(1);
      expect(entry.completeness.elements).toHaveLength(16);
    },
  );

  it('links the register from the home page', async () => {
    const home = await html('/nl');
    expect(home).toContain(`<a href="/nl/register">${translator('nl')('register.home')}</a>`);
  });
});

describe('the register’s codes in words', () => {
  it('has a label in every language for every code the record and the facets use', async () => {
    const { registerCodeLabel, uiLanguages } = await import('../../src/i18n/index.ts');
    const model = await import('../../src/register/index.ts');
    const lists = {
      assessment: model.assessmentTypeSchema.options,
      participation: model.participationFormSchema.options,
      delivery: model.deliverySchema.options,
      quality: model.qualityAssuranceTypeSchema.options,
      prerequisites: model.prerequisiteTypeSchema.options,
      supervision: model.supervisionSchema.options,
      grade: model.gradeSchemeSchema.options,
      stackability: model.stackabilityOptionSchema.options,
      providerType: model.providerTypeSchema.options,
      duration: model.durationSchema.options,
      eqf: model.eqfLevelSchema.options,
      cycle: model.qfEheaCycleSchema.options,
      workload: model.workloadBands,
      field: model.facetCodes.field as readonly string[],
    } as const;
    for (const lang of uiLanguages) {
      const t = translator(lang);
      for (const [list, codes] of Object.entries(lists))
        for (const code of codes)
          expect(registerCodeLabel(t, list as keyof typeof lists, code), `${lang} ${list} ${code}`).not.toBe(
            code,
          );
    }
  });
});
