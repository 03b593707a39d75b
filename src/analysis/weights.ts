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
 * A weighted proportion in a domain, with the variance after raking: the estimator's influence
 * values are centred on the mean of each raking category in turn, ten rounds over the margins,
 * before the with-replacement variance is taken. This is how R's `survey` package computes the
 * variance of a raked design (Lumley, *Complex Surveys*, 2010, §7.4; `svyrecvar` on a `rake()`
 * design), and the tests pin it to that package's values. Raking removes the part of the variance
 * the margins explain, so the error is smaller than the plain linearisation of the final weights.
 * Respondents with the same cell and outcome share their influence value, so groups of any size
 * give the same result as single respondents.
 */
export function calibratedProportion(groups: readonly CalibrationGroup[], rounds = 10): WeightedProportion {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sumWy = 0;
  let design = 0;
  for (const g of groups) {
    design += g.n;
    if (g.y === null) continue;
    n += g.n;
    sumW += g.sumW;
    sumW2 += g.sumW2;
    if (g.y === 1) sumWy += g.sumW;
  }
  if (n < 2 || sumW <= 0) throw new Error('calibratedProportion: at least two respondents in the domain');
  const p = sumWy / sumW;
  const u = groups.map((g) => (g.y === null ? 0 : (g.y - p) / sumW));
  const variables = groups[0]?.cell.length ?? 0;
  for (let round = 0; round < rounds; round++)
    for (let v = 0; v < variables; v++) {
      const sums = new Map<string, { nu: number; n: number }>();
      groups.forEach((g, i) => {
        const s = sums.get(g.cell[v]!) ?? { nu: 0, n: 0 };
        s.nu += g.n * u[i]!;
        s.n += g.n;
        sums.set(g.cell[v]!, s);
      });
      groups.forEach((g, i) => {
        const s = sums.get(g.cell[v]!)!;
        u[i] = u[i]! - s.nu / s.n;
      });
    }
  // x = w·u per respondent: Σx and Σx² over the design, centred, with replacement.
  let sx = 0;
  let sx2 = 0;
  groups.forEach((g, i) => {
    sx += u[i]! * g.sumW;
    sx2 += u[i]! * u[i]! * g.sumW2;
  });
  const variance = (design / (design - 1)) * (sx2 - (sx * sx) / design);
  return {
    n,
    p,
    se: Math.sqrt(Math.max(0, variance)),
    effectiveN: (sumW * sumW) / sumW2,
    deffWeighting: (n * sumW2) / (sumW * sumW),
  };
}
