import type { Hono } from 'hono';
import type { MarginIssue, WeightingProblem } from '../analysis/index.ts';
import { computeWeights, readMargins } from '../analysis/index.ts';
import { formatDateTime, formatNumber } from '../i18n/index.ts';
import type { Catalog } from '../respondent/index.ts';
import { MAX_COLUMNS, readCsvTable, uploadedText } from '../spreadsheet/index.ts';
import type { WeightingVariable } from '../store/index.ts';
import {
  listQuestionnaires,
  recordAudit,
  replaceWeights,
  studyWeighting,
  weightingUnits,
} from '../store/index.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import type { ConsoleTranslate } from './messages/index.ts';
import { maxUploadBytes, uploadTooLarge } from './uploads.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, IssueSummary, UploadForm } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/** The most rows a margins file may have: a row a category of each variable, a few hundred in practice. */
const maxMarginRows = 10_000;

/**
 * Weights from population margins: an analyst uploads the margins (variable, category, total),
 * every completed response gets a weight by post-stratification (one variable) or raking
 * (several), and the results page can show weighted percentages beside the unweighted counts.
 */
export function weightsRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { store } = kit.options;
  const rule = { kind: 'study', permission: 'results.view' } as const;

  /** The variables margins may name: the response language and top-level categorical answers. */
  const variablesOf = async (c: ConsoleContext) => {
    const study = kit.studyOf(c);
    const names = new Set<string>(['language']);
    for (const row of await listQuestionnaires(store.db, study.id)) {
      const ref = await catalog.find(study.slug, row.slug);
      if (ref === undefined) continue;
      for (const q of ref.model.questions.values())
        if (
          ['single', 'country', 'calculate', 'likert'].includes(q.type) &&
          ref.model.groupOf.get(q.id) === undefined
        )
          names.add(q.id);
    }
    return names;
  };

  const page = async (c: ConsoleContext, issues: FieldIssue[] = [], status: 200 | 422 = 200) => {
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const current = await studyWeighting(store.db, study.id);
    const margins = (current?.margins ?? {}) as Record<string, Record<string, number>>;
    const title = t('console.weights.title');
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study, [
          { href: `/console/s/${study.slug}/results`, label: t('console.results.title') },
        ])}
        title={title}
        hasErrors={issues.length > 0}
      >
        <h1>{title}</h1>
        <IssueSummary t={t} issues={issues} />
        <p>
          {current === undefined
            ? t('console.weights.none')
            : t('console.weights.current', {
                date: formatDateTime(t.lang, current.computedAt, study.time_zone),
                name: current.computedBy,
                count: current.respondents,
              })}
        </p>
        {current !== undefined && (
          <table class="table">
            <caption>{t('console.weights.margins')}</caption>
            <thead>
              <tr>
                <th scope="col">variable</th>
                <th scope="col">category</th>
                <th scope="col" class="numeric">
                  total
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(margins).flatMap(([variable, categories]) =>
                Object.entries(categories).map(([category, total]) => (
                  <tr>
                    <td>{variable}</td>
                    <td>{category}</td>
                    <td class="numeric">{total}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
        <p>{t('console.weights.hint', { variables: [...(await variablesOf(c))].join(', ') })}</p>
        <UploadForm
          action={`/console/s/${study.slug}/weights`}
          csrf={kit.csrfFor(c)}
          label={t('console.weights.upload')}
          accept=".csv"
          submit={t('console.weights.compute')}
        />
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/s/:study/weights', rule, (c) => page(c));

  kit.route(app, 'POST', '/console/s/:study/weights', rule, async (c) => {
    const form = await readConsoleForm(c, kit);
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const file = form.files.file;
    if (file === undefined) return page(c, [{ field: 'file', message: t('console.draft.noFile') }], 422);
    if (file.size > maxUploadBytes) return page(c, [{ field: 'file', message: uploadTooLarge(t) }], 422);
    const text = uploadedText(new Uint8Array(await file.arrayBuffer()));
    if (text === undefined)
      return page(c, [{ field: 'file', message: t('console.weights.unreadable') }], 422);
    // Margins are a row a category: a few hundred at most, however long the file.
    const table = readCsvTable(text, maxMarginRows, MAX_COLUMNS);
    if (table.tooWideAt !== undefined)
      return page(c, [{ field: 'file', message: t('console.weights.unreadable') }], 422);
    if (table.rows.length > maxMarginRows)
      return page(
        c,
        [{ field: 'file', message: t('console.weights.tooManyRows', { max: maxMarginRows }) }],
        422,
      );
    // Where a spreadsheet program saves CSV with semicolons, its decimal separator is the comma.
    const read = readMargins([table.header, ...table.rows.map((r) => r.cells)], {
      decimal: table.delimiter === ';' ? ',' : '.',
    });
    if (!read.ok)
      return page(
        c,
        read.issues.map((i) => ({ field: 'file', message: marginText(t, i) })),
        422,
      );
    const known = await variablesOf(c);
    const names = Object.keys(read.margins);
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length > 0)
      return page(
        c,
        [{ field: 'file', message: t('console.weights.unknownVariable', { variables: unknown.join(', ') }) }],
        422,
      );
    const variables: WeightingVariable[] = names.map((n) =>
      n === 'language' ? 'language' : { questionId: n },
    );
    const units = await weightingUnits(store.db, study.id, variables);
    const result = computeWeights(units, names, read.margins);
    if (!result.ok)
      return page(
        c,
        result.problems.map((p) => ({ field: 'file', message: problemText(t, p) })),
        422,
      );
    const principal = kit.principalOf(c);
    await store.db.transaction().execute(async (trx) => {
      await replaceWeights(trx, study.id, result.weights, {
        margins: read.margins,
        by: principal.account.name,
        now: kit.options.now(),
      });
      await recordAudit(trx, {
        accountId: principal.account.id,
        actor: principal.account.name,
        studyId: study.id,
        action: 'weights.compute',
        detail: { variables: names, respondents: result.weights.length },
      });
    });
    return kit.redirect(c, `/console/s/${study.slug}/weights`);
  });
}

function marginText(t: ConsoleTranslate, issue: MarginIssue): string {
  switch (issue.code) {
    case 'margins.header':
      return t('console.weights.header');
    case 'margins.empty':
      return t('console.contacts.empty');
    case 'margins.missing':
      return t('console.weights.missingValue', { row: issue.row, column: issue.column });
    case 'margins.total':
      return t('console.weights.badTotal', { row: issue.row, value: issue.detail });
    case 'margins.duplicate':
      return t('console.weights.duplicate', {
        row: issue.row,
        variable: issue.variable,
        category: issue.category,
      });
    case 'margins.unequalTotals':
      return t('console.weights.unequalTotals', {
        variable: issue.variable,
        sum: formatNumber(t.lang, issue.sum),
        first: issue.first,
        firstSum: formatNumber(t.lang, issue.firstSum),
      });
  }
}

function problemText(t: ConsoleTranslate, p: WeightingProblem): string {
  switch (p.code) {
    case 'weights.noRespondents':
      return t('console.weights.noRespondents');
    case 'weights.noValue':
      return t('console.weights.noValue', { variable: p.variable, count: p.count });
    case 'weights.emptyCategory':
      return t('console.weights.emptyCategory', { variable: p.variable, category: p.category });
    case 'weights.unknownCategory':
      return t('console.weights.unknownCategory', {
        variable: p.variable,
        category: p.category,
        count: p.count,
      });
  }
}
