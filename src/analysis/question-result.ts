import type { Question } from '../questionnaire/index.ts';
import type { CodeCount, Grouping, NumberSummary, Store, TallyScope } from '../store/index.ts';
import { askedCounts, codeCounts, numberSummaries, respondentCounts, talliedTypes } from '../store/index.ts';
import type { CellSpec, ProtectedTable, Relation } from './sdc/index.ts';
import { defineTable, isPublished, protectTable } from './sdc/index.ts';

/**
 * One question's results as they may leave this layer: counts of respondents (or repeat items),
 * percentages of those who answered, by group and in total. A suppressed cell carries no number at
 * all, so no page, chart or export can show one by mistake.
 */
export type ShownCell =
  | { readonly shown: true; readonly n: number; readonly percent: number | null }
  | { readonly shown: false };

export interface ResultRow {
  readonly code: string;
  /** A missing code ("don't know", "prefer not to say"): counted, never part of percentages. */
  readonly missing: boolean;
  readonly cells: readonly ShownCell[];
}

export interface ShownSummary {
  readonly shown: true;
  readonly n: number;
  readonly mean: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/** A column's summary: shown, or not. */
type SummaryCell = ShownSummary | { readonly shown: false };

export interface QuestionResult {
  readonly questionId: string;
  readonly part: string;
  readonly kind: 'choices' | 'multiple' | 'number';
  /** What one count is. */
  readonly unit: 'respondents' | 'items';
  /** Group codes in order, then the total (`null` group: did not answer the grouping question). */
  readonly columns: readonly (string | null)[];
  /** Who answered (not with a missing code), per column: the base of the percentages. */
  readonly bases: readonly ShownCell[];
  readonly rows: readonly ResultRow[];
  /** Numbers: a summary per column where enough respondents answered, else not shown. */
  readonly summaries?: readonly SummaryCell[];
}

export const totalColumn = '#total';

export interface ResultOptions {
  /** The smallest count published (study setting; at least 3). */
  readonly k: number;
  /** Codes of the grouping in display order (others found in the data follow). */
  readonly groupOrder?: readonly string[];
}

const groupKey = (g: string | null) => (g === null ? '#none' : g);

/** Questions that have results: choices, numbers. Free text never does (it could name someone). */
export function tabulable(q: Question): boolean {
  // The same types whose codes running totals count (ADR 0006).
  return (talliedTypes as readonly string[]).includes(q.type);
}

/**
 * Counts a question in SQL, puts the counts through disclosure control (primary, concentration
 * and secondary suppression with an LP audit) and returns only what may be published.
 */
export async function questionResult(
  store: Store,
  scope: TallyScope,
  question: Question,
  grouping: Grouping,
  options: ResultOptions & {
    part?: string;
    perItem?: boolean;
    /**
     * The question is asked for each item of a repeat group. Counted per respondent, a respondent
     * gives each code they gave in any item once: codes then overlap, as in a multiple choice.
     */
    inRepeat?: boolean;
    /** The respondents by group, when the caller has counted them for many tables at once. */
    population?: readonly { group: string | null; n: number }[];
  },
): Promise<QuestionResult> {
  const target = { id: question.id, part: options.part ?? '', perItem: options.perItem ?? false };
  const unit = target.perItem ? 'items' : 'respondents';
  const population = options.population ?? (await respondentCounts(store.db, scope, grouping));
  const seen = population.map((p) => p.group);
  const order = [
    ...(options.groupOrder ?? []).filter((g) => seen.includes(g)),
    ...seen.filter((g) => g !== null && !(options.groupOrder ?? []).includes(g)),
    ...(seen.includes(null) && grouping.kind !== 'none' ? [null] : []),
  ];
  const groups = grouping.kind === 'none' ? [] : order;
  const columns = [...groups, totalColumn];
  const asked = await askedCounts(store.db, scope, target, grouping);
  const answeredIn = (g: string | null) =>
    g === totalColumn
      ? asked.reduce((sum, a) => sum + a.answered, 0)
      : (asked.find((a) => groupKey(a.group) === groupKey(g))?.answered ?? 0);

  if (question.type === 'number') {
    const summaries = await numberSummaries(store.db, scope, target, grouping);
    const [overall] = await numberSummaries(store.db, scope, target, { kind: 'none' });
    const protectedBases = await protect(
      [{ code: '#base', missing: false, counts: columns.map(answeredIn) }],
      columns,
      options.k,
      false,
    );
    const bases = shownCells(protectedBases, '#base', columns, null);
    const all: readonly NumberSummary[] = summaries;
    const shown = columns.map((g, i): SummaryCell => {
      const base = bases[i];
      if (base === undefined || !base.shown || base.n < options.k) return { shown: false } as const;
      const s = g === totalColumn ? overall : all.find((x) => groupKey(x.group) === groupKey(g));
      return summaryOf(s, base.n) ?? { shown: false };
    });
    return {
      questionId: question.id,
      part: target.part,
      kind: 'number',
      unit,
      columns,
      bases,
      rows: [],
      summaries: withoutDifferences(shown, columns.map(answeredIn), options.k),
    };
  }

  const counts = await codeCounts(store.db, scope, target, grouping);
  const codes = rowCodes(question, counts);
  const countOf = (code: string, missing: boolean, g: string) =>
    counts
      .filter(
        (c) =>
          (missing ? c.missing === code : c.code === code) &&
          (g === totalColumn || groupKey(c.group) === groupKey(g)),
      )
      .reduce((sum, c) => sum + c.n, 0);
  const multiple = question.type === 'multiple' || (options.inRepeat === true && !target.perItem);
  const rows = codes.map(({ code, missing }) => ({
    code,
    missing,
    counts: columns.map((g) => countOf(code, missing, g as string)),
  }));
  const base = { code: '#base', missing: false, counts: columns.map(answeredIn) };
  const table = await protect([...rows, base], columns, options.k, !multiple);
  const bases = shownCells(table, '#base', columns, null);
  const shownRows = rows.map((r) => ({
    code: r.code,
    missing: r.missing,
    cells: shownCells(table, rowId(r.code, r.missing), columns, r.missing ? null : bases),
  }));
  return {
    questionId: question.id,
    part: target.part,
    kind: multiple ? 'multiple' : 'choices',
    unit,
    columns,
    bases,
    rows: shownRows,
    ...(likertScale(question) && !multiple
      ? {
          summaries: await likertSummaries(
            store,
            scope,
            target,
            grouping,
            columns,
            bases,
            shownRows,
            options.k,
          ),
        }
      : {}),
  };
}

/** A Likert question whose codes are the points of its scale (1, 2, 3 …), so a mean means something. */
function likertScale(question: Question): boolean {
  return question.type === 'likert' && question.choices.every((c) => /^-?[0-9]+$/.test(c.code));
}

/**
 * Mean and quartiles of a Likert scale per column, beside its distribution. A mean says a lot about
 * a distribution (a mean of 5 on a 1–5 scale says everyone chose 5), so it is shown only where the
 * whole column of the distribution is shown: no suppressed scale point, a base of at least k.
 */
async function likertSummaries(
  store: Store,
  scope: TallyScope,
  target: { id: string; part: string; perItem: boolean },
  grouping: Grouping,
  columns: readonly (string | null)[],
  bases: readonly ShownCell[],
  rows: readonly ResultRow[],
  k: number,
): Promise<SummaryCell[]> {
  const summaries = await numberSummaries(store.db, scope, target, grouping);
  const [overall] = await numberSummaries(store.db, scope, target, { kind: 'none' });
  return columns.map((g, i) => {
    const base = bases[i];
    // Missing codes are outside the base and the mean: their cells may be hidden.
    const whole = rows.every((r) => r.missing || r.cells[i]?.shown === true);
    if (base === undefined || !base.shown || base.n < k || !whole) return { shown: false } as const;
    const s = g === totalColumn ? overall : summaries.find((x) => groupKey(x.group) === groupKey(g));
    return summaryOf(s, base.n) ?? { shown: false };
  });
}

/**
 * Means published by group, hidden further where they would give away a mean of fewer than `k`.
 * The total's mean times its base, less each shown group's mean times its base, is the sum of the
 * answers in the groups not shown: with one person there, it is that person's answer (a mean of 44
 * over 18 people and of 45.54 over 13 leaves 200 for the other 5). So the groups whose mean is not
 * shown must hold nobody or at least `k` people. When they do not, the smallest group still shown
 * is hidden too: it has at least `k` answers itself, so one is enough. `n` is each column's true
 * number of answers, the total last. Quartiles cannot be subtracted, but they go with the mean.
 */
function withoutDifferences(
  summaries: readonly SummaryCell[],
  n: readonly number[],
  k: number,
): SummaryCell[] {
  const out = [...summaries];
  const total = out.length - 1;
  if (!out[total]?.shown) return out;
  const groups = [...out.keys()].slice(0, total);
  const hidden = groups.filter((i) => !out[i]!.shown).reduce((sum, i) => sum + n[i]!, 0);
  if (hidden === 0 || hidden >= k) return out;
  const smallest = groups.filter((i) => out[i]!.shown).sort((a, b) => n[a]! - n[b]! || a - b)[0];
  // None shown would leave the total itself, at least k, not shown: kept only as a guard.
  out[smallest ?? total] = { shown: false };
  return out;
}

function summaryOf(s: NumberSummary | undefined, n: number): ShownSummary | undefined {
  if (s === undefined || s.mean === null || s.median === null || s.q1 === null || s.q3 === null)
    return undefined;
  return { shown: true, n, mean: s.mean, q1: s.q1, median: s.median, q3: s.q3 };
}

const rowId = (code: string, missing: boolean) => (missing ? `~${code}` : code);
const cellId = (row: string, column: string | null) => `${row}|${column === null ? '#none' : column}`;

/** The codes to show: the question's choices in order, any other code found, then missing codes. */
function rowCodes(question: Question, counts: readonly CodeCount[]): { code: string; missing: boolean }[] {
  const declared = 'choices' in question ? question.choices.map((c) => c.code) : [];
  const found = [...new Set(counts.filter((c) => c.code !== null).map((c) => c.code!))];
  const extra = found.filter((c) => !declared.includes(c)).sort();
  const missing = [...new Set(counts.filter((c) => c.missing !== null).map((c) => c.missing!))].sort();
  return [
    ...[...declared, ...extra].map((code) => ({ code, missing: false })),
    ...missing.map((code) => ({ code, missing: true })),
  ];
}

/**
 * The table the page shows, with its additivity: each row sums over the groups to its total, and
 * (for one answer per respondent) the answers of a group sum to the group's base.
 */
async function protect(
  rows: readonly { code: string; missing: boolean; counts: readonly number[] }[],
  columns: readonly (string | null)[],
  k: number,
  additiveDown: boolean,
): Promise<ProtectedTable> {
  const cells: CellSpec[] = [];
  const relations: Relation[] = [];
  const baseId = '#base';
  for (const r of rows) {
    const id = r.code === baseId ? baseId : rowId(r.code, r.missing);
    columns.forEach((g, i) => {
      cells.push({ id: cellId(id, g), n: r.counts[i] ?? 0, coordinates: { answer: id, group: String(g) } });
    });
    if (columns.length > 1)
      relations.push({
        id: `row ${id}`,
        parent: cellId(id, totalColumn),
        children: columns.slice(0, -1).map((g) => cellId(id, g)),
        dimension: 'group',
      });
  }
  const answers = rows.filter((r) => r.code !== baseId && !r.missing);
  if (additiveDown && answers.length > 0)
    for (const g of columns)
      relations.push({
        id: `column ${String(g)}`,
        parent: cellId(baseId, g),
        children: answers.map((r) => cellId(rowId(r.code, false), g)),
        dimension: 'answer',
      });
  return protectTable(defineTable({ cells, relations }), {
    k,
    zerosDisclosive: false,
    concentration: { dimensions: ['answer'] },
  });
}

function shownCells(
  table: ProtectedTable,
  row: string,
  columns: readonly (string | null)[],
  bases: readonly ShownCell[] | null,
): ShownCell[] {
  return columns.map((g, i) => {
    const cell = table.cells.find((c) => c.id === cellId(row, g));
    if (cell === undefined || !isPublished(cell)) return { shown: false };
    const base = bases?.[i];
    const percent = base?.shown && base.n > 0 ? (100 * cell.n) / base.n : null;
    return { shown: true, n: cell.n, percent };
  });
}
