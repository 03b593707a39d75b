import type { Model, QuestionInput, QuestionnaireInput } from '../../src/questionnaire/index.ts';
import { compile, parseDefinition } from '../../src/questionnaire/index.ts';

/**
 * Questionnaires for tests in a few lines: English only, labels made from ids.
 *   questionnaire(page('p1', single('q1', ['yes', 'no'])), page('p2', text('q2')))
 */
const en = (text: string) => ({ en: text });

type Extra = Partial<Record<string, unknown>>;
type PageInput = Extract<QuestionnaireInput['pages'][number], { items: unknown }>;
type Entry = QuestionnaireInput['pages'][number];

export const choices = (codes: readonly string[]) =>
  codes.map((code) => ({ code, label: en(`label ${code}`) }));

export function q(type: QuestionInput['type'], id: string, extra: Extra = {}): QuestionInput {
  if (type === 'calculate') return { id, type, expression: 'null', ...extra } as QuestionInput;
  return {
    id,
    type,
    label: en(`label ${id}`),
    ...(type === 'consent' ? { statement: en('statement') } : {}),
    ...extra,
  } as QuestionInput;
}

export const single = (id: string, codes: readonly string[], extra: Extra = {}) =>
  q('single', id, { choices: choices(codes), ...extra });
export const multiple = (id: string, codes: readonly string[], extra: Extra = {}) =>
  q('multiple', id, { choices: choices(codes), ...extra });
export const text = (id: string, extra: Extra = {}) => q('text', id, extra);
export const number = (id: string, extra: Extra = {}) => q('number', id, extra);

export function page(id: string, ...items: QuestionInput[]): PageInput {
  return { type: 'page', id, items } as PageInput;
}

export function pageWhen(id: string, relevant: string, ...items: QuestionInput[]): PageInput {
  return { type: 'page', id, relevant, items } as PageInput;
}

export function repeat(
  id: string,
  options: { min?: number; max: number; relevant?: string; itemLabel?: string },
  ...pages: PageInput[]
): Entry {
  return {
    type: 'repeat',
    id,
    title: en(`title ${id}`),
    addAnother: en(`another ${id}?`),
    itemLabel: en(options.itemLabel ?? `item of ${id}`),
    min: options.min ?? 0,
    max: options.max,
    ...(options.relevant === undefined ? {} : { relevant: options.relevant }),
    pages,
  } as Entry;
}

export function definition(...pages: Entry[]): QuestionnaireInput {
  return {
    id: 'test',
    languages: ['en'],
    fallbackLanguage: 'en',
    title: en('Test'),
    audience: en('Testers'),
    description: en('A test'),
    estimatedMinutes: 5,
    pages,
  };
}

/** A checked, compiled questionnaire; fails the test with every issue when it does not check. */
export function questionnaire(...pages: Entry[]): Model {
  const parsed = parseDefinition(definition(...pages));
  if (!parsed.ok)
    throw new Error(`test questionnaire does not check:\n${JSON.stringify(parsed.issues, null, 2)}`);
  return compile(parsed.questionnaire);
}
