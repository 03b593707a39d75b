import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr, QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition, parseExpression, printExpression } from '../questionnaire/index.ts';
import { fromXPath } from './from-xpath.ts';
import { readXlsForm, writeXlsForm } from './index.ts';
import { canonicalExpressions, studyQuestionnaires } from './test-support.ts';
import { toXPath } from './to-xpath.ts';

const definitions = [...studyQuestionnaires('demo'), ...studyQuestionnaires('microcredentials')];

function parsed(document: unknown) {
  const result = parseDefinition(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.questionnaire;
}

/**
 * Expressions the writer can say in XPath and the reader reads back: every operator, brackets any
 * way precedence needs them, and functions of both languages. Texts hold one kind of quote at most
 * (both are written as `concat(…)`, read back as the call it is).
 */
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'xpath' },
    fc.constantFrom('a', 'b', 'c').map((id): Expr => ({ kind: 'ref', id })),
    fc.constant<Expr>({ kind: 'self' }),
    fc.oneof(fc.nat(1000), fc.constantFrom(0.5, 2.25)).map((value): Expr => ({ kind: 'literal', value })),
    fc.stringMatching(/^[a-z '${}]{0,6}$/).map((value): Expr => ({ kind: 'literal', value })),
    fc.constantFrom(true, false, null).map((value): Expr => ({ kind: 'literal', value })),
    fc
      .record({ op: fc.constantFrom('not' as const, '-' as const), arg: tie('expr') })
      .map((u): Expr => ({ kind: 'unary', ...u })),
    {
      // Often, and often `and`, `or` and `/`: brackets after them are what XPath reads by context.
      weight: 6,
      arbitrary: fc
        .record({
          op: fc.oneof(
            fc.constantFrom('or', 'and', '/'),
            fc.constantFrom('=', '!=', '<', '<=', '>', '>=', '+', '-', '*'),
          ),
          left: tie('expr'),
          right: tie('expr'),
        })
        .map((b): Expr => ({ kind: 'binary', ...b })),
    },
    fc
      .tuple(fc.constantFrom('count_selected', 'length'), tie('expr'))
      .map(([name, arg]): Expr => ({ kind: 'call', name, args: [arg] })),
    fc
      .tuple(fc.constantFrom('coalesce', 'concat'), tie('expr'), tie('expr'))
      .map(([name, x, y]): Expr => ({ kind: 'call', name, args: [x, y] })),
  ),
})).expr;

describe('toXPath then fromXPath (property)', () => {
  it('gives back any expression, in canonical form', () => {
    fc.assert(
      fc.property(exprArb, (expr) => {
        const source = printExpression(expr);
        expect(parseExpression(source).ok).toBe(true);
        expect(fromXPath(toXPath(source))).toEqual({ ok: true, expression: source });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    "${a} = 'x' and (${b} = 'y' or ${c} = 'z')",
    '(${a} or ${b}) and not (${c} or .)',
    '${a} or (${b} and ${c}) = false',
  ])('gives back %s', (source) => {
    expect(fromXPath(toXPath(source))).toEqual({ ok: true, expression: source });
  });
});

describe('writeXlsForm then readXlsForm', () => {
  it('gives back a questionnaire without choice lists, its choices sheet a header alone', async () => {
    const question = (id: string) => ({ id, type: 'text', label: { en: id.toUpperCase() } }) as const;
    const document: QuestionnaireInput = {
      id: 'plain',
      languages: ['en'],
      fallbackLanguage: 'en',
      title: { en: 'Plain' },
      audience: { en: 'Everyone' },
      description: { en: 'No choices' },
      estimatedMinutes: 1,
      pages: [
        { id: 'p1', items: [question('a'), question('b')] },
        { id: 'p2', relevant: "${a} = 'x' and (${b} = 'y' or ${a} = 'z')", items: [question('c')] },
      ],
    };
    const written = (await writeXlsForm({
      ...document,
      languages: ['en', 'fi'],
      title: { en: 'T', fi: 'O' },
    }))!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written.slice().buffer);
    expect(book.getWorksheet('choices')?.getSheetValues()).toEqual([
      undefined,
      [undefined, 'list_name', 'name', 'label::English (en)', 'label::Finnish (fi)'],
    ]);
    const back = await readXlsForm((await writeXlsForm(document))!);
    if (!back.ok) expect(back.issues).toEqual([]);
    expect(back.ok && parsed(back.definition)).toEqual(parsed(document));
  });

  it('writes nothing for what the questionnaire schema refuses', async () => {
    expect(await writeXlsForm({ id: 'zz' } as unknown as QuestionnaireInput)).toBeUndefined();
    const [, first] = definitions[0]!;
    expect(await writeXlsForm({ ...(first as QuestionnaireInput), estimatedMinutes: 0 })).toBeUndefined();
  });

  it('covers the demo and every microcredentials questionnaire', () => {
    expect(definitions.map(([name]) => name)).toContain('demo/demo.yaml');
    expect(definitions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(definitions)('gives back %s', async (_name, document) => {
    const original = parsed(document);
    const back = await readXlsForm((await writeXlsForm(document as QuestionnaireInput))!);
    if (!back.ok) expect(back.issues).toEqual([]);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(canonicalExpressions(parsed(back.definition))).toEqual(canonicalExpressions(original));
    // Shared choice lists stay shared lists, under their names.
    expect(Object.keys(back.definition.lists ?? {})).toEqual(
      expect.arrayContaining(Object.keys((document as QuestionnaireInput).lists ?? {})),
    );
  });

  it.each(definitions)('gives back %s written from the parsed questionnaire', async (_name, document) => {
    const original = parsed(document);
    const back = await readXlsForm((await writeXlsForm(original))!);
    expect(back.ok && canonicalExpressions(parsed(back.definition))).toEqual(canonicalExpressions(original));
  });
});
