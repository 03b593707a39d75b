import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeWeights } from '../../src/analysis/index.ts';
import { parseCsv } from '../../src/distribution/index.ts';
import { exportDatasets, missingNumbers, writeCsvFile, writeExportPackage } from '../../src/exports/index.ts';
import type { SimulatedResponse } from '../../src/questionnaire/index.ts';
import type { TallyScope } from '../../src/store/index.ts';
import {
  excludedCount,
  excludeResponse,
  exportedVersions,
  findStudy,
  fixScope,
  includeResponse,
  replaceWeights,
  weightingUnits,
} from '../../src/store/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { completeDemo, demoModel } from '../support/respondents.ts';

describe.each(engines())('the CSV research export on %s', (engine) => {
  let t: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-export-'));
  const runs: SimulatedResponse[] = [];
  beforeAll(async () => {
    t = await testApp(engine);
    const model = await demoModel();
    for (let seed = 800; seed < 812; seed++) runs.push(await completeDemo(new Browser(t.app), model, seed));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one row per completed respondent, the codebook and the provenance, leaving out what it must', async () => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    // One response excluded by the study team, one written as a spreadsheet formula.
    const [first] = await t.store.db
      .selectFrom('response as r')
      .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
      .select(['r.receipt', 'v.questionnaire_id'])
      .orderBy('r.id')
      .limit(1)
      .execute();
    await t.store.db.transaction().execute((trx) =>
      excludeResponse(trx, {
        questionnaireId: first!.questionnaire_id,
        receipt: first!.receipt!,
        reason: 'speeder',
        note: null,
        by: 'test',
        at: new Date(),
      }),
    );
    await t.store.db
      .updateTable('answer')
      .set({ value: JSON.stringify('=HYPERLINK("http://evil.example","x")') })
      .where('question_id', '=', 'comments')
      .execute();
    const demo = runs.length;
    const summary = await writeExportPackage(t.store, {
      scope: { studyId: study.id },
      study: 'demo',
      questionnaires: [(await demoModel()).definition],
      language: 'en',
      dir,
      now: new Date('2026-11-23T12:00:00Z'),
    });
    expect(summary.respondents).toBe(demo - 1);
    const text = readFileSync(join(dir, 'data.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text).filter((r) => r.length > 1);
    expect(rows).toHaveLength(demo - 1);
    expect(header!.slice(0, 5)).toEqual(['respondent', 'questionnaire', 'version', 'language', 'completed']);
    expect(header).toEqual(expect.arrayContaining(['role', 'heard_badges', 'mc_title_1', 'trust_employers']));
    const col = (name: string) => header!.indexOf(name);
    // Every role in the data is one the engine recorded, and the counts agree.
    const roles = rows.map((r) => r[col('role')]).sort();
    const simulated = runs.map((r) => {
      const a = r.state.answers.role;
      if (a?.kind === 'value') return String(a.value);
      if (a?.kind === 'missing') return String(missingNumbers[a.code]);
      return '';
    });
    for (const role of roles) expect(simulated).toContain(role);
    // Formulas are neutralised; contacts never appear.
    const comments = rows.map((r) => r[col('comments')]).filter((v) => v !== '');
    for (const c of comments) expect(c!.startsWith("'=")).toBe(true);
    expect(text).not.toMatch(/@example\.org/);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toContain(`${demo - 1} rows, one per respondent`);
    expect(readme).toContain(`version 1: ${demo - 1} completed responses`);
    expect(readme).toContain('1 response excluded from analysis');
    expect(readme).toContain('Weights: none');
    const codebook = parseCsv(readFileSync(join(dir, 'codebook.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(codebook).toContainEqual(['data.csv', 'role', '', 'missing', '-8', 'dont_know']);

    // Long layout: one row per microcredential described, joined to data.csv on respondent.
    const group = summary.datasets.find((d) => d.layout === 'long')!;
    const long = parseCsv(readFileSync(join(dir, `${group.name}.csv`), 'utf8').replace(/^\uFEFF/, '')).filter(
      (r) => r.length > 1,
    );
    const [longHeader, ...items] = long;
    expect(longHeader!.slice(0, 6)).toEqual([
      'respondent',
      'questionnaire',
      'version',
      'language',
      'completed',
      'item',
    ]);
    expect(longHeader).toContain('mc_title');
    expect(items).toHaveLength(group.rows);
    const described = rows.flatMap((r) =>
      [1, 2, 3, 4, 5]
        .filter((i) => col(`mc_title_${i}`) >= 0 && r[col(`mc_title_${i}`)] !== '')
        .map((i) => [r[0], String(i), r[col(`mc_title_${i}`)]]),
    );
    expect(described.length).toBeGreaterThan(0);
    const at = (name: string) => longHeader!.indexOf(name);
    expect(items.map((r) => [r[at('respondent')], r[at('item')], r[at('mc_title')]])).toEqual(described);
    expect(summary.files).toEqual(
      expect.arrayContaining(['data.csv', 'data.sps', `${group.name}.csv`, 'codebook.csv']),
    );
  });

  it('leaves out the respondents excluded when it began, whoever is excluded or included while it writes', async () => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    const input = {
      scope: { studyId: study.id },
      questionnaires: [(await demoModel()).definition],
      language: 'en',
    };
    const responses = await t.store.db
      .selectFrom('response as r')
      .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
      .select(['r.receipt', 'v.questionnaire_id'])
      .orderBy('r.id')
      .limit(2)
      .execute();
    const [excluded, counted] = responses;
    // The scope an export fixes when it begins (writeExportPackage does the same).
    const scope = await fixScope(t.store.db, input.scope);
    const datasets = await exportDatasets(t.store, { ...input, scope });
    expect(await excludedCount(t.store.db, scope)).toBe(1);
    expect(datasets[0]!.rowCount).toBe(runs.length - 1);
    const pass = async (name: string, which = datasets) => {
      const files: string[] = [];
      for (const d of which) {
        const path = join(dir, `${name}-${d.name}.csv`);
        expect(await writeCsvFile(d, path)).toBe(d.rowCount);
        files.push(readFileSync(path, 'utf8'));
      }
      return files;
    };
    const before = await pass('before');
    // The excluded respondent comes back and another one goes, committed while the export writes.
    await t.store.db.transaction().execute(async (trx) => {
      expect(await includeResponse(trx, excluded!.questionnaire_id, excluded!.receipt!)).toBe('speeder');
      await excludeResponse(trx, {
        questionnaireId: counted!.questionnaire_id,
        receipt: counted!.receipt!,
        reason: 'duplicate',
        note: null,
        by: 'test',
        at: new Date(),
      });
    });
    expect(await pass('during')).toEqual(before);
    expect(await excludedCount(t.store.db, scope)).toBe(1);
    const versions = await exportedVersions(t.store.db, scope);
    expect(versions.reduce((n, v) => n + v.responses, 0)).toBe(runs.length - 1);
    // An export begun afterwards has the other respondents.
    const after = await exportDatasets(t.store, input);
    expect(after[0]!.rowCount).toBe(runs.length - 1);
    expect((await pass('after', after))[0]).not.toEqual(before[0]);
  });

  it('carries the weights of the moment it began, whoever computes them again while it writes', async () => {
    const study = (await findStudy(t.store.db, 'demo'))!;
    // Weights as the console computes them: post-stratified to a language margin.
    const weigh = async (total: number, now: Date) => {
      const units = await weightingUnits(t.store.db, study.id, ['language']);
      const margins = { language: { en: total } };
      const result = computeWeights(units, ['language'], margins);
      if (!result.ok) throw new Error(`weights refused: ${JSON.stringify(result.problems)}`);
      await t.store.db
        .transaction()
        .execute((trx) => replaceWeights(trx, study.id, result.weights, { margins, by: 'analyst', now }));
      return { each: total / units.length, respondents: units.length };
    };
    const first = await weigh(1000, new Date('2026-11-20T09:00:00Z'));
    const write = async (name: string, scope: TallyScope) => {
      const out = join(dir, name);
      await writeExportPackage(t.store, {
        scope,
        study: 'demo',
        questionnaires: [(await demoModel()).definition],
        language: 'en',
        dir: out,
        now: new Date('2026-11-23T12:00:00Z'),
        formats: ['sav', 'dta'],
      });
      return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    };
    const weights = (files: Map<string, Buffer>) => {
      const [header, ...rows] = parseCsv(
        files
          .get('data.csv')!
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
      ).filter((r) => r.length > 1);
      return rows.map((r) => Number(r[header!.indexOf('weight')]));
    };
    const readme = (files: Map<string, Buffer>) => files.get('README.md')!.toString('utf8');
    // The SPSS and Stata files say when they were written: one clock for every write.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    try {
      const scope = await fixScope(t.store.db, { studyId: study.id });
      const before = await write('weights-before', scope);
      expect(weights(before)).toHaveLength(first.respondents);
      for (const w of weights(before)) expect(w).toBeCloseTo(first.each, 9);
      const line = `Weights: column \`weight\` in data.csv, computed on 2026-11-20T09:00:00.000Z for ${first.respondents} respondents from the population margins language (en 1000)`;
      expect(readme(before)).toContain(line);
      // Computed again, with other margins, committed while the export writes.
      const second = await weigh(2000, new Date('2026-11-22T09:00:00Z'));
      const during = await write('weights-during', scope);
      expect([...during.keys()].sort()).toEqual([...before.keys()].sort());
      expect([...before.keys()]).toEqual(
        expect.arrayContaining(['data.csv', 'data.sav', 'data.dta', 'README.md']),
      );
      expect(
        [...before].filter(([file, bytes]) => !during.get(file)!.equals(bytes)).map(([file]) => file),
      ).toEqual([]);
      expect(readme(during)).toContain(line);
      // An export begun afterwards has the new weights and says so.
      const after = await write('weights-after', { studyId: study.id });
      expect(weights(after)).toHaveLength(second.respondents);
      for (const w of weights(after)) expect(w).toBeCloseTo(second.each, 9);
      expect(readme(after)).toContain('computed on 2026-11-22T09:00:00.000Z');
      expect(readme(after)).toContain('language (en 2000)');
      expect(after.get('data.sav')!.equals(before.get('data.sav')!)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
