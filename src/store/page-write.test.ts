import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../test/support/database.ts';
import { engines, freshStore } from '../../test/support/database.ts';
import type { AnswerCell, CellWrite, NewAnswerCell } from './answer-rows.ts';
import { applyCellWrite } from './answer-rows.ts';
import type { Store } from './database.ts';
import {
  completeResponse,
  findResponseWithCells,
  insertResponse,
  loadCells,
  openQuestionnaire,
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
          expect(saved).toBe(true);
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
    expect(await writePage(store.db, id, { ...write, honeypot: false, now })).toBe(false);
    const nobody = '00000000-0000-4000-9000-0000000000ff';
    expect(await writePage(store.db, nobody, { ...write, honeypot: false, now })).toBe(false);
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
      let second: Promise<boolean> | undefined;
      await store.db.transaction().execute(async (trx) => {
        const first = [
          { question_id: 'q1', item: 0, part: '', value: '"other"', missing: null },
          { question_id: 'q1', item: 0, part: 'other', value: '"typed"', missing: null },
        ];
        expect(await writePage(trx, id, { ...page, clear, cells: first })).toBe(true);
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
      expect(await second).toBe(true);
      expect(await loadCells(store.db, id)).toEqual([
        { question_id: 'q1', item: 0, part: '', value: 'a', missing: null },
      ]);
    });

  const responseRow = (id: string) =>
    store.db.selectFrom('response').selectAll().where('id', '=', id).executeTakeFirst();
});
