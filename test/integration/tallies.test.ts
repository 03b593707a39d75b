import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, SimulatedResponse } from '../../src/questionnaire/index.ts';
import type { TallyScope } from '../../src/store/index.ts';
import {
  askedCounts,
  codeCounts,
  findStudy,
  numberSummaries,
  respondentCounts,
} from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

/** R's default quantile (type 7), the definition percentile_cont uses. */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? 0) - sorted[lo]!);
}

const answerOf = (a: Answer | undefined) => (a?.kind === 'value' ? a.value : undefined);

describe.each(engines())('tallies in SQL on %s', (engine) => {
  let t: TestApp;
  let scope: TallyScope;
  const runs: SimulatedResponse[] = [];
  beforeAll(async () => {
    t = await testApp(engine);
    const model = await demoModel();
    for (let seed = 300; seed < 318; seed++) runs.push(await completeDemo(new Browser(t.app), model, seed));
    // One started and never completed: it counts nowhere.
    const partial = new Browser(t.app);
    await partial.get('/en/s/demo/demo/p/p_consent');
    await partial.post('/en/s/demo/demo/p/p_consent', { consent: 'yes' });
    scope = { studyId: (await findStudy(t.store.db, 'demo'))!.id };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('counts completed respondents only', async () => {
    expect(await respondentCounts(t.store.db, scope, { kind: 'none' })).toEqual([{ group: '', n: 18 }]);
  });

  it('counts each code of a single choice as the engine recorded it', async () => {
    const expected = new Map<string, number>();
    for (const run of runs) {
      const v = answerOf(run.state.answers.role);
      if (typeof v === 'string') expected.set(v, (expected.get(v) ?? 0) + 1);
    }
    const got = await codeCounts(t.store.db, scope, { id: 'role' }, { kind: 'none' });
    expect(new Map(got.filter((c) => c.code !== null).map((c) => [c.code!, c.n]))).toEqual(expected);
  });

  it('counts each code of a multiple choice once per respondent, and the base', async () => {
    const expected = new Map<string, number>();
    let answered = 0;
    for (const run of runs) {
      const v = answerOf(run.state.answers.heard);
      if (!Array.isArray(v)) continue;
      answered++;
      for (const code of v) expected.set(String(code), (expected.get(String(code)) ?? 0) + 1);
    }
    const got = await codeCounts(t.store.db, scope, { id: 'heard' }, { kind: 'none' });
    expect(new Map(got.filter((c) => c.code !== null).map((c) => [c.code!, c.n]))).toEqual(expected);
    const base = await askedCounts(t.store.db, scope, { id: 'heard' }, { kind: 'none' });
    expect(base[0]!.answered).toBe(answered);
  });

  it('summarises numbers with the quartiles R and percentile_cont agree on', async () => {
    const ages = runs
      .map((r) => answerOf(r.state.answers.age))
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    const [summary] = await numberSummaries(t.store.db, scope, { id: 'age' }, { kind: 'none' });
    expect(summary!.n).toBe(ages.length);
    expect(summary!.median).toBeCloseTo(quantile(ages, 0.5), 9);
    expect(summary!.q1).toBeCloseTo(quantile(ages, 0.25), 9);
    expect(summary!.q3).toBeCloseTo(quantile(ages, 0.75), 9);
    expect(summary!.mean).toBeCloseTo(ages.reduce((a, b) => a + b, 0) / ages.length, 9);
  });

  it('counts repeat-group answers per item or per respondent, as asked', async () => {
    let items = 0;
    let holders = 0;
    for (const run of runs) {
      const described = run.state.repeats.mc?.items ?? [];
      const withTitle = described.filter((i) => answerOf(i.mc_title) !== undefined).length;
      items += withTitle;
      if (withTitle > 0) holders++;
    }
    const perItem = await askedCounts(t.store.db, scope, { id: 'mc_title', perItem: true }, { kind: 'none' });
    const perRespondent = await askedCounts(t.store.db, scope, { id: 'mc_title' }, { kind: 'none' });
    expect(perItem[0]?.answered ?? 0).toBe(items);
    expect(perRespondent[0]?.answered ?? 0).toBe(holders);
  });

  it('crosses a question with the answer to another', async () => {
    const expected = new Map<string, number>();
    for (const run of runs) {
      const role = answerOf(run.state.answers.role);
      const holds = answerOf(run.state.answers.holds);
      if (typeof role === 'string' && typeof holds === 'string') {
        const key = `${role}|${holds}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const got = await codeCounts(t.store.db, scope, { id: 'holds' }, { kind: 'answer', questionId: 'role' });
    expect(
      new Map(
        got.filter((c) => c.code !== null && c.group !== null).map((c) => [`${c.group}|${c.code}`, c.n]),
      ),
    ).toEqual(expected);
  });
});
