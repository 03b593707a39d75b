import type { Hono } from 'hono';
import { formatDateTime, todayIn } from '../i18n/index.ts';
import { BarChart, readAsset, sendAsset } from '../respondent/index.ts';
import type {
  ExclusionReason,
  FlaggedResponse,
  MonitorScope,
  QuestionnaireRow,
  StudyRow,
} from '../store/index.ts';
import {
  breakdown,
  dropOff,
  excludeResponse,
  exclusionReasons,
  findQuestionnaire,
  findVersion,
  flagCounts,
  includeResponse,
  instrumentFigures,
  latestVersionId,
  perDay,
  recordAudit,
  responseFlags,
} from '../store/index.ts';
import { grants } from './access.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import type { ConsoleKey } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, IssueSummary } from './views/layout.tsx';
import {
  BreakdownSection,
  CrossSection,
  figureColumns,
  formats,
  instrumentCells,
  LiveControls,
  overviewFigures,
  PerDaySection,
} from './views/monitor.tsx';
import { sendConsolePage } from './views/send.ts';

export const monitorUrl = (study: string) => `/console/s/${study}/monitor`;

const reasonKey: Readonly<Record<ExclusionReason, ConsoleKey>> = {
  speeder: 'console.monitor.reason.speeder',
  straightlining: 'console.monitor.reason.straightlining',
  duplicate: 'console.monitor.reason.duplicate',
  honeypot: 'console.monitor.reason.honeypot',
  other: 'console.monitor.reason.other',
};

type Flag = 'speeder' | 'straightlining' | 'duplicate' | 'honeypot';
const flagKey: Readonly<Record<Flag, { name: ConsoleKey; hint: ConsoleKey }>> = {
  speeder: { name: 'console.monitor.flag.speeder', hint: 'console.monitor.flag.speederHint' },
  straightlining: {
    name: 'console.monitor.flag.straightlining',
    hint: 'console.monitor.flag.straightliningHint',
  },
  duplicate: { name: 'console.monitor.flag.duplicate', hint: 'console.monitor.flag.duplicateHint' },
  honeypot: { name: 'console.monitor.flag.honeypot', hint: 'console.monitor.flag.honeypotHint' },
};
const flags = Object.keys(flagKey) as Flag[];

const flagsOf = (r: FlaggedResponse): Flag[] =>
  flags.filter((f) => (f === 'straightlining' ? r.straightlined > 0 : r[f]));

const maxNote = 500;
const flagListLimit = 500;
const receiptPattern = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** The live-update script, served under a name carrying its hash (like /assets), from this module. */
const monitorScript = () =>
  readAsset(
    new URL('../respondent/assets/monitor.js', import.meta.url),
    (hash) => `/console/monitor.${hash}.js`,
    'text/javascript; charset=utf-8',
  );

/** The order respondents meet pages and repeat-group summaries in, from a stored definition. */
function stepOrder(definition: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (pages: unknown) => {
    if (!Array.isArray(pages)) return;
    for (const entry of pages) {
      if (entry === null || typeof entry !== 'object') continue;
      const e = entry as { id?: unknown; pages?: unknown };
      if (Array.isArray(e.pages)) walk(e.pages);
      if (typeof e.id === 'string' && !order.has(e.id)) order.set(e.id, order.size);
    }
  };
  walk((definition as { pages?: unknown } | null)?.pages);
  return order;
}

interface DetailState {
  readonly issues?: readonly FieldIssue[];
  readonly values?: Readonly<Record<string, string>>;
}

export function monitorRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { options } = kit;
  const { store } = options;
  const script = monitorScript();

  kit.route(app, 'GET', script.path, { kind: 'public' }, (c) => sendAsset(c, script));

  const questionnaireOf = async (c: ConsoleContext): Promise<{ study: StudyRow; q: QuestionnaireRow }> => {
    const study = kit.studyOf(c);
    const q = await findQuestionnaire(store.db, study.id, c.req.param('q') ?? '');
    if (q === undefined) throw ConsoleProblem.notFound();
    return { study, q };
  };
  const mayExclude = (c: ConsoleContext) => {
    const membership = c.get('membership');
    return membership !== undefined && grants[membership.role].includes('distribution.manage');
  };
  const closingDay = (q: { closesAt: Date | null } | undefined, zone: string) =>
    q?.closesAt == null ? undefined : todayIn(zone, q.closesAt);
  const json = (c: ConsoleContext, body: unknown) => {
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  };

  /** Shared by the pages and their JSON: what the database says now. */
  const figuresOf = async (study: StudyRow, scope: MonitorScope) => {
    const [instruments, rows, days] = await Promise.all([
      instrumentFigures(store.db, scope),
      breakdown(store.db, scope),
      perDay(store.db, scope, study.time_zone),
    ]);
    return { instruments, breakdown: rows, perDay: days };
  };

  // Pieces of both pages

  kit.route(
    app,
    'GET',
    '/console/s/:study/monitor',
    { kind: 'study', permission: 'monitor.view' },
    async (c) => {
      const study = kit.studyOf(c);
      const t = kit.t(c);
      const base = monitorUrl(study.slug);
      const data = await figuresOf(study, { studyId: study.id });
      const cells = overviewFigures(t, data.instruments);
      const zone = study.time_zone;
      // Questionnaires may close on different days: the chart marks the last.
      const closesAt =
        data.instruments
          .map((f) => f.closesAt)
          .filter((d): d is Date => d !== null)
          .sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
      return sendConsolePage(
        c,
        <ConsoleLayout frame={kit.studyFrame(c, study)} title={t('console.monitor.title')}>
          <h1>{t('console.monitor.title')}</h1>
          <p>{t('console.monitor.intro', { zone })}</p>
          <LiveControls t={t} source={`${base}.json`} />
          <table class="table" id="instruments">
            <caption>{t('console.monitor.instruments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.monitor.instrument')}</th>
                <th scope="col">{t('console.monitor.closes')}</th>
                {figureColumns.map(([, key]) => (
                  <th scope="col" class="numeric">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.instruments.map((f) => (
                <tr>
                  <th scope="row">
                    <a href={`${base}/${f.slug}`}>
                      {f.slug}
                      <span class="visually-hidden">
                        {' '}
                        ({t('console.monitor.details', { questionnaire: f.slug })})
                      </span>
                    </a>
                  </th>
                  <td>
                    {f.closesAt === null
                      ? t('console.monitor.noClosing')
                      : formatDateTime(t.lang, f.closesAt, zone)}
                  </td>
                  {figureColumns.map(([name]) => (
                    <td class="numeric" data-figure={`${f.slug}.${name}`}>
                      {cells[`${f.slug}.${name}`]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <BreakdownSection t={t} id="by-group" level="targetGroup" rows={data.breakdown} />
          <BreakdownSection t={t} id="by-country" level="country" rows={data.breakdown} />
          <BreakdownSection t={t} id="by-language" level="language" rows={data.breakdown} />
          <CrossSection t={t} rows={data.breakdown} />
          <PerDaySection now={options.now()} t={t} study={study} rows={data.perDay} closesAt={closesAt} />
          <script src={script.path} defer />
        </ConsoleLayout>,
      );
    },
  );

  kit.route(
    app,
    'GET',
    '/console/s/:study/monitor.json',
    { kind: 'study', permission: 'monitor.view' },
    async (c) => {
      const study = kit.studyOf(c);
      const t = kit.t(c);
      const data = await figuresOf(study, { studyId: study.id });
      return json(c, {
        study: study.slug,
        timeZone: study.time_zone,
        at: options.now().toISOString(),
        ...data,
        figures: overviewFigures(t, data.instruments),
      });
    },
  );

  // One questionnaire

  const detailData = async (study: StudyRow, q: QuestionnaireRow) => {
    const scope = { studyId: study.id, questionnaireId: q.id };
    const data = await figuresOf(study, scope);
    const steps = await dropOff(store.db, scope);
    const versionId = await latestVersionId(store.db, q.id);
    const version = versionId === undefined ? undefined : await findVersion(store.db, versionId);
    const order = stepOrder(version?.definition);
    const sorted = [...steps].sort(
      (a, b) =>
        (order.get(a.step) ?? order.size) - (order.get(b.step) ?? order.size) || (a.step < b.step ? -1 : 1),
    );
    return { ...data, dropOff: sorted };
  };

  const detailPage = async (c: ConsoleContext, state: DetailState = {}, status: 200 | 422 = 200) => {
    const { study, q } = await questionnaireOf(c);
    const t = kit.t(c);
    const fmt = formats(t.lang);
    const zone = study.time_zone;
    const base = `${monitorUrl(study.slug)}/${q.slug}`;
    const scope = { studyId: study.id, questionnaireId: q.id };
    const data = await detailData(study, q);
    const [counts, flagged] = await Promise.all([
      flagCounts(store.db, scope),
      responseFlags(store.db, scope, { limit: flagListLimit }),
    ]);
    const figures = data.instruments[0];
    const cells = figures === undefined ? {} : instrumentCells(t, figures, '');
    const canExclude = mayExclude(c);
    const csrf = kit.csrfFor(c);
    const issues = state.issues ?? [];
    const excluded = c.req.query('excluded');
    const included = c.req.query('included');
    const median = figures?.medianSeconds ?? null;
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study, [
          { href: monitorUrl(study.slug), label: t('console.monitor.title') },
        ])}
        title={`${q.slug}: ${t('console.monitor.title')}`}
        hasErrors={issues.length > 0}
      >
        <h1>
          {q.slug}: {t('console.monitor.title')}
        </h1>
        <IssueSummary t={t} issues={issues} />
        {excluded !== undefined && receiptPattern.test(excluded) && (
          <div class="panel" role="status">
            <p>{t('console.monitor.saved.excluded', { receipt: excluded })}</p>
          </div>
        )}
        {included !== undefined && receiptPattern.test(included) && (
          <div class="panel" role="status">
            <p>{t('console.monitor.saved.included', { receipt: included })}</p>
          </div>
        )}
        <p>{t('console.monitor.intro', { zone })}</p>
        <LiveControls t={t} source={`${base}/figures.json`} />
        <table class="table" id="figures">
          <caption>{t('console.monitor.instruments')}</caption>
          <tbody>
            {figureColumns.map(([name, key]) => (
              <tr>
                <th scope="row">{t(key)}</th>
                <td class="numeric" data-figure={name}>
                  {cells[name]}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <BreakdownSection t={t} id="by-country" level="country" rows={data.breakdown} />
        <BreakdownSection t={t} id="by-language" level="language" rows={data.breakdown} />
        <CrossSection t={t} rows={data.breakdown} />

        <section aria-labelledby="drop-off-heading">
          <h2 id="drop-off-heading">{t('console.monitor.dropOff')}</h2>
          <p>{t('console.monitor.dropOffIntro')}</p>
          {data.dropOff.length === 0 ? (
            <p>{t('console.monitor.noPartial')}</p>
          ) : (
            <>
              <BarChart
                id="drop-off-chart"
                title={t('console.monitor.dropOff')}
                description={t('console.monitor.dropOffIntro')}
                bars={data.dropOff.map((s) => ({ label: s.step, value: s.partial }))}
              />
              <table class="table" id="drop-off-table">
                <caption>{t('console.monitor.dropOff')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.monitor.page')}</th>
                    <th scope="col" class="numeric">
                      {t('console.monitor.partial')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.dropOff.map((s) => (
                    <tr>
                      <th scope="row">
                        <code>{s.step}</code>
                      </th>
                      <td class="numeric">{s.partial}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>

        <PerDaySection now={options.now()} t={t} study={study} rows={data.perDay} closesAt={q.closes_at} />

        <section aria-labelledby="flags-heading">
          <h2 id="flags-heading">{t('console.monitor.flags')}</h2>
          <p>{t('console.monitor.flagsIntro')}</p>
          <table class="table" id="flag-counts">
            <caption>{t('console.monitor.flagCount')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.monitor.flagsColumn')}</th>
                <th scope="col" class="numeric">
                  {t('console.monitor.flagCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {flags.map((f) => (
                <tr>
                  <th scope="row">
                    {t(flagKey[f].name)}
                    <span class="meta">
                      {' '}
                      (
                      {t(flagKey[f].hint, {
                        minutes: median === null ? '–' : fmt.minutes(median / 3),
                      })}
                      )
                    </span>
                  </th>
                  <td class="numeric">{counts[f]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('console.monitor.excluded')}</th>
                <td class="numeric">{counts.excluded}</td>
              </tr>
            </tbody>
          </table>
          {flagged.length === 0 ? (
            <p>{t('console.monitor.noFlags')}</p>
          ) : (
            <table class="table" id="flags">
              <caption class="visually-hidden">{t('console.monitor.flags')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.monitor.receipt')}</th>
                  <th scope="col">{t('console.monitor.flagsColumn')}</th>
                  <th scope="col" class="numeric">
                    {t('console.monitor.duration')}
                  </th>
                  <th scope="col">{t('console.monitor.status')}</th>
                  {canExclude && <th scope="col">{t('console.monitor.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {flagged.map((r) => {
                  const own = flagsOf(r);
                  const id = r.receipt;
                  const chosen =
                    state.values?.receipt === r.receipt ? state.values.reason : (own[0] ?? 'other');
                  const error = issues.find((i) => i.field === `reason-${id}`)?.message;
                  return (
                    <tr id={`response-${id}`}>
                      <th scope="row">
                        <code>{r.receipt}</code>
                      </th>
                      <td>
                        <ul class="flag-list">
                          {own.map((f) => (
                            <li data-flag={f}>{t(flagKey[f].name)}</li>
                          ))}
                        </ul>
                      </td>
                      <td class="numeric">
                        {t('console.monitor.minutes', { minutes: fmt.minutes(r.seconds) })}
                      </td>
                      <td>
                        {r.exclusion === undefined ? (
                          t('console.monitor.inAnalysis')
                        ) : (
                          <>
                            <strong>
                              {t('console.monitor.excludedBecause', {
                                reason: t(reasonKey[r.exclusion.reason]),
                              })}
                            </strong>
                            {r.exclusion.note !== null && <p>{r.exclusion.note}</p>}
                            <p class="meta">
                              {t('console.monitor.excludedBy', {
                                who: r.exclusion.by ?? '',
                                when: formatDateTime(t.lang, r.exclusion.at, zone),
                              })}
                            </p>
                          </>
                        )}
                      </td>
                      {canExclude && (
                        <td>
                          {r.exclusion === undefined ? (
                            <form method="post" action={`${base}/exclusions`} novalidate>
                              <Csrf value={csrf} />
                              <input type="hidden" name="receipt" value={r.receipt} />
                              <div class={error === undefined ? 'field' : 'field field-error'}>
                                <label for={`reason-${id}`}>
                                  {t('console.monitor.reason')}
                                  <span class="visually-hidden"> {r.receipt}</span>
                                </label>
                                {error !== undefined && (
                                  <p class="error-message" id={`reason-${id}-error`}>
                                    {error}
                                  </p>
                                )}
                                <select
                                  id={`reason-${id}`}
                                  name="reason"
                                  aria-describedby={error === undefined ? undefined : `reason-${id}-error`}
                                >
                                  {exclusionReasons.map((reason) => (
                                    <option value={reason} selected={chosen === reason}>
                                      {t(reasonKey[reason])}
                                    </option>
                                  ))}
                                </select>
                              </div>
                              <div class="field">
                                <label for={`note-${id}`}>
                                  {t('console.monitor.note')}
                                  <span class="visually-hidden"> {r.receipt}</span>
                                </label>
                                <input
                                  id={`note-${id}`}
                                  name="note"
                                  type="text"
                                  maxlength={maxNote}
                                  autocomplete="off"
                                  value={state.values?.receipt === r.receipt ? state.values.note : undefined}
                                />
                              </div>
                              <button type="submit" class="button button-secondary">
                                {t('console.monitor.exclude')}
                                <span class="visually-hidden"> {r.receipt}</span>
                              </button>
                            </form>
                          ) : (
                            <form method="post" action={`${base}/inclusions`}>
                              <Csrf value={csrf} />
                              <input type="hidden" name="receipt" value={r.receipt} />
                              <button type="submit" class="button button-secondary">
                                {t('console.monitor.include')}
                                <span class="visually-hidden"> {r.receipt}</span>
                              </button>
                            </form>
                          )}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {flagged.length >= flagListLimit && (
            <p>{t('console.monitor.listLimited', { count: flagListLimit })}</p>
          )}
        </section>
        <script src={script.path} defer />
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/s/:study/monitor/:q', { kind: 'study', permission: 'monitor.view' }, (c) =>
    detailPage(c),
  );

  kit.route(
    app,
    'GET',
    '/console/s/:study/monitor/:q/figures.json',
    { kind: 'study', permission: 'monitor.view' },
    async (c) => {
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const data = await detailData(study, q);
      const figures = data.instruments[0];
      return json(c, {
        study: study.slug,
        questionnaire: q.slug,
        timeZone: study.time_zone,
        at: options.now().toISOString(),
        closingDay: closingDay(figures, study.time_zone) ?? null,
        ...data,
        figures: figures === undefined ? {} : instrumentCells(t, figures, ''),
      });
    },
  );

  const actorOf = (c: ConsoleContext) => {
    const p = kit.principalOf(c);
    return { accountId: p.account.id, actor: p.account.name };
  };

  kit.route(
    app,
    'POST',
    '/console/s/:study/monitor/:q/exclusions',
    { kind: 'study', permission: 'distribution.manage' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const receipt = form.value('receipt').toUpperCase().slice(0, 20);
      const reason = form.value('reason');
      const note = form.value('note');
      const values = { receipt, reason, note };
      const issues: FieldIssue[] = [];
      if (!(exclusionReasons as readonly string[]).includes(reason))
        issues.push({ field: `reason-${receipt}`, message: t('console.monitor.reasonInvalid') });
      if (note.length > maxNote)
        issues.push({
          field: `note-${receipt}`,
          message: t('console.monitor.noteTooLong', { max: maxNote }),
        });
      if (issues.length > 0) return detailPage(c, { issues, values }, 422);
      const { accountId, actor } = actorOf(c);
      const done = await store.db.transaction().execute(async (trx) => {
        const found = await excludeResponse(trx, {
          questionnaireId: q.id,
          receipt,
          reason: reason as ExclusionReason,
          note: note === '' ? null : note,
          by: actor,
          at: options.now(),
        });
        if (!found) return false;
        await recordAudit(trx, {
          accountId,
          actor,
          studyId: study.id,
          action: 'response.exclude',
          detail: { questionnaire: q.slug, receipt, reason },
        });
        return true;
      });
      if (!done)
        return detailPage(
          c,
          { issues: [{ field: '', message: t('console.monitor.receiptUnknown') }], values },
          422,
        );
      return kit.redirect(
        c,
        `${monitorUrl(study.slug)}/${q.slug}?excluded=${encodeURIComponent(receipt)}#flags-heading`,
      );
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/monitor/:q/inclusions',
    { kind: 'study', permission: 'distribution.manage' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const receipt = form.value('receipt').toUpperCase().slice(0, 20);
      const { accountId, actor } = actorOf(c);
      const previous = await store.db.transaction().execute(async (trx) => {
        const reason = await includeResponse(trx, q.id, receipt);
        if (reason !== undefined && reason !== null)
          await recordAudit(trx, {
            accountId,
            actor,
            studyId: study.id,
            action: 'response.include',
            detail: { questionnaire: q.slug, receipt, reason },
          });
        return reason;
      });
      if (previous === undefined)
        return detailPage(
          c,
          { issues: [{ field: '', message: t('console.monitor.receiptUnknown') }], values: { receipt } },
          422,
        );
      // Not excluded (a form sent twice): nothing changed, nothing to say.
      if (previous === null) return kit.redirect(c, `${monitorUrl(study.slug)}/${q.slug}#flags-heading`);
      return kit.redirect(
        c,
        `${monitorUrl(study.slug)}/${q.slug}?included=${encodeURIComponent(receipt)}#flags-heading`,
      );
    },
  );
}
