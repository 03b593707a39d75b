import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../questionnaire/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import type { ExportColumn } from './columns.ts';
import { exportColumns, uniqueNames } from './columns.ts';

const column = (name: string): ExportColumn => ({ name, label: name, kind: 'text' });

describe('uniqueNames', () => {
  it('numbers a name already taken, ignoring case, and keeps the first', () => {
    expect(uniqueNames(['q', 'Q', 'r', 'q'].map(column)).map((c) => c.name)).toEqual([
      'q',
      'Q_2',
      'r',
      'q_3',
    ]);
  });

  it('never numbers a name into one that is taken', () => {
    // A repeat item's column (`q_2`) and a second `q` would both be `q_2`.
    expect(uniqueNames(['q', 'q_2', 'q'].map(column)).map((c) => c.name)).toEqual(['q', 'q_2', 'q_3']);
    expect(uniqueNames(['q', 'q', 'q_2'].map(column)).map((c) => c.name)).toEqual(['q', 'q_2', 'q_2_2']);
  });

  it('gives names unique regardless of case, changing only those that clash', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-cA-C](_[1-3])?$/), { maxLength: 30 }), (names) => {
        const out = uniqueNames(names.map(column)).map((c) => c.name);
        expect(new Set(out.map((n) => n.toLowerCase())).size).toBe(out.length);
        names.forEach((name, i) => {
          const earlier = names.slice(0, i).some((n) => n.toLowerCase() === name.toLowerCase());
          if (!earlier && !out.slice(0, i).some((n) => n.toLowerCase() === name.toLowerCase()))
            expect(out[i]).toBe(name);
          expect(out[i]!.startsWith(name)).toBe(true);
        });
      }),
    );
  });
});

describe('exportColumns', () => {
  /** A one-page questionnaire of these items. */
  const questionnaire = (...items: Record<string, unknown>[]): Questionnaire => {
    const parsed = parseDefinition({
      id: 'q',
      languages: ['en'],
      fallbackLanguage: 'en',
      title: { en: 'Q' },
      audience: { en: 'All' },
      description: { en: 'Q' },
      estimatedMinutes: 1,
      pages: [{ type: 'page', id: 'p1', items }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.questionnaire;
  };
  const calc = (id: string, expression: string) => ({ id, type: 'calculate', expression });

  it('gives a calculation a number column only where every questionnaire computes a number', () => {
    const first = questionnaire(
      { id: 'hours', type: 'number', label: { en: 'Hours' } },
      calc('days', '${hours} / 8'),
      calc('group', '1'),
    );
    const second = questionnaire(calc('group', "'learners'"));
    const kinds = (...questionnaires: Questionnaire[]) =>
      Object.fromEntries(exportColumns(questionnaires, 'en').map((c) => [c.name, c.kind]));
    expect(kinds(first)).toEqual({ hours: 'number', days: 'number', group: 'number' });
    expect(kinds(first, second)).toEqual({ hours: 'number', days: 'number', group: 'code' });
    expect(kinds(second, first)).toEqual({ group: 'code', hours: 'number', days: 'number' });
  });
});
