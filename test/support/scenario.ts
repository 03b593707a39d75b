import { expect } from 'vitest';
import type { AnswerIssueCode, Model, ResponseState } from '../../src/questionnaire/index.ts';
import {
  applyPage,
  emptyState,
  finishRepeat,
  journey,
  submitPage,
  submitSummary,
} from '../../src/questionnaire/index.ts';

type Fields = Record<string, string | readonly string[]>;

/**
 * A respondent in process, with no HTTP and no database: it answers the page the journey shows,
 * as a browser form would, and keeps what the server would store.
 *   scenario(model).answer({ q1: 'yes' }).expectPage('p3')
 */
export class Scenario {
  private state: ResponseState = emptyState;
  /** The group whose new item the next answer goes to, after "add another". */
  private addingTo: string | undefined;
  private lastIssues: readonly { path: string; code: AnswerIssueCode }[] = [];

  constructor(
    private readonly model: Model,
    private readonly today = '2026-11-23',
  ) {}

  get current() {
    return journey(this.model, this.state, this.today).next;
  }

  get steps() {
    return journey(this.model, this.state, this.today).steps.map((s) => s.step.key);
  }

  get answers(): ResponseState {
    return this.state;
  }

  expectPage(key: string): this {
    expect(this.current.step.key).toBe(key);
    return this;
  }

  expectIssues(...expected: { path: string; code: AnswerIssueCode }[]): this {
    expect(this.lastIssues.map(({ path, code }) => ({ path, code }))).toEqual(expected);
    return this;
  }

  /** Sends the current page with these fields; invalid answers leave the respondent on it. */
  answer(fields: Fields): this {
    const visited =
      this.addingTo === undefined
        ? this.current
        : journey(this.model, this.state, this.today).newItem(this.addingTo)!;
    const step = visited.step;
    const form = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]]),
    );
    if (step.kind === 'summary') {
      const result = submitSummary(this.model, this.state, step.key, form);
      this.lastIssues = result.kind === 'invalid' ? result.issues : [];
      if (result.kind === 'done') this.state = finishRepeat(this.state, step.key);
      if (result.kind === 'add') this.addingTo = step.key;
      return this;
    }
    if (step.kind !== 'page' && step.kind !== 'item') throw new Error(`cannot answer ${step.key}`);
    const result = submitPage(this.model, visited, form);
    if (result.kind === 'forged') throw new Error(`forged fields: ${result.fields.join(', ')}`);
    this.lastIssues = result.kind === 'invalid' ? result.issues : [];
    if (result.kind !== 'valid') return this;
    this.state = applyPage(this.state, visited, result.answers);
    this.addingTo = undefined;
    return this;
  }

  /** Chooses "add another" on the summary page: the next answer goes to a new item. */
  addItem(): this {
    return this.answer({ addAnother: 'yes' });
  }
}

export const scenario = (model: Model, today?: string) => new Scenario(model, today);
