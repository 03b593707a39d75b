import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model, Question, Questionnaire, VisitedStep } from '../../src/questionnaire/index.ts';
import {
  compile,
  journey,
  routeSeconds,
  seededRandom,
  simulateResponse,
} from '../../src/questionnaire/index.ts';
import { hashCode } from '../../src/respondent/codes.ts';
import { questionnaireUrls } from '../../src/respondent/urls.ts';
import { loadCells, stateFromCells } from '../../src/store/index.ts';
import type { CodebookEntry, StudyFiles } from '../../src/studies/index.ts';
import { codebook, harmonisationConflicts, readStudies } from '../../src/studies/index.ts';
import type { TestApp } from '../support/app.ts';
import { Browser, testApp } from '../support/app.ts';
import { engines } from '../support/database.ts';

/**
 * The study credmap ships: one questionnaire per target group, built from shared modules, in eight
 * languages. These tests hold it to what it promises respondents and analysts.
 */

const today = '2026-11-23';
const languages = ['en', 'nl', 'fi', 'de', 'fr', 'pl', 'es', 'sl'];
const instruments = [
  'authorities',
  'employee-organisations',
  'employees',
  'employer-organisations',
  'employers',
  'experts',
  'learners',
  'not-employed',
  'vet-providers',
];
/** Simulated respondents per instrument: enough to take every branch of the skip logic. */
const runs = 250;

let files: StudyFiles;
beforeAll(async () => {
  const studies = await readStudies(process.env.TEST_QUESTIONNAIRES_DIR ?? 'questionnaires');
  files = studies.find((s) => s.study.slug === 'microcredentials')!;
});

const questionnaire = (id: string) => files.questionnaires.find((q) => q.id === id)!;

function simulated(q: Questionnaire): { model: Model; routes: VisitedStep[][] } {
  const model = compile(q);
  const routes: VisitedStep[][] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const run = simulateResponse(model, seededRandom(seed), today);
    routes.push([...journey(model, run.state, today).steps]);
  }
  return { model, routes };
}

/** Every text of a definition or study: objects whose keys are all language codes. */
function localizedTexts(value: unknown, path = ''): { path: string; text: Record<string, string> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([k, v]) => languages.includes(k) && typeof v === 'string'))
    return [{ path, text: value as Record<string, string> }];
  return entries.flatMap(([k, v]) => localizedTexts(v, path === '' ? k : `${path}.${k}`));
}

describe('the microcredentials study', () => {
  it('has one questionnaire per target group, all in the eight languages', () => {
    expect(files.questionnaires.map((q) => q.id).sort()).toEqual(instruments);
    expect(files.study.languages).toEqual(languages);
    for (const q of files.questionnaires) expect(q.languages, q.id).toEqual(languages);
  });

  it('is translated: no text left in English in another language', () => {
    const untranslated: string[] = [];
    const sources: [string, unknown][] = [
      ['study', files.study],
      ...files.questionnaires.map((q): [string, unknown] => [q.id, q]),
    ];
    for (const [name, source] of sources) {
      for (const { path, text } of localizedTexts(source)) {
        const en = text.en ?? '';
        // Names and piped answers ("ECTS", "${mc_title}") read the same everywhere.
        if (en.split(/\s+/).length < 3) continue;
        for (const lang of files.study.languages.slice(1))
          if (text[lang]?.trim() === en.trim()) untranslated.push(`${name} ${path} [${lang}]`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('asks the same question with the same variable and codes everywhere', () => {
    expect(harmonisationConflicts(files)).toEqual([]);
    const entries = new Map(codebook(files).map((e) => [e.variable, e]));
    // Asked of every target group, so the groups can be pooled and compared.
    for (const variable of [
      'target_group',
      'respondent_type',
      'country',
      'familiarity',
      'terms',
      'mc_have',
      'mc_title',
      'mc_eqf',
      'mc_qa',
      'trust_reputation',
      'support',
      'comment',
    ])
      expect(entries.get(variable)?.askedIn.slice().sort(), variable).toEqual(instruments);
    const persons = ['employees', 'learners', 'not-employed'];
    for (const variable of ['age_band', 'education', 'emp_status', 'value_find_job', 'barriers'])
      expect(entries.get(variable)?.askedIn.slice().sort(), variable).toEqual(persons);
    const stakeholders = [
      'authorities',
      'employee-organisations',
      'employer-organisations',
      'experts',
      'vet-providers',
    ];
    for (const variable of ['org_level', 'role', 'purposes', 'nqf_inclusion', 'ecosystem'])
      expect(entries.get(variable)?.askedIn.slice().sort(), variable).toEqual(
        variable === 'org_level' || variable === 'role'
          ? [...stakeholders, 'employers'].sort()
          : stakeholders,
      );
    // The microcredential block is asked once per microcredential described.
    expect(entries.get('mc_outcomes')?.group).toBe('mc');
  });

  it('describes each microcredential with the elements of Annex I of the Council Recommendation', () => {
    const variables = new Set(codebook(files).map((e) => e.variable));
    // Mandatory: title, country/region of the issuer, awarding body, date of issuing (holders),
    // learning outcomes, notional workload, level, type of assessment, form of participation,
    // type of quality assurance. Optional: prerequisites, supervision and identity verification,
    // grade, integration/stacking options, further information.
    const annexI = [
      'mc_title',
      'mc_country',
      'mc_region',
      'mc_awarding_body',
      'mc_issued',
      'mc_outcomes',
      'mc_ects',
      'mc_hours',
      'mc_eqf',
      'mc_assessment',
      'mc_participation',
      'mc_qa',
      'mc_prerequisites',
      'mc_supervision',
      'mc_grade',
      'mc_stacking',
      'mc_info',
    ];
    expect(annexI.filter((v) => !variables.has(v))).toEqual([]);
  });

  it.each(instruments)(
    '%s: promises on its landing page no less than its longest route takes, and at most 20 minutes',
    (id) => {
      const q = questionnaire(id);
      const { routes } = simulated(q);
      // One microcredential described: the block's first item is part of the promise, further ones are extra.
      const longest = Math.max(...routes.map((steps) => routeSeconds(q, steps, { repeatItems: 1 })));
      expect(longest / 60).toBeLessThanOrEqual(20);
      expect(q.estimatedMinutes).toBeGreaterThanOrEqual(Math.round(longest / 60));
      expect(q.estimatedMinutes).toBeLessThanOrEqual(20);
    },
  );

  it.each(instruments)('%s: simulated respondents take every branch of the skip logic', (id) => {
    const { unseen, neverHidden } = coverage(questionnaire(id));
    expect(unseen).toEqual([]);
    expect(neverHidden).toEqual([]);
  });

  it('leaves no question that no target group is ever shown', () => {
    // Parts of shared modules meant for some groups only ("what it meant for you" for holders):
    // each must be shown in some questionnaire.
    const shown = new Set<string>();
    const all = new Set<string>();
    for (const id of instruments) {
      const c = coverage(questionnaire(id));
      for (const x of c.elements) all.add(x);
      for (const x of c.shown) shown.add(x);
    }
    expect([...all].filter((x) => !shown.has(x))).toEqual([]);
  });
});

/** The calculated constants that say which questionnaire a shared module is in. */
const instrumentConstants = ['target_group', 'respondent_type'];

/**
 * What simulated respondents of one questionnaire saw: every page and question shown at least once
 * and every conditional one hidden at least once, leaving out conditions on the questionnaire's own
 * constants (a holder's questions in an organisation's questionnaire), which the study-wide test covers.
 */
function coverage(q: Questionnaire) {
  const { model, routes } = simulated(q);
  const shown = new Set<string>();
  const hidden = new Set<string>();
  for (const steps of routes) {
    const pages = new Set(steps.flatMap((s) => ('page' in s.step ? [s.step.page.id] : [])));
    const questions = new Set(steps.flatMap((s) => s.questions.map((x) => x.id)));
    for (const x of [...pages, ...questions]) shown.add(x);
    for (const x of model.pages.keys()) if (!pages.has(x)) hidden.add(x);
    for (const [x, question] of model.questions)
      if (pages.has(model.pageOf.get(x)!.id) && !questions.has(x) && 'relevant' in question) hidden.add(x);
  }
  const conditions = new Map<string, string>();
  for (const entry of q.pages) {
    if (entry.type === 'repeat' && entry.relevant !== undefined)
      conditions.set(entry.pages[0]!.id, entry.relevant);
    for (const page of entry.type === 'page' ? [entry] : entry.pages) {
      if (page.relevant !== undefined) conditions.set(page.id, page.relevant);
      for (const question of page.items as readonly Question[])
        if ('relevant' in question && question.relevant !== undefined)
          conditions.set(question.id, question.relevant);
    }
  }
  const mentionsConstant = (x: string | undefined) =>
    x !== undefined && instrumentConstants.some((c) => conditions.get(x)?.includes(`\${${c}}`));
  const onConstants = (x: string) => mentionsConstant(x) || mentionsConstant(model.pageOf.get(x)?.id);
  const elements = [...model.pages.keys(), ...model.questions.keys()];
  return {
    elements,
    shown,
    hidden,
    unseen: elements.filter((x) => !shown.has(x) && !onConstants(x)),
    neverHidden: [...conditions.keys()].filter((x) => !hidden.has(x) && !onConstants(x)),
  };
}

describe.each(engines())('the microcredentials study through HTTP on %s', (engine) => {
  let t: TestApp;
  let entries: Map<string, CodebookEntry>;
  beforeAll(async () => {
    t = await testApp(engine);
    entries = new Map(codebook(files).map((e) => [e.variable, e]));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The harmonised variable a stored row belongs to: matrix rows and "other" texts have their own. */
  function variableOf(model: Model, questionId: string, part: string): string {
    const question = model.questions.get(questionId)!;
    const variable =
      'variable' in question && question.variable !== undefined ? question.variable : questionId;
    return part === '' ? variable : `${variable}_${part}`;
  }

  it.each(instruments)(
    '%s: stores a simulated respondent under the harmonised variables and codes',
    async (id) => {
      const q = questionnaire(id);
      const model = compile(q);
      const language = languages[instruments.indexOf(id) % languages.length]!;
      const urls = questionnaireUrls(language, 'microcredentials', id);
      // Seeds whose respondents describe microcredentials and whose respondents do not.
      for (const seed of [3, 4, 11]) {
        const run = simulateResponse(model, seededRandom(seed), today);
        const b = new Browser(t.app);
        await b.get(urls.stepKey(run.forms[0]!.step));
        for (const { step, form } of run.forms) {
          const path = model.groups.has(step) ? urls.summary(step) : urls.stepKey(step);
          const reply = await b.post(path, form);
          expect(reply.status, `${id} ${step}: ${reply.html.slice(0, 300)}`).toBe(303);
        }
        expect((await b.post(urls.check())).location).toBe(urls.done());
        const cookie = [...Array(100).keys()].map((i) => b.cookie(`cm_r${i}`)).find((c) => c !== undefined)!;
        const row = await t.store.db
          .selectFrom('response')
          .select(['id', 'completed_at', 'language'])
          .where('resume_hash', '=', hashCode(decodeURIComponent(cookie)))
          .executeTakeFirstOrThrow();
        expect(row.completed_at).not.toBeNull();
        expect(row.language).toBe(language);
        const cells = await loadCells(t.store.db, row.id);
        const stored = stateFromCells(cells, (x) => model.groupOf.get(x)?.id);
        expect({ answers: stored.answers, repeats: stored.repeats }).toEqual({
          answers: run.state.answers,
          repeats: run.state.repeats,
        });
        for (const cell of cells) {
          if (cell.part.startsWith('#')) continue;
          const variable = variableOf(model, cell.question_id, cell.part);
          const entry = entries.get(variable);
          expect(entry?.askedIn, `${id}: ${variable} is in the codebook`).toContain(id);
          if (entry === undefined || cell.part === 'other') continue;
          const codes = entry.codes.map((c) => c.code);
          if (cell.missing !== null) expect(codes, `${id}: ${variable} missing`).toContain(cell.missing);
          else if (['single', 'multiple', 'likert', 'matrix'].includes(entry.type))
            for (const value of ([] as unknown[]).concat(cell.value))
              expect(codes, `${id}: ${variable} = ${String(value)}`).toContain(value);
        }
        const group = model.questions.get('target_group') as { expression: string };
        expect(cells.find((c) => c.question_id === 'target_group')?.value).toBe(
          group.expression.slice(1, -1),
        );
      }
    },
  );
});
