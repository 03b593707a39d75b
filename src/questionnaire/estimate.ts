import type { Page, Question, Questionnaire, RepeatGroup } from './definition/schema.ts';
import type { VisitedStep } from './journey.ts';
import { resolveText } from './localized-text.ts';

/**
 * How long a questionnaire takes, from what it shows: the time to read every text on a page and
 * the time to answer each question, summed over the longest route (every page and question shown,
 * whatever the skip logic) with each repeat group filled in a given number of times.
 *
 * Two views: `estimateTime` counts every page whatever the skip logic (an upper bound, and what
 * one more repeat item adds); `routeSeconds` counts what one respondent was shown, so simulated
 * respondents give the spread of real routes.
 *
 * A planning model, not a measurement: it lets a study check the minutes it promises on the landing
 * page against the items it asks. The constants are ours: reading at 180 words a minute, a
 * plain-language pace for a mixed public, plus a few seconds to answer each kind of question.
 * Fieldwork data (time per page is stored with every response) is the real test.
 */

/** Words read per second (180 a minute). */
const wordsPerSecond = 3;
/** Seconds to find the button, submit and load the next page. */
const pageSeconds = 4;
/** Seconds to answer, beyond reading, by question type; per row or choice where that is the unit. */
const answerSeconds: Record<Question['type'], number> = {
  single: 3,
  likert: 3,
  multiple: 5,
  matrix: 0,
  text: 15,
  longtext: 45,
  number: 6,
  date: 10,
  country: 6,
  ranking: 0,
  consent: 3,
  info: 0,
  calculate: 0,
};
const matrixRowSeconds = 2.5;
/** Seconds to look over "check your answers" before submitting. */
const checkSeconds = 15;
/** More choices than this (where radios turn into a drop-down list) are scanned, not read. */
const longList = 12;
const rankingChoiceSeconds = 3;

export interface TimeEstimate {
  /** Every page and question, whatever the skip logic, with each repeat group filled once (or its minimum). */
  readonly seconds: number;
  /** What one more item adds, per repeat group id. */
  readonly perItem: Readonly<Record<string, number>>;
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/** Seconds to read and answer pages, questions and summaries, in one language. */
function timer(questionnaire: Questionnaire, language: string) {
  const text = (t: Readonly<Record<string, string>> | undefined) =>
    t === undefined ? 0 : words(resolveText(t, language, questionnaire.fallbackLanguage));
  const read = (count: number) => count / wordsPerSecond;

  const question = (q: Question): number => {
    if (q.type === 'calculate') return 0;
    let shown = text(q.label);
    if (q.type === 'info') return read(shown + text(q.body));
    shown += text(q.hint);
    if (q.type === 'consent') shown += text(q.statement);
    if ('choices' in q) {
      // A long list is scanned, not read: on average half of it before the answer is found.
      const all = q.choices.reduce((sum, c) => sum + text(c.label), 0);
      shown += q.choices.length > longList ? all / 2 : all;
    }
    let answer = answerSeconds[q.type];
    if (q.type === 'matrix') {
      shown += q.rows.reduce((sum, r) => sum + text(r.label), 0);
      answer = q.rows.length * matrixRowSeconds;
    }
    if (q.type === 'ranking') answer = q.choices.length * rankingChoiceSeconds;
    return read(shown) + answer;
  };
  return {
    page: (page: Page, questions: readonly Question[] = page.items) =>
      pageSeconds + read(text(page.title)) + questions.reduce((s, q) => s + question(q), 0),
    /** The summary after a repeat group's items: reading the list and answering "add another?". */
    summary: (group: RepeatGroup) =>
      pageSeconds + read(text(group.title) + text(group.addAnother)) + answerSeconds.single,
    check: () => pageSeconds + checkSeconds,
  };
}

/** The whole questionnaire, every branch counted: an upper bound, and the time per repeat item. */
export function estimateTime(
  questionnaire: Questionnaire,
  options: { readonly language?: string; readonly repeatItems?: number } = {},
): TimeEstimate {
  const time = timer(questionnaire, options.language ?? questionnaire.fallbackLanguage);
  let seconds = time.check();
  const perItem: Record<string, number> = {};
  for (const entry of questionnaire.pages) {
    if (entry.type === 'page') {
      seconds += time.page(entry);
      continue;
    }
    const item = entry.pages.reduce((s, p) => s + time.page(p), 0);
    perItem[entry.id] = item;
    seconds += item * Math.max(entry.min, options.repeatItems ?? 1) + time.summary(entry);
  }
  return { seconds, perItem };
}

/**
 * One respondent's route (the steps of a journey, with the questions each showed), counting repeat
 * items up to `repeatItems` per group (all when left out).
 */
export function routeSeconds(
  questionnaire: Questionnaire,
  steps: readonly Pick<VisitedStep, 'step' | 'questions'>[],
  options: { readonly language?: string; readonly repeatItems?: number } = {},
): number {
  const time = timer(questionnaire, options.language ?? questionnaire.fallbackLanguage);
  const limit = options.repeatItems ?? Number.POSITIVE_INFINITY;
  let seconds = 0;
  for (const { step, questions } of steps) {
    if (step.kind === 'page') seconds += time.page(step.page, questions);
    else if (step.kind === 'item' && step.index <= limit) seconds += time.page(step.page, questions);
    else if (step.kind === 'summary') seconds += time.summary(step.group);
    else if (step.kind === 'check') seconds += time.check();
  }
  return seconds;
}
