import type { WeightedMoments, WeightedSums } from '../store/index.ts';
import { tQuantile } from './distributions.ts';
import type { CalibrationGroup, CellMoments, WeightedProportion } from './weights.ts';
import { calibratedMean, calibratedProportion, logitInterval, rake } from './weights.ts';

/** Population margins: for each variable, the population total of each category. */
export type Margins = Readonly<Record<string, Readonly<Record<string, number>>>>;

export type MarginIssue =
  | { readonly code: 'margins.header'; readonly row: number }
  /** An empty variable or category cell. */
  | { readonly code: 'margins.missing'; readonly row: number; readonly column: 'variable' | 'category' }
  | { readonly code: 'margins.total'; readonly row: number; readonly detail: string }
  | {
      readonly code: 'margins.duplicate';
      readonly row: number;
      readonly variable: string;
      readonly category: string;
    }
  | {
      readonly code: 'margins.unequalTotals';
      readonly row: number;
      readonly variable: string;
      readonly sum: number;
      readonly first: string;
      readonly firstSum: number;
    }
  | { readonly code: 'margins.empty'; readonly row: number };

/** How the file writes numbers: the decimal separator of the spreadsheet program that saved it. */
export interface MarginOptions {
  readonly decimal?: ',' | '.';
}

/**
 * A population total as a spreadsheet program writes it. Digits in groups of three after a first
 * group of one to three (not 0) are thousands, in the file's convention: `12.345` or `12 345` where
 * the decimal separator is a comma, `12,345` where it is a point. Both separators at once
 * (`1.234,5`, `1,234.5`) say which is which in any file. Anything else is read as before, with a
 * decimal point or a decimal comma. NaN when it is no number.
 */
export function readTotal(text: string, decimal: ',' | '.' = '.'): number {
  const value = text.trim();
  const other = decimal === ',' ? '.' : ',';
  // Thousands may also be a space, a no-break space or a narrow no-break space (French, Polish).
  const thousands = (separator: string, point: string, fraction: '' | '?') =>
    new RegExp(`^[1-9]\\d{0,2}(?:[${separator} \u00a0\u202f]\\d{3})+(?:\\${point}\\d+)${fraction}$`);
  const point = thousands(other, decimal, '?').test(value)
    ? decimal
    : thousands(decimal, other, '').test(value)
      ? other
      : undefined;
  if (point !== undefined)
    return Number(value.replace(/[., \u00a0\u202f]/g, (ch) => (ch === point ? '.' : '')));
  return Number(value.replace(',', '.'));
}

/**
 * Reads margins from a table with the columns variable, category, total (any order): one variable
 * is post-stratification, several are raked. Every variable's totals must add up to the same
 * population, or raking cannot meet them all.
 */
export function readMargins(
  table: readonly (readonly string[])[],
  options: MarginOptions = {},
): { ok: true; margins: Margins } | { ok: false; issues: MarginIssue[] } {
  const [header = [], ...rows] = table;
  const at = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [v, c, t] = [at('variable'), at('category'), at('total')];
  if (v < 0 || c < 0 || t < 0) return { ok: false, issues: [{ code: 'margins.header', row: 1 }] };
  const margins: Record<string, Record<string, number>> = {};
  const issues: MarginIssue[] = [];
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((x) => x.trim() === '')) return;
    const variable = (cells[v] ?? '').trim();
    const category = (cells[c] ?? '').trim();
    const total = readTotal(cells[t] ?? '', options.decimal);
    const before = issues.length;
    if (variable === '') issues.push({ code: 'margins.missing', row, column: 'variable' });
    if (category === '') issues.push({ code: 'margins.missing', row, column: 'category' });
    if (!(total > 0) || !Number.isFinite(total))
      issues.push({ code: 'margins.total', row, detail: cells[t] ?? '' });
    if (issues.length > before) return;
    margins[variable] ??= {};
    if (margins[variable][category] !== undefined)
      issues.push({ code: 'margins.duplicate', row, variable, category });
    margins[variable][category] = total;
  });
  if (Object.keys(margins).length === 0 && issues.length === 0)
    issues.push({ code: 'margins.empty', row: 2 });
  const sums = Object.entries(margins).map(
    ([name, m]) => [name, Object.values(m).reduce((a, b) => a + b, 0)] as const,
  );
  for (const [name, sum] of sums.slice(1))
    if (Math.abs(sum - sums[0]![1]) > 1e-6 * sums[0]![1])
      issues.push({
        code: 'margins.unequalTotals',
        row: 1,
        variable: name,
        sum,
        first: sums[0]![0],
        firstSum: sums[0]![1],
      });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, margins };
}

export type WeightingProblem =
  | { readonly code: 'weights.noValue'; readonly variable: string; readonly count: number }
  | { readonly code: 'weights.emptyCategory'; readonly variable: string; readonly category: string }
  | {
      readonly code: 'weights.unknownCategory';
      readonly variable: string;
      readonly category: string;
      readonly count: number;
    }
  | { readonly code: 'weights.noRespondents' };

/**
 * Weights that make the respondents' totals meet the margins, from equal starting weights.
 * Refuses, with the reasons, rather than weight a sample that cannot meet them.
 */
export function computeWeights(
  units: readonly { id: string; values: readonly (string | null)[] }[],
  variables: readonly string[],
  margins: Margins,
): { ok: true; weights: { id: string; weight: number }[] } | { ok: false; problems: WeightingProblem[] } {
  const problems: WeightingProblem[] = [];
  if (units.length === 0) problems.push({ code: 'weights.noRespondents' });
  variables.forEach((variable, i) => {
    const targets = margins[variable] ?? {};
    const missing = units.filter((u) => u.values[i] === null).length;
    if (missing > 0) problems.push({ code: 'weights.noValue', variable, count: missing });
    const seen = new Map<string, number>();
    for (const u of units)
      if (u.values[i] !== null) seen.set(u.values[i]!, (seen.get(u.values[i]!) ?? 0) + 1);
    for (const [category, count] of seen)
      if (targets[category] === undefined)
        problems.push({ code: 'weights.unknownCategory', variable, category, count });
    for (const category of Object.keys(targets))
      if (!seen.has(category)) problems.push({ code: 'weights.emptyCategory', variable, category });
  });
  if (problems.length > 0) return { ok: false, problems };
  const categories = Object.fromEntries(
    variables.map((variable, i) => [variable, units.map((u) => u.values[i]!)]),
  );
  const weights = rake(
    units.map(() => 1),
    categories,
    margins,
    { epsilon: 1e-8 * Math.max(1, ...Object.values(margins).flatMap((m) => Object.values(m))) },
  );
  return { ok: true, weights: units.map((u, i) => ({ id: u.id, weight: weights[i]! })) };
}

export interface WeightedEstimate {
  readonly percent: number;
  readonly low: number;
  readonly high: number;
  /** Standard error of the proportion (0–1), after raking where the design is given. */
  readonly se: number;
  /** Kish's effective sample size of the base. */
  readonly effectiveN: number;
}

/**
 * A weighted percentage from sums the database made, with the logit interval (t with n − 1
 * degrees of freedom), as R's `svyciprop(method = "logit")` gives. `code` and `base` are the sums
 * of those giving the code and of everyone in the base, in the column shown. With `design` (every
 * weighted respondent, by calibration cell) and cells on all sums, the variance is the one after
 * raking (`calibratedProportion`); without, the linearisation of the weights as they are.
 */
export function weightedEstimate(
  input: {
    readonly code: readonly WeightedSums[];
    readonly base: readonly WeightedSums[];
    readonly design?: readonly WeightedSums[] | undefined;
  },
  level = 0.95,
): WeightedEstimate | undefined {
  const total = (rows: readonly WeightedSums[]) =>
    rows.reduce((t, r) => ({ n: t.n + r.n, sumW: t.sumW + r.sumW, sumW2: t.sumW2 + r.sumW2 }), {
      n: 0,
      sumW: 0,
      sumW2: 0,
    });
  const base = total(input.base);
  const code = total(input.code);
  const n = base.n;
  if (n < 2 || base.sumW <= 0) return undefined;
  const p = code.sumW / base.sumW;
  const effectiveN = (base.sumW * base.sumW) / base.sumW2;
  if (p <= 0 || p >= 1) return { percent: 100 * p, low: 100 * p, high: 100 * p, se: 0, effectiveN };
  const calibrated =
    input.design !== undefined &&
    [...input.design, ...input.base, ...input.code].every((r) => r.cell !== undefined);
  const e = calibrated
    ? calibratedProportion(calibrationGroups(input.code, input.base, input.design!))
    : plainProportion(code, base);
  const [low, high] = logitInterval(e, level);
  return { percent: 100 * p, low: 100 * low, high: 100 * high, se: e.se, effectiveN };
}

function plainProportion(
  code: { sumW: number; sumW2: number },
  base: { n: number; sumW: number; sumW2: number },
): WeightedProportion {
  const { n } = base;
  const p = code.sumW / base.sumW;
  // Σ wᵢ²(yᵢ − p)² with y = 1 for those giving the code, 0 for the rest of the base.
  const ss = code.sumW2 * (1 - p) ** 2 + (base.sumW2 - code.sumW2) * p * p;
  const se = Math.sqrt(((n / (n - 1)) * ss) / (base.sumW * base.sumW));
  const effectiveN = (base.sumW * base.sumW) / base.sumW2;
  return { n, p, se, effectiveN, deffWeighting: n / effectiveN };
}

/** Per calibration cell: those giving the code (1), the rest of the base (0), the rest of the design. */
function calibrationGroups(
  code: readonly WeightedSums[],
  base: readonly WeightedSums[],
  design: readonly WeightedSums[],
): CalibrationGroup[] {
  const byCell = (rows: readonly WeightedSums[]) => {
    const sums = new Map<string, { cell: readonly string[]; n: number; sumW: number; sumW2: number }>();
    for (const r of rows) {
      const key = r.cell!.join('\u001f');
      const s = sums.get(key) ?? { cell: r.cell!, n: 0, sumW: 0, sumW2: 0 };
      sums.set(key, { cell: s.cell, n: s.n + r.n, sumW: s.sumW + r.sumW, sumW2: s.sumW2 + r.sumW2 });
    }
    return sums;
  };
  const [c, b] = [byCell(code), byCell(base)];
  const groups: CalibrationGroup[] = [];
  for (const [key, d] of byCell(design)) {
    const none = { n: 0, sumW: 0, sumW2: 0 };
    const x = c.get(key) ?? none;
    const y = b.get(key) ?? none;
    const minus = (a: typeof none, z: typeof none) => ({
      n: a.n - z.n,
      sumW: a.sumW - z.sumW,
      sumW2: a.sumW2 - z.sumW2,
    });
    groups.push(
      { cell: d.cell, y: 1, ...x },
      { cell: d.cell, y: 0, ...minus(y, x) },
      { cell: d.cell, y: null, ...minus(d, y) },
    );
  }
  return groups.filter((g) => g.n > 0);
}

export interface WeightedMeanEstimate {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly se: number;
  readonly effectiveN: number;
}

/**
 * A weighted mean from sums the database made, with a t interval (n − 1 degrees of freedom). With
 * `design` (every weighted respondent, by calibration cell) and cells on all sums, the variance is
 * the one after raking (`calibratedMean`); without, the linearisation of the weights as they are.
 */
export function weightedMeanEstimate(
  input: {
    readonly moments: readonly WeightedMoments[];
    readonly design?: readonly WeightedSums[] | undefined;
  },
  level = 0.95,
): WeightedMeanEstimate | undefined {
  const n = input.moments.reduce((s, m) => s + m.n, 0);
  if (n < 2) return undefined;
  const calibrated =
    input.design !== undefined && [...input.design, ...input.moments].every((r) => r.cell !== undefined);
  const add = (a: CellMoments['domain'], m: WeightedMoments): CellMoments['domain'] => ({
    n: a.n + m.n,
    sumY: a.sumY + m.sumY,
    sumW: a.sumW + m.sumW,
    sumWY: a.sumWY + m.sumWY,
    sumW2: a.sumW2 + m.sumW2,
    sumW2Y: a.sumW2Y + m.sumW2Y,
    sumW2Y2: a.sumW2Y2 + m.sumW2Y2,
  });
  const none = { n: 0, sumY: 0, sumW: 0, sumWY: 0, sumW2: 0, sumW2Y: 0, sumW2Y2: 0 };
  const cells = new Map<string, CellMoments>();
  if (calibrated) {
    for (const d of input.design!)
      cells.set(d.cell!.join('\u001f'), {
        cell: d.cell!,
        n: d.n,
        sumW: d.sumW,
        sumW2: d.sumW2,
        domain: none,
      });
    for (const m of input.moments) {
      const key = m.cell!.join('\u001f');
      const c = cells.get(key);
      // A respondent in the domain is in the design; a cell missing there has no weights to centre.
      if (c !== undefined) cells.set(key, { ...c, domain: add(c.domain, m) });
    }
  } else {
    // Without the design, the domain is the whole design and there are no margins to centre on.
    const domain = input.moments.reduce(add, none);
    cells.set('', { cell: [], n: domain.n, sumW: domain.sumW, sumW2: domain.sumW2, domain });
  }
  const e = calibratedMean([...cells.values()]);
  const t = tQuantile(1 - (1 - level) / 2, e.n - 1);
  return {
    mean: e.mean,
    low: e.mean - t * e.se,
    high: e.mean + t * e.se,
    se: e.se,
    effectiveN: e.effectiveN,
  };
}
