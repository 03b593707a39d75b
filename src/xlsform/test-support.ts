import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import type { ModuleDocument } from '../questionnaire/index.ts';
import { parseExpression, printExpression, resolveIncludes } from '../questionnaire/index.ts';

/** Test helpers: the repository's questionnaires, and workbooks built cell by cell. */
const questionnaires = new URL('../../questionnaires/', import.meta.url);

const readYaml = (url: URL): unknown => parseYaml(readFileSync(url, 'utf8'), { maxAliasCount: 100 });
const yamlFiles = (dir: URL) =>
  readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();

/** Every questionnaire of a study folder with its includes resolved, as src/studies reads them. */
export function studyQuestionnaires(folder: string): [string, unknown][] {
  const dir = new URL(`${folder}/`, questionnaires);
  const modulesDir = new URL('modules/', dir);
  let moduleNames: string[] = [];
  try {
    moduleNames = yamlFiles(modulesDir);
  } catch {
    moduleNames = [];
  }
  // The module files are the repository's own; their outline is checked by resolveIncludes's users.
  const modules = moduleNames.map((n) => readYaml(new URL(n, modulesDir)) as ModuleDocument);
  return yamlFiles(dir)
    .filter((n) => !/^study\./.test(n))
    .map((name): [string, unknown] => {
      const resolved = resolveIncludes(readYaml(new URL(name, dir)), modules);
      if (!resolved.ok) throw new Error(`${name}: ${JSON.stringify(resolved.issues)}`);
      return [`${folder}/${name}`, resolved.document];
    });
}

const expressionKeys = new Set(['relevant', 'expression', 'required']);

/** A copy with every expression in canonical form, since the round trip may respell them. */
export function canonicalExpressions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalExpressions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      if (expressionKeys.has(key) && typeof v === 'string') {
        const parsed = parseExpression(v);
        return [key, parsed.ok ? printExpression(parsed.expr) : v];
      }
      return [key, canonicalExpressions(v)];
    }),
  );
}

export type Cells = readonly (readonly (string | number | boolean | null)[])[];

/** A workbook from sheets given as rows of cells, the first row being the headers. */
export async function workbook(sheets: Readonly<Record<string, Cells>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
