import { describe, expect, it } from 'vitest';
import {
  choices,
  page,
  pageWhen,
  q,
  questionnaire,
  repeat,
  single,
  text,
} from '../../test/support/builder.ts';
import { emptyState } from './answers.ts';
import { estimateTime, routeSeconds } from './estimate.ts';
import { journey } from './journey.ts';
import { applyPage } from './state.ts';

const today = '2026-11-23';

describe('estimateTime', () => {
  it('counts reading at 180 words a minute, answering by type, and each page', () => {
    // "label a" (2 words) + "label x", "label y" (4 words): 6 words = 2 s; a single: 3 s; a page: 4 s.
    const model = questionnaire(page('p1', single('a', ['x', 'y'])));
    // "check your answers": 4 s for the page, 15 s to look it over.
    expect(estimateTime(model.definition).seconds).toBeCloseTo(2 + 3 + 4 + 19);
  });

  it('scans long lists instead of reading them', () => {
    const codes = (n: number) => [...Array(n).keys()].map((i) => `c${i}`);
    const at = (n: number) =>
      estimateTime(questionnaire(page('p1', single('a', codes(n)))).definition).seconds;
    // Up to 12 choices every label (2 words each) is read; beyond, half of them.
    expect(at(12) - at(11)).toBeCloseTo(2 / 3);
    expect(at(14)).toBeCloseTo(at(12) - 24 / 3 + 28 / 6);
  });

  it('gives a matrix time per row and a long text more than a short one', () => {
    const matrix = q('matrix', 'm', { rows: choices(['r1', 'r2', 'r3']), choices: choices(['1', '2']) });
    const withMatrix = estimateTime(questionnaire(page('p1', matrix)).definition).seconds;
    const base = estimateTime(questionnaire(page('p1', q('calculate', 'i'))).definition).seconds;
    // label (2) + rows (6) + choices (4) = 12 words = 4 s; 3 rows at 2.5 s.
    expect(withMatrix - base).toBeCloseTo(4 + 7.5);
    const short = estimateTime(questionnaire(page('p1', text('t'))).definition).seconds;
    const long = estimateTime(questionnaire(page('p1', q('longtext', 't'))).definition).seconds;
    expect(long).toBeGreaterThan(short);
  });

  it('counts a repeat group once (or its minimum) and says what one more item adds', () => {
    const group = (min: number) =>
      questionnaire(
        page('p1', single('a', ['x'])),
        repeat('g', { min, max: 5 }, page('g1', text('t1')), page('g2', text('t2'))),
      ).definition;
    const once = estimateTime(group(0));
    const twice = estimateTime(group(2));
    expect(once.perItem.g).toBeGreaterThan(0);
    expect(twice.seconds - once.seconds).toBeCloseTo(once.perItem.g!);
    expect(estimateTime(group(0), { repeatItems: 3 }).seconds - once.seconds).toBeCloseTo(
      2 * once.perItem.g!,
    );
  });
});

describe('routeSeconds', () => {
  const model = questionnaire(
    page('p1', single('a', ['yes', 'no'])),
    pageWhen('p2', "${a} = 'yes'", text('b')),
    page('p3', single('c', ['x', 'y'])),
  );
  const routeAfter = (a: string) => {
    const first = journey(model, emptyState, today).next;
    const state = applyPage(emptyState, first, { a: { kind: 'value', value: a } });
    return journey(model, state, today).steps;
  };

  it('counts only what the respondent was shown', () => {
    const yes = routeSeconds(model.definition, routeAfter('yes'));
    const no = routeSeconds(model.definition, routeAfter('no'));
    // p2: a page (4 s), "label b" (2 words), a short text (15 s).
    expect(yes - no).toBeCloseTo(4 + 2 / 3 + 15);
    expect(yes).toBeCloseTo(estimateTime(model.definition).seconds);
  });
});
