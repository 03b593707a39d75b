import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Questionnaire } from '../questionnaire/index.ts';
import type { ExportResponse, Store, TallyScope } from '../store/index.ts';
import { exportBatch } from '../store/index.ts';
import type { ExportColumn } from './columns.ts';
import { exportColumns, fixed, missingNumbers } from './columns.ts';
import { spssSyntax } from './spss-syntax.ts';

/** RFC 4180 field; a text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (fields: readonly (string | number | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

/** One respondent's values, in column order. */
export function rowOf(columns: readonly ExportColumn[], r: ExportResponse): (string | number | null)[] {
  const at = new Map(r.cells.map((c) => [`${c.question_id}\u0001${c.item}\u0001${c.part}`, c]));
  return columns.map((col) => {
    const cell = at.get(`${col.source.questionId}\u0001${col.source.item}\u0001${col.source.part}`);
    if (cell === undefined) return null;
    if (cell.missing !== null) return missingNumbers[cell.missing] ?? null;
    const v = cell.value;
    if (col.kind === 'flag') return Array.isArray(v) ? (v.includes(col.source.code) ? 1 : 0) : null;
    if (col.kind === 'rank') return Array.isArray(v) ? v.indexOf(col.source.code) + 1 || null : null;
    if (typeof v === 'number') return v;
    if (typeof v === 'string') return v;
    return v === null || v === undefined ? null : JSON.stringify(v);
  });
}

export interface ExportSummary {
  readonly respondents: number;
  readonly columns: number;
  readonly files: readonly string[];
}

/**
 * Writes a CSV package to `dir`: data.csv (UTF-8, RFC 4180, one row per respondent), codebook.csv
 * (every column with its label and codes) and README.md (what, from when, which versions, what was
 * left out). Responses are read and written a batch at a time, so memory stays flat at any size.
 */
export async function writeCsvPackage(
  store: Store,
  input: {
    scope: TallyScope;
    study: string;
    questionnaires: readonly Questionnaire[];
    language: string;
    dir: string;
    now: Date;
    excluded: number;
    progress?: (done: number) => void;
  },
): Promise<ExportSummary> {
  await mkdir(input.dir, { recursive: true });
  const columns = exportColumns(input.questionnaires, input.language);
  const data = await open(join(input.dir, 'data.csv'), 'w');
  let respondents = 0;
  const versions = new Set<string>();
  try {
    await data.write(`\uFEFF${line([...fixed, ...columns.map((c) => c.name)])}`);
    let after: string | null = null;
    for (;;) {
      const batch = await exportBatch(store.db, input.scope, after, 500);
      if (batch.length === 0) break;
      let chunk = '';
      for (const r of batch) {
        respondents += 1;
        versions.add(`${r.questionnaire} v${r.version}`);
        chunk += line([
          respondents,
          r.questionnaire,
          r.version,
          r.language,
          r.completedOn,
          ...rowOf(columns, r),
        ]);
      }
      await data.write(chunk);
      after = batch.at(-1)!.id;
      input.progress?.(respondents);
    }
  } finally {
    await data.close();
  }
  const codebook = await open(join(input.dir, 'codebook.csv'), 'w');
  try {
    await codebook.write(`\uFEFF${line(['column', 'label', 'kind', 'code', 'code_label'])}`);
    for (const name of fixed) await codebook.write(line([name, name, 'meta', null, null]));
    for (const c of columns) {
      await codebook.write(line([c.name, c.label, c.kind, null, null]));
      for (const code of c.codes ?? [])
        await codebook.write(line([c.name, null, null, code.code, code.label]));
      if (c.kind !== 'text' && c.kind !== 'date')
        for (const [name, n] of Object.entries(missingNumbers))
          await codebook.write(line([c.name, null, 'missing', n, name]));
    }
  } finally {
    await codebook.close();
  }
  const syntax = await open(join(input.dir, 'data.sps'), 'w');
  try {
    await syntax.write(spssSyntax(columns));
  } finally {
    await syntax.close();
  }
  const readme = await open(join(input.dir, 'README.md'), 'w');
  try {
    await readme.write(
      [
        `# ${input.study}: research export`,
        '',
        `Made on ${input.now.toISOString()} by credmap.`,
        '',
        `- data.csv: ${respondents} completed responses, one row per respondent, ${columns.length + fixed.length} columns; UTF-8 with a byte-order mark, RFC 4180.`,
        '- codebook.csv: every column, its question or label, its codes with their labels, and its missing codes.',
        '- data.sps: SPSS (and PSPP) syntax that reads data.csv with variable and value labels, missing values and multiple-response sets.',
        `- Questionnaire versions: ${[...versions].sort().join(', ') || 'none'}.`,
        `- Left out: responses not completed, ${input.excluded} responses excluded from analysis by the study team, answers left on pages the respondent's final route did not show, and every contact detail (contacts are never part of answer exports).`,
        `- Missing codes: ${Object.entries(missingNumbers)
          .map(([k, v]) => `${v} = ${k}`)
          .join(', ')}; an empty field means the question was not asked.`,
        '- Multiple choice: one column per option, 1 chosen, 0 not chosen. Rankings: one column per option with its rank. Repeat groups: one column set per item (_1, _2, ...).',
        '- Texts a spreadsheet would read as a formula start with an apostrophe.',
        '- Unweighted. No disclosure control is applied to microdata: handle this file as confidential.',
        '',
      ].join('\n'),
    );
  } finally {
    await readme.close();
  }
  return {
    respondents,
    columns: columns.length + fixed.length,
    files: ['data.csv', 'codebook.csv', 'data.sps', 'README.md'],
  };
}
