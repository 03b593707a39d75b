import type { LocalizedText, QuestionnaireInput } from '../questionnaire/index.ts';

/** One translatable text of a questionnaire: where it is, and what it says in each language. */
export interface TextUnit {
  /**
   * A dotted path built from ids and codes (`pages.p1.items.q1.label`, `lists.agree5.3.label`), so a
   * translation stays attached when pages, questions or choices are reordered.
   */
  readonly key: string;
  readonly texts: LocalizedText;
}

/** Called for every text in document order; what it returns replaces the text in the copy. */
export type TextVisitor = (key: string, texts: LocalizedText) => LocalizedText;

type Record_ = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Record_ =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isText = (value: unknown): value is LocalizedText =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

const questionnaireFields = ['title', 'audience', 'description'];
const repeatFields = ['title', 'addAnother', 'itemLabel'];
const pageFields = ['title'];
// Every question type's own texts; a field a type does not have is simply absent.
const itemFields = ['label', 'hint', 'statement', 'body', 'unit'];

/**
 * An id or code as a key segment. Valid definitions always have one without dots; anything else
 * (a draft with a missing id) falls back to the position, marked with `:` so it can never be
 * mistaken for a code such as "3".
 */
function segment(entry: unknown, field: 'id' | 'code', index: number): string {
  const value = isRecord(entry) ? entry[field] : undefined;
  return typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? value : `:${index}`;
}

function withTexts(
  record: Record_,
  fields: readonly string[],
  prefix: string,
  visit: TextVisitor,
): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  for (const field of fields) {
    const value = record[field];
    if (isText(value)) copy[field] = visit(`${prefix}${field}`, value);
  }
  return copy;
}

function choices(list: unknown, prefix: string, visit: TextVisitor): unknown {
  // A list name (a string) holds no text of its own: the list is visited under `lists`.
  if (!Array.isArray(list)) return list;
  return list.map((choice, i) =>
    isRecord(choice)
      ? withTexts(choice, ['label'], `${prefix}${segment(choice, 'code', i)}.`, visit)
      : choice,
  );
}

function item(question: Record_, prefix: string, visit: TextVisitor): Record<string, unknown> {
  const copy = withTexts(question, itemFields, prefix, visit);
  const constraints = question.constraints;
  // Constraints have no id; their position is the only handle there is.
  if (Array.isArray(constraints))
    copy.constraints = constraints.map((c, i) =>
      isRecord(c) ? withTexts(c, ['message'], `${prefix}constraints.${i}.`, visit) : c,
    );
  if (question.choices !== undefined) copy.choices = choices(question.choices, `${prefix}choices.`, visit);
  if (question.rows !== undefined) copy.rows = choices(question.rows, `${prefix}rows.`, visit);
  return copy;
}

function entries(list: unknown, prefix: string, visit: TextVisitor): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((entry, i) => {
    // An unresolved `- include:` brings its texts from a module; they are keyed once included.
    if (!isRecord(entry) || 'include' in entry) return entry;
    const at = `${prefix}${segment(entry, 'id', i)}.`;
    if (entry.type === 'repeat') {
      const copy = withTexts(entry, repeatFields, at, visit);
      if (entry.pages !== undefined) copy.pages = entries(entry.pages, `${at}pages.`, visit);
      return copy;
    }
    const copy = withTexts(entry, pageFields, at, visit);
    const items = entry.items;
    if (Array.isArray(items))
      copy.items = items.map((q, j) =>
        isRecord(q) ? item(q, `${at}items.${segment(q, 'id', j)}.`, visit) : q,
      );
    return copy;
  });
}

/**
 * A copy of the definition with every text passed through `visit`. One walk serves both reading
 * (textUnits) and writing (applyTranslations), so the two can never disagree about what is a text.
 */
export function mapTexts(definition: QuestionnaireInput, visit: TextVisitor): QuestionnaireInput {
  // Callers hand over stored drafts cast from unknown; a non-object simply has no texts.
  const root: unknown = definition;
  if (!isRecord(root)) return definition;
  const copy = withTexts(root, questionnaireFields, '', visit);
  const lists = root.lists;
  if (isRecord(lists)) {
    const listsCopy: Record<string, unknown> = {};
    for (const [name, list] of Object.entries(lists))
      listsCopy[name] = choices(list, `lists.${name}.`, visit);
    copy.lists = listsCopy;
  }
  if (root.pages !== undefined) copy.pages = entries(root.pages, 'pages.', visit);
  // The walk copies records field by field and changes only texts, so the shape is the input's.
  return copy as QuestionnaireInput;
}

/**
 * Every translatable text of an authored definition, in document order. Keys are unique in a
 * definition parseDefinition accepts (ids and codes are); a broken draft may repeat one.
 */
export function textUnits(definition: QuestionnaireInput): TextUnit[] {
  const units: TextUnit[] = [];
  mapTexts(definition, (key, texts) => {
    units.push({ key, texts });
    return texts;
  });
  return units;
}
