import type { Page, Question, Questionnaire, RepeatGroup } from './definition/schema.ts';
import type { Expr } from './expression/index.ts';
import { parse } from './expression/index.ts';

/**
 * A checked questionnaire with its lookups and parsed expressions, built once per published
 * version and shared by every request that uses it.
 */
export interface Model {
  readonly definition: Questionnaire;
  readonly pages: ReadonlyMap<string, Page>;
  readonly groups: ReadonlyMap<string, RepeatGroup>;
  readonly questions: ReadonlyMap<string, Question>;
  /** The repeat group a page or question belongs to, if any. */
  readonly groupOf: ReadonlyMap<string, RepeatGroup>;
  /** The page a question is on. */
  readonly pageOf: ReadonlyMap<string, Page>;
  /** Parses an expression of this questionnaire (checked when it was defined) once. */
  expression(source: string): Expr;
}

export function compile(definition: Questionnaire): Model {
  const pages = new Map<string, Page>();
  const groups = new Map<string, RepeatGroup>();
  const questions = new Map<string, Question>();
  const groupOf = new Map<string, RepeatGroup>();
  const pageOf = new Map<string, Page>();
  const addPage = (page: Page, group?: RepeatGroup) => {
    pages.set(page.id, page);
    if (group !== undefined) groupOf.set(page.id, group);
    for (const q of page.items) {
      questions.set(q.id, q);
      pageOf.set(q.id, page);
      if (group !== undefined) groupOf.set(q.id, group);
    }
  };
  for (const entry of definition.pages) {
    if (entry.type === 'page') addPage(entry);
    else {
      groups.set(entry.id, entry);
      for (const page of entry.pages) addPage(page, entry);
    }
  }
  const cache = new Map<string, Expr>();
  return {
    definition,
    pages,
    groups,
    questions,
    groupOf,
    pageOf,
    expression(source) {
      let expr = cache.get(source);
      if (expr === undefined) {
        const parsed = parse(source);
        // Definitions are checked before they are compiled; a failure here is a programming error.
        if (!parsed.ok)
          throw new Error(`unchecked expression ${JSON.stringify(source)}: ${parsed.error.code}`);
        expr = parsed.expr;
        cache.set(source, expr);
      }
      return expr;
    },
  };
}
