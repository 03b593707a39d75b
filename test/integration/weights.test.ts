import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weightedEstimate, weightedMeanEstimate } from '../../src/analysis/index.ts';
import type { WeightingVariable } from '../../src/store/index.ts';
import {
  codeCounts,
  findStudy,
  studyWeighting,
  weightedCodeSums,
  weightedDesign,
  weightedNumberMoments,
  weightingUnits,
} from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn } from '../support/console.ts';
import { engines } from '../support/database.ts';
import { requirePrograms } from '../support/programs.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

async function upload(t: TestApp, browser: Browser, path: string, content: string) {
  const form = new FormData();
  form.append('_csrf', browser.csrf());
  form.append('file', new File([content], 'margins.csv'));
  const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
    method: 'POST',
    body: form,
    headers: { cookie: `cm_session=${browser.cookie('cm_session')}` },
  });
  return { status: res.status, html: await res.text() };
}

describe.each(engines())('weights from population margins on %s', (engine) => {
  let t: TestApp;
  let roles: string[] = [];
  beforeAll(async () => {
    t = await testApp(engine);
    const model = await demoModel();
    for (let seed = 900; seed < 930; seed++)
      await completeDemo(new Browser(t.app), model, seed, seed % 3 === 0 ? 'fi' : 'en');
    await member(t.store, 'analyst@example.org', 'analyst', { study: 'demo' });
    const study = (await findStudy(t.store.db, 'demo'))!;
    roles = (await codeCounts(t.store.db, { studyId: study.id }, { id: 'role' }, { kind: 'none' }))
      .filter((c) => c.code !== null)
      .map((c) => c.code!);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses margins it cannot meet, saying why', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    await analyst.get('/console/s/demo/weights');
    const unknown = await upload(
      t,
      analyst,
      '/console/s/demo/weights',
      'variable,category,total\nshoe_size,42,100\n',
    );
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain('Not a variable of this study: shoe_size.');
    const partial = await upload(
      t,
      analyst,
      '/console/s/demo/weights',
      `variable,category,total\nlanguage,en,70\nlanguage,de,30\n`,
    );
    expect(partial.status).toBe(422);
    expect(partial.html).toMatch(/have language = fi, which the margins do not list/);
    expect(partial.html).toContain('No response has language = de');
    const unequal = await upload(
      t,
      analyst,
      '/console/s/demo/weights',
      'variable,category,total\nlanguage,en,70\nlanguage,fi,30\nrole,x,10\n',
    );
    expect(unequal.status).toBe(422);
  });

  it('rakes to the margins and shows weighted percentages with intervals beside unweighted counts', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    await analyst.get('/console/s/demo/weights');
    const share = 1000 / roles.length;
    const csv = [
      'variable,category,total',
      'language,en,500',
      'language,fi,500',
      ...roles.map((r) => `role,${r},${share}`),
    ].join('\n');
    const done = await upload(t, analyst, '/console/s/demo/weights', csv);
    expect(done.status).toBe(303);
    const page = await analyst.get('/console/s/demo/weights');
    expect(page.html).toMatch(/Weights computed on .* for 30 completed responses/);
    // Each role now weighs the same, and so does each language; shown where the counts may be.
    const byHolds = await analyst.get('/console/s/demo/results?question=holds&weighted=1');
    expect(byHolds.html).toContain('id="weighted"');
    expect(byHolds.html).toMatch(/[0-9]+ % \[[0-9.]+–[0-9.]+\]/);
    expect(byHolds.html).toContain('Effective base (Kish)');
    const byAge = await analyst.get('/console/s/demo/results?question=age&weighted=1');
    expect(byAge.html).toMatch(
      /Weighted mean \[95 % interval\]<\/th><td class="numeric">[0-9.,]+<span class="meta"> \[[0-9.,]+–[0-9.,]+\]/,
    );
    const events = (await t.store.db.selectFrom('audit_event').select('action').execute()).map(
      (e) => e.action,
    );
    expect(events).toContain('weights.compute');
  });

  it('gives the standard errors R survey gives for the same raked design', async (ctx) => {
    requirePrograms(
      ctx,
      ['/usr/bin/Rscript'],
      'apt-get install --no-install-recommends r-base-core r-cran-survey',
      'Comparison with R survey',
    );
    const study = (await findStudy(t.store.db, 'demo'))!;
    const weighting = (await studyWeighting(t.store.db, study.id))!;
    const margins = weighting.margins as Record<string, Record<string, number>>;
    const calibration: WeightingVariable[] = ['language', { questionId: 'role' }];
    const scope = { studyId: study.id };
    const sums = await weightedCodeSums(t.store.db, scope, { id: 'holds' }, { kind: 'none' }, calibration);
    const design = await weightedDesign(t.store.db, study.id, calibration);
    const base = sums.filter((x) => x.code === null);
    const codes = [...new Set(sums.map((x) => x.code).filter((c) => c !== null))];
    expect(codes.length).toBeGreaterThan(1);
    const ours = Object.fromEntries(
      codes.map((code) => [
        code,
        weightedEstimate({ code: sums.filter((x) => x.code === code), base, design })!,
      ]),
    );
    // The same respondents, unweighted, for R to rake from equal weights to the same margins.
    const units = await weightingUnits(t.store.db, study.id, [
      ...calibration,
      { questionId: 'holds' },
      { questionId: 'age' },
    ]);
    const moments = await weightedNumberMoments(
      t.store.db,
      scope,
      { id: 'age' },
      { kind: 'none' },
      calibration,
    );
    const age = weightedMeanEstimate({ moments, design })!;
    expect(moments.reduce((s, m) => s + m.n, 0)).toBeGreaterThan(2);
    const dir = mkdtempSync(join(tmpdir(), 'credmap-r-'));
    try {
      writeFileSync(
        join(dir, 'units.csv'),
        ['language,role,holds,age', ...units.map((u) => u.values.map((v) => v ?? 'NA').join(','))].join('\n'),
      );
      const frame = (name: string) =>
        `data.frame(${name}=c(${Object.keys(margins[name]!)
          .map((k) => `"${k}"`)
          .join(',')}), Freq=c(${Object.values(margins[name]!).join(',')}))`;
      const script = [
        'suppressMessages(library(survey))',
        `d <- read.csv("${join(dir, 'units.csv')}", colClasses="character", na.strings="NA")`,
        'd$one <- 1',
        'r <- rake(svydesign(ids=~1, weights=~one, data=d), list(~language, ~role),',
        `  list(${frame('language')}, ${frame('role')}), control=list(maxit=1000, epsilon=1e-12))`,
        ...codes.map(
          (code) =>
            `m <- svymean(~as.numeric(holds == "${code}"), subset(r, !is.na(holds)), na.rm = TRUE); cat(sprintf("${code} %.12f %.12f\\n", coef(m), SE(m)))`,
        ),
        'm <- svymean(~as.numeric(age), subset(r, !is.na(age)), na.rm = TRUE); cat(sprintf("age %.12f %.12f\\n", coef(m), SE(m)))',
      ].join('\n');
      writeFileSync(join(dir, 'check.R'), script);
      const out = execFileSync('Rscript', [join(dir, 'check.R')], { encoding: 'utf8' });
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(codes.length + 1);
      const [name, mean, meanSe] = lines.pop()!.trim().split(/\s+/);
      expect(name).toBe('age');
      expect(age.mean).toBeCloseTo(Number(mean), 6);
      expect(age.se).toBeCloseTo(Number(meanSe), 6);
      for (const line of lines) {
        const [code, p, se] = line.trim().split(/\s+/);
        expect(ours[code!]!.percent / 100).toBeCloseTo(Number(p), 6);
        expect(ours[code!]!.se).toBeCloseTo(Number(se), 6);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads totals as the spreadsheet program that saved the margins wrote them', async () => {
    const analyst = await signIn(t, 'analyst@example.org');
    await analyst.get('/console/s/demo/weights');
    // Excel in German or French: semicolons, a decimal comma, thousands with a point or a space.
    const refused = await upload(
      t,
      analyst,
      '/console/s/demo/weights',
      '\uFEFFVariable;Category;Total\r\nlanguage;en;12.345\r\nlanguage;fi;zwölf\r\n;fi;3\r\n',
    );
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('Row 3, column total: “zwölf” is not a number greater than 0.');
    expect(refused.html).toContain('Row 4, column variable: the cell is empty.');
    const done = await upload(
      t,
      analyst,
      '/console/s/demo/weights',
      '\uFEFFVariable;Category;Total\r\nlanguage;en;12.345\r\nlanguage;fi;"1 234,5"\r\n',
    );
    expect(done.status).toBe(303);
    const study = (await findStudy(t.store.db, 'demo'))!;
    expect((await studyWeighting(t.store.db, study.id))!.margins).toEqual({
      language: { en: 12345, fi: 1234.5 },
    });
    const tooLarge = await upload(t, analyst, '/console/s/demo/weights', 'x'.repeat(10 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(422);
    expect(tooLarge.html).toContain('The file is larger than 10 MB.');
  });
});
