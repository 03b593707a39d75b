import type { Questionnaire } from '../questionnaire/index.ts';
import type { ExportResponse, FixedScope, Store, TallyScope } from '../store/index.ts';
import { exportBatch, fixScope, itemCount, respondentCounts, textWidths } from '../store/index.ts';
import type { ExportColumn } from './columns.ts';
import { codeWidth, exportColumns, missingNumbers, repeatGroups, uniqueNames } from './columns.ts';
import { heapKeeper } from './heap.ts';

/** One value of a data file: a code or text, a number (missing codes are numbers), or nothing. */
export type Value = string | number | null;

/**
 * A table of microdata an export writes in every format: its columns (the leading ones first) and
 * its rows, read from the store a batch at a time so that memory stays flat at any size. The row
 * count is known before the first row, as SPSS and Stata files need it in their headers.
 */
export interface Dataset {
  /** File name without extension: `data` (one row per respondent) or the repeat group's id. */
  readonly name: string;
  /** What one row is, in words, for labels and READMEs. */
  readonly unit: string;
  readonly layout: 'wide' | 'long';
  readonly columns: readonly ExportColumn[];
  readonly rowCount: number;
  /** The rows, in batches; each row has one value per column. Can be read more than once. */
  rows(): AsyncIterable<readonly (readonly Value[])[]>;
}

const BATCH = 500;

/** Bytes of the longest missing code as text. */
const missingWidth = Math.max(...Object.values(missingNumbers).map((n) => String(n).length));

/** Answer columns sized to their data: texts, and codes without a code list. */
const measured = (c: ExportColumn) =>
  c.source !== undefined &&
  (c.kind === 'text' || (c.kind === 'code' && c.codes === undefined) || c.kind === 'number');

/** The columns every dataset starts with. */
const leading: readonly ExportColumn[] = [
  { name: 'respondent', label: 'Respondent (numbered in this export)', kind: 'id' },
  { name: 'questionnaire', label: 'Questionnaire', kind: 'code' },
  { name: 'version', label: 'Questionnaire version', kind: 'id' },
  { name: 'language', label: 'Language of the answers', kind: 'code' },
  { name: 'completed', label: 'Day completed (UTC)', kind: 'date' },
];

const weightColumn: ExportColumn = {
  name: 'weight',
  label: 'Weight (from the population margins; see README)',
  kind: 'number',
};

const itemColumn: ExportColumn = { name: 'item', label: 'Item number within the respondent', kind: 'id' };

/**
 * The answers' columns, renamed where they would take the name of a column of the dataset's own
 * (a question named `weight` or `language` becomes `weight_2`, `language_2`). Every one of those
 * names is kept free, whether the dataset has that column or not, so an answer's column has the
 * same name in a weighted export and an unweighted one.
 */
function answerColumns(declared: readonly ExportColumn[]): ExportColumn[] {
  const own = [...leading, itemColumn, weightColumn];
  return uniqueNames([...own, ...declared]).slice(own.length);
}

/**
 * An export's scope fixed now (`fixScope`), with a full collection whenever reading the weights has
 * grown the heap: a million weights come ten thousand rows at a time, and without it the rows of
 * every page stay as garbage that the export's first batches pile on (BENCHMARKS.md, exports).
 */
export function fixExportScope(store: Store, scope: TallyScope): Promise<FixedScope> {
  return fixScope(store.db, scope, heapKeeper().settle);
}

/** One respondent's (or, with `item`, one repeat item's) values of the answer columns. */
export function valuesOf(columns: readonly ExportColumn[], r: ExportResponse, item?: number): Value[] {
  const at = new Map(r.cells.map((c) => [`${c.question_id}\u0001${c.item}\u0001${c.part}`, c]));
  return columns.map((col) => {
    if (col.source === undefined) return null;
    const cell = at.get(`${col.source.questionId}\u0001${item ?? col.source.item}\u0001${col.source.part}`);
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

/**
 * The datasets of a research export: one row per respondent (wide, repeat items as column sets
 * `_1`, `_2`, ...) and, for each repeat group, one row per item described (long). Respondents are
 * numbered the same way in all of them, so the long files join to the wide one on `respondent`.
 */
export async function exportDatasets(
  store: Store,
  input: {
    scope: TallyScope;
    questionnaires: readonly Questionnaire[];
    language: string;
  },
): Promise<Dataset[]> {
  // The responses are those completed when the export begins; the headers' row counts and the
  // text widths hold for exactly those.
  const scope = await fixExportScope(store, input.scope);
  // A weight column when the study had weights at that moment.
  const weighted = scope.weights.record !== undefined;
  const respondents = (await respondentCounts(store.db, scope, { kind: 'none' })).reduce(
    (s, r) => s + r.n,
    0,
  );
  const declared = answerColumns(exportColumns(input.questionnaires, input.language));
  const groups = repeatGroups(input.questionnaires, input.language).map((group) => ({
    group,
    declared: answerColumns(exportColumns(input.questionnaires, input.language, group.id)),
  }));
  const widths = await measuredWidths(store, scope, [declared, ...groups.map((g) => g.declared)]);
  const wideColumns = widths(declared);
  const batches = async function* () {
    let after: string | null = null;
    let number = 0;
    const heap = heapKeeper();
    for (;;) {
      const batch = await exportBatch(store.db, scope, after, BATCH);
      if (batch.length === 0) return;
      yield batch.map((r) => ({ number: ++number, r }));
      after = batch.at(-1)!.id;
      // The batch is written: what it left behind is garbage.
      heap.settle();
    }
  };
  const head = (number: number, r: ExportResponse): Value[] => [
    number,
    r.questionnaire,
    r.version,
    r.language,
    r.completedOn,
  ];
  const datasets: Dataset[] = [
    {
      name: 'data',
      unit: 'respondent',
      layout: 'wide',
      columns: [...leading, ...(weighted ? [weightColumn] : []), ...wideColumns],
      rowCount: respondents,
      rows: async function* () {
        for await (const batch of batches())
          yield batch.map(({ number, r }) => [
            ...head(number, r),
            ...(weighted ? [r.weight] : []),
            ...valuesOf(wideColumns, r),
          ]);
      },
    },
  ];
  for (const { group, declared: groupColumns } of groups) {
    const columns = widths(groupColumns, 'long');
    const questionIds = new Set(columns.map((c) => c.source!.questionId));
    datasets.push({
      name: group.id,
      unit: `${group.title} (one row per item described)`,
      layout: 'long',
      columns: [...leading, itemColumn, ...columns],
      rowCount: await itemCount(store.db, scope, [...questionIds]),
      rows: async function* () {
        for await (const batch of batches()) {
          const rows: Value[][] = [];
          for (const { number, r } of batch) {
            const items = new Set(
              r.cells.filter((c) => c.item > 0 && questionIds.has(c.question_id)).map((c) => c.item),
            );
            for (const item of [...items].sort((a, b) => a - b))
              rows.push([...head(number, r), item, ...valuesOf(columns, r, item)]);
          }
          if (rows.length > 0) yield rows;
        }
      },
    });
  }
  return datasets;
}

/**
 * Text columns as wide as their widest answer, and never narrower than a missing code (`-8`),
 * which a text answered "don't know" holds: SPSS and Stata size a string variable to its data,
 * and a free text may take thousands of bytes, but most answers take a few dozen, and a
 * fixed-width file pays the declared width in every row. In a long dataset a column holds every
 * item, so it is as wide as the widest item. Codes without a code list (a calculation can make
 * any text) are `codeWidth` bytes wide, or as wide as their widest value, so none is cut. A number
 * column with a value stored as text becomes such a code column.
 */
async function measuredWidths(
  store: Store,
  scope: TallyScope,
  /** The columns of every dataset of the export, as declared. */
  datasets: readonly (readonly ExportColumn[])[],
): Promise<(columns: readonly ExportColumn[], layout?: 'wide' | 'long') => ExportColumn[]> {
  const texts = new Set<string>();
  for (const columns of datasets) for (const c of columns) if (measured(c)) texts.add(c.source!.questionId);
  const exact = new Map<string, number>();
  const anyItem = new Map<string, number>();
  for (const w of await textWidths(store.db, scope, [...texts])) {
    exact.set(`${w.questionId}\u0001${w.item}\u0001${w.part}`, w.width);
    const key = `${w.questionId}\u0001${w.part}`;
    anyItem.set(key, Math.max(anyItem.get(key) ?? 0, w.width));
  }
  return (columns, layout = 'wide') =>
    columns.map((c) => {
      if (!measured(c)) return c;
      const { questionId, item, part } = c.source!;
      if (c.kind === 'number') {
        // A number column holds only numbers as its questionnaire is defined now; an answer stored
        // as text (under an earlier version, where the question or calculation gave text) makes it
        // a column of codes as wide as its widest value, in every item, so that no value is lost.
        const widest = anyItem.get(`${questionId}\u0001${part}`);
        return widest === undefined
          ? c
          : { ...c, kind: 'code', width: Math.min(32767, Math.max(codeWidth, widest)) };
      }
      const widest =
        layout === 'long'
          ? anyItem.get(`${questionId}\u0001${part}`)
          : exact.get(`${questionId}\u0001${item}\u0001${part}`);
      const least = c.kind === 'text' ? missingWidth : codeWidth;
      return { ...c, width: Math.min(32767, Math.max(least, widest ?? 0)) };
    });
}
