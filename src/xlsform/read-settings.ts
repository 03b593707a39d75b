import type { Draft } from './cell-values.ts';
import { CellValues } from './cell-values.ts';
import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import type { Locations } from './locations.ts';
import type { Table } from './read-table.ts';

/** Definition members and the settings columns that hold them, for locating the engine's issues. */
const settingColumns: Readonly<Record<string, string>> = {
  id: 'form_id',
  title: 'form_title',
  audience: 'credmap_audience',
  description: 'credmap_description',
  estimatedMinutes: 'credmap_estimated_minutes',
  'fieldwork.opens': 'credmap_opens',
  'fieldwork.closes': 'credmap_closes',
  fallbackLanguage: 'default_language',
  languages: 'default_language',
};

/**
 * The settings sheet: one row of values under the header row. `version` is accepted and not kept,
 * because credmap numbers the versions it publishes itself.
 */
export function readSettings(table: Table, issues: XlsFormIssue[], locations: Locations): Draft {
  const [row, ...extra] = table.rows;
  for (const other of extra) issues.push(xlsFormIssue(table.sheet, other.row, 'xlsform.extraSettingsRow'));
  const at = row?.row ?? 2;
  for (const [path, column] of Object.entries(settingColumns)) locations.set(path, table.sheet, at, column);
  if (row === undefined) return {};
  const cells = new CellValues(issues);
  const draft: Draft = {};
  const id = row.values.get('form_id');
  if (id !== undefined) draft.id = id;
  for (const [member, column] of [
    ['title', 'form_title'],
    ['audience', 'credmap_audience'],
    ['description', 'credmap_description'],
  ] as const) {
    const text = row.texts.get(column);
    if (text !== undefined) draft[member] = text;
  }
  const minutes = cells.number(row, 'credmap_estimated_minutes');
  if (minutes !== undefined) draft.estimatedMinutes = minutes;
  const opens = row.values.get('credmap_opens');
  const closes = row.values.get('credmap_closes');
  if (opens !== undefined || closes !== undefined)
    draft.fieldwork = {
      ...(opens === undefined ? {} : { opens }),
      ...(closes === undefined ? {} : { closes }),
    };
  const style = row.values.get('style');
  // credmap always shows one page per group, which is what the `pages` style asks for.
  if (style !== undefined && style !== 'pages')
    issues.push(xlsFormIssue(table.sheet, row.row, 'xlsform.unsupportedValue', 'style', style));
  return draft;
}
