import { parse as parseYaml } from 'yaml';
import type { XlsFormIssue } from '../xlsform/index.ts';
import { readXlsForm, writeXlsForm as writeSheet } from '../xlsform/index.ts';
import { definitionIssueMessage } from './lifecycle.ts';
import type { ConsoleKey, ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { jsonInputProblem, rootPath } from './stored-text.ts';

export type Upload =
  | { ok: true; definition: unknown; format: 'xlsform' | 'yaml' | 'json' }
  | { ok: false; problems: string[] };

export const maxUploadBytes = 10 * 1024 * 1024;

/** What a file over `maxUploadBytes` is told, in the reader's language. */
export const uploadTooLarge = (t: ConsoleTranslate) =>
  t('console.draft.tooLarge', { size: `${maxUploadBytes / 1024 / 1024} MB` });

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A questionnaire uploaded to the console: an XLSForm spreadsheet, or a definition in YAML or JSON.
 * Every problem is told in the user's language with where it is; nothing is stored here.
 */
export async function readUpload(file: File, t: ConsoleTranslate): Promise<Upload> {
  if (file.size > maxUploadBytes) return { ok: false, problems: [uploadTooLarge(t)] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) {
    const result = await readXlsForm(bytes, t.lang);
    if (result.ok) return checked(result.definition, 'xlsform', t);
    return { ok: false, problems: result.issues.map((i) => xlsFormIssueSentence(t, i)) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [t('console.draft.notSpreadsheet')] };
  }
  let definition: unknown;
  const json = /\.json$/i.test(file.name) || text.trimStart().startsWith('{');
  try {
    // Warnings (an unknown tag, say) quote the line, which may hold personal data: never written out.
    definition = json ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    return {
      ok: false,
      problems: [
        t('console.draft.badYaml', {
          detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
        }),
      ],
    };
  }
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition))
    return { ok: false, problems: [t('console.draft.notSpreadsheet')] };
  return checked(definition, json ? 'json' : 'yaml', t);
}

/** The codes src/xlsform documents in its README (besides the engine's, which it passes on). */
type XlsFormIssueCode =
  | 'xlsform.notXlsx'
  | 'xlsform.unreadable'
  | 'xlsform.tooLarge'
  | 'xlsform.missingSheet'
  | 'xlsform.missingColumn'
  | 'xlsform.duplicateColumn'
  | 'xlsform.unknownLanguage'
  | 'xlsform.unexpectedLanguage'
  | 'xlsform.noDefaultLanguage'
  | 'xlsform.unknownColumn'
  | 'xlsform.unsupportedColumn'
  | 'xlsform.unnamedColumn'
  | 'xlsform.columnNotApplicable'
  | 'xlsform.badCell'
  | 'xlsform.missingValue'
  | 'xlsform.badValue'
  | 'xlsform.unsupportedType'
  | 'xlsform.unsupportedAppearance'
  | 'xlsform.unsupportedValue'
  | 'xlsform.unknownList'
  | 'xlsform.badExpression'
  | 'xlsform.unsupportedFunction'
  | 'xlsform.unsupportedOperator'
  | 'xlsform.badNumber'
  | 'xlsform.unclosedGroup'
  | 'xlsform.unclosedRepeat'
  | 'xlsform.unmatchedEnd'
  | 'xlsform.unsupportedNesting'
  | 'xlsform.tooDeep'
  | 'xlsform.extraSettingsRow';

/** The message of each code, spelled out; a test fails on a code of the README missing here. */
export const xlsFormIssueKeys: Readonly<Record<XlsFormIssueCode, ConsoleKey>> = {
  'xlsform.notXlsx': 'console.xlsform.notXlsx',
  'xlsform.unreadable': 'console.xlsform.unreadable',
  'xlsform.tooLarge': 'console.xlsform.tooLarge',
  'xlsform.missingSheet': 'console.xlsform.missingSheet',
  'xlsform.missingColumn': 'console.xlsform.missingColumn',
  'xlsform.duplicateColumn': 'console.xlsform.duplicateColumn',
  'xlsform.unknownLanguage': 'console.xlsform.unknownLanguage',
  'xlsform.unexpectedLanguage': 'console.xlsform.unexpectedLanguage',
  'xlsform.noDefaultLanguage': 'console.xlsform.noDefaultLanguage',
  'xlsform.unknownColumn': 'console.xlsform.unknownColumn',
  'xlsform.unsupportedColumn': 'console.xlsform.unsupportedColumn',
  'xlsform.unnamedColumn': 'console.xlsform.unnamedColumn',
  'xlsform.columnNotApplicable': 'console.xlsform.columnNotApplicable',
  'xlsform.badCell': 'console.xlsform.badCell',
  'xlsform.missingValue': 'console.xlsform.missingValue',
  'xlsform.badValue': 'console.xlsform.badValue',
  'xlsform.unsupportedType': 'console.xlsform.unsupportedType',
  'xlsform.unsupportedAppearance': 'console.xlsform.unsupportedAppearance',
  'xlsform.unsupportedValue': 'console.xlsform.unsupportedValue',
  'xlsform.unknownList': 'console.xlsform.unknownList',
  'xlsform.badExpression': 'console.xlsform.badExpression',
  'xlsform.unsupportedFunction': 'console.xlsform.unsupportedFunction',
  'xlsform.unsupportedOperator': 'console.xlsform.unsupportedOperator',
  'xlsform.badNumber': 'console.xlsform.badNumber',
  'xlsform.unclosedGroup': 'console.xlsform.unclosedGroup',
  'xlsform.unclosedRepeat': 'console.xlsform.unclosedRepeat',
  'xlsform.unmatchedEnd': 'console.xlsform.unmatchedEnd',
  'xlsform.unsupportedNesting': 'console.xlsform.unsupportedNesting',
  'xlsform.tooDeep': 'console.xlsform.tooDeep',
  'xlsform.extraSettingsRow': 'console.xlsform.extraSettingsRow',
};

const isXlsFormIssueCode = (code: string): code is XlsFormIssueCode => Object.hasOwn(xlsFormIssueKeys, code);

/** Problems of the file, or of a sheet it lacks, which no sheet, row or column can locate. */
const wholeFile: ReadonlySet<string> = new Set<XlsFormIssueCode>([
  'xlsform.notXlsx',
  'xlsform.unreadable',
  'xlsform.tooLarge',
  'xlsform.missingSheet',
]);

/**
 * A spreadsheet's problem for the console, in the reader's language: where, a sentence, and the
 * code in brackets, for looking it up in src/xlsform/README.md. A code without a message is said
 * as `credmap check` says it, code and detail.
 */
export function xlsFormIssueSentence(t: ConsoleTranslate, issue: XlsFormIssue): string {
  const message = xlsFormIssueMessage(t, issue);
  if (message === undefined)
    return located(t, issue, `${issue.code}${issue.detail === undefined ? '' : ` (${issue.detail})`}`);
  return `${located(t, issue, message)} (${issue.code})`;
}

/**
 * Where a problem is: sheet, row and column, or a cell's address (`badCell`'s column). Row 0 is the
 * sheet as a whole, and the header row is no place for a column the sheet lacks. The problems of
 * the file need no place; their messages are whole sentences.
 */
function located(t: ConsoleTranslate, issue: XlsFormIssue, message: string): string {
  const { sheet, row, column, code } = issue;
  if (sheet === '' || wholeFile.has(code)) return message;
  if (row === 0 || code === 'xlsform.missingColumn')
    return t('console.xlsform.where.sheet', { sheet, message });
  if (column === undefined) return t('console.xlsform.where.row', { sheet, row, message });
  if (code === 'xlsform.badCell') return t('console.xlsform.where.cell', { sheet, cell: column, message });
  return t('console.xlsform.where.column', { sheet, row, column, message });
}

function xlsFormIssueMessage(t: ConsoleTranslate, issue: XlsFormIssue): string | undefined {
  const { sheet, column, code, detail } = issue;
  if (!isXlsFormIssueCode(code)) return definitionIssueMessage(t, issue);
  // Over the unpacked size the detail is that size; without one, a sheet spans too many cells.
  if (code === 'xlsform.tooLarge' && detail === undefined) return t('console.xlsform.tooManyCells');
  return t(xlsFormIssueKeys[code], { sheet, column: column ?? '', detail: detail ?? '' });
}

/**
 * A definition read from a file, refused if it nests too deep (a YAML alias can even make it a
 * cycle), holds text the database cannot store, or includes files: checked in that order, so the
 * include check's JSON.stringify never meets a value too deep for it.
 */
function checked(definition: unknown, format: 'xlsform' | 'yaml' | 'json', t: ConsoleTranslate): Upload {
  const problem = jsonInputProblem(definition);
  if (problem?.code === 'tooDeep')
    return { ok: false, problems: [t('console.draft.tooDeep', { max: problem.max })] };
  if (problem?.code === 'unstorable')
    return { ok: false, problems: [t('console.draft.unstorable', { path: problem.path || rootPath })] };
  // Only a YAML or JSON definition can name files to include; a workbook's are its sheets.
  if (format !== 'xlsform' && JSON.stringify(definition).includes('"include":'))
    return { ok: false, problems: [t('console.draft.includes')] };
  return { ok: true, definition, format };
}

/**
 * A definition (draft or version) as an XLSForm workbook; a 409 for a draft saved with problems
 * the questionnaire schema refuses, which no sheet can hold, worded for who asks: the author, who
 * can fix the draft, or a translator, who cannot.
 */
export async function writeXlsForm(
  definition: unknown,
  asker: 'author' | 'translator' = 'author',
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await writeSheet(definition as Parameters<typeof writeSheet>[0]);
  if (bytes === undefined)
    throw new ConsoleProblem(
      409,
      asker === 'author' ? 'console.draft.notWritable' : 'console.translations.notWritable',
    );
  return bytes as Uint8Array<ArrayBuffer>;
}
