import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionResult, ReleaseContent, ReleaseTable, ShownCell } from '../../src/analysis/index.ts';
import { complementRuleAllows, groupSizes, releaseFilters } from '../../src/analysis/release.ts';
import { translator } from '../../src/i18n/index.ts';
import { findStudy, latestRelease } from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

/** The body cells of every table on a page, table by table and row by row, as text. */
function tableCells(html: string): string[][][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map(([, body]) =>
    [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<td class="numeric">([\s\S]*?)<\/td>/g)].map(([, cell]) =>
        cell!.replace(/<[^>]+>/g, '').trim(),
      ),
    ),
  );
}

const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe.each(engines())('public results on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
    const model = await demoModel();
    // 12 people in Germany and 12 in Finland; 23 answer in English and one in Finnish, so the
    // country groups pass the complement rule and the language groups do not (1 < k, 24 − 23 < k).
    for (let seed = 700; seed < 724; seed++)
      await completeDemo(
        new Browser(t.app),
        model,
        seed,
        seed === 701 ? 'fi' : 'en',
        '2026-11-23',
        seed % 2 === 0 ? 'DE' : 'FI',
      );
    await member(t.store, 'owner@example.org', 'owner', { study: 'demo' });
    await member(t.store, 'researcher@example.org', 'researcher', { study: 'demo' });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('stays off line until the owner releases it; researchers cannot release', async () => {
    expect((await new Browser(t.app).get('/en/s/demo/results')).status).toBe(404);
    const researcher = await signIn(t, 'researcher@example.org');
    await researcher.get('/console/s/demo/results');
    expect((await researcher.post('/console/s/demo/results/release', {})).status).toBe(403);
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/release', {})).status).toBe(303);
    expect((await owner.get('/console/s/demo/results')).html).toContain('Published on');
    expect((await new Browser(t.app).get('/en/s/demo')).html).toContain('href="/en/s/demo/results"');
  }, 120_000);

  it('shows the released tables in the reader’s language, never a count under the threshold', async () => {
    for (const [lang, by] of [
      ['en', 'none'],
      ['fi', 'language'],
      ['de', 'none'],
    ] as const) {
      const page = await new Browser(t.app).get(`/${lang}/s/demo/results?by=${by}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain(`<html lang="${lang}"`);
      const numbers = [...page.html.matchAll(/<td class="numeric">([0-9]+)/g)].map((m) => Number(m[1]));
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(n === 0 || n >= 10, `${lang} ${by}: ${n}`).toBe(true);
    }
    // Free text never appears: the comments question has no table.
    const page = await new Browser(t.app).get('/en/s/demo/results');
    // A matrix is a table per row, each titled with its row.
    expect(page.html).toContain(
      'How important is each of these for you to trust a microcredential?: The learning was assessed',
    );
    expect(page.html).toContain(
      'How important is each of these for you to trust a microcredential?: The provider is quality assured',
    );
    // An answer a label pipes in is no one's in a table of everyone's: "…" stands for it.
    expect(page.html).toContain('How many hours of learning did “…” take?');
    expect(page.html).not.toContain('${');
    expect((await new Browser(t.app).get('/de/s/demo/results?by=language')).html).toContain(
      'Wie viele Stunden Lernzeit hat „…“ erfordert?',
    );
    // Charts beside the tables, with their text alternative.
    expect(page.html).toMatch(/<svg[^>]*role="img"/);
    expect(page.html).not.toContain('id="comments"');
  });

  it('offers the same tables as CSV, with the symbol for what is not shown', async () => {
    const res = await t.app.request('http://127.0.0.1:3000/en/s/demo/results.csv?by=language');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const numbers = text
      .split('\r\n')
      .flatMap((line) => line.split(',').slice(2))
      .filter((v) => /^[0-9]+$/.test(v))
      .map(Number);
    for (const n of numbers) expect(n === 0 || n >= 10).toBe(true);
    expect(text).toContain('×');
    expect(text).not.toContain('${');
    // Means and quartiles to one decimal, as on the page.
    const figures = csvLines(text)
      .map((line) => line.split(','))
      .filter((fields) => ['Mean', 'First quartile', 'Median', 'Third quartile'].includes(fields[1]!));
    expect(figures.length).toBeGreaterThan(0);
    for (const value of figures.flatMap((fields) => fields.slice(2)))
      expect(value).toMatch(/^(-?[0-9]+(\.[0-9])?|×)$/);
  });

  it('breaks down by country, with the countries named in the reader’s language', async () => {
    const en = await new Browser(t.app).get('/en/s/demo/results?by=country');
    expect(en.status).toBe(200);
    expect(en.html).toContain('<option value="country" selected="">Country</option>');
    expect(en.html).toMatch(/<th scope="col" class="numeric">Germany<\/th>/);
    expect(en.html).toMatch(/<th scope="col" class="numeric">Finland<\/th>/);
    const de = await new Browser(t.app).get('/de/s/demo/results?by=country');
    expect(de.html).toMatch(/<th scope="col" class="numeric">Deutschland<\/th>/);
    expect(de.html).toMatch(/<th scope="col" class="numeric">Finnland<\/th>/);
  });

  it('offers as filters only the groups that pass the complement rule, in a form without script', async () => {
    const page = await new Browser(t.app).get('/en/s/demo/results');
    const form = page.html.match(
      /<form method="get"[^>]*>(?:(?!<\/form>)[\s\S])*name="filter"[\s\S]*?<\/form>/,
    )?.[0];
    expect(form).toBeDefined();
    expect(form).toContain('<label for="filter">Show one group only</label>');
    expect(form).toContain('<button type="submit"');
    const offered = [...form!.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    // n(DE) = n(FI) = 12 of 24: offered. English (23 of 24, rest 1) and Finnish (1): not.
    expect(offered).toEqual(['', 'country:FI', 'country:DE']);
    expect(form).toContain('<optgroup label="Country">');
  });

  it('refuses any other group with a 403 in the reader’s language, the same whatever the reason', async () => {
    for (const [lang, filter] of [
      ['en', 'language:fi'], // n(G) = 1 < k
      ['de', 'language:en'], // n(G) = 23, but the rest of the parent is 1 (T12)
      ['fi', 'language:en'],
      ['en', 'country:AT'], // nobody
      ['en', 'target_group:employers'], // not a grouping of this release
      ['en', 'nonsense'],
    ] as const) {
      const page = await new Browser(t.app).get(
        `/${lang}/s/demo/results?filter=${encodeURIComponent(filter)}`,
      );
      expect(page.status, `${lang} ${filter}`).toBe(403);
      expect(page.html).toContain(`<html lang="${lang}"`);
      expect(page.html).toContain(`<h1>${translator(lang)('results.refused.title')}</h1>`);
      expect(page.html).toContain(`href="/${lang}/s/demo/results"`);
      const csv = await t.app.request(
        `http://127.0.0.1:3000/${lang}/s/demo/results.csv?filter=${encodeURIComponent(filter)}`,
      );
      expect(csv.status).toBe(403);
    }
  });

  it('T12: a group of 12 may be shown alone, a group whose rest is one person may not', async () => {
    expect((await new Browser(t.app).get('/en/s/demo/results?filter=country%3ADE')).status).toBe(200);
    expect((await new Browser(t.app).get('/en/s/demo/results?filter=language%3Aen')).status).toBe(403);
  });

  it('shows a filter as the group’s column of the grouped table, cell for cell, suppressions included', async () => {
    const grouped = await new Browser(t.app).get('/en/s/demo/results?by=country');
    const filtered = await new Browser(t.app).get('/en/s/demo/results?filter=country%3ADE');
    expect(filtered.status).toBe(200);
    // The filter is announced first: in the title and the main heading.
    expect(filtered.html).toContain('<h1>Results for one group: Germany (Country)</h1>');
    expect(filtered.html).toMatch(/<title>Results for one group: Germany \(Country\)/);
    expect(filtered.html).toContain('<option value="country:DE" selected="">Germany</option>');
    expect(filtered.html).toMatch(/<caption[^>]*>[^<]* – Germany /);
    // Grouped columns: Germany, Finland, All (Germany sorts first by code).
    const column = tableCells(grouped.html).map((table) =>
      table.map((row) => {
        expect(row).toHaveLength(3);
        return [row[0]];
      }),
    );
    const alone = tableCells(filtered.html);
    expect(alone).toEqual(column);
    expect(alone.flat(2)).toContain('×');
    expect(alone.flat(2).some((cell) => /^[0-9]/.test(cell))).toBe(true);
  });

  it('downloads a filtered view as CSV: the same column, the same symbol', async () => {
    const get = (query: string) => t.app.request(`http://127.0.0.1:3000/en/s/demo/results.csv?${query}`);
    const grouped = csvLines(await (await get('by=country')).text());
    const res = await get('filter=country%3ADE');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('demo-results-country-DE.csv');
    const [heading, blank, ...filtered] = csvLines(await res.text());
    expect(heading).toBe('Results for one group: Germany (Country)');
    expect(blank).toBe('');
    // Every line is the grouped line's label fields and its first group (Germany) column.
    const split = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, ''));
    expect(filtered.length).toBe(grouped.length);
    grouped.forEach((line, i) => {
      const fields = split(line);
      const expected = fields.length >= 5 ? fields.slice(0, 3).join(',') : line;
      expect(filtered[i]).toBe(expected);
    });
    expect(filtered.join('\n')).toContain('×');
  });

  it('answers from the release, not from live data: a new response changes nothing until the next release', async () => {
    const before = await new Browser(t.app).get('/en/s/demo/results');
    await completeDemo(new Browser(t.app), await demoModel(), 999);
    const after = await new Browser(t.app).get('/en/s/demo/results');
    expect(after.html).toBe(before.html);
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/withdraw', {})).status).toBe(303);
    expect((await new Browser(t.app).get('/en/s/demo/results')).status).toBe(404);
    const actions = (await t.store.db.selectFrom('audit_event').select('action').execute()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['results.release', 'results.withdraw']));
  });

  it('refuses a group whose published size leaves a rest of 2 to k − 1 people', async () => {
    // With one more English answer (above) and two German ones: 24 English, 1 Finnish, 2 German.
    const model = await demoModel();
    for (const seed of [1000, 1001])
      await completeDemo(new Browser(t.app), model, seed, 'de', '2026-11-23', 'DE');
    const owner = await signIn(t, 'owner@example.org');
    await owner.get('/console/s/demo/results');
    expect((await owner.post('/console/s/demo/results/release', {})).status).toBe(303);
    // The sizes are published (the two small groups hide each other), so the rule decides alone.
    const study = await findStudy(t.store.db, 'demo');
    const content = (await latestRelease(t.store.db, study!.id))!.content as ReleaseContent;
    const sizes = groupSizes(content.tables, 'language');
    expect(sizes?.parent).toBe(27);
    expect(sizes?.groups.find((g) => g.group === 'en')?.n).toBe(24);
    const page = await new Browser(t.app).get('/en/s/demo/results');
    expect(page.html).not.toContain('value="language:');
    const refused = await new Browser(t.app).get('/en/s/demo/results?filter=language%3Aen');
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('<h1>This group cannot be shown on its own</h1>');
  });
});

/** A stored table with only what the filter rule reads: its columns and their bases. */
function stored(grouping: ReleaseTable['grouping'], columns: (string | null)[], bases: (number | null)[]) {
  const cell = (n: number | null): ShownCell =>
    n === null ? { shown: false } : { shown: true, n, percent: null };
  const result: QuestionResult = {
    questionId: 'q',
    part: '',
    kind: 'choices',
    unit: 'respondents',
    columns: [...columns, '#total'],
    bases: bases.map(cell),
    rows: [],
  };
  return { questionId: 'q', grouping, result };
}

describe('the complement rule for filters', () => {
  it('needs n(G) ≥ k and a rest of the parent of 0 or at least k', () => {
    expect(complementRuleAllows(12, 24, 10)).toBe(true);
    expect(complementRuleAllows(12, 12, 10)).toBe(true); // the group is the whole parent
    expect(complementRuleAllows(10, 20, 10)).toBe(true);
    expect(complementRuleAllows(9, 40, 10)).toBe(false);
    expect(complementRuleAllows(12, 13, 10)).toBe(false); // T12: the rest is one person
    expect(complementRuleAllows(11, 12, 10)).toBe(false);
    expect(complementRuleAllows(21, 30, 10)).toBe(false);
  });

  it('reads n(G) and n(P) from the stored bases of the grouping’s widest table', () => {
    const tables = [
      // A question few answered: not the reference.
      stored('country', ['DE', 'FI', 'SI', null], [5, 5, 0, 0, 10]),
      // The reference: 41 answered; SI's base is suppressed, so SI cannot be checked.
      stored('country', ['DE', 'FI', 'SI', null], [20, 14, null, 2, 41]),
      stored('language', ['en', 'fi'], [35, 6, 41]),
    ];
    expect(releaseFilters(tables, ['none', 'country', 'language'], 10)).toEqual([
      { grouping: 'country', group: 'DE' },
      { grouping: 'country', group: 'FI' },
    ]);
    // At k = 5, Finnish (6) and English (rest 6) pass too; the "not stated" column never does.
    expect(releaseFilters(tables, ['country', 'language'], 5)).toEqual([
      { grouping: 'country', group: 'DE' },
      { grouping: 'country', group: 'FI' },
      { grouping: 'language', group: 'en' },
      { grouping: 'language', group: 'fi' },
    ]);
  });
});
