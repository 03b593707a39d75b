import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MicrocredentialDraft } from '../../src/register/index.ts';
import { createEntry, publish, searchWords } from '../../src/register/index.ts';
import * as sharpSSearch from '../../src/store/migrations/0017-sharp-s-search.ts';
import type { TestApp } from '../support/app.ts';
import { testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

const now = new Date('2026-11-23T10:00:00Z');

const freshwater: MicrocredentialDraft = {
  title: { de: 'Ökologie im Süßwasser', en: 'Freshwater ecology' },
  issuerCountries: ['DE'],
  awardingBodies: [{ name: { de: 'Hochschule an der Straße' }, country: 'DE' }],
  workload: { ects: 2 },
  level: { eqf: '6' },
  participation: { form: 'onsite' },
};

const other: MicrocredentialDraft = {
  title: { en: 'Sus scrofa in the wild' },
  issuerCountries: ['NL'],
  awardingBodies: [{ name: { nl: 'Voorbeeldschool' }, country: 'NL' }],
  workload: { ects: 1 },
  level: { eqf: '3' },
  participation: { form: 'onsite' },
};

const idsOf = (html: string) =>
  [...html.matchAll(/class="register-result" data-id="([^"]+)"/g)].map((m) => m[1]);

describe('search words', () => {
  it('writes the sharp s as "ss", in small and capital letters, and drops accents', () => {
    expect(searchWords('Süßwasser SÜSSWASSER SÜẞWASSER süsswasser')).toEqual([
      'susswasser',
      'susswasser',
      'susswasser',
      'susswasser',
    ]);
  });
});

describe.each(engines())('the register search on %s', (engine) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const found = async (q: string) => {
    const res = await t.app.request(`http://127.0.0.1:3000/de/register?q=${encodeURIComponent(q)}`);
    expect(res.status, q).toBe(200);
    return idsOf(await res.text());
  };

  beforeAll(async () => {
    t = await testApp(engine, { now });
    for (const [name, record] of Object.entries({ freshwater, other })) {
      const { id } = await createEntry(t.store.db, { record, origin: 'console', now });
      await publish(t.store.db, id, now);
      ids[name] = id;
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  // Accents are folded (ü is found as u), so the sharp s is found as "ss" with or without them.
  it.each(['süßwasser', 'SÜSSWASSER', 'susswasser', 'Süsswasser', 'SÜẞWASSER', 'süß', 'strasse', 'Straße'])(
    'finds "Süßwasser" (and "Straße") by %s',
    async (q) => {
      expect(await found(q)).toEqual([ids.freshwater]);
    },
  );

  it('does not take one s for the sharp s', async () => {
    expect(await found('suswasser')).toEqual([]);
    expect(await found('scrofa')).toEqual([ids.other]);
  });

  it('finds entries indexed before, once migration 0017 has written their words with "ss"', async () => {
    // As an entry was indexed before: "ß" kept, the same word twice, so positions count.
    await sql`update register_entry set search = to_tsvector('simple', 'okologie im sußwasser sußwasser')
      where id = ${ids.freshwater}`.execute(t.store.db);
    expect(await found('SÜSSWASSER')).toEqual([]);
    await sharpSSearch.up(t.store.db as unknown as Kysely<unknown>);
    const { rows } = await sql<{ search: string }>`select search::text as search from register_entry
      where id = ${ids.freshwater}`.execute(t.store.db);
    expect(rows[0]!.search).toBe("'im':2 'okologie':1 'susswasser':3,4");
    expect(await found('SÜSSWASSER')).toEqual([ids.freshwater]);
    expect(await found('scrofa')).toEqual([ids.other]);
  });
});
