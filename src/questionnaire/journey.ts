import type { Answer, AnswerMap, ResponseState } from './answers.ts';
import { repeatOf } from './answers.ts';
import type { Page, Question, RepeatGroup } from './definition/schema.ts';
import { takesAnswer } from './definition/schema.ts';
import type { EvalContext, Value } from './expression/index.ts';
import { evaluate, evaluateBoolean } from './expression/index.ts';
import type { AnswerIssue } from './issues.ts';
import type { Model } from './model.ts';

/** One place a respondent can be. Keys are stable and appear in URLs and in saved-page records. */
export type Step =
  | { readonly kind: 'page'; readonly key: string; readonly page: Page }
  | {
      readonly kind: 'item';
      readonly key: string;
      readonly group: RepeatGroup;
      /** 1-based item number. */
      readonly index: number;
      readonly page: Page;
    }
  | { readonly kind: 'summary'; readonly key: string; readonly group: RepeatGroup }
  | { readonly kind: 'check'; readonly key: 'check' }
  | { readonly kind: 'declined'; readonly key: 'declined' };

export const itemKey = (groupId: string, index: number, pageId: string) => `${groupId}/${index}/${pageId}`;

/** What expressions see: answers of visible questions before this point, top level and in the item. */
export interface Env {
  readonly top: Readonly<Record<string, Value>>;
  readonly item: Readonly<Record<string, Value>> | null;
  readonly today: string;
}

export function contextOf(env: Env, self?: Value): EvalContext {
  const ref = (id: string): Value => {
    if (env.item !== null && id in env.item) return env.item[id] ?? null;
    return env.top[id] ?? null;
  };
  return self === undefined ? { ref, today: env.today } : { ref, self, today: env.today };
}

export interface VisitedStep {
  readonly step: Step;
  /** The visible items of a page or item step (info and calculations included). */
  readonly questions: readonly Question[];
  /** The answers of this step's item (the top level for plain pages). */
  readonly answers: AnswerMap;
  /** The environment the step's expressions are evaluated in, before its own answers. */
  readonly env: Env;
  readonly complete: boolean;
}

export interface Journey {
  /** The visible steps in order, ending with `check` (or `declined`). */
  readonly steps: readonly VisitedStep[];
  /** The first step that still needs the respondent. */
  readonly next: VisitedStep;
  /** The step, if the respondent may be there now. */
  visit(key: string): VisitedStep | undefined;
  /** The step before `key`, for the back link. */
  previous(key: string): VisitedStep | undefined;
  /** The first page of a new item of `group`, if one may be added now. */
  newItem(groupId: string): VisitedStep | undefined;
}

/** The value an answer has in expressions; deliberate non-answers read as null. */
export function answerValue(answer: Answer | undefined): Value {
  if (answer === undefined || answer.kind !== 'value') return null;
  return answer.value;
}

function isRelevant(model: Model, source: string | undefined, env: Env): boolean {
  return source === undefined || evaluateBoolean(model.expression(source), contextOf(env));
}

export function isRequired(model: Model, q: Question, env: Env): boolean {
  if (q.type === 'consent') return true;
  if (!takesAnswer(q) || q.required === undefined || q.required === false) return false;
  return q.required === true || evaluateBoolean(model.expression(q.required), contextOf(env));
}

/** The page's visible items; relevance only reads earlier pages, so answers on this page do not matter. */
export function visibleItems(model: Model, page: Page, env: Env): Question[] {
  return page.items.filter((q) => q.type === 'calculate' || isRelevant(model, q.relevant, env));
}

/** The environment after a page: its visible answers and calculations added, in order. */
export function extendEnv(
  model: Model,
  env: Env,
  questions: readonly Question[],
  answers: AnswerMap,
  scope: 'top' | 'item',
): Env {
  const added: Record<string, Value> = {};
  // Built when a calculation needs the page so far, and once at the end: copying the environment
  // after every question made a long questionnaire's journey quadratic in its answers.
  const withAdded = (): Env =>
    scope === 'top'
      ? { ...env, top: { ...env.top, ...added } }
      : { ...env, item: { ...(env.item ?? {}), ...added } };
  let any = false;
  for (const q of questions) {
    if (q.type === 'info') continue;
    added[q.id] =
      q.type === 'calculate'
        ? evaluate(model.expression(q.expression), contextOf(any ? withAdded() : env))
        : answerValue(answers[q.id]);
    any = true;
  }
  return any ? withAdded() : env;
}

/** Required questions left unanswered on a page, given the page's answers. */
export function requiredIssues(
  model: Model,
  questions: readonly Question[],
  answers: AnswerMap,
  envAfter: Env,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const q of questions) {
    if (!isRequired(model, q, envAfter)) continue;
    const answer = answers[q.id];
    if (q.type === 'matrix') {
      const rows = answer?.kind === 'rows' ? answer.rows : {};
      const open = q.rows.filter((r) => rows[r.code] === undefined);
      if (open.length === q.rows.length)
        issues.push({ path: `${q.id}.${q.rows[0]!.code}`, code: 'required' });
      else for (const r of open) issues.push({ path: `${q.id}.${r.code}`, code: 'matrix.rowRequired' });
    } else if (answer === undefined) {
      issues.push({ path: q.id, code: q.type === 'consent' ? 'consent.required' : 'required' });
    }
  }
  return issues;
}

function declinedConsent(questions: readonly Question[], answers: AnswerMap): boolean {
  return questions.some((q) => q.type === 'consent' && answerValue(answers[q.id]) === 'no');
}

/**
 * Where the respondent is, derived from what they have saved; never stored. Each call walks the
 * questionnaire once, in order, so every expression sees only answers on visible earlier pages
 * (answers left on pages that became hidden are ignored, not deleted).
 */
export function journey(model: Model, state: ResponseState, today: string): Journey {
  const steps: VisitedStep[] = [];
  let env: Env = { top: {}, item: null, today };
  let ended = false;

  const visitPage = (step: Step & { page: Page }, answers: AnswerMap, scope: 'top' | 'item'): Env => {
    const questions = visibleItems(model, step.page, env);
    const after = extendEnv(model, env, questions, answers, scope);
    const complete =
      state.saved.has(step.key) && requiredIssues(model, questions, answers, after).length === 0;
    steps.push({ step, questions, answers, env, complete });
    if (declinedConsent(questions, answers)) {
      steps.push({
        step: { kind: 'declined', key: 'declined' },
        questions: [],
        answers: {},
        env: after,
        complete: false,
      });
      ended = true;
    }
    return after;
  };

  for (const entry of model.definition.pages) {
    if (ended) break;
    if (entry.type === 'page') {
      if (!isRelevant(model, entry.relevant, env)) continue;
      env = visitPage({ kind: 'page', key: entry.id, page: entry }, state.answers, 'top');
      continue;
    }
    if (!isRelevant(model, entry.relevant, env)) {
      env = { ...env, top: { ...env.top, [entry.id]: [] } };
      continue;
    }
    const repeat = repeatOf(state, entry.id) ?? { items: [], done: false };
    const outer = env;
    repeat.items.forEach((item, i) => {
      env = { ...outer, item: {} };
      for (const page of entry.pages) {
        if (!isRelevant(model, page.relevant, env)) continue;
        env = visitPage(
          { kind: 'item', key: itemKey(entry.id, i + 1, page.id), group: entry, index: i + 1, page },
          item,
          'item',
        );
      }
    });
    env = { ...outer, item: null, top: { ...outer.top, [entry.id]: repeat.items.map((_, i) => i + 1) } };
    const count = repeat.items.length;
    if (count < entry.min) {
      const first = entry.pages[0]!;
      const step: Step = {
        kind: 'item',
        key: itemKey(entry.id, count + 1, first.id),
        group: entry,
        index: count + 1,
        page: first,
      };
      steps.push({
        step,
        questions: visibleItems(model, first, { ...outer, item: {} }),
        answers: {},
        env: { ...outer, item: {} },
        complete: false,
      });
    } else {
      steps.push({
        step: { kind: 'summary', key: entry.id, group: entry },
        questions: [],
        answers: {},
        env,
        complete: repeat.done,
      });
    }
  }
  if (!ended)
    steps.push({ step: { kind: 'check', key: 'check' }, questions: [], answers: {}, env, complete: false });

  const nextIndex = steps.findIndex((s) => !s.complete);
  const next = steps[nextIndex]!;
  const indexOf = (key: string) => steps.findIndex((s) => s.step.key === key);

  return {
    steps,
    next,
    visit(key) {
      const i = indexOf(key);
      return i >= 0 && i <= nextIndex ? steps[i] : undefined;
    },
    previous(key) {
      const i = indexOf(key);
      return i > 0 ? steps[i - 1] : undefined;
    },
    newItem(groupId) {
      const group = model.groups.get(groupId);
      if (group === undefined) return undefined;
      const summary = indexOf(groupId);
      const count = repeatOf(state, groupId)?.items.length ?? 0;
      // The summary is reached, or an item of the group is under way (another tab's new item, say).
      const pending = steps[nextIndex]?.step;
      const within = pending?.kind === 'item' && pending.group.id === groupId;
      if (summary < 0 || (summary > nextIndex && !within) || count >= group.max) {
        // Below the minimum there is no summary: the new item is itself the next step.
        return within && pending.index === count + 1 ? steps[nextIndex] : undefined;
      }
      const first = group.pages[0]!;
      const base = steps[summary]!.env;
      const itemEnv: Env = { ...base, item: {} };
      return {
        step: {
          kind: 'item',
          key: itemKey(groupId, count + 1, first.id),
          group,
          index: count + 1,
          page: first,
        },
        questions: visibleItems(model, first, itemEnv),
        answers: {},
        env: itemEnv,
        complete: false,
      };
    },
  };
}
