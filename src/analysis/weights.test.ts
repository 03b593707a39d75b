import { describe, expect, it } from 'vitest';
import { tQuantile } from './distributions.ts';
import type { CalibrationGroup, CellMoments } from './weights.ts';
import {
  calibratedMean,
  calibratedProportion,
  kornGraubardInterval,
  logitInterval,
  poststratify,
  rake,
  weightedProportion,
  wilsonInterval,
} from './weights.ts';

// The research notes' fixture (B10), with the values R `survey` 4.1.1 gives for it.
const y = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1];
const w = [1.0, 2.0, 0.5, 1.5, 1.0, 3.0, 0.8, 1.2, 2.5, 0.7, 1.1, 0.9];
const g = ['a', 'a', 'a', 'b', 'b', 'b', 'a', 'b', 'a', 'b', 'a', 'b'];
const sex = ['m', 'f', 'm', 'f', 'm', 'f', 'm', 'f', 'm', 'f', 'm', 'f'];

describe('weighted proportions against R survey', () => {
  const e = weightedProportion(y, w);

  it('estimates p, its linearisation SE, Kish n_eff and the design effect of weighting', () => {
    expect(e.p).toBeCloseTo(0.487654321, 8);
    expect(e.se).toBeCloseTo(0.170922, 5);
    expect(e.effectiveN).toBeCloseTo(9.260409, 5);
    expect(e.deffWeighting).toBeCloseTo(1.295839, 5);
  });

  it('gives the logit, Korn–Graubard and Wilson intervals', () => {
    expect(tQuantile(0.975, 11)).toBeCloseTo(2.200985, 5);
    const logit = logitInterval(e);
    expect(logit[0]).toBeCloseTo(0.174351, 5);
    expect(logit[1]).toBeCloseTo(0.810968, 5);
    const kg = kornGraubardInterval(e);
    expect(kg[0]).toBeCloseTo(0.157996, 5);
    expect(kg[1]).toBeCloseTo(0.825702, 5);
    const wilson = wilsonInterval(e);
    expect(wilson[0]).toBeCloseTo(0.220593, 5);
    expect(wilson[1]).toBeCloseTo(0.761955, 5);
  });

  it('estimates by group', () => {
    const a = weightedProportion(
      y.filter((_, i) => g[i] === 'a'),
      w.filter((_, i) => g[i] === 'a'),
    );
    const b = weightedProportion(
      y.filter((_, i) => g[i] === 'b'),
      w.filter((_, i) => g[i] === 'b'),
    );
    expect(a.p).toBeCloseTo(0.6075949, 6);
    expect(b.p).toBeCloseTo(0.373494, 6);
  });
});

describe('raking to population margins', () => {
  it('meets sex f=60/m=40 and g a=50/b=50 with the weights R finds', () => {
    const raked = rake(w, { sex, g }, { sex: { f: 60, m: 40 }, g: { a: 50, b: 50 } });
    const expected = [
      5.945562, 14.921182, 2.972781, 9.262771, 4.921182, 18.525542, 4.75645, 7.410217, 14.863906, 4.322626,
      6.540119, 5.557663,
    ];
    raked.forEach((x, i) => {
      expect(x).toBeCloseTo(expected[i]!, 5);
    });
    expect(weightedProportion(y, raked).p).toBeCloseTo(0.47682, 4);
  });

  describe('after raking, the standard error R survey gives for the raked design', () => {
    const raked = rake(w, { sex, g }, { sex: { f: 60, m: 40 }, g: { a: 50, b: 50 } });
    // R: rake(svydesign(ids=~1, weights=~w), list(~sex, ~g), ...); svymean, SE() (survey 4.1.1).
    const k = [1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1];
    const y2 = [1, null, 1, 0, 0, null, 1, 0, 1, null, 0, 1];
    const groupsOf = (outcome: readonly (number | null)[], inDomain: (i: number) => boolean) =>
      raked.map((weight, i) => ({
        cell: [sex[i]!, g[i]!],
        y: inDomain(i) && outcome[i] !== null ? (outcome[i] as 0 | 1) : null,
        n: 1,
        sumW: weight,
        sumW2: weight * weight,
      }));

    it('for everyone: 0.16652390, where the plain linearisation of the final weights gives 0.1723', () => {
      const e = calibratedProportion(groupsOf(y, () => true));
      expect(e.p).toBeCloseTo(0.4768176, 6);
      expect(e.se).toBeCloseTo(0.1665239, 6);
      expect(weightedProportion(y, raked).se).toBeCloseTo(0.1723138, 6);
    });

    it('for a sub-population, for item non-response, and for both', () => {
      const sub = calibratedProportion(groupsOf(y, (i) => k[i] === 1));
      expect(sub.p).toBeCloseTo(0.57205012, 7);
      expect(sub.se).toBeCloseTo(0.19364232, 7);
      const answered = calibratedProportion(groupsOf(y2, () => true));
      expect(answered.p).toBeCloseTo(0.54790304, 7);
      expect(answered.se).toBeCloseTo(0.17205338, 7);
      const both = calibratedProportion(groupsOf(y2, (i) => k[i] === 1));
      expect(both.p).toBeCloseTo(0.77064601, 7);
      expect(both.se).toBeCloseTo(0.1819557, 7);
    });

    it('for a mean of numbers, in everyone who answered and in a sub-population', () => {
      const y3 = [3.5, 2, 7, 1, null, 6, 2.5, 8, 5, 3, 4.5, 2];
      const cellsOf = (inDomain: (i: number) => boolean): CellMoments[] =>
        raked.map((weight, i) => {
          const value = y3[i];
          const yes = inDomain(i) && value !== null && value !== undefined;
          const v = yes ? value : 0;
          return {
            cell: [sex[i]!, g[i]!],
            n: 1,
            sumW: weight,
            sumW2: weight * weight,
            domain: {
              n: yes ? 1 : 0,
              sumY: v,
              sumW: yes ? weight : 0,
              sumWY: weight * v,
              sumW2: yes ? weight * weight : 0,
              sumW2Y: weight * weight * v,
              sumW2Y2: weight * weight * v * v,
            },
          };
        });
      const all = calibratedMean(cellsOf(() => true));
      expect(all.mean).toBeCloseTo(4.11115174, 7);
      expect(all.se).toBeCloseTo(0.68581407, 7);
      const sub = calibratedMean(cellsOf((i) => k[i] === 1));
      expect(sub.mean).toBeCloseTo(3.60001519, 7);
      expect(sub.se).toBeCloseTo(0.82869361, 7);
    });

    it('gives the same from respondents summed by cell and outcome, as the database sums them', () => {
      const single = groupsOf(y, (i) => k[i] === 1);
      const summed = new Map<string, CalibrationGroup>();
      for (const x of single) {
        const key = `${x.cell.join('|')}|${x.y}`;
        const s = summed.get(key);
        summed.set(
          key,
          s === undefined ? x : { ...s, n: s.n + 1, sumW: s.sumW + x.sumW, sumW2: s.sumW2 + x.sumW2 },
        );
      }
      expect(summed.size).toBeLessThan(single.length);
      const a = calibratedProportion(single);
      const b = calibratedProportion([...summed.values()]);
      expect(b.p).toBeCloseTo(a.p, 12);
      expect(b.se).toBeCloseTo(a.se, 12);
    });
  });

  it('post-stratifies in one step, and refuses a margin nobody is in', () => {
    const ps = poststratify(w, g, { a: 50, b: 50 });
    expect(ps.filter((_, i) => g[i] === 'a').reduce((s, x) => s + x, 0)).toBeCloseTo(50, 9);
    expect(() => rake(w, { g }, { g: { a: 50, c: 50 } })).toThrow(/nobody in g = c/);
  });
});
