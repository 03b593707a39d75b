import { betaQuantile, normalQuantile, tQuantile } from './distributions.ts';

/**
 * Weighted estimates of a proportion for weights only (no strata or clusters): the estimator,
 * its linearisation variance with replacement, Kish's effective sample size, and confidence
 * intervals as R's `survey::svyciprop` computes them. Pinned in tests to values from R `survey`
 * 4.1.1 (see the research notes, B10).
 */
export interface WeightedProportion {
  readonly n: number;
  readonly p: number;
  readonly se: number;
  /** Kish: (Σw)² / Σw². */
  readonly effectiveN: number;
  /** Design effect of weighting: n · Σw² / (Σw)². */
  readonly deffWeighting: number;
}

export function weightedProportion(y: readonly number[], w: readonly number[]): WeightedProportion {
  const n = y.length;
  if (n !== w.length || n < 2) throw new Error('weightedProportion: y and w of the same length, at least 2');
  let sw = 0;
  let sw2 = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i]!;
    sw2 += w[i]! * w[i]!;
    swy += w[i]! * y[i]!;
  }
  const p = swy / sw;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (w[i]! * (y[i]! - p)) ** 2;
  const variance = ((n / (n - 1)) * ss) / (sw * sw);
  return { n, p, se: Math.sqrt(variance), effectiveN: (sw * sw) / sw2, deffWeighting: (n * sw2) / (sw * sw) };
}

export type Interval = readonly [number, number];

/** Wald on the log-odds with t(n − 1), as `svyciprop(method = "logit")`. */
export function logitInterval(e: WeightedProportion, level = 0.95): Interval {
  const logit = Math.log(e.p / (1 - e.p));
  const se = e.se / (e.p * (1 - e.p));
  const t = tQuantile(1 - (1 - level) / 2, e.n - 1);
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return [expit(logit - t * se), expit(logit + t * se)];
}

/** Korn and Graubard's beta interval with the variance-based effective n, as `method = "beta"`. */
export function kornGraubardInterval(e: WeightedProportion, level = 0.95): Interval {
  const nStar = (e.p * (1 - e.p)) / (e.se * e.se);
  const alpha = 1 - level;
  const x = nStar * e.p;
  return [
    x === 0 ? 0 : betaQuantile(alpha / 2, x, nStar - x + 1),
    x === nStar ? 1 : betaQuantile(1 - alpha / 2, x + 1, nStar - x),
  ];
}

/** Wilson's score interval with Kish's effective n: simple, never outside [0, 1]. */
export function wilsonInterval(e: WeightedProportion, level = 0.95): Interval {
  const z = normalQuantile(1 - (1 - level) / 2);
  const n = e.effectiveN;
  const centre = (e.p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((e.p * (1 - e.p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

/**
 * Raking (iterative proportional fitting): adjusts weights until their sums per category of each
 * variable equal the population margins. Stops when every margin is within `epsilon` (absolute),
 * unlike `survey::rake`'s default of one unit. Throws when a category with a margin has no one.
 */
export function rake(
  weights: readonly number[],
  categories: Readonly<Record<string, readonly string[]>>,
  margins: Readonly<Record<string, Readonly<Record<string, number>>>>,
  options: { epsilon?: number; maxIterations?: number } = {},
): number[] {
  const epsilon = options.epsilon ?? 1e-10;
  const w = [...weights];
  for (let iteration = 0; iteration < (options.maxIterations ?? 1000); iteration++) {
    let worst = 0;
    for (const [variable, targets] of Object.entries(margins)) {
      const values = categories[variable];
      if (values === undefined || values.length !== w.length)
        throw new Error(`rake: no values for ${variable}`);
      const sums = new Map<string, number>();
      values.forEach((v, i) => {
        sums.set(v, (sums.get(v) ?? 0) + w[i]!);
      });
      for (const [category, target] of Object.entries(targets)) {
        const sum = sums.get(category) ?? 0;
        if (sum === 0) throw new Error(`rake: nobody in ${variable} = ${category}`);
        worst = Math.max(worst, Math.abs(sum - target));
      }
      values.forEach((v, i) => {
        const target = targets[v];
        if (target !== undefined) w[i] = w[i]! * (target / sums.get(v)!);
      });
    }
    if (worst < epsilon) return w;
  }
  throw new Error('rake: did not converge');
}

/** Post-stratification: one variable's margins, met exactly in one step. */
export function poststratify(
  weights: readonly number[],
  cells: readonly string[],
  totals: Readonly<Record<string, number>>,
): number[] {
  return rake(weights, { cell: cells }, { cell: totals }, { maxIterations: 2 });
}

/**
 * Respondents who share a calibration cell (one category of each raking variable) and an outcome:
 * 1 in the domain and giving the answer, 0 in the domain and not giving it, null outside the domain
 * (another group, or not asked) but part of the design the weights were raked on.
 */
export interface CalibrationGroup {
  readonly cell: readonly string[];
  readonly y: 0 | 1 | null;
  readonly n: number;
  readonly sumW: number;
  readonly sumW2: number;
}

/**
 * The sums a calibration cell (one category of each raking variable) contributes to a weighted
 * mean in a domain: over everyone in the cell (`n`, `sumW`, `sumW2`: in the domain or not, since
 * all were raked together) and over those in the domain with their value y.
 */
export interface CellMoments {
  readonly cell: readonly string[];
  readonly n: number;
  readonly sumW: number;
  readonly sumW2: number;
  readonly domain: {
    readonly n: number;
    readonly sumY: number;
    readonly sumW: number;
    readonly sumWY: number;
    readonly sumW2: number;
    readonly sumW2Y: number;
    readonly sumW2Y2: number;
  };
}

export interface WeightedMean {
  readonly n: number;
  readonly mean: number;
  readonly se: number;
  readonly effectiveN: number;
}

/**
 * A weighted mean in a domain with the variance after raking: the influence values
 * (y − ȳ)/Σw (0 outside the domain) are centred on the unweighted mean of each raking category in
 * turn, ten rounds over the margins, and the with-replacement variance of w·u is taken over the
 * whole design. This is how R's `survey` package computes the variance of a raked design (Lumley,
 * *Complex Surveys*, 2010, §7.4; `svyrecvar` on a `rake()` design); the tests pin it to that
 * package. Raking removes the part of the variance the margins explain. Since the centring only
 * ever subtracts one amount per cell, sums per cell are all it needs, and the database gives them.
 */
export function calibratedMean(cells: readonly CellMoments[], rounds = 10): WeightedMean {
  let n = 0;
  let sumW = 0;
  let sumWY = 0;
  let sumW2 = 0;
  let design = 0;
  for (const c of cells) {
    design += c.n;
    n += c.domain.n;
    sumW += c.domain.sumW;
    sumWY += c.domain.sumWY;
    sumW2 += c.domain.sumW2;
  }
  if (n < 2 || sumW <= 0) throw new Error('calibratedMean: at least two respondents in the domain');
  const mean = sumWY / sumW;
  // Σu over each cell before centring; then the amount centring has taken from every u in it.
  const sumU = cells.map((c) => (c.domain.sumY - c.domain.n * mean) / sumW);
  const taken = cells.map(() => 0);
  const variables = cells[0]?.cell.length ?? 0;
  for (let round = 0; round < rounds; round++)
    for (let v = 0; v < variables; v++) {
      const strata = new Map<string, { u: number; n: number }>();
      cells.forEach((c, i) => {
        const s = strata.get(c.cell[v]!) ?? { u: 0, n: 0 };
        s.u += sumU[i]! - c.n * taken[i]!;
        s.n += c.n;
        strata.set(c.cell[v]!, s);
      });
      cells.forEach((c, i) => {
        const s = strata.get(c.cell[v]!)!;
        taken[i] = taken[i]! + s.u / s.n;
      });
    }
  // x = w·(u₀ − taken) per respondent; Σx and Σx² per cell from the sums.
  let sx = 0;
  let sx2 = 0;
  cells.forEach((c, i) => {
    const d = c.domain;
    const t = taken[i]!;
    const wu = (d.sumWY - mean * d.sumW) / sumW;
    const w2u = (d.sumW2Y - mean * d.sumW2) / sumW;
    const w2u2 = (d.sumW2Y2 - 2 * mean * d.sumW2Y + mean * mean * d.sumW2) / (sumW * sumW);
    sx += wu - t * c.sumW;
    sx2 += w2u2 - 2 * t * w2u + t * t * c.sumW2;
  });
  const variance = (design / (design - 1)) * (sx2 - (sx * sx) / design);
  return { n, mean, se: Math.sqrt(Math.max(0, variance)), effectiveN: (sumW * sumW) / sumW2 };
}

/**
 * A weighted proportion in a domain, with the variance after raking: `calibratedMean` of a 0/1
 * value. Respondents are given grouped by cell and outcome (1 giving the answer, 0 in the domain
 * and not giving it, null outside the domain).
 */
export function calibratedProportion(groups: readonly CalibrationGroup[], rounds = 10): WeightedProportion {
  const cells = new Map<
    string,
    {
      cell: readonly string[];
      n: number;
      sumW: number;
      sumW2: number;
      domain: Mutable<CellMoments['domain']>;
    }
  >();
  for (const g of groups) {
    const key = g.cell.join('\u001f');
    let c = cells.get(key);
    if (c === undefined) {
      c = {
        cell: g.cell,
        n: 0,
        sumW: 0,
        sumW2: 0,
        domain: { n: 0, sumY: 0, sumW: 0, sumWY: 0, sumW2: 0, sumW2Y: 0, sumW2Y2: 0 },
      };
      cells.set(key, c);
    }
    c.n += g.n;
    c.sumW += g.sumW;
    c.sumW2 += g.sumW2;
    if (g.y === null) continue;
    const d = c.domain;
    d.n += g.n;
    d.sumW += g.sumW;
    d.sumW2 += g.sumW2;
    if (g.y === 1) {
      d.sumY += g.n;
      d.sumWY += g.sumW;
      d.sumW2Y += g.sumW2;
      d.sumW2Y2 += g.sumW2;
    }
  }
  const m = calibratedMean([...cells.values()], rounds);
  return {
    n: m.n,
    p: m.mean,
    se: m.se,
    effectiveN: m.effectiveN,
    deffWeighting: m.n / m.effectiveN,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
