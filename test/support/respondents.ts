import type { Model, Questionnaire } from '../../src/questionnaire/index.ts';
import { compile, seededRandom, simulateResponse } from '../../src/questionnaire/index.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { Browser } from './app.ts';

/** The demo questionnaire as loaded from its file: every question type, a repeat group, skip logic. */
export async function demoDefinition(): Promise<Questionnaire> {
  const studies = await readStudies('questionnaires');
  const demo = studies.find((s) => s.study.slug === 'demo')!;
  return demo.questionnaires.find((q) => q.id === 'demo')!;
}

export async function demoModel(): Promise<Model> {
  return compile(await demoDefinition());
}

/**
 * Answers the demo questionnaire from its first page to "send", as a simulated respondent would;
 * with `country`, living there whatever the simulation chose.
 */
export async function completeDemo(
  browser: Browser,
  model: Model,
  seed: number,
  lang = 'en',
  today = '2026-11-23',
  country?: string,
) {
  return completeQuestionnaire(browser, model, { study: 'demo', seed, lang, today, country });
}

/** Answers a questionnaire of a study from its first page to "send", as a simulated respondent would. */
export async function completeQuestionnaire(
  browser: Browser,
  model: Model,
  options: { study: string; seed: number; lang?: string; today?: string; country?: string | undefined },
) {
  const { study, seed, lang = 'en', today = '2026-11-23', country } = options;
  const urls = questionnaireUrls(lang, study, model.definition.id);
  const run = simulateResponse(model, seededRandom(seed), today);
  await browser.get(urls.stepKey(run.forms[0]!.step));
  for (const { step, form } of run.forms) {
    const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
    const answers = country !== undefined && 'country' in form ? { ...form, country: [country] } : form;
    const reply = await browser.post(path, answers);
    if (reply.status !== 303) throw new Error(`${step}: ${reply.status} ${reply.html.slice(0, 300)}`);
  }
  const done = await browser.post(urls.check());
  if (done.location !== urls.done()) throw new Error(`not completed: ${done.status}`);
  return run;
}
