import type { ResponseState } from './answers.ts';
import { emptyState, repeatOf } from './answers.ts';
import { expandCountries } from './definition/countries.ts';
import type { Question } from './definition/schema.ts';
import type { AnswerIssue } from './issues.ts';
import type { VisitedStep } from './journey.ts';
import { journey } from './journey.ts';
import type { Model } from './model.ts';
import { submitPage, submitSummary } from './page.ts';
import { missingPrefix } from './question-types/common.ts';
import { longtextDefaultMax } from './question-types/text.ts';
import { applyPage, finishRepeat } from './state.ts';

/** A source of numbers in [0, 1): Math.random, or a seeded generator for repeatable runs. */
export type Random = () => number;

/** A small seeded generator (mulberry32), so simulated respondents can be replayed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The fields a plausible respondent might send for one question; sometimes nothing, sometimes "don't know". */
function fieldsFor(q: Question, random: Random, today: string): Record<string, string[]> {
  if (q.type === 'info' || q.type === 'calculate') return {};
  if (q.type === 'consent') return { [q.id]: ['yes'] };
  if (chance(random, 0.1)) return {};
  const missing = q.missing ?? [];
  if (missing.length > 0 && chance(random, 0.08)) {
    const code = pick(random, missing);
    const inChoiceField =
      q.type === 'single' || q.type === 'multiple' || q.type === 'likert' || q.type === 'country';
    if (q.type === 'matrix')
      return Object.fromEntries(q.rows.map((r) => [`${q.id}.${r.code}`, [missingPrefix + code]]));
    return inChoiceField ? { [q.id]: [missingPrefix + code] } : { [`${q.id}.missing`]: [code] };
  }
  switch (q.type) {
    case 'single':
    case 'likert': {
      const choice = pick(random, q.choices);
      return choice.other
        ? { [q.id]: [choice.code], [`${q.id}.other`]: ['Something else'] }
        : { [q.id]: [choice.code] };
    }
    case 'multiple': {
      const plain = q.choices.filter((c) => !c.exclusive);
      const exclusive = q.choices.filter((c) => c.exclusive);
      if (exclusive.length > 0 && chance(random, 0.15)) return { [q.id]: [pick(random, exclusive).code] };
      const min = q.minSelected ?? 1;
      const max = Math.min(q.maxSelected ?? plain.length, plain.length);
      const count = min + Math.floor(random() * (max - min + 1));
      const chosen = shuffle(random, plain).slice(0, count);
      const fields: Record<string, string[]> = { [q.id]: chosen.map((c) => c.code) };
      if (chosen.some((c) => c.other)) fields[`${q.id}.other`] = ['Something else'];
      return fields;
    }
    case 'matrix':
      return Object.fromEntries(q.rows.map((r) => [`${q.id}.${r.code}`, [pick(random, q.choices).code]]));
    case 'text':
      return { [q.id]: [`Answer ${Math.floor(random() * 1000)}`.slice(0, q.maxLength ?? 200)] };
    case 'longtext':
      return {
        [q.id]: ['A longer answer, written in a few words.'.slice(0, q.maxLength ?? longtextDefaultMax)],
      };
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? Math.max(min + 100, 100);
      // Small numbers are the likeliest to meet a questionnaire's own constraints.
      const value = min + Math.floor(random() * Math.min(max - min + 1, 40));
      return { [q.id]: [String(value)] };
    }
    case 'date': {
      const min = q.min === undefined ? '2000-01-01' : q.min === 'today' ? today : q.min;
      const max = q.max === undefined || q.max === 'today' ? today : q.max;
      const from = Date.parse(min);
      const day = new Date(from + Math.floor(random() * Math.max(1, Date.parse(max) - from)));
      return {
        [`${q.id}.day`]: [String(day.getUTCDate())],
        [`${q.id}.month`]: [String(day.getUTCMonth() + 1)],
        [`${q.id}.year`]: [String(day.getUTCFullYear())],
      };
    }
    case 'country':
      return { [q.id]: [pick(random, expandCountries(q.countries))] };
    case 'ranking':
      return Object.fromEntries(
        shuffle(random, q.choices).map((c, i) => [`${q.id}.${c.code}`, [String(i + 1)]]),
      );
  }
}

export interface SimulatedResponse {
  readonly state: ResponseState;
  /** The step keys in the order they were answered. */
  readonly path: readonly string[];
  /** The forms that were sent, page by page, as a browser would send them. */
  readonly forms: readonly { step: string; form: Record<string, string[]> }[];
}

/**
 * A respondent who answers whatever the journey shows, at random but within the rules, until
 * "check your answers". A page that comes back invalid (a constraint the dice did not meet) is
 * answered again, as a person would. Used to walk every route of a questionnaire in tests and to
 * generate data for benchmarks.
 */
export function simulateResponse(model: Model, random: Random, today: string): SimulatedResponse {
  let state = emptyState;
  const path: string[] = [];
  const forms: { step: string; form: Record<string, string[]> }[] = [];
  let adding: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const j = journey(model, state, today);
    const visited: VisitedStep | undefined = adding === undefined ? j.next : j.newItem(adding);
    if (visited === undefined) throw new Error(`cannot add to ${adding}`);
    const step = visited.step;
    if (step.kind === 'check' || step.kind === 'declined') return { state, path, forms };
    if (step.kind === 'summary') {
      const count = repeatOf(state, step.key)?.items.length ?? 0;
      const add = count < step.group.max && (count < step.group.min || chance(random, 0.4));
      const form = step.group.max > count ? { addAnother: [add ? 'yes' : 'no'] } : {};
      const result = submitSummary(model, state, step.key, form);
      forms.push({ step: step.key, form });
      path.push(step.key);
      if (result.kind === 'add') adding = step.key;
      else if (result.kind === 'done') state = finishRepeat(state, step.key);
      else throw new Error(`summary ${step.key} refused: ${JSON.stringify(result)}`);
      continue;
    }
    let issues: readonly AnswerIssue[] = [];
    for (let attempt = 0; attempt < 25; attempt++) {
      const form: Record<string, string[]> = {};
      for (const q of visited.questions) Object.assign(form, fieldsFor(q, random, today));
      const result = submitPage(model, visited, form);
      if (result.kind === 'valid') {
        state = applyPage(state, visited, result.answers);
        forms.push({ step: step.key, form });
        path.push(step.key);
        adding = undefined;
        issues = [];
        break;
      }
      issues = result.kind === 'invalid' ? result.issues : [{ path: 'form', code: 'choice.unknown' }];
    }
    if (issues.length > 0)
      throw new Error(`page ${step.key} could not be answered: ${JSON.stringify(issues)}`);
  }
  throw new Error('the journey did not end');
}
