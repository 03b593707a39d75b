import type { Answer, AnswerMap, RepeatState, ResponseState, RowAnswer } from '../questionnaire/index.ts';
import { isMissingCode } from '../questionnaire/index.ts';
import type { AnswerRow } from './tables.ts';

/**
 * How answers sit in the `answer` table: one row per question and repeat item (`item` 0 at top
 * level), with `part` telling the pieces apart:
 * - ''        the answer (a code, text, number, date, list of codes) or a missing code;
 * - 'other'   the text of "other, specify";
 * - a row code, for each answered row of a matrix;
 * - '#saved'  on a page id: the respondent saved that page (of that item);
 * - '#item'   on a repeat group id: the item exists, its value the item's key (which stays the
 *             item's when items before it are removed);  '#done' (item 0): no more items to add.
 * Parts starting with '#' are bookkeeping, never answers; aggregation leaves them out.
 */
export type AnswerCell = Pick<AnswerRow, 'question_id' | 'item' | 'part' | 'value' | 'missing'>;

/** A row to write: the value as JSON text, as the jsonb column takes it. */
export type NewAnswerCell = Omit<AnswerCell, 'value'> & { readonly value: string | null };

export const savedPart = '#saved';
export const itemPart = '#item';
export const donePart = '#done';

export function answerCells(questionId: string, item: number, answer: Answer): NewAnswerCell[] {
  const cell = (part: string, value: unknown, missing: string | null = null): NewAnswerCell => ({
    question_id: questionId,
    item,
    part,
    value: value === null ? null : JSON.stringify(value),
    missing,
  });
  switch (answer.kind) {
    case 'missing':
      return [cell('', null, answer.code)];
    case 'rows':
      return Object.entries(answer.rows).map(([row, a]) =>
        a.kind === 'missing' ? cell(row, null, a.code) : cell(row, a.value),
      );
    case 'value':
      return answer.other === undefined
        ? [cell('', answer.value)]
        : [cell('', answer.value), cell('other', answer.other)];
  }
}

/**
 * What one saved page changes: every row of `ids` in `item`, for each entry of `clear`, is replaced
 * by the `cells` of those ids and items.
 */
export interface CellWrite {
  readonly clear: readonly { readonly ids: readonly string[]; readonly item: number }[];
  readonly cells: readonly NewAnswerCell[];
}

/** A response's rows after `write`, as the database holds them once it is stored. */
export function applyCellWrite(rows: readonly AnswerCell[], write: CellWrite): AnswerCell[] {
  const cleared = new Set(write.clear.flatMap(({ ids, item }) => ids.map((id) => `${id}\u0000${item}`)));
  const written = new Set(write.cells.map((c) => `${c.question_id}\u0000${c.item}\u0000${c.part}`));
  return [
    ...rows.filter(
      (r) =>
        !cleared.has(`${r.question_id}\u0000${r.item}`) &&
        !written.has(`${r.question_id}\u0000${r.item}\u0000${r.part}`),
    ),
    ...write.cells.map((c) => ({
      ...c,
      value: c.value === null ? null : (JSON.parse(c.value) as AnswerCell['value']),
    })),
  ];
}

/** A bookkeeping row: `true`, or for an `#item` row the item's key. */
export function markerCell(
  id: string,
  item: number,
  part: string,
  value: string | true = true,
): NewAnswerCell {
  return { question_id: id, item, part, value: JSON.stringify(value), missing: null };
}

/**
 * Rebuilds a response's state from its rows. `groupOf` tells which repeat group a question or
 * page belongs to, so rows can be sorted into items.
 */
export function stateFromCells(
  rows: readonly AnswerCell[],
  groupOf: (id: string) => string | undefined,
): ResponseState {
  const top: Record<string, Answer> = {};
  const items = new Map<string, Map<number, Record<string, Answer>>>();
  const done = new Set<string>();
  const saved = new Set<string>();
  const byKey = new Map<string, AnswerCell[]>();

  for (const row of rows) {
    if (row.part === donePart) done.add(row.question_id);
    else if (row.part === itemPart)
      itemsOf(items, row.question_id).set(row.item, itemsOf(items, row.question_id).get(row.item) ?? {});
    else if (row.part === savedPart) {
      const group = groupOf(row.question_id);
      saved.add(group === undefined ? row.question_id : `${group}/${row.item}/${row.question_id}`);
    } else {
      const key = `${row.question_id}\u0000${row.item}`;
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
  }
  for (const cells of byKey.values()) {
    const { question_id: id, item } = cells[0]!;
    const answer = answerFromCells(cells);
    if (answer === undefined) continue;
    const group = groupOf(id);
    if (group === undefined || item === 0) top[id] = answer;
    else {
      const groupItems = itemsOf(items, group);
      groupItems.set(item, { ...(groupItems.get(item) ?? {}), [id]: answer });
    }
  }
  const repeats: Record<string, RepeatState> = {};
  for (const [group, byItem] of items) {
    const numbers = [...byItem.keys()].sort((a, b) => a - b);
    repeats[group] = { items: numbers.map((n) => byItem.get(n) as AnswerMap), done: done.has(group) };
  }
  for (const group of done) repeats[group] ??= { items: [], done: true };
  return { answers: top, repeats, saved };
}

/**
 * The keys of a repeat group's items (the values of their `#item` rows), in the order of the items
 * `stateFromCells` builds; undefined for an item without one.
 */
export function itemKeysOf(
  rows: readonly AnswerCell[],
  groupId: string,
  groupOf: (id: string) => string | undefined,
): (string | undefined)[] {
  const keys = new Map<number, string | undefined>();
  for (const row of rows) {
    if (row.question_id === groupId && row.part === itemPart)
      keys.set(row.item, typeof row.value === 'string' ? row.value : undefined);
    else if (
      row.item !== 0 &&
      !row.part.startsWith('#') &&
      groupOf(row.question_id) === groupId &&
      !keys.has(row.item)
    )
      keys.set(row.item, undefined);
  }
  return [...keys.keys()].sort((a, b) => a - b).map((n) => keys.get(n));
}

function itemsOf(items: Map<string, Map<number, Record<string, Answer>>>, group: string) {
  let byItem = items.get(group);
  if (byItem === undefined) {
    byItem = new Map();
    items.set(group, byItem);
  }
  return byItem;
}

/** jsonb arrives parsed from both drivers. */
const parseJson = (value: unknown): unknown => value;

function answerFromCells(cells: readonly AnswerCell[]): Answer | undefined {
  const main = cells.find((c) => c.part === '');
  if (main !== undefined) {
    if (main.missing !== null)
      return isMissingCode(main.missing) ? { kind: 'missing', code: main.missing } : undefined;
    const value = parseJson(main.value) as string | number | string[];
    const other = cells.find((c) => c.part === 'other');
    return other === undefined
      ? { kind: 'value', value }
      : { kind: 'value', value, other: String(parseJson(other.value)) };
  }
  const rows: Record<string, RowAnswer> = {};
  for (const c of cells) {
    if (c.part === 'other') continue;
    if (c.missing !== null) {
      if (isMissingCode(c.missing)) rows[c.part] = { kind: 'missing', code: c.missing };
    } else rows[c.part] = { kind: 'value', value: String(parseJson(c.value)) };
  }
  return Object.keys(rows).length > 0 ? { kind: 'rows', rows } : undefined;
}
