import type { Hono } from 'hono';
import type { QuestionResult, WeightedEstimate, WeightedMeanEstimate } from '../analysis/index.ts';
import {
  questionResult,
  tableParts,
  tabulable,
  totalColumn,
  weightedEstimate,
  weightedMeanEstimate,
} from '../analysis/index.ts';
import { countryName, formatDateTime, languageName } from '../i18n/index.ts';
import type { Model, Question } from '../questionnaire/index.ts';
import { questionTitle, resolveText, studySchema } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import { ResultTable, suppressedSymbol } from '../respondent/index.ts';
import type { Grouping, StudyRow, WeightingVariable } from '../store/index.ts';
import {
  enqueueJob,
  latestRelease,
  pendingStudyJob,
  recordAudit,
  studyWeighting,
  textAnswers,
  weightedCodeSums,
  weightedDesign,
  weightedNumberMoments,
  withdrawReleases,
} from '../store/index.ts';
import { grants } from './access.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleEnv, ConsoleKit } from './kit.tsx';
import type { ConsoleTranslate } from './messages/index.ts';
import { makeRelease, releaseJobKind, releasePlan, studyModels } from './release.ts';
import { ConsoleLayout, Csrf } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/**
 * Results for analysts: one question at a time, by a grouping chosen from those defined in advance
 * (language, target group, country, the answer to a single-choice question), with disclosure
 * control applied before anything is shown.
 */
export function resultsRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { store, options } = { store: kit.options.store, options: kit.options };

  const models = (study: StudyRow) => studyModels(store, catalog, study);

  kit.route(
    app,
    'GET',
    '/console/s/:study/results',
    { kind: 'study', permission: 'results.view' },
    async (c) => {
      const study = kit.studyOf(c);
      const t = kit.t(c);
      const settings = studySchema.parse(study.definition);
      const instruments = await models(study);
      const chosen = instruments.find((i) => i.slug === c.req.query('q'));
      // "All questionnaires" pools them through the question ids their shared modules give them.
      const pool = chosen === undefined ? instruments : [chosen];
      // A matrix is offered row by row (`question.row`): each row is a table of the matrix's scale.
      const questions = new Map<string, { q: Question; model: Model; part: string }>();
      const offered = new Set<string>();
      for (const { model } of pool)
        for (const q of model.questions.values()) {
          if (!(tabulable(q) || isFreeText(q)) || offered.has(q.id)) continue;
          offered.add(q.id);
          for (const part of tableParts(q))
            questions.set(part === '' ? q.id : `${q.id}.${part}`, { q, model, part });
        }
      const groupings = new Map<string, { q: Question; model: Model } | 'language'>([
        ['language', 'language'],
      ]);
      for (const [id, entry] of questions)
        if (
          entry.part === '' &&
          (entry.q.type === 'single' || entry.q.type === 'country') &&
          entry.model.groupOf.get(id) === undefined
        )
          groupings.set(id, entry);
      for (const { model } of pool) {
        const tg = model.questions.get('target_group');
        if (tg !== undefined && !groupings.has('target_group'))
          groupings.set('target_group', { q: tg, model });
      }
      const questionId = c.req.query('question') ?? '';
      const groupingId = c.req.query('by') ?? '';
      const selected = questions.get(questionId);
      const by = groupings.get(groupingId);
      const text = (x: Parameters<typeof resolveText>[0], model: Model) =>
        resolveText(x, t.lang, model.definition.fallbackLanguage);
      /** A question's label; a matrix row's is the matrix's label and the row's. */
      const titleOf = (entry: { q: Question; model: Model; part: string }) =>
        questionTitle(entry.q, entry.part, t.lang, entry.model.definition.fallbackLanguage);
      let result: QuestionResult | undefined;
      const weighting = await studyWeighting(store.db, study.id);
      let weightedOf: ((code: string | null, column: number) => WeightedEstimate | undefined) | undefined;
      let weightedMeanOf: ((column: number) => WeightedMeanEstimate | undefined) | undefined;
      let texts: { group: string | null; answered: number; texts: string[] }[] | undefined;
      if (selected !== undefined && isFreeText(selected.q)) {
        texts = await textAnswers(
          store.db,
          { studyId: study.id, questionnaireIds: pool.map((i) => i.id) },
          { id: selected.q.id },
          by === undefined
            ? { kind: 'none' }
            : by === 'language'
              ? { kind: 'language' }
              : { kind: 'answer', questionId: groupingId },
          200,
        );
      } else if (selected !== undefined) {
        const grouping: Grouping =
          by === undefined
            ? { kind: 'none' }
            : by === 'language'
              ? { kind: 'language' }
              : { kind: 'answer', questionId: groupingId };
        // Weighted figures for top-level questions: items of a repeat group are not respondents, and
        // the weights and their variance are the respondents'.
        const inRepeat = selected.model.groupOf.get(selected.q.id) !== undefined;
        if (weighting !== undefined && c.req.query('weighted') === '1' && !inRepeat) {
          // The weighting variables, so that intervals allow for the raking (see calibratedMean).
          const calibration = Object.keys(weighting.margins as Record<string, unknown>).map(
            (name): WeightingVariable => (name === 'language' ? 'language' : { questionId: name }),
          );
          const scope = { studyId: study.id, questionnaireIds: pool.map((i) => i.id) };
          const design = await weightedDesign(store.db, study.id, calibration);
          const inColumn = (column: number) => (x: { group: string | null }) => {
            const g = result?.columns[column];
            return g === totalColumn || x.group === g;
          };
          if (selected.q.type === 'number') {
            const moments = await weightedNumberMoments(
              store.db,
              scope,
              { id: selected.q.id, part: selected.part },
              grouping,
              calibration,
            );
            weightedMeanOf = (column) =>
              weightedMeanEstimate({ moments: moments.filter(inColumn(column)), design });
          } else {
            const sums = await weightedCodeSums(
              store.db,
              scope,
              { id: selected.q.id, part: selected.part },
              grouping,
              calibration,
            );
            weightedOf = (code, column) => {
              const base = sums.filter((x) => x.code === null && inColumn(column)(x));
              const mine = code === null ? base : sums.filter((x) => x.code === code && inColumn(column)(x));
              return weightedEstimate({ code: mine, base, design });
            };
          }
        }
        result = await questionResult(
          store,
          { studyId: study.id, questionnaireIds: pool.map((i) => i.id) },
          selected.q,
          grouping,
          {
            k: settings.disclosureThreshold,
            part: selected.part,
            // Repeat-group questions: per item described, or per respondent (who gave it at least
            // once). Numbers are summarised over the items always.
            perItem: inRepeat && (c.req.query('unit') !== 'respondents' || selected.q.type === 'number'),
            inRepeat,
            ...(by !== undefined && by !== 'language' && 'choices' in by.q
              ? { groupOrder: by.q.choices.map((ch) => ch.code) }
              : {}),
          },
        );
      }
      const groupLabel = (code: string | null): string => {
        if (code === totalColumn) return t('console.results.total');
        if (code === null) return t('console.results.noAnswer');
        if (by === 'language') return languageName(code);
        if (by !== undefined && by.q.type === 'country') return countryName(t.lang, code);
        if (by !== undefined && 'choices' in by.q) {
          const choice = by.q.choices.find((ch) => ch.code === code);
          if (choice !== undefined) return text(choice.label, by.model);
        }
        return code;
      };
      const rowLabel = (code: string, missing: boolean): string => {
        if (missing)
          return code === 'dont_know' ? t('console.results.dontKnow') : t('console.results.preferNot');
        if (selected === undefined) return code;
        if (selected.q.type === 'country') return countryName(t.lang, code);
        if ('choices' in selected.q) {
          const choice = selected.q.choices.find((ch) => ch.code === code);
          if (choice !== undefined) return text(choice.label, selected.model);
        }
        return code;
      };
      const title = t('console.results.title');
      const release = await latestRelease(store.db, study.id);
      const releasing = await pendingStudyJob(store.db, releaseJobKind, study.id);
      const membership = c.get('membership');
      const mayPublish = membership !== undefined && grants[membership.role].includes('results.publish');
      return sendConsolePage(
        c,
        <ConsoleLayout frame={kit.studyFrame(c, study)} title={title}>
          <h1>{title}</h1>
          <p>{t('console.results.intro', { k: settings.disclosureThreshold })}</p>
          <p>
            <a href={`/console/s/${study.slug}/weights`}>{t('console.weights.link')}</a>
          </p>
          <section aria-labelledby="release-heading">
            <h2 id="release-heading">{t('console.results.public')}</h2>
            <p>
              {release === undefined
                ? t('console.results.notPublished')
                : t('console.results.published', {
                    date: formatDateTime(t.lang, release.releasedAt, study.time_zone),
                    name: release.releasedBy,
                  })}{' '}
              {release !== undefined && (
                <a href={`/${settings.fallbackLanguage}/s/${study.slug}/results`}>
                  {t('console.results.publicLink')}
                </a>
              )}
            </p>
            {releasing !== undefined && (
              <p class="notice" role="status">
                {t('console.results.releasing', {
                  date: formatDateTime(t.lang, releasing.runAt, study.time_zone),
                })}
              </p>
            )}
            {mayPublish && (
              <>
                <form method="post" action={`/console/s/${study.slug}/results/release`}>
                  <Csrf value={kit.csrfFor(c)} />
                  <p class="hint">{t('console.results.releaseHint')}</p>
                  <button type="submit" class="button">
                    {t('console.results.release')}
                  </button>
                </form>
                {release !== undefined && (
                  <form method="post" action={`/console/s/${study.slug}/results/withdraw`}>
                    <Csrf value={kit.csrfFor(c)} />
                    <button type="submit" class="button button-warning">
                      {t('console.results.withdraw')}
                    </button>
                  </form>
                )}
              </>
            )}
          </section>
          <form method="get" action={`/console/s/${study.slug}/results`} class="results-form">
            <div class="field">
              <label for="q">{t('console.study.questionnaire')}</label>
              <select id="q" name="q">
                <option value="">{t('console.results.allQuestionnaires')}</option>
                {instruments.map((i) => (
                  <option value={i.slug} selected={i.slug === chosen?.slug}>
                    {text(i.model.definition.title, i.model)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="question">{t('console.results.question')}</label>
              <select id="question" name="question">
                {[...questions].map(([key, { q, model, part }]) => (
                  <option value={key} selected={key === questionId}>
                    {`${variableOf(q)}${part === '' ? '' : `.${part}`}: ${clip(titleOf({ q, model, part }))}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="by">{t('console.results.by')}</label>
              <select id="by" name="by">
                <option value="">{t('console.results.noGrouping')}</option>
                {[...groupings].map(([id, entry]) => (
                  <option value={id} selected={id === groupingId}>
                    {entry === 'language'
                      ? t('console.results.language')
                      : `${variableOf(entry.q)}: ${clip(titleOf({ ...entry, part: '' }))}`}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="unit">{t('console.results.unit')}</label>
              <p class="hint" id="unit-hint">
                {t('console.results.unitHint')}
              </p>
              <select id="unit" name="unit" aria-describedby="unit-hint">
                <option value="items">{t('console.results.unitItems')}</option>
                <option value="respondents" selected={c.req.query('unit') === 'respondents'}>
                  {t('console.results.unitRespondents')}
                </option>
              </select>
            </div>
            {weighting !== undefined && (
              <div class="choice">
                <input
                  type="checkbox"
                  id="weighted"
                  name="weighted"
                  value="1"
                  checked={c.req.query('weighted') === '1'}
                />
                <label for="weighted">{t('console.results.weighted')}</label>
              </div>
            )}
            <div class="actions">
              <button type="submit" class="button">
                {t('console.results.show')}
              </button>
            </div>
          </form>
          {texts !== undefined && selected !== undefined && (
            <section aria-labelledby="texts-heading">
              <h2 id="texts-heading">{titleOf({ ...selected, part: '' })}</h2>
              <p class="hint">{t('console.results.textsNote', { k: settings.disclosureThreshold })}</p>
              {texts.map((g) => (
                <>
                  <h3>
                    {groupLabel(g.group ?? (by === undefined ? totalColumn : null))}{' '}
                    <span class="meta">({g.answered})</span>
                  </h3>
                  {g.answered < settings.disclosureThreshold ? (
                    <p>{t('console.results.textsHidden')}</p>
                  ) : (
                    <ul class="texts">
                      {g.texts.map((x) => (
                        <li>{x}</li>
                      ))}
                    </ul>
                  )}
                </>
              ))}
            </section>
          )}
          {result !== undefined && selected !== undefined && (
            <ConsoleResultTable
              t={t}
              result={result}
              caption={titleOf(selected)}
              groupLabel={groupLabel}
              rowLabel={rowLabel}
              weighted={weightedOf}
              weightedMean={weightedMeanOf}
            />
          )}
        </ConsoleLayout>,
      );
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/results/release',
    { kind: 'study', permission: 'results.publish' },
    async (c) => {
      await readConsoleForm(c, kit);
      const study = kit.studyOf(c);
      const principal = kit.principalOf(c);
      const by = { accountId: principal.account.id, name: principal.account.name };
      const plan = releasePlan(await studyModels(store, catalog, study));
      // A small study is released at once; a large one (minutes of audits) by the job queue.
      if (plan.tables <= options.releaseInlineTables)
        await makeRelease(store, catalog, study, by, options.now);
      else if ((await pendingStudyJob(store.db, releaseJobKind, study.id)) === undefined)
        await store.db.transaction().execute(async (trx) => {
          const now = options.now();
          await enqueueJob(trx, {
            kind: releaseJobKind,
            payload: { studyId: study.id, ...by },
            runAt: now,
            uniqueKey: `${releaseJobKind}:${study.id}:${now.getTime()}`,
            maxAttempts: 3,
          });
          await recordAudit(trx, {
            accountId: by.accountId,
            actor: by.name,
            studyId: study.id,
            action: 'results.releaseQueued',
            detail: { tables: plan.tables },
          });
        });
      return kit.redirect(c, `/console/s/${study.slug}/results`);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/results/withdraw',
    { kind: 'study', permission: 'results.publish' },
    async (c) => {
      await readConsoleForm(c, kit);
      const study = kit.studyOf(c);
      const principal = kit.principalOf(c);
      await store.db.transaction().execute(async (trx) => {
        const removed = await withdrawReleases(trx, study.id);
        await recordAudit(trx, {
          accountId: principal.account.id,
          actor: principal.account.name,
          studyId: study.id,
          action: 'results.withdraw',
          detail: { releases: removed },
        });
      });
      return kit.redirect(c, `/console/s/${study.slug}/results`);
    },
  );
}

/** Open answers: shown to researchers group by group, never published. */
const isFreeText = (q: Question) => q.type === 'text' || q.type === 'longtext';

const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 89)}…` : s);

/** The shared result table with the console's words, and the legend for `×`. */
function ConsoleResultTable(props: {
  t: ConsoleTranslate;
  result: QuestionResult;
  caption: string;
  groupLabel: (code: string | null) => string;
  rowLabel: (code: string, missing: boolean) => string;
  weighted?: ((code: string | null, column: number) => WeightedEstimate | undefined) | undefined;
  weightedMean?: ((column: number) => WeightedMeanEstimate | undefined) | undefined;
}) {
  const { t, result } = props;
  return (
    <section aria-labelledby="result-caption">
      <ResultTable
        id="result"
        lang={t.lang}
        result={result}
        caption={props.caption}
        words={{
          answer: t('console.results.answer'),
          base: t('console.results.base'),
          suppressed: t('console.results.suppressed'),
          unit:
            result.unit === 'items' ? t('console.results.unitItems') : t('console.results.unitRespondents'),
          mean: t('console.results.mean'),
          q1: t('console.results.q1'),
          median: t('console.results.median'),
          q3: t('console.results.q3'),
          effectiveBase: t('console.results.effectiveBase'),
          weightedMean: t('console.results.weightedMean'),
        }}
        column={props.groupLabel}
        row={props.rowLabel}
        weighted={props.weighted}
        weightedMean={props.weightedMean}
      />
      <p class="legend">
        <strong>{suppressedSymbol}</strong> {t('console.results.suppressed')}
      </p>
    </section>
  );
}

const variableOf = (q: Question) => ('variable' in q && q.variable !== undefined ? q.variable : q.id);
