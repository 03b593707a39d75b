import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWeights } from '../../src/analysis/weighting.ts';
import { parseCsv } from '../../src/distribution/index.ts';
import type { Dataset } from '../../src/exports/dataset.ts';
import { exportDatasets, writeExportPackage } from '../../src/exports/index.ts';
import type { Store } from '../../src/store/index.ts';
import {
  completeResponse,
  findStudy,
  insertResponse,
  listQuestionnaires,
  openStore,
  replaceWeights,
  weightingUnits,
  writePage,
} from '../../src/store/index.ts';
import type { StudyFiles } from '../../src/studies/index.ts';
import { installStudies, readStudies } from '../../src/studies/index.ts';
import { requirePrograms } from '../support/programs.ts';

const READSTAT = '/usr/bin/readstat';

// The employers' questionnaire of the microcredentials study asks a question named `weight` (how
// much weight a microcredential carries when recruiting), and a weighted export has a column of its
// own named `weight`.
describe('the column names of a weighted export of the microcredentials study', () => {
  let store: Store;
  let files: StudyFiles;
  let studyId: number;
  let unweighted: Dataset[];
  const dir = mkdtempSync(join(tmpdir(), 'credmap-export-names-'));
  const now = new Date('2026-11-24T10:00:00Z');

  beforeAll(async () => {
    store = await openStore({});
    files = (await readStudies('questionnaires')).find((s) => s.study.slug === 'microcredentials')!;
    await installStudies(store, [files]);
    studyId = (await findStudy(store.db, 'microcredentials'))!.id;
    const employers = (await listQuestionnaires(store.db, studyId)).find((q) => q.slug === 'employers')!;
    const version = await store.db
      .selectFrom('questionnaire_version')
      .select('id')
      .where('questionnaire_id', '=', employers.id)
      .executeTakeFirstOrThrow();
    const id = '00000000-0000-4000-8000-000000000001';
    await insertResponse(store.db, { id, versionId: version.id, language: 'en', resumeHash: 'h', now });
    await writePage(store.db, id, {
      clear: [{ ids: ['weight'], item: 0 }],
      cells: [{ question_id: 'weight', item: 0, part: '', value: '"more"', missing: null }],
      step: 'recruiting',
      seconds: 5,
      language: 'en',
      honeypot: false,
      now,
    });
    await completeResponse(store.db, id, 'R1', now);
    unweighted = await exportDatasets(store, {
      scope: { studyId },
      questionnaires: files.questionnaires,
      language: 'en',
    });
    const units = await weightingUnits(store.db, studyId, ['language']);
    const margins = { language: { en: 1000 } };
    const weights = computeWeights(units, ['language'], margins);
    if (!weights.ok) throw new Error(JSON.stringify(weights.problems));
    await replaceWeights(store.db, studyId, weights.weights, { margins, by: 'analyst', now });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are unique in every dataset regardless of case, the question taking the next free name', async () => {
    const datasets = await exportDatasets(store, {
      scope: { studyId },
      questionnaires: files.questionnaires,
      language: 'en',
    });
    for (const dataset of datasets) {
      const names = dataset.columns.map((c) => c.name.toLowerCase());
      expect(new Set(names).size, dataset.name).toBe(names.length);
    }
    const data = datasets.find((d) => d.name === 'data')!;
    const weight = data.columns.find((c) => c.name === 'weight')!;
    expect(weight.source).toBeUndefined();
    expect(data.columns.find((c) => c.name === 'weight_2')!.source?.questionId).toBe('weight');
  });

  it('are the same unweighted: the question keeps its numbered name', () => {
    const data = unweighted.find((d) => d.name === 'data')!;
    expect(data.columns.some((c) => c.name === 'weight')).toBe(false);
    expect(data.columns.find((c) => c.name === 'weight_2')!.source?.questionId).toBe('weight');
  });

  it('are written to every format, each value under its own name', async (ctx) => {
    requirePrograms(ctx, [READSTAT], 'apt-get install readstat', 'SPSS export check');
    await writeExportPackage(store, {
      scope: { studyId },
      study: 'microcredentials',
      questionnaires: files.questionnaires,
      language: 'en',
      dir,
      now,
      formats: ['sav', 'dta', 'xlsx'],
    });
    const column = (rows: string[][], name: string) => rows[1]![rows[0]!.indexOf(name)];
    const csv = parseCsv(readFileSync(join(dir, 'data.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(Number(column(csv, 'weight'))).toBeCloseTo(1000, 9);
    const sav = parseCsv(execFileSync(READSTAT, [join(dir, 'data.sav'), '-'], { encoding: 'utf8' }));
    expect(Number(column(sav, 'weight'))).toBeCloseTo(1000, 9);
    // The answer: its code in the CSV, the code's number (its place in the list) in the .sav.
    expect(column(csv, 'weight_2')).toBe('more');
    expect(Number(column(sav, 'weight_2'))).toBe(3);
  });
});
