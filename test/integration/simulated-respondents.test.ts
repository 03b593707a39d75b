import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model, ResponseState } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import { hashCode } from '../../src/respondent/codes.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import { loadCells, stateFromCells } from '../../src/store/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

const today = '2026-11-23';

async function demoModel(): Promise<Model> {
  const [demo] = await readStudies('questionnaires');
  return compile(demo!.questionnaires.find((q) => q.id === 'demo')!);
}

/** Every page of a questionnaire, top level and in repeat groups, and every group's summary. */
function allSteps(model: Model): Set<string> {
  return new Set([...model.pages.keys(), ...model.groups.keys()]);
}

describe('simulated respondents walk every route of the demo', () => {
  it('reach "check your answers" and, together, every page and summary', async () => {
    const model = await demoModel();
    const reached = new Set<string>();
    const itemCounts = new Set<number>();
    for (let seed = 1; seed <= 300; seed++) {
      const run = simulateResponse(model, seededRandom(seed), today);
      for (const key of run.path) reached.add(key.split('/').at(-1)!);
      itemCounts.add(run.state.repeats.mc?.items.length ?? 0);
    }
    expect([...allSteps(model)].filter((key) => !reached.has(key))).toEqual([]);
    // No items (no microcredential), one, several, the most allowed.
    expect([...itemCounts].sort()).toEqual(expect.arrayContaining([0, 1, 2, 5]));
  });

  it('is repeatable from its seed', async () => {
    const model = await demoModel();
    expect(simulateResponse(model, seededRandom(7), today).forms).toEqual(
      simulateResponse(model, seededRandom(7), today).forms,
    );
  });
});

describe.each(engines())('simulated respondents through HTTP on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The answers as the engine holds them, without the record of which pages were saved. */
  const answersOf = (state: ResponseState) => ({ answers: state.answers, repeats: state.repeats });

  it('stores exactly what the engine decided, for every respondent', async () => {
    const model = await demoModel();
    const urls = questionnaireUrls('en', 'demo', 'demo');
    for (let seed = 1; seed <= 12; seed++) {
      const run = simulateResponse(model, seededRandom(1000 + seed), today);
      const b = new Browser(t.app);
      await b.get(urls.stepKey(run.forms[0]!.step));
      for (const { step, form } of run.forms) {
        const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
        const reply = await b.post(path, form);
        expect(reply.status, `${step}: ${reply.html.slice(0, 300)}`).toBe(303);
      }
      expect((await b.post(urls.check())).location).toBe(urls.done());
      const cookie = [...Array(10).keys()].map((i) => b.cookie(`cm_r${i}`)).find((c) => c !== undefined)!;
      const row = await t.store.db
        .selectFrom('response')
        .select(['id', 'completed_at'])
        .where('resume_hash', '=', hashCode(decodeURIComponent(cookie)))
        .executeTakeFirstOrThrow();
      expect(row.completed_at).not.toBeNull();
      const stored = stateFromCells(await loadCells(t.store.db, row.id), (id) => model.groupOf.get(id)?.id);
      expect(answersOf(stored)).toEqual(answersOf(run.state));
    }
  });
});
