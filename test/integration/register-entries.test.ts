import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerMap } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import {
  createEntry,
  harvestCandidates,
  merge,
  parseSearch,
  publicEntry,
  publish,
  RegisterError,
  saveWorkingCopy,
  search,
  withdraw,
} from '../../src/register/index.ts';
import { exampleMicrocredential } from '../../src/register/model/example-record.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import type { Store } from '../../src/store/index.ts';
import { findEntry, findStudy, listEntries } from '../../src/store/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp, testSecret } from '../support/app.ts';
import { engines, freshStore } from '../support/database.ts';
import { careRecord, dataRecord } from '../support/register.ts';

const now = new Date('2026-11-23T10:00:00Z');
const { id: _exampleId, ...example } = exampleMicrocredential;

/** Three published entries that differ on every facet, and one waiting for review. */
const records: Record<string, MicrocredentialDraft> = {
  network: example,
  care: careRecord,
  data: dataRecord,
};

async function seed(store: Store) {
  const ids: Record<string, string> = {};
  for (const [name, record] of Object.entries(records)) {
    const { id } = await createEntry(store.db, { record, origin: 'console', now });
    await publish(store.db, id, new Date(now.getTime() + Object.keys(ids).length * 1000));
    ids[name] = id;
  }
  ids.pending = (
    await createEntry(store.db, {
      record: { ...records.network!, title: { en: 'Pending network' } },
      origin: 'import',
      now,
    })
  ).id;
  return ids;
}

const searchFor = (store: Store, query: string, lang = 'en') =>
  search(store.db, parseSearch(new URLSearchParams(query)), lang);

describe.each(engines())('register entries on %s', (engine) => {
  let store: Store;
  let ids: Record<string, string>;
  beforeAll(async () => {
    store = await freshStore(engine);
    ids = await seed(store);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('finds published entries by words of titles, outcomes and skills, accents and case aside', async () => {
    type Case = [query: string, expected: string[]];
    const cases: Case[] = [
      ['q=büronetz', ['network']],
      ['q=BURONETZWERK', ['network']],
      ['q=qualitatssicherung', ['data']],
      ['q=oeuvre', []],
      ['q=œuvre', ['data']],
      ['q=workstations', ['network']],
      ['q=develop+digital', ['network']],
      ['q=daily+care', ['care']],
      ['q=daily+network', []],
      ['q=pending', []],
      ['', ['care', 'network', 'data']],
    ];
    for (const [query, expected] of cases) {
      const result = await searchFor(store, query);
      const names = result.hits.map((h) => Object.entries(ids).find(([, id]) => id === h.id)![0]);
      expect(names.sort(), query).toEqual([...expected].sort());
      expect(result.total, query).toBe(expected.length);
    }
  });

  it('filters by facets (any value within a facet, every facet) and counts each facet without its own filter', async () => {
    const both = await searchFor(store, 'country=DE&country=FI');
    expect(both.total).toBe(3);
    const de = await searchFor(store, 'country=DE&eqf=6');
    expect(de.hits.map((h) => h.id)).toEqual([ids.data]);
    // Each facet is counted with the other facets' filters only: countries of EQF 6 entries, EQF
    // levels of entries in DE.
    expect(de.facets.country).toEqual([
      { value: 'AT', n: 1 },
      { value: 'DE', n: 1 },
    ]);
    expect(de.facets.eqf).toEqual([
      { value: '4', n: 1 },
      { value: '6', n: 1 },
    ]);
    const all = await searchFor(store, '');
    expect(all.facets.workload).toEqual(
      expect.arrayContaining([
        { value: 'upTo5', n: 2 },
        { value: 'over15', n: 1 },
      ]),
    );
    expect(all.facets.field).toEqual(
      expect.arrayContaining([
        { value: '06', n: 2 },
        { value: '09', n: 1 },
      ]),
    );
    expect(all.facets.language).toEqual(expect.arrayContaining([{ value: 'sv', n: 1 }]));
    for (const [query, n] of [
      ['participation=blended', 2],
      ['participation=online', 1],
      ['assessment=project&assessment=workplace', 2],
      ['quality=regulated', 2],
      ['quality=credential_accredited', 1],
      ['providerType=higher_education', 1],
      ['stackability=stackable', 2],
      ['stackability=unit_of_qualification', 1],
      ['language=fi&workload=over15', 1],
      ['workload=upTo1', 0],
    ] as const)
      expect((await searchFor(store, query)).total, query).toBe(n);
  });

  it('sorts by title in the reader’s language, by date and by workload, and pages', async () => {
    const order = async (query: string, lang = 'en') =>
      (await searchFor(store, query, lang)).hits.map(
        (h) => Object.entries(ids).find(([, id]) => id === h.id)![0],
      );
    expect(await order('sort=title')).toEqual(['care', 'data', 'network']);
    expect(await order('sort=title', 'fi')).toEqual(['care', 'data', 'network']);
    expect(await order('sort=title', 'fr')).toEqual(['care', 'network', 'data']);
    expect(await order('sort=newest')).toEqual(['data', 'care', 'network']);
    expect(await order('sort=workload')).toEqual(['data', 'network', 'care']);
    const page2 = await search(store.db, parseSearch(new URLSearchParams('sort=title&page=2')), 'en', 2);
    expect(page2.total).toBe(3);
    expect(page2.hits.map((h) => h.id)).toEqual([ids.network]);
    const beyond = await search(store.db, parseSearch(new URLSearchParams('page=9')), 'en', 2);
    expect(beyond).toMatchObject({ total: 3, hits: [] });
  });

  it('refuses to publish a record without a title, an awarding body or a country', async () => {
    const { id } = await createEntry(store.db, { record: { title: { en: 'Bare' } }, origin: 'console', now });
    const error = await publish(store.db, id, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterError);
    expect((error as RegisterError).problems).toEqual(['awardingBody', 'issuerCountry']);
    expect((await findEntry(store.db, id))?.published).toBeNull();
  });

  it('keeps the published copy while a change waits for review', async () => {
    await saveWorkingCopy(
      store.db,
      ids.care!,
      { ...records.care!, title: { en: 'Changed title' } },
      'pending',
      now,
    );
    expect((await searchFor(store, 'q=changed')).total).toBe(0);
    expect((await searchFor(store, 'q=older')).total).toBe(1);
    const row = await findEntry(store.db, ids.care!);
    expect(row?.state).toBe('pending');
    expect(await listEntries(store.db, { states: ['pending'] })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: ids.care })]),
    );
  });

  it('shows stacking pathways both ways', async () => {
    const { id } = await createEntry(store.db, {
      record: {
        ...records.data!,
        title: { en: 'Part one' },
        stackability: { option: 'stackable', partOf: [{ id: ids.network! }] },
      },
      origin: 'console',
      now,
    });
    await publish(store.db, id, now);
    const whole = await publicEntry(store.db, ids.network!);
    expect(whole && 'entry' in whole && whole.entry.stackedBy.map((s) => s.id)).toEqual([id]);
    const part = await publicEntry(store.db, id);
    expect(part && 'entry' in part && [...part.entry.stacksInto.keys()]).toEqual([ids.network]);
  });

  it('merges a duplicate into another entry: it leaves the register and its address leads on', async () => {
    const { id } = await createEntry(store.db, { record: records.network!, origin: 'study', now });
    await publish(store.db, id, now);
    expect((await searchFor(store, 'q=buronetzwerk')).total).toBe(2);
    await merge(store.db, id, ids.network!, now);
    expect((await searchFor(store, 'q=buronetzwerk')).total).toBe(1);
    expect(await publicEntry(store.db, id)).toEqual({ redirect: ids.network });
    await expect(merge(store.db, ids.network!, ids.network!, now)).rejects.toThrow(RegisterError);
    await expect(merge(store.db, ids.data!, id, now)).rejects.toThrow(RegisterError);
  });

  it('withdraws an entry from the public register and keeps its working copy', async () => {
    const { id } = await createEntry(store.db, { record: records.data!, origin: 'console', now });
    await publish(store.db, id, now);
    await withdraw(store.db, id, now);
    expect(await publicEntry(store.db, id)).toBeUndefined();
    expect((await findEntry(store.db, id))?.record).toMatchObject({ title: records.data!.title });
  });
});

describe.each(engines())('register candidates from the study on %s', (engine) => {
  let t: TestApp;
  const consented: { language: string; item: AnswerMap }[] = [];
  beforeAll(async () => {
    t = await testApp(engine);
    const files = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials')!;
    const model = compile(files.questionnaires.find((q) => q.id === 'learners')!);
    for (let seed = 1; seed <= 14; seed++) {
      const language = ['en', 'de', 'fi', 'sl'][seed % 4]!;
      const urls = questionnaireUrls(language, 'microcredentials', 'learners');
      const run = simulateResponse(model, seededRandom(seed), '2026-11-23');
      const b = new Browser(t.app);
      await b.get(urls.stepKey(run.forms[0]!.step));
      for (const { step, form } of run.forms) {
        const reply = await b.post(model.groups.has(step) ? urls.summary(step) : urls.stepKey(step), form);
        if (reply.status !== 303) throw new Error(`${step}: ${reply.status}`);
      }
      expect((await b.post(urls.check())).location).toBe(urls.done());
      for (const item of run.state.repeats.mc?.items ?? []) {
        const consent = item.mc_register;
        if (consent?.kind === 'value' && consent.value === 'yes') consented.push({ language, item });
      }
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('turns each consented description into one pending candidate, with nothing about the respondent', async () => {
    expect(consented.length).toBeGreaterThan(1);
    const study = (await findStudy(t.store.db, 'microcredentials'))!;
    const first = await harvestCandidates(t.store.db, study.id, testSecret, now);
    expect(first).toEqual({ found: consented.length, added: consented.length });
    // Again: nothing new.
    expect(await harvestCandidates(t.store.db, study.id, testSecret, now)).toEqual({
      found: consented.length,
      added: 0,
    });
    const rows = await listEntries(t.store.db, { origin: 'study' });
    expect(rows).toHaveLength(consented.length);
    const titles = rows.map((r) => (r.record as MicrocredentialDraft).title);
    for (const { language, item } of consented) {
      const title = item.mc_title;
      if (title?.kind === 'value') expect(titles).toContainEqual({ [language]: title.value });
    }
    const responseIds = (await t.store.db.selectFrom('response').select('id').execute()).map((r) => r.id);
    for (const row of rows) {
      expect(row.state).toBe('pending');
      expect(row.published).toBeNull();
      const text = JSON.stringify(row);
      for (const id of responseIds) expect(text).not.toContain(id);
      // Only fields of the register record, and only from the questions read.
      expect(Object.keys(row.record as object).every((k) => !k.startsWith('mc_'))).toBe(true);
      // When the respondent got it (mc_issued) is about them, not the microcredential.
      expect(row.record).not.toHaveProperty('dateOfIssuing');
    }
  });
});
