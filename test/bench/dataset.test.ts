import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../bench/lib/dataset.ts';
import {
  cellsOfState,
  generateResponses,
  instrumentShares,
  modelsOf,
  simulateJourneys,
} from '../../bench/lib/dataset.ts';
import type { Model } from '../../src/questionnaire/index.ts';
import type { NewAnswerCell, Store } from '../../src/store/index.ts';
import { loadCells, respondentCounts, stateFromCells } from '../../src/store/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import { engines } from '../support/database.ts';

/** The benchmarks' data must be what credmap itself would have stored, or they measure something else. */
const options = { seed: 11, distinct: 90, closesAt: new Date('2026-11-30T22:59:59Z'), days: 75 };
let models: Map<string, Model>;
let journeys: Journey[];

beforeAll(async () => {
  const study = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials')!;
  models = modelsOf(study);
  journeys = simulateJourneys(models, options);
});

/** Cells as the database gives them back: jsonb parsed. */
const asStored = (cells: readonly NewAnswerCell[]) =>
  cells.map((c) => ({ ...c, value: c.value === null ? null : JSON.parse(c.value) }));

describe('generated responses', () => {
  it('store exactly the state each simulated journey reached, in every questionnaire', () => {
    expect(new Set(journeys.map((j) => j.instrument))).toEqual(new Set(Object.keys(instrumentShares)));
    for (const j of journeys) {
      const back = stateFromCells(
        asStored(cellsOfState(j.model, j.state)),
        (id) => j.model.groupOf.get(id)?.id,
      );
      expect(isDeepStrictEqual(back, j.state)).toBe(true);
    }
    // Repeat groups with items, and skipped questions, are among them.
    expect(journeys.some((j) => Object.values(j.state.repeats).some((r) => r.items.length > 1))).toBe(true);
  });

  it('spread over the eight languages and the Member States, end before closing, have unique codes', () => {
    const responses = [...generateResponses(journeys, 3000, options)];
    expect(new Set(responses.map((r) => r.language))).toEqual(
      new Set(['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl']),
    );
    const countries = new Set(
      responses.flatMap((r) =>
        r.cells.filter((c) => c.question_id === 'country' && c.value !== null).map((c) => c.value),
      ),
    );
    expect(countries.size).toBeGreaterThan(20);
    expect(responses.every((r) => r.completedAt <= options.closesAt && r.startedAt < r.completedAt)).toBe(
      true,
    );
    // Most answers arrive in the last fifth of the fieldwork.
    const lastFifth = options.closesAt.getTime() - (options.days / 5) * 86_400_000;
    expect(responses.filter((r) => r.completedAt.getTime() >= lastFifth).length).toBeGreaterThan(1500);
    for (const key of ['id', 'resumeHash', 'receipt'] as const)
      expect(new Set(responses.map((r) => r[key])).size).toBe(responses.length);
  });

  it('are the same for the same seed', () => {
    const a = [...generateResponses(journeys, 50, options)];
    const b = [...generateResponses(journeys, 50, options)];
    expect(a).toEqual(b);
  });
});

describe.runIf(engines().includes('postgresql'))('bulk loading on PostgreSQL', () => {
  const name = `credmap_test_bench_${process.pid}`;
  let store: Store;
  let bench: typeof import('../../bench/lib/bench-database.ts');
  beforeAll(async () => {
    process.env.BENCH_DATABASE_URL = process.env.TEST_DATABASE_URL;
    bench = await import('../../bench/lib/bench-database.ts');
    store = await bench.freshDatabase(name);
  });
  afterAll(async () => {
    await store?.close();
    await bench?.dropDatabase(name);
  });

  it('loads responses that credmap reads back as it stored them, with the migrated schema intact', async () => {
    const report = await bench.loadStudyResponses(store, name, 300, options);
    expect(report.responses).toBe(300);
    const study = await store.db
      .selectFrom('study')
      .select('id')
      .where('slug', '=', 'microcredentials')
      .executeTakeFirstOrThrow();
    const [all] = await respondentCounts(store.db, { studyId: study.id }, { kind: 'none' });
    expect(all?.n).toBe(300);
    const expected = [...generateResponses(journeys, 300, options)];
    for (const r of expected.slice(0, 40)) {
      const model = models.get(r.instrument)!;
      const cells = await loadCells(store.db, r.id);
      expect(stateFromCells(cells, (id) => model.groupOf.get(id)?.id)).toEqual(
        stateFromCells(asStored(r.cells), (id) => model.groupOf.get(id)?.id),
      );
    }
    const keys = await store.db
      .selectFrom('pg_indexes' as never)
      .select('indexname' as never)
      .where('tablename' as never, '=', 'answer' as never)
      .execute();
    expect((keys as { indexname: string }[]).map((k) => k.indexname).sort()).toEqual([
      'answer_counted_question',
      'answer_pk',
      'answer_question',
    ]);
  });
});
