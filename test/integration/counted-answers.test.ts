import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/questionnaire/index.ts';
import { seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { demoModel } from '../support/respondents.ts';

/** A seed whose simulated respondent holds microcredentials and describes at least one. */
function holderSeed(model: Model): number {
  for (let seed = 1; seed < 500; seed++) {
    const run = simulateResponse(model, seededRandom(seed), '2026-11-23');
    const holds = run.state.answers.holds;
    if (holds?.kind === 'value' && holds.value === 'yes' && (run.state.repeats.mc?.items.length ?? 0) > 0)
      return seed;
  }
  throw new Error('no holder among the seeds');
}

describe.each(engines())('which answers count once a response is completed, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps answers left on pages the final route hides, but no longer counts them', async () => {
    const model = await demoModel();
    const urls = questionnaireUrls('en', 'demo', 'demo');
    const run = simulateResponse(model, seededRandom(holderSeed(model)), '2026-11-23');
    const b = new Browser(t.app);
    await b.get(urls.stepKey(run.forms[0]!.step));
    for (const { step, form } of run.forms) {
      const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
      expect((await b.post(path, form)).status).toBe(303);
    }
    // Back to "do you hold one?": now no. The microcredentials described drop off the route.
    await b.get(urls.stepKey('p_holds'));
    expect((await b.post(urls.stepKey('p_holds'), { holds: 'no' })).status).toBe(303);
    await b.get(urls.stepKey('p_why_not'));
    expect((await b.post(urls.stepKey('p_why_not'), { why_not: 'cost' })).status).toBe(303);
    expect((await b.post(urls.check())).location).toBe(urls.done());

    const rows = await t.store.db
      .selectFrom('answer')
      .select(['question_id', 'item', 'counted'])
      .where('part', 'not like', '#%')
      .execute();
    const counted = (id: string) => rows.filter((r) => r.question_id === id).map((r) => r.counted);
    expect(counted('mc_title').length).toBeGreaterThan(0);
    expect(new Set(counted('mc_title'))).toEqual(new Set([false]));
    expect(counted('why_not')).toEqual([true]);
    expect(counted('holds')).toEqual([true]);
    // The calculated value on the last page counts too.
    expect(counted('n_mc')).toEqual([true]);
  });
});
