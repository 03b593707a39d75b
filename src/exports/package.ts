import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Questionnaire } from '../questionnaire/index.ts';
import type { Store, StudyWeighting, TallyScope } from '../store/index.ts';
import { excludedCount, exportedVersions } from '../store/index.ts';
import { missingNumbers } from './columns.ts';
import { writeCodebookCsv, writeCsvFile } from './csv-file.ts';
import type { Dataset } from './dataset.ts';
import { exportDatasets, fixExportScope } from './dataset.ts';
import { ddiCodebook } from './ddi-codebook.ts';
import { stataNames, writeDtaFile } from './dta-file.ts';
import { rScript } from './r-script.ts';
import { writeSavFile } from './sav-file.ts';
import { spssNames, spssSyntax } from './spss-syntax.ts';
import { writeXlsxFile } from './xlsx-file.ts';

/** The data formats a package can hold besides CSV, which it always holds. */
export const dataFormats = ['sav', 'dta', 'xlsx'] as const;
export type DataFormat = (typeof dataFormats)[number];

export interface ExportProgress {
  readonly file: string;
  readonly rows: number;
  readonly of: number;
}

export interface ExportSummary {
  readonly respondents: number;
  /** Rows and columns of each dataset, by file stem. */
  readonly datasets: readonly { name: string; layout: string; rows: number; columns: number }[];
  readonly files: readonly string[];
}

/**
 * Writes a research export package to `dir`: for each dataset (one row per respondent, and one
 * row per item of each repeat group) a CSV with its SPSS syntax, and the asked data formats; one
 * codebook for all; a README with the provenance (questionnaire versions, days of completion,
 * weights, what was left out). Data is read from the store a batch at a time, once per file.
 * Contact details are not in the store's answers and exclusions only remove rows, so neither can
 * reach a package.
 */
export async function writeExportPackage(
  store: Store,
  input: {
    scope: TallyScope;
    study: string;
    /** The study's title in the export's language, for the DDI codebook. */
    title?: string;
    questionnaires: readonly Questionnaire[];
    language: string;
    dir: string;
    now: Date;
    formats?: readonly DataFormat[];
    progress?: (p: ExportProgress) => void;
  },
): Promise<ExportSummary> {
  await makeFolder(input.dir);
  // Every file and the README describe the responses completed, and not excluded, at this moment,
  // with the weights of this moment.
  const scope = await fixExportScope(store, input.scope);
  const weighting = scope.weights?.record;
  const datasets = await exportDatasets(store, {
    scope,
    questionnaires: input.questionnaires,
    language: input.language,
  });
  const files: string[] = [];
  const counted = (file: string, of: number) => (rows: number) => input.progress?.({ file, rows, of });
  const formats = new Set(input.formats ?? []);
  for (const dataset of datasets) {
    const csv = `${dataset.name}.csv`;
    const rows = await writeCsvFile(dataset, join(input.dir, csv), counted(csv, dataset.rowCount));
    if (rows === 0) input.progress?.({ file: csv, rows, of: dataset.rowCount });
    await writeFile(join(input.dir, `${dataset.name}.sps`), spssSyntax(dataset));
    await writeFile(join(input.dir, `${dataset.name}.R`), rScript(dataset));
    files.push(csv, `${dataset.name}.sps`, `${dataset.name}.R`);
    const label = `${input.study}: ${dataset.unit}`;
    const binary = [
      ['sav', writeSavFile],
      ['dta', writeDtaFile],
    ] as const;
    for (const [format, write] of binary)
      if (formats.has(format)) {
        const file = `${dataset.name}.${format}`;
        await write(dataset, join(input.dir, file), label);
        input.progress?.({ file, rows: dataset.rowCount, of: dataset.rowCount });
        files.push(file);
      }
  }
  await writeCodebookCsv(datasets, join(input.dir, 'codebook.csv'));
  const versions = await exportedVersions(store.db, scope);
  await writeFile(
    join(input.dir, 'codebook.xml'),
    ddiCodebook({
      study: { id: input.study, title: input.title ?? input.study },
      language: input.language,
      now: input.now,
      datasets,
      versions: versions.map((v) => `${v.questionnaire} version ${v.version}`),
      notes: [
        'Completed responses only; responses excluded from analysis by the study team and contact details are left out.',
        weighting === undefined
          ? 'Unweighted.'
          : 'The variable weight holds weights raked to population margins (see README.md).',
      ],
    }),
  );
  files.push('codebook.csv', 'codebook.xml');
  const readme = await readmeOf(
    store,
    { ...input, scope },
    versions,
    datasets,
    [...files, ...(formats.has('xlsx') ? ['data.xlsx'] : [])],
    weighting,
  );
  if (formats.has('xlsx')) {
    await writeXlsxFile(datasets, join(input.dir, 'data.xlsx'), readme.split('\n'));
    input.progress?.({ file: 'data.xlsx', rows: datasets[0]?.rowCount ?? 0, of: datasets[0]?.rowCount ?? 0 });
    files.push('data.xlsx');
  }
  await writeFile(join(input.dir, 'README.md'), readme);
  files.push('README.md');
  return {
    respondents: datasets[0]?.rowCount ?? 0,
    datasets: datasets.map((d) => ({
      name: d.name,
      layout: d.layout,
      rows: d.rowCount,
      columns: d.columns.length,
    })),
    files,
  };
}

async function readmeOf(
  store: Store,
  input: { scope: TallyScope; study: string; now: Date; language: string },
  versions: Awaited<ReturnType<typeof exportedVersions>>,
  datasets: readonly Dataset[],
  files: readonly string[],
  weighting: StudyWeighting | undefined,
): Promise<string> {
  const excluded = await excludedCount(store.db, input.scope);
  const list = (items: readonly string[]) => items.map((x) => `- ${x}`);
  return [
    `# ${input.study}: research export`,
    '',
    `Made on ${input.now.toISOString()} by credmap; labels in ${input.language}.`,
    '',
    '## Files',
    '',
    ...list(
      datasets.map(
        (d) =>
          `${d.name}.csv: ${d.rowCount} rows, one per ${d.unit}, ${d.columns.length} columns (${d.layout} layout); UTF-8 with a byte-order mark, RFC 4180. ${d.name}.sps reads it into SPSS or PSPP with its labels.`,
      ),
    ),
    '- *.R: R scripts that read each CSV with its labels (needs the haven package).',
    '- codebook.csv: every column of every file, its question or label, its codes with their labels, and its missing codes.',
    '- codebook.xml: the same as DDI-Codebook 2.5 metadata (variables, categories, multiple-response groups), without frequencies.',
    ...list(
      files
        .filter((f) => /\.(sav|dta)$/.test(f))
        .map(
          (f) =>
            `${f}: the same data as its CSV, for ${f.endsWith('.sav') ? 'SPSS or PSPP' : 'Stata 14 or later'}, with labels and user-missing codes.`,
        ),
    ),
    ...(files.includes('data.xlsx')
      ? ['- data.xlsx: every file as a sheet (codes, not labels), the codebook and this text.']
      : []),
    '',
    '## Provenance',
    '',
    ...list(
      versions.map(
        (v) =>
          `Questionnaire ${v.questionnaire} version ${v.version}: ${v.responses} completed responses, completed ${v.first === v.last ? `on ${v.first}` : `from ${v.first} to ${v.last}`} (UTC).`,
      ),
    ),
    ...(versions.length === 0 ? ['- No completed responses.'] : []),
    `- Left out: responses not completed, ${excluded} ${excluded === 1 ? 'response' : 'responses'} excluded from analysis by the study team, answers left on pages the respondent's final route did not show, and every contact detail (contacts are never part of answer exports).`,
    weighting === undefined
      ? '- Weights: none; the data is unweighted.'
      : `- Weights: column \`weight\` in data.csv, computed on ${weighting.computedAt.toISOString()} for ${weighting.respondents} respondents from the population margins ${describeMargins(weighting.margins)} (post-stratification on one variable, raking on several). Respondents added since have no weight.`,
    '',
    '## Reading the data',
    '',
    `- Missing codes: ${Object.entries(missingNumbers)
      .map(([k, v]) => `${v} = ${k}`)
      .join(
        ', ',
      )}; an empty field means the question was not asked. In the .dta files they are Stata's extended missing values .a and .b; in the .sav files, user-missing values.`,
    '- Dates: yyyy-mm-dd in the CSV, which the .sps files read as text; dates in the .sav files (SDATE10), the .dta files (%td) and what the R scripts read.',
    '- Single choice: the CSV holds the codes; the .sav and .dta files number them 1, 2, ... in the order codebook.csv lists them, each labelled.',
    ...renamedColumns(
      datasets,
      files.some((f) => f.endsWith('.dta')),
    ),
    '- Calculated values: a number column where the calculation can only give a number or true/false (1/0), as when it counts or scores; otherwise text. A number column that holds a text stored under an earlier version of the questionnaire is text.',
    "- Multiple choice: one column per option, 1 chosen, 0 not chosen. Rankings: one column per option with its rank. Repeat groups: in data.csv one column set per item (_1, _2, ...); in the repeat group's own file one row per item, joined to data.csv on `respondent`.",
    '- Respondents are numbered in this export only; the numbers say nothing about who answered or when.',
    '- Texts a spreadsheet would read as a formula start with an apostrophe.',
    '- A text answer with a line break is whole in the CSV (RFC 4180), the .sav and .dta files and what the R scripts read; the .sps files cannot read it, since SPSS and PSPP read text data a line at a time: use the .sav file where answers have line breaks.',
    '- No disclosure control is applied to microdata: handle these files as confidential.',
    '',
  ].join('\n');
}

/**
 * The columns whose names SPSS (the .sps and .sav files) or Stata (the .dta files) cannot take as
 * they are, with the names they have there: SPSS names are at most 64 bytes and not a reserved word
 * such as TO, Stata names at most 32 characters, and neither tells `Age` from `age`.
 */
export function renamedColumns(datasets: readonly Dataset[], stata: boolean): string[] {
  const renamed = (tool: string, names: (columns: Dataset['columns']) => string[]) =>
    datasets.flatMap((d) => {
      const changed = names(d.columns).flatMap((name, i) =>
        name === d.columns[i]!.name ? [] : [`\`${d.columns[i]!.name}\` is \`${name}\``],
      );
      return changed.length === 0
        ? []
        : [`- In ${tool}, the columns of ${d.name}.csv keep their names but: ${changed.join(', ')}.`];
    });
  return [...renamed('SPSS', spssNames), ...(stata ? renamed('Stata', stataNames) : [])];
}

/** Margins as `variable (category total, ...)`, as the analyst gave them. */
function describeMargins(margins: unknown): string {
  if (margins === null || typeof margins !== 'object') return '';
  return Object.entries(margins as Record<string, Record<string, number>>)
    .map(
      ([variable, categories]) =>
        `${variable} (${Object.entries(categories)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')})`,
    )
    .join('; ');
}

/**
 * Makes a folder and whichever folders above it are missing. Node's own `mkdir(dir, { recursive:
 * true })` never settles where a missing folder's parent can hold none (under /proc, say), so
 * this finds the nearest folder that exists and makes each one below it, which fails at once with
 * the system's reason where one cannot be made.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const found = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (found !== undefined) {
      // A file where the folder should be: mkdir says so (EEXIST) in the system's words.
      if (missing.length === 0 && !found.isDirectory()) await mkdir(at);
      break;
    }
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse())
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      // Made meanwhile by another program: as good as made here.
      if (error.code !== 'EEXIST') throw error;
    });
}
