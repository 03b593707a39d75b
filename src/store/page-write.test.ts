import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../test/support/database.ts';
import { engines, freshStore } from '../../test/support/database.ts';
import type { AnswerCell, CellWrite, NewAnswerCell } from './answer-rows.ts';
import { applyCellWrite, itemPart, markerCell, savedPart } from './answer-rows.ts';
import type { Store } from './database.ts';
import type { PageOutcome } from './responses.repository.ts';
import {
  completeResponse,
  findItem,
  findResponseWithCells,
  insertResponse,
  loadCells,
  openQuestionnaire,
  removeItem,
  writePage,
} from './responses.repository.ts';
import { ensureQuestionnaire, publishVersion, upsertStudy } from './studies.repository.ts';

const sorted = (cells: readonly AnswerCell[]) =>
  [...cells]
    .map((c) => ({ ...c }))
    .sort((a, b) =>
      `${a.question_id}\u0000${a.item}\u0000${a.part}`.localeCompare(
        `${b.question_id}\u0000${b.item}\u0000${b.part}`,
      ),
    );

/** Writes as pages make them: a few ids in an item, and cells of those ids only. */
const cellWrite: fc.Arbitrary<CellWrite> = fc
  .record({
    ids: fc.uniqueArray(fc.constantFrom('p1', 'q1', 'q2', 'q3', 'g'), { minLength: 1, maxLength: 4 }),
    item: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ ids, item }) =>
    fc
      .uniqueArray(
        fc.record({
          question_id: fc.constantFrom(...ids),
          part: fc.constantFrom('', 'other', 'r1', '#saved'),
          value: fc.option(fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }))),
        }),
        { selector: (c) => `${c.question_id}\u0000${c.part}`, maxLength: 5 },
      )
      .map((cells) => ({
        clear: [{ ids, item }],
        cells: cells.map(
          (c): NewAnswerCell => ({
            question_id: c.question_id,
            item,
            part: c.part,
            value: c.value === null ? null : JSON.stringify(c.value),
            missing: c.value === null ? 'dont_know' : null,
          }),
        ),
      })),
  );

describe.each(engines())('a saved page on %s', (engine: Engine) => {
  let store: Store;
  let versionId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const study = await upsertStudy(store.db, 'writes', { any: 'thing' }, 'Europe/Brussels');
    const q = await ensureQuestionnaire(store.db, study.id, 'q', { opensAt: null, closesAt: null });
    versionId = (await publishVersion(store.db, q.id, { a: 1 }, 'hash-1')).id;
  });
  afterAll(async () => {
    await store?.close();
  });

  it('leaves the rows the in-memory replay of its writes says', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(cellWrite, { minLength: 1, maxLength: 6 }), async (writes) => {
        const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
        const now = new Date('2026-11-23T10:00:00Z');
        await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: `h${n}`, now });
        let expected: AnswerCell[] = [];
        for (const write of writes) {
          const saved = await writePage(store.db, id, {
            ...write,
            step: 'p1',
            seconds: 3,
            language: 'fi',
            honeypot: false,
            now,
          });
          expect(saved).toEqual({ kind: 'saved', item: 0 });
          expected = applyCellWrite(expected, write);
        }
        expect(sorted(await loadCells(store.db, id))).toEqual(sorted(expected));
        const time = await store.db
          .selectFrom('page_time')
          .select('seconds')
          .where('response_id', '=', id)
          .executeTakeFirstOrThrow();
        expect(time.seconds).toBe(3 * writes.length);
      }),
      { numRuns: 40 },
    );
  });

  it('marks the response saved, in the language of the page, and keeps a honeypot flag', async () => {
    const id = '00000000-0000-4000-9000-000000000001';
    const start = new Date('2026-11-23T10:00:00Z');
    const later = new Date('2026-11-23T10:05:00Z');
    await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: 'honey', now: start });
    const write = { clear: [], cells: [], step: 'p1', seconds: 1 };
    await writePage(store.db, id, { ...write, language: 'nl', honeypot: true, now: start });
    await writePage(store.db, id, { ...write, language: 'sl', honeypot: false, now: later });
    const row = await store.db
      .selectFrom('response')
      .select(['language', 'honeypot', 'last_saved_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ language: 'sl', honeypot: true, last_saved_at: later });
  });

  it('opens a questionnaire with the response a resume code opens, and no other', async () => {
    const id = '00000000-0000-4000-9000-000000000002';
    const now = new Date('2026-11-23T10:00:00Z');
    await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: 'open-me', now });
    const cells: NewAnswerCell[] = [
      { question_id: 'q1', item: 0, part: '', value: '["a","b"]', missing: null },
      { question_id: 'q2', item: 1, part: '', value: null, missing: 'prefer_not_to_say' },
    ];
    await writePage(store.db, id, {
      clear: [],
      cells,
      step: 'p1',
      seconds: 1,
      language: 'en',
      honeypot: false,
      now,
    });
    const opened = await openQuestionnaire(store.db, 'writes', 'q', 'open-me');
    expect(opened).toMatchObject({ versionId, questionnaire: { slug: 'q' } });
    expect(opened?.response?.row).toEqual(await responseRow(id));
    expect(sorted(opened?.response?.cells ?? [])).toEqual(sorted(applyCellWrite([], { clear: [], cells })));
    expect(await findResponseWithCells(store.db, 'open-me', opened!.questionnaire.id)).toEqual(
      opened?.response,
    );
    expect((await openQuestionnaire(store.db, 'writes', 'q', 'someone-else'))?.response).toBeUndefined();
    expect((await openQuestionnaire(store.db, 'writes', 'q', undefined))?.response).toBeUndefined();
    expect(await openQuestionnaire(store.db, 'writes', 'nothing', 'open-me')).toBeUndefined();
    // The study's revision changes when its row does, and only then.
    const before = opened!.studyRevision;
    expect((await openQuestionnaire(store.db, 'writes', 'q', undefined))?.studyRevision).toBe(before);
    await upsertStudy(store.db, 'writes', { any: 'other' }, 'Europe/Brussels');
    expect((await openQuestionnaire(store.db, 'writes', 'q', undefined))?.studyRevision).not.toBe(before);
  });

  it('refuses a completed response and writes nothing', async () => {
    const id = '00000000-0000-4000-9000-000000000003';
    const now = new Date('2026-11-23T10:00:00Z');
    await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: 'done', now });
    await completeResponse(store.db, id, 'R1', now);
    const cells: NewAnswerCell[] = [{ question_id: 'q1', item: 0, part: '', value: '"x"', missing: null }];
    const write = { clear: [{ ids: ['q1'], item: 0 }], cells, step: 'p1', seconds: 1, language: 'en' };
    expect(await writePage(store.db, id, { ...write, honeypot: false, now })).toEqual({ kind: 'closed' });
    const nobody = '00000000-0000-4000-9000-0000000000ff';
    expect(await writePage(store.db, nobody, { ...write, honeypot: false, now })).toEqual({
      kind: 'closed',
    });
    expect(await loadCells(store.db, id)).toEqual([]);
  });

  // Two saves of one page at once (a double click): the second waits for the first, then replaces
  // what it wrote, "other" text included. Needs two connections, so PostgreSQL only.
  if (engine === 'postgresql')
    it('queues two saves of one response, the later one seeing what the first wrote', async () => {
      const id = '00000000-0000-4000-9000-000000000004';
      const now = new Date('2026-11-23T10:00:00Z');
      await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: 'twice', now });
      const page = { step: 'p1', seconds: 1, language: 'en', honeypot: false, now };
      const clear = [{ ids: ['q1'], item: 0 }];
      let second: Promise<PageOutcome> | undefined;
      await store.db.transaction().execute(async (trx) => {
        const first = [
          { question_id: 'q1', item: 0, part: '', value: '"other"', missing: null },
          { question_id: 'q1', item: 0, part: 'other', value: '"typed"', missing: null },
        ];
        expect(await writePage(trx, id, { ...page, clear, cells: first })).toEqual({
          kind: 'saved',
          item: 0,
        });
        second = writePage(store.db, id, {
          ...page,
          clear,
          cells: [{ question_id: 'q1', item: 0, part: '', value: '"a"', missing: null }],
        });
        // The second save waits for the lock the first one holds: nothing of it is there yet.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const seen = await store.db
          .selectFrom('answer')
          .select('value')
          .where('response_id', '=', id)
          .where('part', '=', '')
          .execute();
        expect(seen).toEqual([]);
      });
      expect(await second).toEqual({ kind: 'saved', item: 0 });
      expect(await loadCells(store.db, id)).toEqual([
        { question_id: 'q1', item: 0, part: '', value: 'a', missing: null },
      ]);
    });

  describe('pages of repeat items, found by their keys', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const ids = ['g', 'pg', 'gq'];
    let n = 0;
    const newResponse = async () => {
      const id = `00000000-0000-4000-a000-${String(++n).padStart(12, '0')}`;
      await insertResponse(store.db, { id, versionId, language: 'en', resumeHash: `items-${n}`, now });
      return id;
    };
    /** The page of item `index` of group `g`, answering `gq` with `value`, sent for the item `key`. */
    const itemPage = (index: number, key: string, value: string, creates = false, max = 4) => ({
      clear: [
        { ids: ['pg', 'gq'], item: index },
        { ids: ['g'], item: 0 },
      ],
      cells: [
        markerCell('pg', index, savedPart),
        markerCell('g', index, itemPart, key),
        { question_id: 'gq', item: index, part: '', value: JSON.stringify(value), missing: null },
      ],
      step: 'pg',
      seconds: 1,
      language: 'en',
      honeypot: false,
      now,
      item: { group: 'g', key, index, creates, max },
    });
    /** Each item's key and answer, in the order of their numbers. */
    const items = async (id: string) => {
      const cells = await loadCells(store.db, id);
      const numbers = [...new Set(cells.filter((c) => c.item > 0).map((c) => c.item))].sort((a, b) => a - b);
      return numbers.map((item) => ({
        item,
        key: cells.find((c) => c.item === item && c.part === itemPart)?.value,
        answer: cells.find((c) => c.item === item && c.question_id === 'gq')?.value,
      }));
    };
    const threeItems = async () => {
      const id = await newResponse();
      for (const [i, key] of ['a', 'b', 'c'].entries())
        expect(await writePage(store.db, id, itemPage(i + 1, key, key.toUpperCase(), true))).toEqual({
          kind: 'saved',
          item: i + 1,
        });
      return id;
    };

    it('stores a page on its item after an item before it was removed', async () => {
      const id = await threeItems();
      await removeItem(store.db, id, ids, 1);
      // The page was read as item 3's; the item is now number 2.
      expect(await writePage(store.db, id, itemPage(3, 'c', 'C2'))).toEqual({ kind: 'saved', item: 2 });
      expect(await items(id)).toEqual([
        { item: 1, key: 'b', answer: 'B' },
        { item: 2, key: 'c', answer: 'C2' },
      ]);
    });

    it('stores nothing of a page whose item was removed', async () => {
      const id = await threeItems();
      await removeItem(store.db, id, ids, 2);
      const before = await loadCells(store.db, id);
      const time = () => store.db.selectFrom('page_time').selectAll().where('response_id', '=', id).execute();
      const timeBefore = await time();
      expect(await writePage(store.db, id, itemPage(2, 'b', 'B2'))).toEqual({ kind: 'removed' });
      expect(sorted(await loadCells(store.db, id))).toEqual(sorted(before));
      expect(await time()).toEqual(timeBefore);
    });

    it('adds a new item after the last, once, and not beyond the most the group takes', async () => {
      const id = await threeItems();
      // Two tabs each began a fourth item; the second finds the first's there and goes after it.
      expect(await writePage(store.db, id, itemPage(4, 'd', 'D', true, 5))).toEqual({
        kind: 'saved',
        item: 4,
      });
      expect(await writePage(store.db, id, itemPage(4, 'e', 'E', true, 5))).toEqual({
        kind: 'saved',
        item: 5,
      });
      // The same new item sent twice (a double click) is one item.
      expect(await writePage(store.db, id, itemPage(5, 'e', 'E2', true, 5))).toEqual({
        kind: 'saved',
        item: 5,
      });
      expect(await writePage(store.db, id, itemPage(6, 'f', 'F', true, 5))).toEqual({ kind: 'full' });
      expect((await items(id)).map((i) => `${i.item}:${i.key}:${i.answer}`)).toEqual([
        '1:a:A',
        '2:b:B',
        '3:c:C',
        '4:d:D',
        '5:e:E2',
      ]);
    });

    it('renumbers the items after a removed one, whatever order their rows were written in', async () => {
      const id = await threeItems();
      expect(await writePage(store.db, id, itemPage(4, 'd', 'D', true))).toEqual({ kind: 'saved', item: 4 });
      // Later items rewritten first: their rows now lie in the table in descending order.
      for (const [index, key] of [
        [4, 'd'],
        [3, 'c'],
        [2, 'b'],
      ] as const)
        await writePage(store.db, id, itemPage(index, key, `${key.toUpperCase()}2`));
      // As a sequential scan finds them, as the planner may choose: in the order they lie.
      await store.db.transaction().execute(async (trx) => {
        await sql`set local enable_indexscan = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        await removeItem(trx, id, ids, 1);
      });
      expect((await items(id)).map((i) => `${i.item}:${i.key}:${i.answer}`)).toEqual([
        '1:b:B2',
        '2:c:C2',
        '3:d:D2',
      ]);
      expect(await findItem(store.db, id, 'g', 'd')).toBe(3);
      expect(await findItem(store.db, id, 'g', 'a')).toBeUndefined();
    });
  });

  const responseRow = (id: string) =>
    store.db.selectFrom('response').selectAll().where('id', '=', id).executeTakeFirst();
});
