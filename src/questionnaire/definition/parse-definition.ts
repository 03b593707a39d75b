import type { z } from 'zod';
import { dependencies, parse as parseExpression, templateRefs } from '../expression/index.ts';
import type { DefinitionIssue } from '../issues.ts';
import type { LocalizedText } from '../localized-text.ts';
import { zodIssues, zodMessagesIn } from '../zod-locale.ts';
import { isCountryEntry } from './countries.ts';
import type { Choice, Entry, Page, Question, Questionnaire, RepeatGroup } from './schema.ts';
import { questionnaireSchema } from './schema.ts';

export type ParseDefinitionResult =
  | { readonly ok: true; readonly questionnaire: Questionnaire }
  | { readonly ok: false; readonly issues: readonly DefinitionIssue[] };

/**
 * Checks a questionnaire definition (already read from JSON or YAML) and lists every problem
 * with its path, all at once: first the shape (Zod), then the meaning (semantic pass). The shape's
 * problems carry Zod's words as their detail, in `language` (English by default).
 */
export function parseDefinition(input: unknown, language?: string): ParseDefinitionResult {
  const shaped = questionnaireSchema.safeParse(input, zodMessagesIn(language));
  if (!shaped.success) return { ok: false, issues: zodIssues(shaped.error) };
  const issues: DefinitionIssue[] = [];
  const questionnaire = resolveLists(shaped.data, issues);
  checkSemantics(questionnaire, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, questionnaire };
}

type Authored = z.infer<typeof questionnaireSchema>;

/** Replaces `choices: listName` with the list's choices. */
function resolveLists(authored: Authored, issues: DefinitionIssue[]): Questionnaire {
  const lists = authored.lists ?? {};
  const resolveItems = (items: readonly Record<string, unknown>[], path: string): Question[] =>
    items.map((item, i) => {
      if (!('choices' in item) || typeof item.choices !== 'string') return item as Question;
      const list = lists[item.choices];
      if (list === undefined) {
        issues.push({ path: `${path}.${i}.choices`, code: 'list.unknown', detail: item.choices });
        return { ...item, choices: [] } as unknown as Question;
      }
      return { ...item, choices: list } as unknown as Question;
    });
  const resolvePage = (page: Authored['pages'][number] & { type: 'page' }, path: string): Page => ({
    ...page,
    items: resolveItems(page.items, `${path}.items`),
  });
  const { lists: _lists, ...rest } = authored;
  return {
    ...rest,
    pages: authored.pages.map((entry, i): Entry => {
      if (entry.type === 'page') return resolvePage(entry, `pages.${i}`);
      return {
        ...entry,
        pages: entry.pages.map((page, j) => resolvePage({ ...page, type: 'page' }, `pages.${i}.pages.${j}`)),
      };
    }),
  };
}

/** Where a question sits: its scope (top level or a repeat group) and the order of its page. */
interface Place {
  readonly path: string;
  readonly scope: string | null;
  /** Page order within the questionnaire (top level) or within the item (repeat group). */
  readonly pageOrder: number;
  /** For repeat groups, the order of the group entry at top level. */
  readonly entryOrder: number;
  readonly pageId: string;
  readonly page?: Page;
  readonly question?: Question;
  readonly group?: RepeatGroup;
}

/** The `${id}` references of a text, sorted, as one comparable string. */
const placeholders = (text: string) => templateRefs(text).sort().join(' ');

function checkSemantics(q: Questionnaire, issues: DefinitionIssue[]): void {
  const add = (path: string, code: string, detail?: string) =>
    issues.push(detail === undefined ? { path, code } : { path, code, detail });

  if (!q.languages.includes(q.fallbackLanguage)) add('fallbackLanguage', 'language.fallbackNotDeclared');
  // A language listed twice is checked once: repeated, it would repeat every text's issues.
  const languages = new Set(q.languages);
  if (languages.size !== q.languages.length) add('languages', 'language.duplicate');

  // Every text in every declared language.
  const checkText = (text: LocalizedText | undefined, path: string) => {
    if (text === undefined) return;
    for (const lang of languages) {
      if ((text[lang] ?? '').trim() === '') add(path, 'text.missingLanguage', lang);
    }
    for (const lang of Object.keys(text)) {
      if (!languages.has(lang)) add(path, 'text.undeclaredLanguage', lang);
    }
    // The same answers piped in every language: a translation that drops or adds one is wrong.
    const source = text[q.fallbackLanguage];
    if (source === undefined) return;
    const expected = placeholders(source);
    for (const [lang, value] of Object.entries(text)) {
      if (lang !== q.fallbackLanguage && placeholders(value) !== expected)
        add(path, 'text.placeholdersDiffer', lang);
    }
  };
  checkText(q.title, 'title');
  checkText(q.audience, 'audience');
  checkText(q.description, 'description');

  // One namespace for page, group and question ids: they name URLs and stored rows alike.
  const places = new Map<string, Place>();
  const variables = new Map<string, string>();
  const claim = (id: string, place: Place) => {
    if (places.has(id)) add(place.path, 'id.duplicate', id);
    else places.set(id, place);
  };
  let topPageOrder = 0;
  q.pages.forEach((entry, e) => {
    const entryPath = `pages.${e}`;
    if (entry.type === 'page') {
      claim(entry.id, {
        path: entryPath,
        scope: null,
        pageOrder: topPageOrder,
        entryOrder: e,
        pageId: entry.id,
        page: entry,
      });
      entry.items.forEach((item, i) => {
        claim(item.id, {
          path: `${entryPath}.items.${i}`,
          scope: null,
          pageOrder: topPageOrder,
          entryOrder: e,
          pageId: entry.id,
          question: item,
        });
      });
      topPageOrder++;
      return;
    }
    claim(entry.id, {
      path: entryPath,
      scope: null,
      pageOrder: topPageOrder,
      entryOrder: e,
      pageId: entry.id,
      group: entry,
    });
    topPageOrder++;
    entry.pages.forEach((page, p) => {
      const pagePath = `${entryPath}.pages.${p}`;
      claim(page.id, {
        path: pagePath,
        scope: entry.id,
        pageOrder: p,
        entryOrder: e,
        pageId: page.id,
        page,
      });
      page.items.forEach((item, i) => {
        claim(item.id, {
          path: `${pagePath}.items.${i}`,
          scope: entry.id,
          pageOrder: p,
          entryOrder: e,
          pageId: page.id,
          question: item,
        });
      });
    });
  });

  for (const [id, place] of places) {
    const question = place.question;
    if (question === undefined || question.type === 'info') continue;
    const variable = question.variable ?? id;
    const owner = variables.get(variable);
    if (owner !== undefined)
      add(`${place.path}.variable`, 'variable.duplicate', `${variable} (also ${owner})`);
    else variables.set(variable, id);
  }

  /**
   * A reference from `from` may name a question on an earlier page (same item or top level), a
   * group that ends before it, or, when `samePage`, a question earlier on the same page.
   */
  const checkRef = (ref: string, from: Place, path: string, samePage: boolean) => {
    const target = places.get(ref);
    if (target === undefined || (target.question === undefined && target.group === undefined)) {
      add(path, 'expression.unknownReference', ref);
      return;
    }
    if (target.group !== undefined) {
      if (from.scope !== null || target.entryOrder >= from.entryOrder)
        add(path, 'expression.forwardReference', ref);
      return;
    }
    const sameScope = target.scope === from.scope;
    const earlierTop =
      target.scope === null &&
      (from.scope === null ? target.pageOrder < from.pageOrder : target.entryOrder < from.entryOrder);
    const earlierInScope = sameScope && target.pageOrder < from.pageOrder;
    const onSamePage = sameScope && target.pageOrder === from.pageOrder;
    if (!(earlierTop || earlierInScope || (samePage && onSamePage)))
      add(path, 'expression.forwardReference', ref);
  };

  const checkExpression = (source: string | undefined, from: Place, path: string, samePage: boolean) => {
    if (source === undefined) return;
    const parsed = parseExpression(source);
    if (!parsed.ok) {
      add(
        path,
        parsed.error.code,
        `at ${parsed.error.position}${parsed.error.detail ? `: ${parsed.error.detail}` : ''}`,
      );
      return;
    }
    for (const ref of dependencies(parsed.expr)) checkRef(ref, from, path, samePage);
  };

  const checkPiped = (text: LocalizedText | undefined, from: Place, path: string) => {
    checkText(text, path);
    for (const value of Object.values(text ?? {})) {
      for (const ref of templateRefs(value)) checkRef(ref, from, path, false);
    }
  };

  const firstPage = q.pages[0];
  const onFirstPage = new Set<Question>(firstPage?.type === 'page' ? firstPage.items : []);
  for (const place of places.values()) {
    const { path } = place;
    if (place.group !== undefined) {
      const group = place.group;
      checkText(group.title, `${path}.title`);
      checkText(group.addAnother, `${path}.addAnother`);
      checkExpression(group.relevant, place, `${path}.relevant`, false);
      if (group.min > group.max) add(`${path}.min`, 'repeat.minAboveMax');
      if (group.pages[0]?.relevant !== undefined)
        add(`${path}.pages.0.relevant`, 'repeat.firstPageConditional');
      const firstItemPage = places.get(group.pages[0]?.id ?? '');
      if (firstItemPage !== undefined) {
        for (const value of Object.values(group.itemLabel)) {
          for (const ref of templateRefs(value)) {
            const target = places.get(ref);
            if (target?.scope !== group.id) add(`${path}.itemLabel`, 'expression.unknownReference', ref);
          }
        }
        checkText(group.itemLabel, `${path}.itemLabel`);
      }
      continue;
    }
    const question = place.question;
    if (question === undefined) {
      const page = place.page;
      if (page !== undefined) {
        checkPiped(page.title, place, `${path}.title`);
        checkExpression(page.relevant, place, `${path}.relevant`, false);
      }
      continue;
    }
    checkQuestion(question, place);
  }

  function checkQuestion(question: Question, place: Place) {
    const { path } = place;
    if (question.type === 'calculate') {
      checkExpression(question.expression, place, `${path}.expression`, true);
      return;
    }
    checkPiped(question.label, place, `${path}.label`);
    checkExpression(question.relevant, place, `${path}.relevant`, false);
    if (question.type === 'info') {
      checkPiped(question.body, place, `${path}.body`);
      return;
    }
    checkPiped(question.hint, place, `${path}.hint`);
    if (typeof question.required === 'string')
      checkExpression(question.required, place, `${path}.required`, true);
    question.constraints?.forEach((c, i) => {
      checkExpression(c.expression, place, `${path}.constraints.${i}.expression`, true);
      checkText(c.message, `${path}.constraints.${i}.message`);
    });
    if ('choices' in question) checkChoices(question.choices, `${path}.choices`, question.type);
    if (question.type === 'matrix') {
      checkCodes(question.rows, `${path}.rows`);
      question.rows.forEach((r, i) => {
        checkText(r.label, `${path}.rows.${i}.label`);
      });
    }
    if (question.type === 'multiple') {
      const { minSelected: min, maxSelected: max } = question;
      if (min !== undefined && max !== undefined && min > max)
        add(`${path}.minSelected`, 'multiple.minAboveMax');
      if (max !== undefined && max > question.choices.length)
        add(`${path}.maxSelected`, 'multiple.maxAboveChoices');
    }
    if (
      question.type === 'number' &&
      question.min !== undefined &&
      question.max !== undefined &&
      question.min > question.max
    ) {
      add(`${path}.min`, 'number.minAboveMax');
    }
    if (question.type === 'number') checkText(question.unit, `${path}.unit`);
    if (question.type === 'country') {
      for (const entry of question.countries ?? [])
        if (!isCountryEntry(entry)) add(`${path}.countries`, 'country.unknown', entry);
    }
    if (question.type === 'consent') {
      checkText(question.statement, `${path}.statement`);
      if (!onFirstPage.has(question)) add(path, 'consent.notOnFirstPage');
      if (question.relevant !== undefined) add(`${path}.relevant`, 'consent.conditional');
    }
  }

  function checkChoices(choices: readonly Choice[], path: string, type: Question['type']) {
    checkCodes(choices, path);
    choices.forEach((c, i) => {
      checkText(c.label, `${path}.${i}.label`);
      if (c.exclusive && type !== 'multiple') add(`${path}.${i}.exclusive`, 'choice.exclusiveOnlyInMultiple');
      if (c.other && type !== 'single' && type !== 'multiple')
        add(`${path}.${i}.other`, 'choice.otherOnlyInChoice');
    });
  }

  function checkCodes(choices: readonly { code: string }[], path: string) {
    const seen = new Set<string>();
    choices.forEach((c, i) => {
      if (seen.has(c.code)) add(`${path}.${i}.code`, 'choice.duplicateCode', c.code);
      seen.add(c.code);
    });
  }

  checkCalculationCycles(places, add);
}

/**
 * Calculations may read one another on the same page; a loop among them has no value. A depth-first
 * search reports each edge back into its trail, with the trail from the edge's target. The trail is
 * an explicit stack: a definition may chain thousands of calculations, each reading the next, which
 * recursion (one call per link) would not survive.
 */
function checkCalculationCycles(
  places: Map<string, Place>,
  add: (path: string, code: string, detail?: string) => void,
) {
  const edges = new Map<string, string[]>();
  for (const [id, place] of places) {
    if (place.question?.type !== 'calculate') continue;
    const parsed = parseExpression(place.question.expression);
    if (!parsed.ok) continue;
    edges.set(
      id,
      [...dependencies(parsed.expr)].filter((d) => places.get(d)?.question?.type === 'calculate'),
    );
  }
  const done = new Set<string>();
  /** Where each calculation on the current trail (the search's stack) sits in it. */
  const onTrail = new Map<string, number>();
  const trail: { readonly id: string; readonly next: readonly string[]; at: number }[] = [];
  const enter = (id: string) => {
    onTrail.set(id, trail.length);
    trail.push({ id, next: edges.get(id) ?? [], at: 0 });
  };
  for (const start of edges.keys()) {
    if (done.has(start)) continue;
    enter(start);
    for (let top = trail.at(-1); top !== undefined; top = trail.at(-1)) {
      const id = top.next[top.at++];
      if (id === undefined) {
        trail.pop();
        onTrail.delete(top.id);
        done.add(top.id);
        continue;
      }
      if (done.has(id)) continue;
      const from = onTrail.get(id);
      if (from === undefined) {
        enter(id);
        continue;
      }
      add(places.get(id)!.path, 'expression.cycle', cycleOf(trail, from).join(' -> '));
    }
  }
}

/** Calculations of a loop shown in full; a longer one keeps its two ends around `…`. */
const shownCycle = 20;

/**
 * The loop from `trail[from]` round to it again. Every edge back into the trail is reported, and each
 * may close a loop thousands of calculations long: in full, the details would grow with the square
 * of the definition's size, where these ends stay enough to find the loop.
 */
function cycleOf(trail: readonly { readonly id: string }[], from: number): string[] {
  const ids = (start: number, end: number) => trail.slice(start, end).map((step) => step.id);
  const length = trail.length - from;
  const loop =
    length <= shownCycle
      ? ids(from, trail.length)
      : [...ids(from, from + shownCycle / 2), '…', ...ids(trail.length - shownCycle / 2, trail.length)];
  return [...loop, trail[from]!.id];
}
