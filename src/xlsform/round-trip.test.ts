import { describe, expect, it } from 'vitest';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import { readXlsForm, writeXlsForm } from './index.ts';
import { canonicalExpressions, studyQuestionnaires } from './test-support.ts';

const definitions = [...studyQuestionnaires('demo'), ...studyQuestionnaires('microcredentials')];

function parsed(document: unknown) {
  const result = parseDefinition(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.questionnaire;
}

describe('writeXlsForm then readXlsForm', () => {
  it('covers the demo and every microcredentials questionnaire', () => {
    expect(definitions.map(([name]) => name)).toContain('demo/demo.yaml');
    expect(definitions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(definitions)('gives back %s', async (_name, document) => {
    const original = parsed(document);
    const back = await readXlsForm(await writeXlsForm(document as QuestionnaireInput));
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
    const back = await readXlsForm(await writeXlsForm(original));
    expect(back.ok && canonicalExpressions(parsed(back.definition))).toEqual(canonicalExpressions(original));
  });
});
