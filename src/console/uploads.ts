import { parse as parseYaml } from 'yaml';
import { readXlsForm, writeXlsForm as writeSheet } from '../xlsform/index.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { jsonInputProblem, rootPath } from './stored-text.ts';

export type Upload =
  | { ok: true; definition: unknown; format: 'xlsform' | 'yaml' | 'json' }
  | { ok: false; problems: string[] };

export const maxUploadBytes = 10 * 1024 * 1024;

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * A questionnaire uploaded to the console: an XLSForm spreadsheet, or a definition in YAML or JSON.
 * Every problem is told in the user's language with where it is; nothing is stored here.
 */
export async function readUpload(file: File, t: ConsoleTranslate): Promise<Upload> {
  if (file.size > maxUploadBytes)
    return { ok: false, problems: [t('console.draft.tooLarge', { size: '10 MB' })] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) {
    const result = await readXlsForm(bytes, t.lang);
    if (result.ok) return checked(result.definition, 'xlsform', t);
    return {
      ok: false,
      problems: result.issues.map((i) =>
        t('console.draft.xlsform', {
          sheet: i.sheet,
          row: i.row,
          column: i.column === undefined ? '' : `, ${i.column}`,
          message: `${i.code}${i.detail === undefined ? '' : ` (${i.detail})`}`,
        }),
      ),
    };
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
