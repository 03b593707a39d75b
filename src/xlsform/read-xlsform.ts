import type ExcelJS from 'exceljs';
import type { QuestionnaireInput } from '../questionnaire/index.ts';
import { parseDefinition } from '../questionnaire/index.ts';
import { loadWorkbook, MAX_UNPACKED_BYTES, sheetWithinLimits } from '../spreadsheet/index.ts';
import type { Draft } from './cell-values.ts';
import { choicesSpec, settingsSpec, surveySpec } from './columns.ts';
import type { XlsFormIssue } from './issues.ts';
import { xlsFormIssue } from './issues.ts';
import { languageCode } from './languages.ts';
import { Locations } from './locations.ts';
import type { ChoiceLists } from './read-choices.ts';
import { readChoices } from './read-choices.ts';
import type { Grid } from './read-grid.ts';
import { readGrid } from './read-grid.ts';
import { readSettings } from './read-settings.ts';
import { SurveyReader } from './read-survey.ts';
import { headerBase, readTable } from './read-table.ts';

export type XlsFormResult =
  | { readonly ok: true; readonly definition: QuestionnaireInput }
  | { readonly ok: false; readonly issues: readonly XlsFormIssue[] };

const failure = (issues: readonly XlsFormIssue[]): XlsFormResult => ({ ok: false, issues });

/**
 * Reads an XLSForm workbook (sheets `survey`, `choices`, `settings`) into credmap's authored
 * definition format. Every problem is reported, located by sheet, row and column: the spreadsheet's
 * own, and then the engine's (`parseDefinition`), so that a definition returned always passes it.
 * Never throws.
 */
export async function readXlsForm(
  data: Uint8Array | ArrayBuffer,
  /** The language Zod's details of the definition's problems are worded in (English by default). */
  language?: string,
): Promise<XlsFormResult> {
  const loaded = await loadWorkbook(data instanceof Uint8Array ? data : new Uint8Array(data));
  if (!loaded.ok)
    return failure([
      loaded.problem === 'tooLarge'
        ? xlsFormIssue('', 0, 'xlsform.tooLarge', undefined, `${MAX_UNPACKED_BYTES / 1024 / 1024} MB`)
        : xlsFormIssue('', 0, 'xlsform.notXlsx'),
    ]);
  return readXlsFormWorkbook(loaded.book, language);
}

/** `readXlsForm` of a workbook already loaded (by `loadWorkbook`, so bounded unpacked). Never throws. */
export function readXlsFormWorkbook(workbook: ExcelJS.Workbook, language?: string): XlsFormResult {
  // Walking a sheet costs its rows' lengths, not their cells: one far-right cell a row is enough to
  // make a small file slow to read.
  if (!workbook.worksheets.every(sheetWithinLimits))
    return failure([xlsFormIssue('', 0, 'xlsform.tooLarge')]);
  try {
    return readWorkbook(workbook, language);
  } catch {
    // A workbook exceljs accepted but holds something unforeseen: an issue, not an exception.
    return failure([xlsFormIssue('', 0, 'xlsform.unreadable')]);
  }
}

function readWorkbook(workbook: ExcelJS.Workbook, language: string | undefined): XlsFormResult {
  const issues: XlsFormIssue[] = [];
  const grid = (name: string): Grid | undefined => {
    const sheet = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === name);
    if (sheet === undefined) {
      if (name !== 'choices') issues.push(xlsFormIssue(name, 0, 'xlsform.missingSheet'));
      return undefined;
    }
    return readGrid(sheet, name, issues);
  };
  const surveyGrid = grid('survey');
  const choicesGrid = grid('choices');
  const settingsGrid = grid('settings');

  const defaultLanguage = settingsGrid === undefined ? undefined : readDefaultLanguage(settingsGrid, issues);
  const survey = surveyGrid && readTable(surveyGrid, surveySpec, defaultLanguage, issues);
  const choices = choicesGrid && readTable(choicesGrid, choicesSpec, defaultLanguage, issues);
  const settings = settingsGrid && readTable(settingsGrid, settingsSpec, defaultLanguage, issues);

  const languages = [
    ...new Set([
      ...(survey?.languages ?? []),
      ...(choices?.languages ?? []),
      ...(settings?.languages ?? []),
      ...(defaultLanguage === undefined ? [] : [defaultLanguage]),
    ]),
  ];
  const locations = new Locations({ sheet: 'survey', row: 1 });
  const settingsDraft = settings === undefined ? {} : readSettings(settings, issues, locations);
  // A form without select questions needs no lists: like pyxform (xls2json.py, `if choices_sheet:`),
  // only a choices sheet with rows must have its columns.
  const lists = readChoices(choices?.rows.length === 0 ? undefined : choices, issues);
  if (survey === undefined) return failure(issues);
  const read = new SurveyReader(survey, lists, issues, locations).read();
  if (issues.length > 0) return failure(issues);

  const listDrafts = listsOf(lists, read.listsUsedAsRowsOnly, locations);
  const definition: Draft = {
    ...(settingsDraft.id === undefined ? {} : { id: settingsDraft.id }),
    languages,
    fallbackLanguage: defaultLanguage ?? languages[0] ?? '',
    ...settingsDraft,
    ...(Object.keys(listDrafts).length === 0 ? {} : { lists: listDrafts }),
    pages: read.pages,
  };
  const parsed = parseDefinition(definition, language);
  if (!parsed.ok) {
    return failure(
      parsed.issues.map((issue) => {
        const at = locations.find(issue.path);
        return xlsFormIssue(at.sheet, at.row, issue.code, at.column, issue.detail);
      }),
    );
  }
  // parseDefinition has just accepted this very object, which is the authored format's input shape.
  return { ok: true, definition: definition as QuestionnaireInput };
}

/** `default_language` as written in XLSForm (`English (en)`) or as a bare code. */
function readDefaultLanguage(grid: Grid, issues: XlsFormIssue[]): string | undefined {
  const header = grid.headers.find((h) => headerBase(h.text) === 'default_language');
  const [row] = grid.rows;
  const value = header === undefined ? undefined : row?.cells.get(header.column)?.trim();
  if (value === undefined || row === undefined) return undefined;
  const code = languageCode(value);
  if (code === undefined)
    issues.push(xlsFormIssue(grid.sheet, row.row, 'xlsform.unknownLanguage', 'default_language', value));
  return code;
}

function listsOf(
  lists: ChoiceLists,
  rowsOnly: ReadonlySet<string>,
  locations: Locations,
): Record<string, Draft[]> {
  const result: Record<string, Draft[]> = {};
  for (const [name, choices] of lists) {
    if (rowsOnly.has(name)) continue;
    result[name] = choices.map((c) => c.choice);
    locations.set(`lists.${name}`, 'choices', choices[0]?.row ?? 1, 'list_name');
    choices.forEach(({ row, choice }, i) => {
      locations.set(`lists.${name}.${i}`, 'choices', row);
      for (const [member, column] of Object.entries({
        code: 'name',
        label: 'label',
        other: 'credmap_other',
        exclusive: 'credmap_exclusive',
      })) {
        if (member in choice) locations.set(`lists.${name}.${i}.${member}`, 'choices', row, column);
      }
    });
  }
  return result;
}
