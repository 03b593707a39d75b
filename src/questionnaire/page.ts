import type { Answer, AnswerMap, ResponseState } from './answers.ts';
import { repeatOf } from './answers.ts';
import { takesAnswer } from './definition/schema.ts';
import type { Value } from './expression/index.ts';
import { evaluateBoolean } from './expression/index.ts';
import type { AnswerIssue } from './issues.ts';
import type { Env, VisitedStep } from './journey.ts';
import { answerValue, contextOf, extendEnv, requiredIssues } from './journey.ts';
import type { Model } from './model.ts';
import type { FormInput } from './question-types/common.ts';
import { decimalMarkOf } from './question-types/common.ts';
import { decodeQuestion, questionFields } from './question-types/registry.ts';

export type PageSubmission =
  /** Fields that no question on this page sends: a forged or stale form. */
  | { readonly kind: 'forged'; readonly fields: readonly string[] }
  | { readonly kind: 'invalid'; readonly issues: readonly AnswerIssue[] }
  | {
      readonly kind: 'valid';
      /**
       * The answers of the page's visible questions (undefined: left unanswered), calculated
       * values included, so that they are kept with the answers.
       */
      readonly answers: Readonly<Record<string, Answer | undefined>>;
    };

/**
 * A calculated value as an answer: numbers and texts as they are, true and false as 1 and 0,
 * lists of codes as lists; nothing for null.
 */
export function calculatedAnswer(value: Value): Answer | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') return { kind: 'value', value: value ? 1 : 0 };
  if (Array.isArray(value)) return { kind: 'value', value: value.map(String) };
  return { kind: 'value', value: value as string | number };
}

/** A calculated value as the answers now stand, where it differs from the one stored. */
export interface StaleCalculation {
  readonly questionId: string;
  /** The repeat item it belongs to (0 outside repeat groups). */
  readonly item: number;
  /** The value now; undefined when it is null, and nothing is to be stored. */
  readonly answer: Answer | undefined;
}

/**
 * The calculated values along a journey that no longer match the answers. A calculation is stored
 * when its page is saved; an answer changed on an earlier step after that (a repeat item added,
 * say, and the check page reached by the back button) leaves it behind until that page is saved
 * again. So a response is brought up to date with these before it is sent.
 */
export function staleCalculations(model: Model, steps: readonly VisitedStep[]): StaleCalculation[] {
  const stale: StaleCalculation[] = [];
  for (const visited of steps) {
    const { step } = visited;
    if (step.kind !== 'page' && step.kind !== 'item') continue;
    if (!visited.questions.some((q) => q.type === 'calculate')) continue;
    const scope = step.kind === 'item' ? 'item' : 'top';
    const after = extendEnv(model, visited.env, visited.questions, visited.answers, scope);
    for (const q of visited.questions) {
      if (q.type !== 'calculate') continue;
      const answer = calculatedAnswer((scope === 'item' ? after.item?.[q.id] : after.top[q.id]) ?? null);
      if (JSON.stringify(answer) !== JSON.stringify(visited.answers[q.id]))
        stale.push({ questionId: q.id, item: step.kind === 'item' ? step.index : 0, answer });
    }
  }
  return stale;
}

/** Every field a visitable page step may send. */
export function pageFields(visited: VisitedStep): Set<string> {
  return new Set(visited.questions.flatMap((q) => questionFields(q)));
}

/**
 * Decodes and validates one page as the respondent sent it, with the same rules whether or not the
 * browser ran any script: types, required and required-if, constraints.
 */
export function submitPage(
  model: Model,
  visited: VisitedStep,
  form: FormInput,
  /** The page's language, which says how its numbers are written (`decimalMarkOf`). */
  language?: string,
  /**
   * The respondent leaves to come back later ("Save and continue later"): a question still to be
   * answered may stay so (consent excepted), and what was answered is kept. The page does not
   * count as done until every required question on it is answered (`journey`), so the respondent
   * comes back to it.
   */
  leaving = false,
): PageSubmission {
  const allowed = pageFields(visited);
  const forged = Object.keys(form).filter((name) => !allowed.has(name));
  if (forged.length > 0) return { kind: 'forged', fields: forged };

  const answers: Record<string, Answer | undefined> = {};
  const issues: AnswerIssue[] = [];
  for (const q of visited.questions) {
    if (!takesAnswer(q)) continue;
    const decoded = decodeQuestion(q, form, {
      today: visited.env.today,
      ...(language === undefined ? {} : { decimalMark: decimalMarkOf(language) }),
    });
    answers[q.id] = decoded.answer;
    issues.push(...decoded.issues);
  }
  const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== undefined)) as AnswerMap;
  const scope = visited.step.kind === 'item' ? 'item' : 'top';
  const after = extendEnv(model, visited.env, visited.questions, given, scope);
  const failed = new Set(issues.map((i) => i.path.split('.')[0]));
  const required = leaving ? visited.questions.filter((q) => q.type === 'consent') : visited.questions;
  issues.push(
    ...requiredIssues(model, required, given, after).filter((i) => !failed.has(i.path.split('.')[0])),
  );
  issues.push(...constraintIssues(model, visited, given, after, failed));
  if (issues.length > 0) return { kind: 'invalid', issues: sortByPage(visited, issues) };

  for (const q of visited.questions) {
    if (q.type !== 'calculate') continue;
    answers[q.id] = calculatedAnswer((scope === 'item' ? after.item?.[q.id] : after.top[q.id]) ?? null);
  }
  return { kind: 'valid', answers };
}

function constraintIssues(
  model: Model,
  visited: VisitedStep,
  answers: AnswerMap,
  env: Env,
  failed: Set<string | undefined>,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const q of visited.questions) {
    if (!takesAnswer(q) || failed.has(q.id)) continue;
    const answer = answers[q.id];
    if (answer?.kind !== 'value') continue;
    for (const c of q.constraints ?? []) {
      if (!evaluateBoolean(model.expression(c.expression), contextOf(env, answerValue(answer)))) {
        issues.push({ path: q.id, code: 'constraint', message: c.message });
        break;
      }
    }
  }
  return issues;
}

/** Issues in the order their questions appear, so the error summary reads like the page. */
function sortByPage(visited: VisitedStep, issues: AnswerIssue[]): AnswerIssue[] {
  const order = new Map(visited.questions.map((q, i) => [q.id, i]));
  const rank = (i: AnswerIssue) => order.get(i.path.split('.')[0] ?? '') ?? 0;
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

export type SummarySubmission =
  | { readonly kind: 'forged'; readonly fields: readonly string[] }
  | { readonly kind: 'invalid'; readonly issues: readonly AnswerIssue[] }
  | { readonly kind: 'add' }
  | { readonly kind: 'done' };

/** The "add another?" question of a repeat group's summary page. */
export function submitSummary(
  model: Model,
  state: ResponseState,
  groupId: string,
  form: FormInput,
): SummarySubmission {
  const group = model.groups.get(groupId)!;
  const count = repeatOf(state, groupId)?.items.length ?? 0;
  const forged = Object.keys(form).filter((name) => name !== 'addAnother');
  if (forged.length > 0) return { kind: 'forged', fields: forged };
  if (count >= group.max) return { kind: 'done' };
  const answer = (form.addAnother ?? []).map((v) => v.trim()).filter((v) => v !== '');
  if (answer.length !== 1 || (answer[0] !== 'yes' && answer[0] !== 'no')) {
    return {
      kind: 'invalid',
      issues: [{ path: 'addAnother', code: answer.length === 0 ? 'repeat.addAnother' : 'choice.unknown' }],
    };
  }
  if (answer[0] === 'yes') return { kind: 'add' };
  if (count < group.min)
    return {
      kind: 'invalid',
      issues: [{ path: 'addAnother', code: 'repeat.min', params: { min: group.min } }],
    };
  return { kind: 'done' };
}
