import type { Hono } from 'hono';
import type { QuestionResult, ReleaseContent, ReleaseGrouping, ShownCell } from '../analysis/index.ts';
import { totalColumn } from '../analysis/index.ts';
import type { Translate } from '../i18n/index.ts';
import { countryName, formatDateTime, languageName } from '../i18n/index.ts';
import type { Model, Question } from '../questionnaire/index.ts';
import { questionTitle, resolveText } from '../questionnaire/index.ts';
import { findStudy, latestRelease } from '../store/index.ts';
import type { Ctx, Kit } from './kit.tsx';
import { problems } from './problem.ts';
import { sendPage } from './send-page.ts';
import type { Bar } from './views/charts.tsx';
import { BarChart } from './views/charts.tsx';
import { ResultTable, suppressedSymbol as suppressed } from './views/result-table.tsx';

const groupingKeys = [
  'none',
  'target_group',
  'language',
  'country',
] as const satisfies readonly ReleaseGrouping[];

type Filter = NonNullable<ReleaseContent['filters']>[number];

/** A filter as a URL has it, `country:DE`: grouping keys have no colon, so the first one splits. */
export const filterValue = (f: Filter) => `${f.grouping}:${f.group}`;

/**
 * A filter's view of one grouped table: the group's column exactly as it was protected with the
 * whole table (same counts, same suppressions, same percentages). Never a table protected on its
 * own, whose pattern could differ and be differenced against the grouped one (linked tables).
 */
export function groupColumn(result: QuestionResult, group: string): QuestionResult | undefined {
  const i = result.columns.indexOf(group);
  if (i < 0) return undefined;
  const only = <T,>(cells: readonly T[]): T[] => cells.slice(i, i + 1);
  return {
    ...result,
    columns: [group],
    bases: only(result.bases),
    rows: result.rows.map((row) => ({ ...row, cells: only(row.cells) })),
    ...(result.summaries === undefined ? {} : { summaries: only(result.summaries) }),
  };
}

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
    // Only the groups decided with the release (complement rule) can be asked for; anything else,
    // unknown or too small alike, gets the same refusal, so the answer tells nothing about a group.
    const requestedFilter = c.req.query('filter') ?? '';
    const filter: Filter | 'refused' | undefined =
      requestedFilter === ''
        ? undefined
        : ((content.filters ?? []).find((f) => filterValue(f) === requestedFilter) ?? 'refused');
    const lookup = new Map<string, { q: Question; model: Model }>();
    for (const { model } of scope.questionnaires)
      for (const q of model.questions.values()) if (!lookup.has(q.id)) lookup.set(q.id, { q, model });
    return { ...scope, release, content, by, filter, lookup };
  };
  type Loaded = Awaited<ReturnType<typeof load>>;

  /** The tables a request shows: a grouping's, or one group's column of them (a filter). */
  const shownTables = (l: Loaded, filter: Filter | undefined) => {
    const grouping = filter?.grouping ?? l.by;
    return l.content.tables.flatMap((x) => {
      if (x.grouping !== grouping || !l.lookup.has(x.questionId)) return [];
      const result = filter === undefined ? x.result : groupColumn(x.result, filter.group);
      return result === undefined ? [] : [{ ...x, result }];
    });
  };

  const labels = (l: Loaded) => {
    const { t, lang } = l;
    const text = (x: Parameters<typeof resolveText>[0], model: Model) =>
      resolveText(x, lang, model.definition.fallbackLanguage);
    const group = (grouping: ReleaseGrouping, code: string | null): string => {
      if (code === totalColumn) return t('results.total');
      if (code === null) return t('results.noAnswer');
      if (grouping === 'language') return languageName(code);
      if (grouping === 'country') return countryName(lang, code);
      // A target group is the questionnaire made for it (its code is the questionnaire's id).
      const questionnaire = l.questionnaires.find((q) => q.row.slug === code);
      if (grouping === 'target_group' && questionnaire !== undefined)
        return text(questionnaire.model.definition.title, questionnaire.model);
      return code;
    };
    const view = l.filter === undefined || l.filter === 'refused' ? l.by : l.filter.grouping;
    const column = (code: string | null): string => group(view, code);
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
    /** A question's title; a matrix has a table per row, titled with the row too. */
    const title = (question: Question, model: Model, part = '') =>
      questionTitle(question, part, lang, model.definition.fallbackLanguage);
    const grouping = (g: ReleaseGrouping): string =>
      t(
        g === 'none'
          ? 'results.byNone'
          : g === 'language'
            ? 'results.byLanguage'
            : g === 'country'
              ? 'results.byCountry'
              : 'results.byTargetGroup',
      );
    /** "Results for one group: Germany (Country)", for the page's title, heading and CSV. */
    const filtered = (f: Filter) =>
      t('results.titleFiltered', { group: group(f.grouping, f.group), grouping: grouping(f.grouping) });
    return { group, column, row, title, grouping, filtered };
  };

  /**
   * A group that may not be shown alone: 403 in the reader's language, with the way back. The
   * same for every such request, whatever the reason.
   */
  const refusal = (c: Ctx, l: Loaded) => {
    const { t, lang, study } = l;
    const title = t('results.refused.title');
    return sendPage(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        title,
        <>
          <h1>{title}</h1>
          <p>{t('results.refused.body')}</p>
          <p>
            <a href={`/${lang}/s/${study.slug}/results`}>{t('results.refused.back')}</a>
          </p>
        </>,
      ),
      403,
    );
  };

  app.get('/:lang{[a-z]{2}}/s/:study/results', async (c) => {
    const l = await load(c);
    const { t, lang, study, content, by, release, filter } = l;
    if (filter === 'refused') return refusal(c, l);
    const name = labels(l);
    const tables = shownTables(l, filter);
    // The current filter is the page's title and heading, so it is the first thing announced.
    const title = filter === undefined ? t('results.title') : name.filtered(filter);
    const base = `/${lang}/s/${study.slug}/results`;
    const filters = content.filters ?? [];
    const view = filter === undefined ? `by=${by}` : `filter=${encodeURIComponent(filterValue(filter))}`;
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
                  <option value={g} selected={filter === undefined && g === by}>
                    {name.grouping(g)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="button button-secondary">
              {t('results.show')}
            </button>
          </form>
          {filters.length > 0 && (
            <form method="get" action={base} class="results-form">
              <div class="field">
                <label for="filter">{t('results.filter')}</label>
                <div class="hint" id="filter-hint">
                  {t('results.filterHint')}
                </div>
                <select id="filter" name="filter" aria-describedby="filter-hint">
                  <option value="" selected={filter === undefined}>
                    {t('results.filterAll')}
                  </option>
                  {content.groupings.map((g) => {
                    const options = filterOptions(filters, g, (code) => name.group(g, code), lang);
                    return (
                      options.length > 0 && (
                        <optgroup label={name.grouping(g)}>
                          {options.map((o) => (
                            <option
                              value={o.value}
                              selected={filter !== undefined && filterValue(filter) === o.value}
                            >
                              {o.label}
                            </option>
                          ))}
                        </optgroup>
                      )
                    );
                  })}
                </select>
              </div>
              <button type="submit" class="button button-secondary">
                {t('results.show')}
              </button>
            </form>
          )}
          <p>
            <a href={`${base}.csv?${view}`} download>
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
                caption={
                  filter === undefined
                    ? name.title(q, model, x.result.part)
                    : `${name.title(q, model, x.result.part)} – ${name.group(filter.grouping, filter.group)}`
                }
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
    const { t, by, filter } = l;
    if (filter === 'refused') return refusal(c, l);
    const name = labels(l);
    // A filtered download says which group it holds before its tables.
    const lines: string[][] = filter === undefined ? [] : [[name.filtered(filter)], []];
    for (const x of shownTables(l, filter)) {
      const { q, model } = l.lookup.get(x.questionId)!;
      const r = x.result;
      const unit = r.unit === 'items' ? t('results.unitItems') : t('results.unitRespondents');
      lines.push([name.title(q, model, r.part), unit, ...r.columns.map(name.column)]);
      if (r.kind === 'number') {
        for (const [key, field] of summaryRows) {
          lines.push([
            '',
            t(key),
            ...(r.summaries ?? []).map((s) => (s.shown ? figure(s[field]) : suppressed)),
          ]);
        }
      } else {
        for (const row of r.rows)
          lines.push(['', name.row(q, model, row.code, row.missing), ...row.cells.map(csvCell)]);
        // A Likert scale's mean and median, as on the page.
        for (const [key, field] of summaryRows.filter(([, f]) => f === 'mean' || f === 'median'))
          if (r.summaries !== undefined)
            lines.push(['', t(key), ...r.summaries.map((s) => (s.shown ? figure(s[field]) : suppressed))]);
      }
      lines.push(['', t('results.base'), ...r.bases.map(csvCell)]);
      lines.push([]);
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    const view = filter === undefined ? by : `${filter.grouping}-${filter.group}`;
    c.header(
      'Content-Disposition',
      `attachment; filename="${l.study.slug}-results-${view.replace(/[^A-Za-z0-9_-]/g, '_')}.csv"`,
    );
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

/** A mean or quartile to one decimal, rounded as the page rounds it (half away from zero). */
const figures = new Intl.NumberFormat('en', {
  maximumFractionDigits: 1,
  useGrouping: false,
  signDisplay: 'negative',
});
const figure = (x: number) => figures.format(x);

/**
 * The groups of one grouping offered as filters, as select options: countries by their name in the
 * reader's language, other groupings in the order of their columns.
 */
function filterOptions(
  filters: readonly Filter[],
  grouping: ReleaseGrouping,
  label: (code: string) => string,
  lang: string,
): { value: string; label: string }[] {
  const options = filters
    .filter((f) => f.grouping === grouping)
    .map((f) => ({ value: filterValue(f), label: label(f.group) }));
  return grouping === 'country' ? options.sort((a, b) => a.label.localeCompare(b.label, lang)) : options;
}

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
  // The last column: the total, or in a filtered view the group's own (and only) column.
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
