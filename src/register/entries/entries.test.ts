import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { microcredentialDraftSchema } from '../model/index.ts';
import { CONSENT, candidateFrom, candidateQuestions } from './candidates.ts';
import { isLikelyDuplicate, likeness, similarity } from './duplicates.ts';
import { facetsOf, searchWords, workloadBand } from './facets.ts';
import { parseSearch, searchParams } from './search-query.ts';

describe('search words', () => {
  it.each<[string, string[]]>([
    ['Qualitätssicherung für Datenanalyse', ['qualitatssicherung', 'fur', 'datenanalyse']],
    ['Œuvre – l’été', ['œuvre', 'l', 'ete']],
    ['Zarządzanie projektami', ['zarzadzanie', 'projektami']],
    ['ŠKODA e-mail 3D', ['skoda', 'e', 'mail', '3d']],
    ['', []],
  ])('%s', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });
});

describe('workload bands', () => {
  it.each<[Parameters<typeof workloadBand>[0], string | null]>([
    [{ ects: 1 }, 'upTo1'],
    [{ ects: 1.5 }, 'upTo5'],
    [{ ects: 15 }, 'upTo15'],
    [{ ects: 16 }, 'over15'],
    [{ hours: 27.5 }, 'upTo1'],
    [{ hours: 28 }, 'upTo5'],
    [{ ects: 2, hours: 1000 }, 'upTo5'],
    [undefined, null],
  ])('%j is %s', (workload, band) => {
    expect(workloadBand(workload)).toBe(band);
  });

  it('derives the facets from the record, broad ISCED fields once', () => {
    const f = facetsOf({ title: { de: 'Ä' }, iscedF: ['0612', '0613', '0688'], issuerCountries: ['DE'] });
    expect(f).toMatchObject({
      fields: ['06'],
      countries: ['DE'],
      titleSort: 'Ä',
      searchText: 'a',
      eqf: null,
    });
  });
});

describe('search URLs', () => {
  it('reads every facet, drops what is not a code and says so, and writes the same URL back', () => {
    const req = parseSearch(
      new URLSearchParams(
        'q=data+skills&country=DE&country=XX&eqf=5&eqf=9&field=06&sort=newest&page=2&workload=upTo5',
      ),
    );
    expect(req).toMatchObject({
      words: ['data', 'skills'],
      filters: { country: ['DE'], eqf: ['5'], field: ['06'], workload: ['upTo5'] },
      sort: 'newest',
      page: 2,
      dropped: ['country=XX', 'eqf=9'],
    });
    expect(searchParams(req).toString()).toBe(
      'q=data+skills&country=DE&eqf=5&field=06&workload=upTo5&sort=newest&page=2',
    );
    // A new filter, a new order: back to the first page.
    expect(searchParams(req, { toggle: { facet: 'country', value: 'AT' } }).get('page')).toBeNull();
    expect(searchParams(req, { toggle: { facet: 'country', value: 'DE' } }).getAll('country')).toEqual([]);
    expect(searchParams(req, { sort: 'title' }).toString()).toBe(
      'q=data+skills&country=DE&eqf=5&field=06&workload=upTo5&sort=title',
    );
    expect(searchParams(req, { clear: 'all' }).toString()).toBe(
      'q=data+skills&sort=newest&page=1'.replace('&page=1', ''),
    );
  });

  it('never throws on any parameters, and keeps only codes and a bounded query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ maxLength: 300 })), { maxLength: 60 }),
        (pairs) => {
          const req = parseSearch(new URLSearchParams(pairs));
          expect(req.words.length).toBeLessThanOrEqual(12);
          expect(req.page).toBeGreaterThanOrEqual(1);
          for (const values of Object.values(req.filters)) expect(values!.length).toBeLessThanOrEqual(30);
          for (const w of req.words) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
          parseSearch(searchParams(req));
        },
      ),
    );
  });
});

describe('likely duplicates', () => {
  const body = (name: string) => [{ name: { en: name } }];
  it.each<[string, string, string, string, boolean]>([
    ['Data literacy for nurses', 'Data-literacy for nurses', 'Vocational College', 'Vocational Colege', true],
    ['Data literacy for nurses', 'Nurses: data literacy', 'Vocational College', 'Vocational College', true],
    ['Data literacy for nurses', 'Welding robots', 'Vocational College', 'Vocational College', false],
    [
      'Data literacy for nurses',
      'Data literacy for nurses',
      'Vocational College',
      'University of Tartu',
      false,
    ],
  ])('%s / %s (%s / %s): %s', (a, b, ba, bb, alike) => {
    expect(
      isLikelyDuplicate(
        likeness(
          { title: { en: a }, awardingBodies: body(ba) },
          { title: { en: b }, awardingBodies: body(bb) },
        ),
      ),
    ).toBe(alike);
  });

  it('is 1 for the same words and 0 for nothing in common', () => {
    expect(similarity('Data literacy', 'data LITERACY')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', '')).toBe(0);
  });
});

describe('study candidates', () => {
  const item = (values: Record<string, unknown>) => ({ responseId: 'r-1', item: 2, language: 'de', values });

  it('reads only the questions about the microcredential, in the answer’s language', () => {
    const c = candidateFrom(
      item({
        mc_title: 'Pflege digital',
        mc_awarding_body: 'Akademie',
        mc_country: 'AT',
        mc_ects: 2,
        mc_eqf: '4',
        mc_assessment: ['test'],
        mc_participation: 'online',
        mc_info: 'https://akademie.example.org',
        mc_issued: '2025-03-01',
        mc_reason: ['career'],
        mc_cost: 'free',
        [CONSENT.questionId]: CONSENT.value,
      }),
      7,
      'secret',
    );
    expect(c.record).toEqual({
      title: { de: 'Pflege digital' },
      issuerCountries: ['AT'],
      awardingBodies: [{ name: { de: 'Akademie' }, country: 'AT' }],
      workload: { ects: 2 },
      level: { eqf: '4' },
      assessment: { types: ['test'] },
      participation: { form: 'online' },
      furtherInformation: { url: 'https://akademie.example.org' },
    });
    expect(candidateQuestions).not.toContain('mc_issued');
    expect(c.sourceKey).not.toContain('r-1');
    expect(candidateFrom(item({ mc_title: 'x' }), 7, 'secret').sourceKey).toBe(c.sourceKey);
    expect(candidateFrom(item({ mc_title: 'x' }), 7, 'other').sourceKey).not.toBe(c.sourceKey);
  });

  it('drops what the register does not accept, and never returns an invalid record', () => {
    const c = candidateFrom(
      item({ mc_title: 'T', mc_country: 'XX', mc_ects: 500, mc_eqf: 'dont_know' }),
      1,
      's',
    );
    expect(c.record).toEqual({ title: { de: 'T' } });
    expect([...c.dropped].sort()).toEqual(['issuerCountries', 'level', 'workload']);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...candidateQuestions),
          fc.oneof(fc.string(), fc.double(), fc.array(fc.string()), fc.constant(null)),
        ),
        (values) => {
          const r = candidateFrom(item(values), 1, 's').record;
          expect(microcredentialDraftSchema.safeParse(r).success).toBe(true);
        },
      ),
    );
  });
});
