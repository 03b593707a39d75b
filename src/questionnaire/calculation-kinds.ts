import type { Question, Questionnaire } from './definition/schema.ts';
import type { ValueKind } from './expression/index.ts';
import { parse, valueKind } from './expression/index.ts';

/**
 * The kind of value each calculation of a questionnaire stores: `number` when its expression can
 * give only numbers, true or false (stored as 1 and 0) or nothing, reading only number questions
 * and calculations of that kind; `text` otherwise. So an export can give a count or a score a
 * numeric column, while a calculation that may give a text keeps a text column.
 */
export function calculationKinds(questionnaire: Questionnaire): ReadonlyMap<string, ValueKind> {
  const questions = new Map<string, Question>();
  for (const entry of questionnaire.pages)
    for (const page of entry.type === 'page' ? [entry] : entry.pages)
      for (const q of page.items) questions.set(q.id, q);
  const kinds = new Map<string, ValueKind>();
  // A calculation being worked out: met again through its own references (definitions refuse such
  // cycles), it counts as text.
  const open = new Set<string>();
  const kindOf = (id: string): ValueKind => {
    const q = questions.get(id);
    if (q?.type === 'number') return 'number';
    if (q?.type !== 'calculate' || open.has(id)) return 'text';
    const known = kinds.get(id);
    if (known !== undefined) return known;
    open.add(id);
    const parsed = parse(q.expression);
    const kind = parsed.ok ? valueKind(parsed.expr, kindOf) : 'text';
    open.delete(id);
    kinds.set(id, kind);
    return kind;
  };
  for (const q of questions.values()) if (q.type === 'calculate') kindOf(q.id);
  return kinds;
}
