import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoModel } from '../../test/support/respondents.ts';
import { answerIssueCodes } from './issues.ts';
import type { VisitedStep } from './journey.ts';
import { journey } from './journey.ts';
import type { Model } from './model.ts';
import { pageFields, submitPage, submitSummary } from './page.ts';
import { seededRandom, simulateResponse } from './simulate.ts';

const today = '2026-11-23';

/** What a respondent's browser, a hand-edited form or a robot can put in a field. */
const oddValues = [
  '',
  ' ',
  '~dont_know',
  '~prefer_not_to_say',
  '~nope',
  '-0',
  '1e309',
  'NaN',
  ' 12 ',
  '٣',
  '0x10',
  '31',
  '2',
  '13',
  '2026',
  'yes',
  'no',
  'FI',
  'zz',
  '__proto__',
  'x'.repeat(5000),
];

describe('submitPage on any form (property)', () => {
  let model: Model;
  let steps: VisitedStep[];
  /** The values simulated respondents sent in each field, so that random forms are often nearly right. */
  let sent: string[];

  beforeAll(async () => {
    model = await demoModel();
    const byKey = new Map<string, VisitedStep>();
    const values = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const run = simulateResponse(model, seededRandom(seed), today);
      for (const visited of journey(model, run.state, today).steps)
        if (visited.step.kind === 'page' || visited.step.kind === 'item')
          byKey.set(visited.step.key, visited);
      for (const { form } of run.forms)
        for (const list of Object.values(form)) for (const v of list) values.add(v);
    }
    steps = [...byKey.values()];
    sent = [...values];
  });

  it('never throws; refuses forged fields, or answers only the page’s questions, or names each issue', () => {
    expect(steps.length).toBeGreaterThan(10);
    const value = fc.oneof(
      fc.constantFrom(...sent),
      fc.constantFrom(...oddValues),
      fc.string({ maxLength: 30 }),
    );
    const step = fc.constantFrom(...steps);
    const case_ = step.chain((visited) => {
      const names = [...pageFields(visited)];
      const name = fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...names) },
        fc.string({ maxLength: 12 }),
      );
      return fc.tuple(fc.constant(visited), fc.dictionary(name, fc.array(value, { maxLength: 3 })));
    });
    fc.assert(
      fc.property(case_, ([visited, form]) => {
        const result = submitPage(model, visited, form);
        const allowed = pageFields(visited);
        const forged = Object.keys(form).filter((n) => !allowed.has(n));
        const ids = new Set(visited.questions.map((q) => q.id));
        if (forged.length > 0) {
          expect(result).toEqual({ kind: 'forged', fields: forged });
        } else if (result.kind === 'valid') {
          for (const id of Object.keys(result.answers)) expect(ids).toContain(id);
        } else {
          expect(result.kind).toBe('invalid');
          if (result.kind !== 'invalid') return;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(ids).toContain(issue.path.split('.')[0]);
            expect(answerIssueCodes).toContain(issue.code);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws on the "add another?" question, whatever it is sent', () => {
    const groups = [...model.groups.keys()];
    const state = simulateResponse(model, seededRandom(7), today).state;
    fc.assert(
      fc.property(
        fc.constantFrom(...groups),
        fc.dictionary(
          fc.oneof(fc.constant('addAnother'), fc.string({ maxLength: 12 })),
          fc.array(fc.oneof(fc.constantFrom('yes', 'no', ' yes ', ''), fc.string()), { maxLength: 3 }),
        ),
        (group, form) => {
          const result = submitSummary(model, state, group, form);
          expect(['forged', 'invalid', 'add', 'done']).toContain(result.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
