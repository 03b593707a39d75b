import type { Hono } from 'hono';
import { formatDateTime, languageName, translator } from '../i18n/index.ts';
import type { Page, Question, RepeatGroup } from '../questionnaire/index.ts';
import { compile, parseDefinition, resolveText } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import { QuestionView, scheduleAt } from '../respondent/index.ts';
import type { QuestionnaireRow, StudyRow } from '../store/index.ts';
import {
  deleteDraft,
  ensureQuestionnaire,
  findDraft,
  findQuestionnaire,
  findVersionByNumber,
  listVersions,
  parseRowId,
  recordAudit,
} from '../store/index.ts';
import { grants } from './access.ts';
import { diffDefinitions } from './diff.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { diffKey, savedKey, statusKey } from './labels.ts';
import {
  changeSchedule,
  closeNow,
  definitionIssueSentence,
  idIssueTexts,
  inScheduleRange,
  publishDraft,
  publishProblemText,
  scheduleYears,
} from './lifecycle.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import { questionnaireUrl } from './studies.routes.tsx';
import { draftOrLatest, languageReport, saveDraftWithSources } from './translation-state.ts';
import { readUpload, writeXlsForm } from './uploads.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary, UploadForm } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';
import { fromZoned, isTimeZone, toZoned } from './zoned-time.ts';

interface PageState {
  readonly scheduleIssues?: readonly FieldIssue[];
  readonly uploadIssues?: readonly string[];
  readonly publishIssues?: readonly string[];
  readonly values?: Readonly<Record<string, string>>;
  readonly saved?: string | undefined;
}

export function questionnaireRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { options } = kit;
  const { store } = options;

  const actorOf = (c: ConsoleContext) => {
    const p = kit.principalOf(c);
    return { accountId: p.account.id, actor: p.account.name };
  };
  const questionnaireOf = async (c: ConsoleContext): Promise<{ study: StudyRow; q: QuestionnaireRow }> => {
    const study = kit.studyOf(c);
    const q = await findQuestionnaire(store.db, study.id, c.req.param('q') ?? '');
    if (q === undefined) throw ConsoleProblem.notFound();
    return { study, q };
  };

  const page = async (c: ConsoleContext, state: PageState = {}, status: 200 | 422 = 200) => {
    const { study, q } = await questionnaireOf(c);
    const t = kit.t(c);
    const membership = c.get('membership')!;
    const may = (p: (typeof grants)['owner'][number]) => grants[membership.role].includes(p);
    const csrf = kit.csrfFor(c);
    const base = questionnaireUrl(study.slug, q.slug);
    const versions = await listVersions(store.db, q.id);
    const draft = await findDraft(store.db, q.id);
    const parsedDraft = draft === undefined ? undefined : parseDefinition(draft.definition, t.lang);
    const zone = study.time_zone;
    const opens = q.opens_at === null ? undefined : toZoned(q.opens_at, zone);
    const closes = q.closes_at === null ? undefined : toZoned(q.closes_at, zone);
    const v = state.values ?? {};
    const err = (field: string) => state.scheduleIssues?.find((i) => i.field === field)?.message;
    const current = await draftOrLatest(store, q.id);
    const languages =
      current === undefined ? [] : languageReport(current.definition, await current.sources());
    const allIssues: FieldIssue[] = [
      ...(state.scheduleIssues ?? []),
      ...(state.uploadIssues ?? []).map((message) => ({ field: 'file', message })),
      ...(state.publishIssues ?? []).map((message) => ({ field: '', message })),
    ];
    return sendConsolePage(
      c,
      <ConsoleLayout frame={kit.studyFrame(c, study)} title={q.slug} hasErrors={allIssues.length > 0}>
        <h1>{q.slug}</h1>
        <IssueSummary t={t} issues={allIssues} />
        {state.saved !== undefined && (
          <div class="panel" role="status">
            <p>{t(savedKey[state.saved] ?? 'console.saved.draft')}</p>
          </div>
        )}
        <p>
          {t('console.study.status')}: <strong>{t(statusKey[scheduleAt(q, options.now())])}</strong>
        </p>

        <h2 id="schedule">{t('console.schedule.title')}</h2>
        {may('study.schedule') ? (
          <>
            <form method="post" action={`${base}/schedule`} novalidate>
              <Csrf value={csrf} />
              <WhenFields
                t={t}
                which="opens"
                value={{ date: v.opens_date ?? opens?.date ?? '', time: v.opens_time ?? opens?.time ?? '' }}
                error={err('opens_date')}
              />
              <WhenFields
                t={t}
                which="closes"
                value={{
                  date: v.closes_date ?? closes?.date ?? '',
                  time: v.closes_time ?? closes?.time ?? '',
                }}
                error={err('closes_date')}
              />
              <Field
                id="zone"
                label={t('console.schedule.zone')}
                hint={t('console.schedule.zoneHint')}
                value={v.zone ?? zone}
                error={err('zone')}
              />
              <div class="actions">
                <button type="submit" class="button">
                  {t('console.schedule.save')}
                </button>
              </div>
            </form>
            {scheduleAt(q, options.now()) === 'open' && (
              <form method="post" action={`${base}/close`}>
                <Csrf value={csrf} />
                <button type="submit" class="button button-warning">
                  {t('console.schedule.closeNow')}
                </button>
              </form>
            )}
          </>
        ) : (
          <dl class="answers">
            <dt>{t('console.schedule.opens')}</dt>
            <dd>
              {q.opens_at === null ? t('console.schedule.none') : formatDateTime(t.lang, q.opens_at, zone)}
            </dd>
            <dt>{t('console.schedule.closes')}</dt>
            <dd>
              {q.closes_at === null ? t('console.schedule.none') : formatDateTime(t.lang, q.closes_at, zone)}
            </dd>
          </dl>
        )}

        <h2 id="versions">{t('console.versions.title')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('console.versions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.versions.number')}</th>
              <th scope="col">{t('console.versions.published')}</th>
              <th scope="col" class="numeric">
                {t('console.versions.responses')}
              </th>
              <th scope="col">{t('console.versions.files')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((ver, i) => (
              <tr>
                <th scope="row">{ver.number}</th>
                <td>{formatDateTime(t.lang, ver.published_at, zone)}</td>
                <td class="numeric">{ver.responses}</td>
                <td>
                  <ul class="inline-links">
                    <li>
                      <a href={`${base}/versions/${ver.number}.xlsx`}>
                        XLSForm
                        <span class="visually-hidden">
                          {' '}
                          {t('console.versions.number')} {ver.number}
                        </span>
                      </a>
                    </li>
                    <li>
                      <a href={`${base}/versions/${ver.number}.json`}>
                        JSON
                        <span class="visually-hidden">
                          {' '}
                          {t('console.versions.number')} {ver.number}
                        </span>
                      </a>
                    </li>
                    {versions[i + 1] !== undefined && (
                      <li>
                        <a href={`${base}/diff?from=${versions[i + 1]!.number}&to=${ver.number}`}>
                          {t('console.versions.changes', { from: versions[i + 1]!.number })}
                        </a>
                      </li>
                    )}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2 id="draft">{t('console.draft.title')}</h2>
        {draft === undefined ? (
          <p>{t('console.draft.none')}</p>
        ) : (
          <>
            <p>
              {t('console.draft.updated', {
                date: formatDateTime(t.lang, draft.updated_at, zone),
                name: draft.updated_by,
              })}
            </p>
            {parsedDraft !== undefined && !parsedDraft.ok ? (
              <div class="panel">
                <h3>{t('console.draft.problems', { count: parsedDraft.issues.length })}</h3>
                <ul>
                  {parsedDraft.issues.slice(0, 200).map((i) => (
                    <li>{definitionIssueSentence(t, i)}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>{t('console.draft.valid')}</p>
            )}
            <ul class="inline-links">
              <li>
                <a href={`${base}/diff?from=${versions[0]?.number ?? 0}&to=draft`}>
                  {t('console.draft.changes')}
                </a>
              </li>
              <li>
                <a href={`${base}/versions/draft.xlsx`}>{t('console.draft.download')}</a>
              </li>
              <li>
                <a href={`${base}/versions/draft.json`}>{t('console.draft.downloadJson')}</a>
              </li>
            </ul>
            {may('questionnaire.publish') && (
              <form method="post" action={`${base}/publish`}>
                <Csrf value={csrf} />
                <button type="submit" class="button">
                  {t('console.draft.publish')}
                </button>
              </form>
            )}
            {may('questionnaire.edit') && (
              <form method="post" action={`${base}/draft/discard`}>
                <Csrf value={csrf} />
                <button type="submit" class="button button-secondary">
                  {t('console.draft.discard')}
                </button>
              </form>
            )}
          </>
        )}
        {may('questionnaire.edit') && (
          <UploadForm
            action={`${base}/draft`}
            csrf={kit.csrfFor(c)}
            label={t('console.draft.upload')}
            hint={t('console.draft.uploadHint')}
            accept=".xlsx,.yaml,.yml,.json"
            submit={t('console.draft.uploadSubmit')}
          />
        )}

        <h2 id="languages">{t('console.translations.title')}</h2>
        <table class="table">
          <caption class="visually-hidden">{t('console.translations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.translations.language')}</th>
              <th scope="col" class="numeric">
                {t('console.translations.complete')}
              </th>
              <th scope="col" class="numeric">
                {t('console.translations.missing')}
              </th>
              <th scope="col" class="numeric">
                {t('console.translations.outdated')}
              </th>
              <th scope="col">{t('console.translations.preview')}</th>
            </tr>
          </thead>
          <tbody>
            {languages.map((l) => (
              <tr>
                <th scope="row">
                  {may('translation.view') ? (
                    <a href={`${base}/translations/${l.language}`}>{languageName(l.language)}</a>
                  ) : (
                    languageName(l.language)
                  )}
                </th>
                <td class="numeric">{l.complete}</td>
                <td class="numeric">{l.missing}</td>
                <td class="numeric">{l.outdated}</td>
                <td>
                  <a href={`${base}/preview/${l.language}`}>
                    {t('console.translations.preview')}
                    <span class="visually-hidden"> {languageName(l.language)}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q',
    { kind: 'study', permission: 'questionnaire.view' },
    (c) => {
      const saved = c.req.query('saved');
      return page(c, { saved: saved !== undefined && /^[a-z]{1,20}$/.test(saved) ? saved : undefined });
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/schedule',
    { kind: 'study', permission: 'study.schedule' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const zone = form.value('zone') || study.time_zone;
      const issues: FieldIssue[] = [];
      if (!isTimeZone(zone)) issues.push({ field: 'zone', message: t('console.schedule.badZone') });
      const read = (which: 'opens' | 'closes'): Date | null | undefined => {
        const date = form.value(`${which}_date`);
        const time = form.value(`${which}_time`) || (which === 'opens' ? '00:00' : '23:59');
        if (date === '') return null;
        const instant = isTimeZone(zone) ? fromZoned(date, time, zone) : undefined;
        if (instant === undefined)
          issues.push({ field: `${which}_date`, message: t('console.schedule.badDate') });
        else if (!inScheduleRange(instant, Number(date.slice(0, 4)))) {
          issues.push({ field: `${which}_date`, message: t('console.schedule.outOfRange', scheduleYears) });
          return undefined;
        }
        return instant;
      };
      const opensAt = read('opens');
      const closesAt = read('closes');
      if (opensAt && closesAt && closesAt <= opensAt)
        issues.push({ field: 'closes_date', message: t('console.schedule.closesBeforeOpens') });
      if (issues.length > 0) {
        const values = Object.fromEntries(
          ['opens_date', 'opens_time', 'closes_date', 'closes_time', 'zone'].map((k) => [k, form.value(k)]),
        );
        return page(c, { scheduleIssues: issues, values }, 422);
      }
      await changeSchedule(
        store,
        { study, q, actor: actorOf(c) },
        { opensAt: opensAt ?? null, closesAt: closesAt ?? null },
      );
      return kit.redirect(c, `${questionnaireUrl(study.slug, q.slug)}?saved=schedule`);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/close',
    { kind: 'study', permission: 'study.schedule' },
    async (c) => {
      await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      await closeNow(store, { study, q, actor: actorOf(c) }, options.now());
      return kit.redirect(c, `${questionnaireUrl(study.slug, q.slug)}?saved=closed`);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/draft',
    { kind: 'study', permission: 'questionnaire.edit' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const file = form.files.file;
      if (file === undefined) return page(c, { uploadIssues: [t('console.draft.noFile')] }, 422);
      const upload = await readUpload(file, t);
      if (!upload.ok) return page(c, { uploadIssues: upload.problems }, 422);
      const definition = upload.definition as { id?: unknown };
      // An id that is not a text is the definition's own problem, said as the parser says it.
      if (typeof definition.id !== 'string') {
        const problems = idIssueTexts(definition, t);
        return page(c, { uploadIssues: problems.length > 0 ? problems : [t('console.draft.badId')] }, 422);
      }
      if (definition.id !== q.slug)
        return page(
          c,
          { uploadIssues: [t('console.draft.otherId', { id: definition.id, expected: q.slug })] },
          422,
        );
      await store.db.transaction().execute(async (trx) => {
        await saveDraftWithSources(
          trx,
          q.id,
          upload.definition,
          kit.principalOf(c).account.name,
          options.now(),
        );
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: study.id,
          action: 'draft.upload',
          detail: { questionnaire: q.slug, format: upload.format },
        });
      });
      return kit.redirect(c, `${questionnaireUrl(study.slug, q.slug)}?saved=draft#draft`);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/draft/discard',
    { kind: 'study', permission: 'questionnaire.edit' },
    async (c) => {
      await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      await store.db.transaction().execute(async (trx) => {
        await deleteDraft(trx, q.id);
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: study.id,
          action: 'draft.discard',
          detail: { questionnaire: q.slug },
        });
      });
      return kit.redirect(c, `${questionnaireUrl(study.slug, q.slug)}#draft`);
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/q/:q/publish',
    { kind: 'study', permission: 'questionnaire.publish' },
    async (c) => {
      await readConsoleForm(c, kit);
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const result = await publishDraft(store, catalog, options.logger, {
        study,
        q,
        actor: actorOf(c),
        language: t.lang,
      });
      if (!result.ok)
        return page(
          c,
          { publishIssues: result.problems.slice(0, 100).map((p) => publishProblemText(t, p)) },
          422,
        );
      return kit.redirect(c, `${questionnaireUrl(study.slug, q.slug)}?saved=published#versions`);
    },
  );

  /** A version's definition, or the draft's, by number or `draft`. */
  const definitionAt = async (q: QuestionnaireRow, which: string): Promise<unknown> => {
    if (which === 'draft') {
      const draft = await findDraft(store.db, q.id);
      if (draft === undefined) throw ConsoleProblem.notFound();
      return draft.definition;
    }
    if (/^0+$/.test(which)) return undefined;
    const n = parseRowId(which);
    const version = n === undefined ? undefined : await findVersionByNumber(store.db, q.id, n);
    if (version === undefined) throw ConsoleProblem.notFound();
    return version.definition;
  };

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q/versions/:file',
    { kind: 'study', permission: 'questionnaire.view' },
    async (c) => {
      const { study, q } = await questionnaireOf(c);
      const m = /^(\d{1,6}|draft)\.(xlsx|json)$/.exec(c.req.param('file') ?? '');
      if (m === null) throw ConsoleProblem.notFound();
      const definition = await definitionAt(q, m[1]!);
      if (definition === undefined) throw ConsoleProblem.notFound();
      const name = `${study.slug}-${q.slug}-${m[1]}`;
      c.header('Cache-Control', 'no-store');
      if (m[2] === 'json') {
        c.header('Content-Disposition', `attachment; filename="${name}.json"`);
        return c.json(definition);
      }
      const bytes = await writeXlsForm(definition);
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      return c.body(bytes);
    },
  );

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q/diff',
    { kind: 'study', permission: 'questionnaire.view' },
    async (c) => {
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const from = c.req.query('from') ?? '';
      const to = c.req.query('to') ?? '';
      if (!/^(\d{1,6}|draft)$/.test(from) || !/^(\d{1,6}|draft)$/.test(to)) throw ConsoleProblem.notFound();
      const diff = diffDefinitions(await definitionAt(q, from), await definitionAt(q, to));
      const label = (w: string) =>
        w === 'draft' ? t('console.draft.title') : `${t('console.versions.number')} ${w}`;
      const title = t('console.diff.title', { from: label(from), to: label(to) });
      return sendConsolePage(
        c,
        <ConsoleLayout
          frame={kit.studyFrame(c, study, [{ href: questionnaireUrl(study.slug, q.slug), label: q.slug }])}
          title={title}
        >
          <h1>{title}</h1>
          {diff.length === 0 ? (
            <p>{t('console.diff.none')}</p>
          ) : (
            <table class="table">
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.diff.where')}</th>
                  <th scope="col">{t('console.diff.change')}</th>
                  <th scope="col">{t('console.diff.before')}</th>
                  <th scope="col">{t('console.diff.after')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.map((d) => (
                  <tr>
                    <th scope="row">
                      <code>{d.path}</code>
                    </th>
                    <td>{t(diffKey[d.kind])}</td>
                    <td>{d.before ?? ''}</td>
                    <td>{d.after ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ConsoleLayout>,
      );
    },
  );

  kit.route(
    app,
    'GET',
    '/console/s/:study/q/:q/preview/:lang',
    { kind: 'study', permission: 'questionnaire.view' },
    async (c) => {
      const { study, q } = await questionnaireOf(c);
      const t = kit.t(c);
      const lang = c.req.param('lang') ?? '';
      const current = await draftOrLatest(store, q.id);
      if (current === undefined) throw ConsoleProblem.notFound();
      const parsed = parseDefinition(current.definition);
      if (!parsed.ok) return page(c, { publishIssues: [t('console.preview.invalid')] }, 422);
      const def = parsed.questionnaire;
      if (!def.languages.includes(lang)) throw ConsoleProblem.notFound();
      const model = compile(def);
      const rt = translator(lang);
      const text = (x: Parameters<typeof resolveText>[0]) => resolveText(x, lang, def.fallbackLanguage);
      const title = t('console.preview.title', {
        language: languageName(lang),
        source: current.isDraft
          ? t('console.draft.title')
          : `${t('console.versions.number')} ${current.number}`,
      });
      const ctxFor = (q2: Question) => ({
        lang,
        t: rt,
        text,
        values: {},
        errors: new Map<string, string>(),
        isHeading: false,
        required: q2.type !== 'info' && q2.type !== 'calculate' && 'required' in q2 && q2.required === true,
      });
      const pages: { page: Page; group: RepeatGroup | undefined }[] = model.definition.pages.flatMap(
        (entry) =>
          entry.type === 'repeat'
            ? entry.pages.map((p) => ({ page: p, group: entry as RepeatGroup | undefined }))
            : [{ page: entry, group: undefined }],
      );
      return sendConsolePage(
        c,
        <ConsoleLayout
          frame={kit.studyFrame(c, study, [{ href: questionnaireUrl(study.slug, q.slug), label: q.slug }])}
          title={title}
        >
          <h1>{title}</h1>
          <p>{t('console.preview.intro')}</p>
          <div lang={lang}>
            <h2>{text(def.title)}</h2>
            {pages.map(({ page: p, group }) => (
              <section class="preview-page" aria-labelledby={`pv-${p.id}`}>
                <h3 id={`pv-${p.id}`}>
                  {p.title !== undefined ? text(p.title) : p.id}
                  {group !== undefined && (
                    <span class="meta" lang={t.lang}>
                      {' '}
                      · {t('console.preview.inGroup', { group: group.id })}
                    </span>
                  )}
                </h3>
                {(p.relevant ?? group?.relevant) !== undefined && (
                  <p class="meta" lang={t.lang}>
                    {t('console.preview.shownWhen')} <code>{p.relevant ?? group?.relevant}</code>
                  </p>
                )}
                {p.items.map((item) =>
                  item.type === 'calculate' ? (
                    <p class="meta" lang={t.lang}>
                      {t('console.preview.calculated', { id: item.id })} <code>{item.expression}</code>
                    </p>
                  ) : (
                    <div class="preview-question">
                      <QuestionView q={item} ctx={{ ...ctxFor(item), t: rt }} />
                      {item.relevant !== undefined && (
                        <p class="meta" lang={t.lang}>
                          {t('console.preview.shownWhen')} <code>{item.relevant}</code>
                        </p>
                      )}
                    </div>
                  ),
                )}
              </section>
            ))}
          </div>
        </ConsoleLayout>,
      );
    },
  );

  kit.route(
    app,
    'POST',
    '/console/s/:study/questionnaires',
    { kind: 'study', permission: 'questionnaire.edit' },
    async (c) => {
      const form = await readConsoleForm(c, kit);
      const study = kit.studyOf(c);
      const t = kit.t(c);
      const file = form.files.file;
      const upload =
        file === undefined
          ? { ok: false as const, problems: [t('console.draft.noFile')] }
          : await readUpload(file, t);
      if (!upload.ok)
        throw new ConsoleProblem(422, 'console.draft.unreadable', { problems: upload.problems.join(' · ') });
      const id = (upload.definition as { id?: unknown }).id;
      if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(id))
        throw new ConsoleProblem(422, 'console.draft.badId');
      const existing = await findQuestionnaire(store.db, study.id, id);
      if (existing !== undefined) throw new ConsoleProblem(409, 'console.draft.exists', { id });
      await store.db.transaction().execute(async (trx) => {
        // Opening is a decision of its own: a new questionnaire stays closed until it is scheduled.
        const fieldwork = (upload.definition as { fieldwork?: { opens?: unknown; closes?: unknown } })
          .fieldwork;
        // A date that is not one, or one out of the schedule's years, is left out as if not given.
        const dateOf = (value: unknown) => {
          if (typeof value !== 'string') return undefined;
          const instant = new Date(value);
          const written = /^\d{4}/.exec(value)?.[0];
          return inScheduleRange(instant, Number(written ?? instant.getUTCFullYear())) ? instant : undefined;
        };
        const row = await ensureQuestionnaire(trx, study.id, id, {
          opensAt: dateOf(fieldwork?.opens) ?? null,
          closesAt: dateOf(fieldwork?.closes) ?? options.now(),
        });
        await saveDraftWithSources(
          trx,
          row.id,
          upload.definition,
          kit.principalOf(c).account.name,
          options.now(),
        );
        await recordAudit(trx, {
          ...actorOf(c),
          studyId: study.id,
          action: 'questionnaire.create',
          detail: { questionnaire: id, format: upload.format },
        });
      });
      return kit.redirect(c, `${questionnaireUrl(study.slug, id)}#draft`);
    },
  );
}

/** A date and a time, as the schedule form asks for the opening or the closing. */
function WhenFields(props: {
  t: ConsoleTranslate;
  which: 'opens' | 'closes';
  value: { date: string; time: string };
  error: string | undefined;
}) {
  const { t, which } = props;
  return (
    <fieldset class="field">
      <legend>{t(which === 'opens' ? 'console.schedule.opens' : 'console.schedule.closes')}</legend>
      <Field
        id={`${which}_date`}
        label={t('console.schedule.date')}
        type="date"
        value={props.value.date}
        error={props.error}
      />
      <Field id={`${which}_time`} label={t('console.schedule.time')} type="time" value={props.value.time} />
    </fieldset>
  );
}
