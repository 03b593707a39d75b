import type { Draft } from './cell-values.ts';
import { CellValues } from './cell-values.ts';
import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import type { Table } from './read-table.ts';

export interface ChoiceDraft {
  readonly row: number;
  /** Set for an "or_other" choice, which comes from the survey row's type, not from the choices sheet. */
  readonly sheet?: string;
  readonly choice: Draft;
}

/** The choices sheet as lists by name, in the order lists first appear; rows kept for locations. */
export type ChoiceLists = ReadonlyMap<string, readonly ChoiceDraft[]>;

export function readChoices(table: Table | undefined, issues: XlsFormIssue[]): ChoiceLists {
  const lists = new Map<string, ChoiceDraft[]>();
  if (table === undefined) return lists;
  for (const column of ['list_name', 'name']) {
    if (!table.columns.has(column))
      issues.push(xlsFormIssue(table.sheet, 1, 'xlsform.missingColumn', column));
  }
  const cells = new CellValues(issues);
  for (const row of table.rows) {
    const list = row.values.get('list_name');
    const code = row.values.get('name');
    if (list === undefined || code === undefined) {
      const column = list === undefined ? 'list_name' : 'name';
      if (table.columns.has(column))
        issues.push(xlsFormIssue(table.sheet, row.row, 'xlsform.missingValue', column));
      continue;
    }
    const choice: Draft = { code, label: row.texts.get('label') ?? {} };
    const other = cells.flag(row, 'credmap_other');
    if (other !== undefined) choice.other = other;
    const exclusive = cells.flag(row, 'credmap_exclusive');
    if (exclusive !== undefined) choice.exclusive = exclusive;
    const choices = lists.get(list) ?? [];
    choices.push({ row: row.row, choice });
    lists.set(list, choices);
  }
  return lists;
}
