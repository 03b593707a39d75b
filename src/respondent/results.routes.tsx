import type { Hono } from 'hono';
import type { QuestionResult, ReleaseContent, ReleaseGrouping, ShownCell } from '../analysis/index.ts';
import { totalColumn } from '../analysis/index.ts';
import type { Translate } from '../i18n/index.ts';
import { countryName, formatDateTime, languageName } from '../i18n/index.ts';
import type { Model, Question } from '../questionnaire/index.ts';
import { labelOf, resolveText } from '../questionnaire/index.ts';
import { findStudy, latestRelease } from '../store/index.ts';
import type { Ctx, Kit } from './kit.tsx';
import { problems } from './problem.ts';
import type { Bar } from './views/charts.tsx';
import { BarChart } from './views/charts.tsx';
import { ResultTable, suppressedSymbol as suppressed } from './views/result-table.tsx';

const groupingKeys = ['none', 'target_group', 'language'] as const satisfies readonly ReleaseGrouping[];

/**
 * The public results of a study, once its owner has released them: every table as it was
 * protected at release time, in the reader's language, with a CSV of what is on the page.
 */
export function resultsRoutes(app: Hono, kit: Kit): void {
  const { render, studyScope, studyFrame, store } = kit;

  const load = async (c: Ctx) => {
    const scope = await studyScope(c);
    const row = await findStudy(store.db, scope.study.slug);
    const release = row === undefined ? undefined : await latestRelease(store.db, row.id);
    if (release === undefined) throw problems.notFound();
    const content = release.content as ReleaseContent;
    const requested = c.req.query('by') ?? 'none';
    const by =
      (groupingKeys as readonly string[]).includes(requested) &&
      content.groupings.includes(requested as ReleaseGrouping)
        ? (requested as ReleaseGrouping)
        : 'none';
    const lookup = new Map<string, { q: Question; model: Model }>();
    for (const { model } of scope.questionnaires)
      for (const q of model.questions.values()) if (!lookup.has(q.id)) lookup.set(q.id, { q, model });
    return { ...scope, release, content, by, lookup };
  };
  type Loaded = Awaited<ReturnType<typeof load>>;

  const labels = (l: Loaded) => {
    const { t, lang, by } = l;
    const text = (x: Parameters<typeof resolveText>[0], model: Model) =>
      resolveText(x, lang, model.definition.fallbackLanguage);
    const column = (code: string | null): string => {
      if (code === totalColumn) return t('results.total');
      if (code === null) return t('results.noAnswer');
      if (by === 'language') return languageName(code);
      // A target group is the questionnaire made for it (its code is the questionnaire's id).
      const questionnaire = l.questionnaires.find((q) => q.row.slug === code);
      if (by === 'target_group' && questionnaire !== undefined)
        return text(questionnaire.model.definition.title, questionnaire.model);
      return code;
    };
    const row = (question: Question, model: Model, code: string, missing: boolean): string => {
      if (missing)
        return code === 'dont_know' ? t('page.missing.dont_know') : t('page.missing.prefer_not_to_say');
      if (question.type === 'country') return countryName(lang, code);
      if ('choices' in question) {
        const choice = question.choices.find((ch) => ch.code === code);
        if (choice !== undefined) return text(choice.label, model);
      }
      return code;
    };
    const title = (question: Question, model: Model) => text(labelOf(question), model);
    return { column, row, title };
  };

  app.get('/:lang{[a-z]{2}}/s/:study/results', async (c) => {
    const l = await load(c);
    const { t, lang, study, content, by, release } = l;
    const name = labels(l);
    const tables = content.tables.filter((x) => x.grouping === by && l.lookup.has(x.questionId));
    const title = t('results.title');
    const base = `/${lang}/s/${study.slug}/results`;
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        title,
        <>
          <h1>{title}</h1>
          <p>
            {t('results.intro', {
              date: formatDateTime(lang, release.releasedAt, study.timeZone),
              k: content.threshold,
            })}
          </p>
          <form method="get" action={base} class="results-form">
            <div class="field">
              <label for="by">{t('results.by')}</label>
              <select id="by" name="by">
                {content.groupings.map((g) => (
                  <option value={g} selected={g === by}>
                    {t(
                      g === 'none'
                        ? 'results.byNone'
                        : g === 'language'
                          ? 'results.byLanguage'
                          : 'results.byTargetGroup',
                    )}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button button-secondary">
              {t('results.show')}
            </button>
          </form>
          <p>
            <a href={`${base}.csv?by=${by}`} download>
              {t('results.csv')}
            </a>
          </p>
          <p class="legend">
            <strong>{suppressed}</strong> {t('results.suppressed')}
          </p>
          {tables.map((x, i) => {
            const { q, model } = l.lookup.get(x.questionId)!;
            return (
              <PublicResult
                t={t}
                lang={lang}
                id={`t${i}`}
                result={x.result}
                caption={name.title(q, model)}
                column={name.column}
                row={(code, missing) => name.row(q, model, code, missing)}
              />
            );
          })}
        </>,
      ),
    );
  });

  app.get('/:lang{[a-z]{2}}/s/:study/results.csv', async (c) => {
    const l = await load(c);
    const { t, content, by } = l;
    const name = labels(l);
    const lines: string[][] = [];
    for (const x of content.tables.filter(
      (table) => table.grouping === by && l.lookup.has(table.questionId),
    )) {
      const { q, model } = l.lookup.get(x.questionId)!;
      const r = x.result;
      const unit = r.unit === 'items' ? t('results.unitItems') : t('results.unitRespondents');
      lines.push([name.title(q, model), unit, ...r.columns.map(name.column)]);
      if (r.kind === 'number') {
        for (const [key, field] of summaryRows) {
          lines.push([
            '',
            t(key),
            ...(r.summaries ?? []).map((s) => (s.shown ? String(s[field]) : suppressed)),
          ]);
        }
      } else {
        for (const row of r.rows)
          lines.push(['', name.row(q, model, row.code, row.missing), ...row.cells.map(csvCell)]);
      }
      lines.push(['', t('results.base'), ...r.bases.map(csvCell)]);
      lines.push([]);
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${l.study.slug}-results-${by}.csv"`);
    return c.body(`\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`);
  });
}

const summaryRows = [
  ['results.mean', 'mean'],
  ['results.q1', 'q1'],
  ['results.median', 'median'],
  ['results.q3', 'q3'],
] as const;

const csvCell = (c: ShownCell) => (c.shown ? String(c.n) : suppressed);

/** RFC 4180 quoting, and a leading quote on anything a spreadsheet would read as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function PublicResult(props: {
  t: Translate;
  lang: string;
  id: string;
  result: QuestionResult;
  caption: string;
  column: (code: string | null) => string;
  row: (code: string, missing: boolean) => string;
}) {
  const { t, result } = props;
  const number = new Intl.NumberFormat(props.lang, { maximumFractionDigits: 1 });
  const total = result.columns.length - 1;
  const bars: Bar[] =
    result.kind === 'number'
      ? []
      : result.rows
          .filter((row) => !row.missing)
          .flatMap((row) => {
            const c = row.cells[total];
            return c?.shown && c.percent !== null
              ? [
                  {
                    label: props.row(row.code, false),
                    value: c.percent,
                    text: `${number.format(c.percent)} %`,
                  },
                ]
              : [];
          });
  const hidden = result.rows.filter((row) => !row.missing && !row.cells[total]?.shown).length;
  return (
    <section aria-labelledby={`${props.id}-caption`} class="result">
      {bars.length > 0 && (
        <BarChart
          id={`${props.id}-chart`}
          title={props.caption}
          description={`${t('results.chartDescription')}${hidden > 0 ? ` ${t('results.chartHidden', { count: hidden })}` : ''}`}
          bars={bars}
        />
      )}
      <ResultTable
        id={props.id}
        lang={props.lang}
        result={result}
        caption={props.caption}
        words={{
          answer: t('results.answer'),
          base: t('results.base'),
          suppressed: t('results.suppressed'),
          unit: result.unit === 'items' ? t('results.unitItems') : t('results.unitRespondents'),
          mean: t('results.mean'),
          q1: t('results.q1'),
          median: t('results.median'),
          q3: t('results.q3'),
          effectiveBase: '',
        }}
        column={props.column}
        row={props.row}
      />
    </section>
  );
}
