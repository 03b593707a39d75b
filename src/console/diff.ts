import type { QuestionnaireInput } from '../translations/index.ts';
import { textUnits } from '../translations/index.ts';

export interface Change {
  readonly kind: 'added' | 'removed' | 'changed' | 'moved';
  /** A page, question or text: `page p1`, `question q3`, `text pages.p1.items.q3.label [fi]`. */
  readonly path: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
}

interface Node {
  readonly order: number;
  readonly where: string;
  /** Everything but texts, as canonical JSON: type, choices' codes, conditions, bounds. */
  readonly logic: string;
}

const textFields = new Set([
  'label',
  'hint',
  'title',
  'statement',
  'body',
  'unit',
  'message',
  'addAnother',
  'itemLabel',
]);

/** A value without its texts (maps from language to string), keys sorted. */
function logicOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(logicOf);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (textFields.has(key) || key === 'items' || key === 'pages') continue;
      out[key] = logicOf((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

function nodes(definition: unknown): Map<string, Node> {
  const out = new Map<string, Node>();
  let order = 0;
  const visit = (entries: unknown, where: string) => {
    if (!Array.isArray(entries)) return;
    for (const entry of entries as Record<string, unknown>[]) {
      if (entry === null || typeof entry !== 'object' || typeof entry.id !== 'string') continue;
      const kind = entry.type === 'repeat' ? 'group' : Array.isArray(entry.items) ? 'page' : 'question';
      out.set(`${kind} ${entry.id}`, { order: order++, where, logic: JSON.stringify(logicOf(entry)) });
      visit(entry.items, entry.id);
      visit(entry.pages, entry.id);
    }
  };
  visit((definition as { pages?: unknown } | undefined)?.pages, '');
  return out;
}

const short = (json: string) => (json.length > 300 ? `${json.slice(0, 300)}…` : json);

/**
 * What changed from one definition to another, for people: pages, groups and questions added,
 * removed, moved or with other logic, then every text that changed, per language.
 */
export function diffDefinitions(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  const a = nodes(before);
  const b = nodes(after);
  for (const [path, node] of b) {
    const old = a.get(path);
    if (old === undefined) changes.push({ kind: 'added', path, after: short(node.logic) });
    else {
      if (old.logic !== node.logic)
        changes.push({ kind: 'changed', path, before: short(old.logic), after: short(node.logic) });
      if (old.where !== node.where)
        changes.push({ kind: 'moved', path, before: old.where, after: node.where });
    }
  }
  for (const [path, node] of a)
    if (!b.has(path)) changes.push({ kind: 'removed', path, before: short(node.logic) });

  const topLogic = (d: unknown) =>
    JSON.stringify(logicOf({ ...((d as object | undefined) ?? {}), pages: undefined }));
  if (before !== undefined && topLogic(before) !== topLogic(after))
    changes.push({
      kind: 'changed',
      path: 'settings',
      before: short(topLogic(before)),
      after: short(topLogic(after)),
    });

  const textsBefore = new Map(
    before === undefined ? [] : textUnits(before as QuestionnaireInput).map((u) => [u.key, u.texts] as const),
  );
  for (const unit of after === undefined ? [] : textUnits(after as QuestionnaireInput)) {
    const old = textsBefore.get(unit.key) ?? {};
    for (const [lang, text] of Object.entries(unit.texts)) {
      if (old[lang] === text) continue;
      changes.push({
        kind: old[lang] === undefined ? 'added' : 'changed',
        path: `text ${unit.key} [${lang}]`,
        before: old[lang],
        after: text,
      });
    }
    for (const [lang, text] of Object.entries(old))
      if (unit.texts[lang] === undefined)
        changes.push({ kind: 'removed', path: `text ${unit.key} [${lang}]`, before: text });
    textsBefore.delete(unit.key);
  }
  for (const [key, texts] of textsBefore)
    for (const [lang, text] of Object.entries(texts))
      changes.push({ kind: 'removed', path: `text ${key} [${lang}]`, before: text });
  return changes;
}
