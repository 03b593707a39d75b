import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/cli.ts';
import type { Model } from '../../src/questionnaire/index.ts';
import { compile } from '../../src/questionnaire/index.ts';
import type { Grouping, TallyScope } from '../../src/store/index.ts';
import {
  askedCounts,
  askedCountsFromAnswers,
  codeCounts,
  codeCountsFromAnswers,
  deleteResponsesOf,
  excludeResponse,
  findStudy,
  includeResponse,
  listQuestionnaires,
  numberSummaries,
  numberSummariesFromAnswers,
  openStore,
  rebuildRunningTotals,
  respondentCounts,
  respondentCountsFromAnswers,
  talliedTypes,
} from '../../src/store/index.ts';
import { readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';
import { completeQuestionnaire } from '../support/respondents.ts';

/**
 * The running totals against the answers they are made of: every count a result is made of, for
 * every question of two studies, by every breakdown the totals are kept by, after completions,
 * exclusions, inclusions and deletions, must be the count read from the answers.
 */

const groupings: readonly Grouping[] = [
  { kind: 'none' },
  { kind: 'language' },
  { kind: 'answer', questionId: 'country' },
  { kind: 'answer', questionId: 'target_group' },
];
const languages = ['en', 'de', 'fr', 'pl', 'sl'];

/** Numbers as both sides give them: NUMERIC read as a double on one side, a double sum on the other. */
const rounded = (rows: readonly object[]) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(12)) : v]),
    ),
  );

describe.each(engines())('running totals on %s', (engine) => {
  let t: TestApp;
  const models = new Map<string, { study: string; model: Model }>();
  const completed: { study: string; questionnaire: string }[] = [];

  beforeAll(async () => {
    t = await testApp(engine);
    for (const files of await readStudies('questionnaires'))
      for (const q of files.questionnaires)
        models.set(`${files.study.slug}/${q.id}`, { study: files.study.slug, model: compile(q) });
    let seed = 4100;
    for (const { study, model } of models.values()) {
      const respondents = study === 'demo' ? 14 : 3;
      for (let i = 0; i < respondents; i++) {
        seed++;
        // Few countries, so that profiles are shared and totals are added to, not only created.
        const country = ['DE', 'FR', 'PL'][seed % 3];
        await completeQuestionnaire(new Browser(t.app), model, {
          study,
          seed,
          lang: languages[seed % languages.length]!,
          country,
        });
        completed.push({ study, questionnaire: model.definition.id });
      }
    }
    // Started, never sent: counts nowhere.
    const partial = new Browser(t.app);
    await partial.get('/en/s/demo/demo/p/p_consent');
    await partial.post('/en/s/demo/demo/p/p_consent', { consent: 'yes' });
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Every count of every question of a study from the totals and from the answers, side by side. */
  async function compare(studySlug: string, only?: readonly string[]) {
    const study = (await findStudy(t.store.db, studySlug))!;
    const rows = await listQuestionnaires(t.store.db, study.id);
    const scope: TallyScope =
      only === undefined
        ? { studyId: study.id }
        : { studyId: study.id, questionnaireIds: rows.filter((r) => only.includes(r.slug)).map((r) => r.id) };
    const totals: unknown[] = [];
    const answers: unknown[] = [];
    for (const grouping of groupings) {
      totals.push(await respondentCounts(t.store.db, scope, grouping));
      answers.push(await respondentCountsFromAnswers(t.store.db, scope, grouping));
    }
    const questions = new Map<string, { id: string; type: string; parts: string[] }>();
    for (const { study: s, model } of models.values())
      if (s === studySlug)
        for (const q of model.questions.values())
          questions.set(q.id, {
            id: q.id,
            type: q.type,
            parts: q.type === 'matrix' ? q.rows.map((r) => r.code) : [''],
          });
    for (const q of questions.values())
      for (const part of q.parts)
        for (const perItem of [false, true])
          for (const grouping of groupings) {
            const target = { id: q.id, part, perItem };
            const label = `${q.id}/${part}/${perItem}/${JSON.stringify(grouping)}`;
            totals.push(label, await askedCounts(t.store.db, scope, target, grouping));
            answers.push(label, await askedCountsFromAnswers(t.store.db, scope, target, grouping));
            if (!(talliedTypes as readonly string[]).includes(q.type)) continue;
            totals.push(await codeCounts(t.store.db, scope, target, grouping));
            answers.push(await codeCountsFromAnswers(t.store.db, scope, target, grouping));
            if (q.type === 'number' || q.type === 'likert') {
              totals.push(rounded(await numberSummaries(t.store.db, scope, target, grouping)));
              answers.push(rounded(await numberSummariesFromAnswers(t.store.db, scope, target, grouping)));
            }
          }
    expect(totals).toEqual(answers);
    return totals;
  }

  /** The totals that are not zero, in key order. */
  const nonZero = async () =>
    (
      await sql<Record<string, unknown>>`select * from running_total where respondents <> 0 or items <> 0
        order by questionnaire_id, question_id, part, kind, language, target_group, country, code, missing`.execute(
        t.store.db,
      )
    ).rows.map((r) => ({ ...r, respondents: Number(r.respondents), items: Number(r.items) }));

  it('are kept for every completed response, by profile, and read wherever they are kept', async () => {
    const n = Number(
      (
        await sql<{
          n: string;
        }>`select sum(respondents) as n from running_total where kind = 'respondent'`.execute(t.store.db)
      ).rows[0]!.n,
    );
    expect(n).toBe(completed.length);
    const study = (await findStudy(t.store.db, 'microcredentials'))!;
    const byGroup = await respondentCounts(t.store.db, { studyId: study.id }, groupings[3]!);
    // The nine questionnaires' own target groups, three respondents each.
    expect(byGroup.map((g) => g.n)).toEqual(Array(9).fill(3));
    // Counts come from the totals: a total changed by hand shows in them (and is put right after).
    await sql`update running_total set respondents = respondents + 100 where kind = 'respondent'
      and questionnaire_id in (select id from questionnaire where study_id = ${study.id})`.execute(
      t.store.db,
    );
    const [changed] = await respondentCounts(t.store.db, { studyId: study.id }, { kind: 'none' });
    expect(changed!.n).toBeGreaterThan(100);
    await rebuildRunningTotals(t.store.db);
  });

  it('count the codes of exactly the questions whose types have results, in every version', async () => {
    const versions = await t.store.db
      .selectFrom('questionnaire_version as v')
      .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
      .innerJoin('study as s', 's.id', 'q.study_id')
      .select(['s.slug as study', 'q.slug', 'v.tallied'])
      .execute();
    expect(versions.length).toBe(models.size);
    for (const v of versions) {
      const { model } = models.get(`${v.study}/${v.slug}`)!;
      const expected = [...model.questions.values()]
        .filter((q) => (talliedTypes as readonly string[]).includes(q.type))
        .map((q) => q.id);
      expect([...v.tallied].sort(), `${v.study}/${v.slug}`).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('give every count the answers give, for every question and breakdown of both studies', async () => {
    await compare('demo');
    await compare('microcredentials');
    await compare('microcredentials', ['1-employees', '2-learners']);
  }, 300_000);

  it('follow exclusions and inclusions exactly once, and equal totals computed afresh', async () => {
    const receipts = await t.store.db
      .selectFrom('response as r')
      .innerJoin('questionnaire_version as v', 'v.id', 'r.version_id')
      .innerJoin('questionnaire as q', 'q.id', 'v.questionnaire_id')
      .select(['r.receipt', 'v.questionnaire_id', 'q.slug'])
      .where('r.completed_at', 'is not', null)
      .orderBy('r.id')
      .execute();
    const demo = receipts.filter((r) => r.slug === 'demo');
    const exclude = (r: (typeof receipts)[number], reason: 'speeder' | 'other') =>
      t.store.db.transaction().execute((trx) =>
        excludeResponse(trx, {
          questionnaireId: r.questionnaire_id,
          receipt: r.receipt!,
          reason,
          note: null,
          by: 'test',
          at: new Date(),
        }),
      );
    const include = (r: (typeof receipts)[number]) =>
      t.store.db.transaction().execute((trx) => includeResponse(trx, r.questionnaire_id, r.receipt!));
    const before = await compare('demo');
    await exclude(demo[0]!, 'speeder');
    await exclude(demo[1]!, 'speeder');
    // A second exclusion changes the reason, and takes nothing away again.
    await exclude(demo[1]!, 'other');
    await exclude(receipts.find((r) => r.slug !== 'demo')!, 'other');
    const excluded = await compare('demo');
    expect(excluded).not.toEqual(before);
    expect(await include(demo[0]!)).toBe('speeder');
    // Taking back a response that was never excluded adds nothing.
    expect(await include(demo[2]!)).toBeNull();
    await compare('demo');
    await compare('microcredentials');

    const incremental = await nonZero();
    await rebuildRunningTotals(t.store.db);
    expect(await nonZero()).toEqual(incremental);
    expect(incremental.length).toBeGreaterThan(100);
  }, 300_000);

  it('go with the responses when a questionnaire’s responses are deleted', async () => {
    const study = (await findStudy(t.store.db, 'microcredentials'))!;
    const [first] = await listQuestionnaires(t.store.db, study.id);
    await t.store.db.transaction().execute((trx) => deleteResponsesOf(trx, first!.id));
    const left = await t.store.db
      .selectFrom('running_total')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('questionnaire_id', '=', first!.id)
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
    await compare('microcredentials');
  }, 300_000);
});

describe('credmap totals', () => {
  it('counts the running totals again from the answers, dropping any the answers do not give', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'credmap-totals-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    try {
      expect(await run(['load', 'questionnaires'], env)).toBe(0);
      const totals = async (
        change?: (db: Awaited<ReturnType<typeof openStore>>['db']) => Promise<unknown>,
      ) => {
        const store = await openStore({ dataDir });
        try {
          await change?.(store.db);
          return (await sql<{ n: number }>`select count(*) as n from running_total`.execute(store.db))
            .rows[0]!.n;
        } finally {
          await store.close();
        }
      };
      // A total no answer gives, as an edit by hand might leave.
      const wrong = await totals((db) =>
        sql`insert into running_total (questionnaire_id, question_id, part, kind, language, respondents, items)
          select min(id), '', '', 'respondent', 'en', 5, 5 from questionnaire`.execute(db),
      );
      expect(wrong).toBe(1);
      expect(await run(['totals'], env)).toBe(0);
      expect(await totals()).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
