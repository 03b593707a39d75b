import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Translate } from '../i18n/index.ts';
import {
  countryName,
  formatDateTime,
  formatList,
  issueMessage,
  isUiLanguage,
  languageNames,
  negotiateLanguage,
  todayIn,
  translator,
  uiLanguages,
} from '../i18n/index.ts';
import type { Mailer } from '../mail/index.ts';
import type {
  AnswerIssue,
  AnswerWords,
  FormInput,
  Journey,
  LocalizedText,
  Model,
  ResponseState,
  Step,
  VisitedStep,
} from '../questionnaire/index.ts';
import {
  answerText,
  emptyState,
  encodeAnswer,
  isRequired,
  journey,
  renderTemplate,
  resolveText,
  submitPage,
  submitSummary,
  takesAnswer,
} from '../questionnaire/index.ts';
import type { Store } from '../store/index.ts';
import { countAttempt, listStudies } from '../store/index.ts';
import { clientKey, csrfMatches, csrfToken, isWellFormedCode, normaliseCode, randomToken } from './codes.ts';
import { readForm, secondsSince } from './form.ts';
import { PageProblem, problems } from './problem.ts';
import type { Catalog, LoadedResponse, QuestionnaireRef } from './respondent.service.ts';
import {
  CompletedError,
  deleteResponse,
  finishGroup,
  loadResponse,
  removeGroupItem,
  savePage,
  scheduleAt,
  submitResponse,
} from './respondent.service.ts';
import { homeUrl, privacyUrl, questionnaireUrls, studyUrl } from './urls.ts';
import type { Assets } from './views/layout.tsx';
import { Layout, Paragraphs } from './views/layout.tsx';
import type { CheckSection, PageFrame } from './views/pages.tsx';
import {
  CheckPage,
  DonePage,
  LandingPage,
  MessagePage,
  QuestionPage,
  RemovePage,
  ResumePage,
  SavePage,
  SummaryPage,
} from './views/pages.tsx';
import type { ShownIssue } from './views/parts.tsx';

export interface RespondentOptions {
  readonly store: Store;
  readonly catalog: Catalog;
  readonly logger: Logger;
  readonly mailer: Mailer | undefined;
  readonly publicUrl: string;
  readonly secret: string;
  readonly assets: Assets;
  readonly now: () => Date;
  /** Cookies marked Secure (when served over https). */
  readonly secureCookies: boolean;
}

const csrfCookie = 'cm_csrf';
const responseCookie = (questionnaireId: number) => `cm_r${questionnaireId}`;
const resumeLimit = { attempts: 10, windowSeconds: 15 * 60 };
const emailLimit = { attempts: 5, windowSeconds: 60 * 60 };

type Ctx = Context;

/** Everything a questionnaire request knows once its path is resolved. */
interface Scope {
  readonly lang: string;
  readonly t: Translate;
  readonly ref: QuestionnaireRef;
  readonly urls: ReturnType<typeof questionnaireUrls>;
  readonly now: Date;
  readonly csrf: string;
}

export function respondentRoutes(options: RespondentOptions): Hono {
  const { store, catalog } = options;
  const app = new Hono();

  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: options.secureCookies,
  };

  /** The browser's CSRF cookie, set on first sight; the token forms carry is derived from it. */
  const csrfFor = (c: Ctx): string => {
    let cookie = getCookie(c, csrfCookie);
    if (cookie === undefined || cookie.length < 32 || cookie.length > 64) {
      cookie = randomToken();
      setCookie(c, csrfCookie, cookie, cookieOptions);
    }
    return csrfToken(options.secret, cookie);
  };

  const checkCsrf = (c: Ctx, sent: string | undefined) => {
    if (!csrfMatches(options.secret, getCookie(c, csrfCookie), sent)) throw problems.expired();
  };

  const frameFor = (c: Ctx, scope: Pick<Scope, 'lang' | 't' | 'ref'>): PageFrame => {
    const { ref, lang } = scope;
    const fallback = ref.model.definition.fallbackLanguage;
    return {
      lang,
      t: scope.t,
      assets: options.assets,
      path: new URL(c.req.url).pathname,
      languages: ref.model.definition.languages,
      heading: resolveText(ref.model.definition.title, lang, fallback),
      privacyUrl: privacyUrl(lang, ref.study.slug),
      contactEmail: ref.study.contact.email,
    };
  };

  /** Resolves language, study and questionnaire from the path, or answers 404 in the best language there is. */
  const scopeOf = async (c: Ctx): Promise<Scope> => {
    const lang = c.req.param('lang') ?? '';
    const ref = await catalog.find(c.req.param('study') ?? '', c.req.param('questionnaire') ?? '');
    if (ref === undefined) throw problems.notFound();
    if (!ref.model.definition.languages.includes(lang)) throw new LanguageProblem(ref);
    return {
      lang,
      t: translator(lang),
      ref,
      urls: questionnaireUrls(lang, ref.study.slug, ref.row.slug),
      now: options.now(),
      csrf: csrfFor(c),
    };
  };

  const render = (c: Ctx, node: unknown, status: 200 | 422 = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html>${String(node)}`, status);
  };

  const redirect = (c: Ctx, location: string) => {
    c.header('Cache-Control', 'no-store');
    return c.redirect(location, 303);
  };

  const dateOf = (scope: Scope, date: Date | null) =>
    date === null ? undefined : formatDateTime(scope.lang, date, scope.ref.study.timeZone);

  /** The not-open and closed pages; undefined when the questionnaire is open. */
  const statusPage = (c: Ctx, scope: Scope, method: 'GET' | 'POST') => {
    const status = scheduleAt(scope.ref.row, scope.now);
    if (status === 'open') return undefined;
    const { t } = scope;
    const frame = frameFor(c, scope);
    const page =
      status === 'notOpen' ? (
        <MessagePage
          frame={frame}
          title={t('status.notOpen.title')}
          body={t('status.notOpen.body', { date: dateOf(scope, scope.ref.row.opens_at) ?? '' })}
        />
      ) : (
        <MessagePage
          frame={frame}
          title={t('status.closed.title')}
          body={
            scope.ref.row.closes_at === null
              ? t('status.closed.bodyNoDate')
              : t('status.closed.body', { date: dateOf(scope, scope.ref.row.closes_at) ?? '' })
          }
        />
      );
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html>${String(page)}`, method === 'GET' ? 200 : 403);
  };

  const responseOf = (c: Ctx, scope: Scope): Promise<LoadedResponse | undefined> =>
    loadResponse(store, catalog, scope.ref, getCookie(c, responseCookie(scope.ref.row.id)));

  const rememberResponse = (c: Ctx, scope: Scope, code: string) =>
    setCookie(c, responseCookie(scope.ref.row.id), code, { ...cookieOptions, maxAge: 180 * 24 * 3600 });

  /** Words for reading answers back, in the respondent's language. */
  const wordsFor = (scope: Scope, model: Model): AnswerWords => ({
    language: scope.lang,
    fallback: model.definition.fallbackLanguage,
    missing: (code) =>
      scope.t(code === 'dont_know' ? 'page.missing.dont_know' : 'page.missing.prefer_not_to_say'),
    country: (code) => countryName(scope.lang, code),
    yesNo: (v) => scope.t(v === 'yes' ? 'page.consent.yes' : 'page.consent.no'),
    list: (items) => formatList(scope.lang, items),
  });

  /** A text of the questionnaire in the respondent's language, earlier answers piped in. */
  const texter = (scope: Scope, model: Model, visited: VisitedStep | undefined, state: ResponseState) => {
    const words = wordsFor(scope, model);
    const fallback = model.definition.fallbackLanguage;
    return (text: LocalizedText | undefined): string => {
      const resolved = resolveText(text, scope.lang, fallback);
      if (!resolved.includes('${')) return resolved;
      return renderTemplate(resolved, (id: string) => {
        const q = model.questions.get(id);
        if (q === undefined) return '';
        const group = model.groupOf.get(id);
        const item =
          visited?.step.kind === 'item' && group !== undefined
            ? state.repeats[group.id]?.items[visited.step.index - 1]
            : undefined;
        return answerText(q, (group === undefined ? state.answers : item)?.[id], words);
      });
    };
  };

  const itemLabel = (scope: Scope, model: Model, state: ResponseState, groupId: string, index: number) => {
    const group = model.groups.get(groupId)!;
    const item = state.repeats[groupId]?.items[index - 1] ?? {};
    const words = wordsFor(scope, model);
    const label = renderTemplate(
      resolveText(group.itemLabel, scope.lang, model.definition.fallbackLanguage),
      (id: string) => {
        const q = model.questions.get(id);
        return q === undefined ? '' : answerText(q, item[id], words);
      },
    ).trim();
    return label === '' ? scope.t('repeat.item', { n: index }) : label;
  };

  const shownIssues = (scope: Scope, model: Model, issues: readonly AnswerIssue[]): ShownIssue[] =>
    issues.map((issue) => ({
      path: issue.path,
      message: issueMessage(issue, scope.lang, model.definition.fallbackLanguage, scope.t),
    }));

  const progressOf = (steps: readonly VisitedStep[], key: string) => {
    const countable = steps.filter((s) => s.step.kind !== 'check' && s.step.kind !== 'declined');
    const at = countable.findIndex((s) => s.step.key === key);
    return { current: at < 0 ? countable.length : at + 1, total: Math.max(countable.length, 1) };
  };

  /** The saved answers of a step, as the form fields that would send them. */
  const savedValues = (scope: Scope, visited: VisitedStep): FormInput => {
    const format = new Intl.NumberFormat(scope.lang, { useGrouping: false, maximumFractionDigits: 10 });
    const values: Record<string, string[]> = {};
    for (const q of visited.questions)
      Object.assign(
        values,
        encodeAnswer(q, visited.answers[q.id], (n) => format.format(n)),
      );
    return values;
  };

  const renderQuestionPage = (
    c: Ctx,
    scope: Scope,
    loaded: { model: Model; state: ResponseState },
    visited: VisitedStep,
    values: FormInput,
    issues: readonly AnswerIssue[],
    status: 200 | 422,
  ) => {
    const { model, state } = loaded;
    const j = journey(model, state, todayIn(scope.ref.study.timeZone, scope.now));
    const step = visited.step as Step & { page: { title?: LocalizedText } };
    const text = texter(scope, model, visited, state);
    const shown = shownIssues(scope, model, issues);
    const back = j.previous(step.key);
    const errors = new Map(shown.map((i) => [i.path, i.message]));
    const caption =
      step.kind === 'item'
        ? `${resolveText(step.group.title, scope.lang, model.definition.fallbackLanguage)}: ${itemLabel(scope, model, state, step.group.id, step.index)}`
        : undefined;
    const fromCheck = new URL(c.req.url).searchParams.get('from') === 'check';
    return render(
      c,
      <QuestionPage
        frame={frameFor(c, scope)}
        title={step.page.title === undefined ? undefined : text(step.page.title)}
        questions={visited.questions.map((q) => ({
          q,
          required: takesAnswer(q) && isRequired(model, q, visited.env),
        }))}
        ctx={{ lang: scope.lang, t: scope.t, text, values, errors }}
        issues={shown}
        action={`${scope.urls.step(step)}${fromCheck ? '?from=check' : ''}`}
        backUrl={
          fromCheck
            ? scope.urls.check()
            : back === undefined
              ? scope.urls.landing()
              : scope.urls.step(back.step)
        }
        progress={progressOf(j.steps, step.key)}
        csrf={scope.csrf}
        renderedAt={scope.now.getTime()}
        {...(caption === undefined ? {} : { caption })}
      />,
      status,
    );
  };

  /** Where to go after saving `key`: the next step, unless the respondent came from "check your answers". */
  const nextAfter = (
    scope: Scope,
    model: Model,
    state: ResponseState,
    key: string,
    fromCheck: boolean,
  ): string => {
    const j = journey(model, state, todayIn(scope.ref.study.timeZone, scope.now));
    if (fromCheck) return scope.urls.step(j.next.step);
    const i = j.steps.findIndex((s) => s.step.key === key);
    const nextIndex = j.steps.indexOf(j.next);
    const target = i >= 0 && i + 1 <= nextIndex ? j.steps[i + 1]! : j.next;
    return scope.urls.step(target.step);
  };

  const todayOf = (scope: Scope) => todayIn(scope.ref.study.timeZone, scope.now);

  // ---------------------------------------------------------------- home, study, privacy

  app.get('/', (c) => redirect(c, homeUrl(negotiateLanguage(c.req.header('accept-language'), uiLanguages))));

  app.get('/:lang{[a-z]{2}}', async (c) => {
    const lang = c.req.param('lang');
    if (!isUiLanguage(lang)) throw problems.notFound();
    const t = translator(lang);
    const studies = await listStudies(store.db);
    const frameless = (
      <Layout
        lang={lang}
        t={t}
        title={t('home.title')}
        path={new URL(c.req.url).pathname}
        languages={uiLanguages}
        assets={options.assets}
      >
        <h1>{t('home.title')}</h1>
        {studies.length === 0 ? (
          <p>{t('home.empty')}</p>
        ) : (
          <>
            <p>{t('home.intro')}</p>
            <ul class="links">
              {studies.map((s) => {
                const def = s.definition as { title: LocalizedText; fallbackLanguage: string };
                return (
                  <li>
                    <a href={studyUrl(lang, s.slug)}>{resolveText(def.title, lang, def.fallbackLanguage)}</a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Layout>
    );
    return render(c, frameless);
  });

  const studyScope = async (c: Ctx) => {
    const lang = c.req.param('lang') ?? '';
    const found = await catalog.study(c.req.param('study') ?? '');
    if (found === undefined || !isUiLanguage(lang) || !found.study.languages.includes(lang))
      throw problems.notFound();
    return { lang, t: translator(lang), ...found };
  };

  const studyFrame = (
    c: Ctx,
    lang: string,
    t: Translate,
    study: QuestionnaireRef['study'],
    title: string,
    children: unknown,
  ) => (
    <Layout
      lang={lang}
      t={t}
      title={title}
      path={new URL(c.req.url).pathname}
      languages={study.languages}
      heading={resolveText(study.title, lang, study.fallbackLanguage)}
      footer={{ privacy: privacyUrl(lang, study.slug), contact: study.contact.email }}
      assets={options.assets}
    >
      {children as never}
    </Layout>
  );

  app.get('/:lang{[a-z]{2}}/s/:study', async (c) => {
    const { lang, t, study, questionnaires } = await studyScope(c);
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, study.fallbackLanguage);
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        text(study.title),
        <>
          <h1>{text(study.title)}</h1>
          <Paragraphs text={text(study.purpose)} />
          <p>{text(study.organisation)}</p>
          {study.note !== undefined && (
            <div class="note">
              <Paragraphs text={text(study.note)} />
            </div>
          )}
          <h2>{t('study.questionnaires')}</h2>
          <p>{t('study.choose')}</p>
          <ul class="questionnaires">
            {questionnaires
              .filter(({ model }) => model.definition.languages.includes(lang))
              .map(({ row, model }) => (
                <li>
                  <a href={questionnaireUrls(lang, study.slug, row.slug).landing()}>
                    {resolveText(model.definition.title, lang, model.definition.fallbackLanguage)}
                  </a>
                  <p>{resolveText(model.definition.audience, lang, model.definition.fallbackLanguage)}</p>
                  <p class="meta">{t('study.minutes', { minutes: model.definition.estimatedMinutes })}</p>
                </li>
              ))}
          </ul>
        </>,
      ),
    );
  });

  app.get('/:lang{[a-z]{2}}/s/:study/privacy', async (c) => {
    const { lang, t, study } = await studyScope(c);
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, study.fallbackLanguage);
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        t('layout.footer.privacy'),
        <>
          <h1>{t('layout.footer.privacy')}</h1>
          <Paragraphs text={text(study.privacy)} />
          <p>{t('landing.contact', { name: text(study.contact.name), email: study.contact.email })}</p>
        </>,
      ),
    );
  });

  // ---------------------------------------------------------------- questionnaire

  const q = '/:lang{[a-z]{2}}/s/:study/:questionnaire';

  app.get(q, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const { ref, lang } = scope;
    const def = ref.model.definition;
    const fallback = def.fallbackLanguage;
    const loaded = await responseOf(c, scope);
    const first = journey(ref.model, emptyState, todayOf(scope)).steps[0]!;
    let continueUrl: string | undefined;
    if (loaded !== undefined && loaded.row.completed_at === null) {
      continueUrl = scope.urls.step(journey(loaded.model, loaded.state, todayOf(scope)).next.step);
    }
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, fallback);
    return render(
      c,
      <LandingPage
        frame={frameFor(c, scope)}
        urls={scope.urls}
        title={text(def.title)}
        audience={text(def.audience)}
        description={text(def.description)}
        minutes={def.estimatedMinutes}
        closes={dateOf(scope, ref.row.closes_at)}
        confidentiality={resolveText(ref.study.confidentiality, lang, ref.study.fallbackLanguage)}
        note={
          ref.study.note === undefined
            ? undefined
            : resolveText(ref.study.note, lang, ref.study.fallbackLanguage)
        }
        contactName={resolveText(ref.study.contact.name, lang, ref.study.fallbackLanguage)}
        startUrl={scope.urls.step(first.step)}
        csrf={scope.csrf}
        {...(continueUrl === undefined ? {} : { continueUrl })}
        {...(loaded?.row.receipt ? { receipt: loaded.row.receipt } : {})}
      />,
    );
  });

  /** Forgets the response on this device (after completing), so that someone else can start. */
  app.post(`${q}/restart`, async (c) => {
    const scope = await scopeOf(c);
    const { system } = await readForm(c);
    checkCsrf(c, system.csrf);
    deleteCookie(c, responseCookie(scope.ref.row.id), { path: '/' });
    return redirect(c, scope.urls.landing());
  });

  /**
   * The step a URL names, if the respondent may be there: a saved or next step, or the first page
   * of the item that "add another" would create (`/r/{group}/new` or its numbered URL).
   */
  const visitStep = (
    j: Journey,
    model: Model,
    state: ResponseState,
    key: string,
  ): VisitedStep | undefined => {
    const [group, index, page] = key.split('/');
    if (key.endsWith('/new') && group !== undefined) return j.newItem(group);
    const g = group === undefined ? undefined : model.groups.get(group);
    const count = group === undefined ? 0 : (state.repeats[group]?.items.length ?? 0);
    if (g !== undefined && Number(index) === count + 1 && g.pages[0]?.id === page) return j.newItem(g.id);
    return j.visit(key);
  };

  /** The page step a URL names for this respondent, or where to send them instead. */
  const pageStep = async (c: Ctx, scope: Scope, key: string) => {
    const loaded = await responseOf(c, scope);
    const model = loaded?.model ?? scope.ref.model;
    const state = loaded?.state ?? emptyState;
    const j = journey(model, state, todayOf(scope));
    const visited = visitStep(j, model, state, key);
    const isPage = visited !== undefined && (visited.step.kind === 'page' || visited.step.kind === 'item');
    return {
      loaded,
      model,
      state,
      visited: isPage ? visited : undefined,
      elsewhere: scope.urls.step(j.next.step),
    };
  };

  /** A page step, at top level or in a repeat item: show it. */
  const showStep = async (c: Ctx, key: string) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const { loaded, model, state, visited, elsewhere } = await pageStep(c, scope, key);
    if (loaded?.row.completed_at) return redirect(c, scope.urls.done());
    if (visited === undefined) return redirect(c, elsewhere);
    return renderQuestionPage(c, scope, { model, state }, visited, savedValues(scope, visited), [], 200);
  };

  /** A page step: decode, validate with the engine, store in one transaction, go on. */
  const saveStep = async (c: Ctx, key: string) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const { loaded, model, state, visited, elsewhere } = await pageStep(c, scope, key);
    if (loaded?.row.completed_at) throw problems.completed();
    if (visited === undefined) return redirect(c, elsewhere);
    const result = submitPage(model, visited, form);
    if (result.kind === 'forged') throw problems.badRequest();
    if (result.kind === 'invalid')
      return renderQuestionPage(c, scope, { model, state }, visited, form, result.issues, 422);

    // Consent refused: nothing is stored, and a response that existed is deleted.
    const declined = visited.questions.some(
      (q) =>
        q.type === 'consent' &&
        result.answers[q.id]?.kind === 'value' &&
        (result.answers[q.id] as { value: unknown }).value === 'no',
    );
    if (declined) {
      if (loaded !== undefined) await deleteResponse(store, loaded.row.id);
      deleteCookie(c, responseCookie(scope.ref.row.id), { path: '/' });
      const { t } = scope;
      return render(
        c,
        <MessagePage
          frame={frameFor(c, scope)}
          title={t('declined.title')}
          body={t('declined.body')}
          link={{ href: scope.urls.landing(), text: t('declined.again') }}
        />,
      );
    }
    const saved = await savePage(store, loaded?.row.version_id ?? scope.ref.versionId, loaded?.row, {
      visited,
      answers: result.answers,
      calculated: result.calculated,
      language: scope.lang,
      seconds: secondsSince(system.renderedAt, scope.now),
      now: scope.now,
    });
    if (saved.resumeCode !== undefined) rememberResponse(c, scope, saved.resumeCode);
    if (system.action === 'save') return redirect(c, scope.urls.save());
    const after = await loadResponse(
      store,
      catalog,
      scope.ref,
      saved.resumeCode ?? getCookie(c, responseCookie(scope.ref.row.id)),
    );
    const fromCheck = new URL(c.req.url).searchParams.get('from') === 'check';
    return redirect(c, nextAfter(scope, model, after?.state ?? state, visited.step.key, fromCheck));
  };

  app.get(`${q}/p/:page`, (c) => showStep(c, c.req.param('page')));
  app.post(`${q}/p/:page`, (c) => saveStep(c, c.req.param('page')));
  app.get(`${q}/r/:group/new`, (c) => showStep(c, `${c.req.param('group')}/new`));
  const itemStepKey = (c: Ctx) =>
    `${c.req.param('group')}/${Number(c.req.param('index'))}/${c.req.param('page')}`;
  app.get(`${q}/r/:group/:index{[0-9]{1,3}}/:page`, (c) => showStep(c, itemStepKey(c)));
  app.post(`${q}/r/:group/:index{[0-9]{1,3}}/:page`, (c) => saveStep(c, itemStepKey(c)));

  // ---------------------------------------------------------------- repeat groups

  const summaryPage = (
    c: Ctx,
    scope: Scope,
    loaded: LoadedResponse,
    groupId: string,
    issues: readonly AnswerIssue[],
    status: 200 | 422,
  ) => {
    const { model, state } = loaded;
    const group = model.groups.get(groupId)!;
    const fallback = model.definition.fallbackLanguage;
    const j = journey(model, state, todayOf(scope));
    const items = state.repeats[groupId]?.items ?? [];
    const back = j.previous(groupId);
    return render(
      c,
      <SummaryPage
        frame={frameFor(c, scope)}
        urls={scope.urls}
        groupId={groupId}
        title={resolveText(group.title, scope.lang, fallback)}
        question={resolveText(group.addAnother, scope.lang, fallback)}
        items={items.map((_, i) => ({
          label: itemLabel(scope, model, state, groupId, i + 1),
          changeUrl: scope.urls.stepKey(`${groupId}/${i + 1}/${group.pages[0]!.id}`),
          removeUrl: scope.urls.remove(groupId, i + 1),
        }))}
        canAdd={items.length < group.max}
        max={group.max}
        issues={shownIssues(scope, model, issues)}
        backUrl={back === undefined ? undefined : scope.urls.step(back.step)}
        csrf={scope.csrf}
        renderedAt={scope.now.getTime()}
      />,
      status,
    );
  };

  /** The respondent's response, for steps that need one; without one, back to the start. */
  const requireResponse = async (c: Ctx, scope: Scope) => {
    const loaded = await responseOf(c, scope);
    if (loaded === undefined) return undefined;
    if (loaded.row.completed_at) throw problems.completed();
    return loaded;
  };

  app.get(`${q}/r/:group`, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const loaded = await responseOf(c, scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    const groupId = c.req.param('group');
    const j = journey(loaded.model, loaded.state, todayOf(scope));
    if (j.visit(groupId)?.step.kind !== 'summary') return redirect(c, scope.urls.step(j.next.step));
    return summaryPage(c, scope, loaded, groupId, [], 200);
  });

  app.post(`${q}/r/:group`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const loaded = await requireResponse(c, scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    const groupId = c.req.param('group');
    const j = journey(loaded.model, loaded.state, todayOf(scope));
    if (j.visit(groupId)?.step.kind !== 'summary') return redirect(c, scope.urls.step(j.next.step));
    const result = submitSummary(loaded.model, loaded.state, groupId, form);
    if (result.kind === 'forged') throw problems.badRequest();
    if (result.kind === 'invalid') return summaryPage(c, scope, loaded, groupId, result.issues, 422);
    if (result.kind === 'add') return redirect(c, scope.urls.newItem(groupId));
    await finishGroup(
      store,
      loaded.row.id,
      groupId,
      scope.lang,
      secondsSince(system.renderedAt, scope.now),
      scope.now,
    );
    const after = await responseOf(c, scope);
    return redirect(c, nextAfter(scope, loaded.model, after!.state, groupId, false));
  });

  const removeTarget = async (c: Ctx) => {
    const scope = await scopeOf(c);
    const loaded = await requireResponse(c, scope);
    const groupId = c.req.param('group') ?? '';
    const index = Number(c.req.param('index'));
    const count = loaded?.state.repeats[groupId]?.items.length ?? 0;
    const j = loaded === undefined ? undefined : journey(loaded.model, loaded.state, todayOf(scope));
    const allowed =
      loaded !== undefined && j?.visit(groupId)?.step.kind === 'summary' && index >= 1 && index <= count;
    return { scope, loaded, groupId, index, allowed };
  };

  app.get(`${q}/r/:group/:index{[0-9]{1,3}}/remove`, async (c) => {
    const { scope, loaded, groupId, index, allowed } = await removeTarget(c);
    if (!allowed || loaded === undefined) return redirect(c, scope.urls.landing());
    return render(
      c,
      <RemovePage
        frame={frameFor(c, scope)}
        item={itemLabel(scope, loaded.model, loaded.state, groupId, index)}
        action={scope.urls.remove(groupId, index)}
        cancelUrl={scope.urls.summary(groupId)}
        csrf={scope.csrf}
      />,
    );
  });

  app.post(`${q}/r/:group/:index{[0-9]{1,3}}/remove`, async (c) => {
    const { system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const { scope, loaded, groupId, index, allowed } = await removeTarget(c);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    if (!allowed || loaded === undefined) return redirect(c, scope.urls.landing());
    await removeGroupItem(store, loaded.model, loaded.row.id, groupId, index, scope.now);
    const after = await responseOf(c, scope);
    const j = journey(loaded.model, after!.state, todayOf(scope));
    return redirect(
      c,
      j.visit(groupId) !== undefined ? scope.urls.summary(groupId) : scope.urls.step(j.next.step),
    );
  });

  // ---------------------------------------------------------------- check, submit, done

  app.get(`${q}/check`, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const loaded = await responseOf(c, scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    const { model, state } = loaded;
    const j = journey(model, state, todayOf(scope));
    if (j.next.step.kind !== 'check') return redirect(c, scope.urls.step(j.next.step));
    const words = wordsFor(scope, model);
    const fallback = model.definition.fallbackLanguage;
    const sections: CheckSection[] = [];
    for (const visited of j.steps) {
      const step = visited.step;
      if (step.kind !== 'page' && step.kind !== 'item') continue;
      const text = texter(scope, model, visited, state);
      const rows = visited.questions
        .filter((question) => takesAnswer(question))
        .map((question) => ({
          label: text(question.label),
          answer: answerText(question, visited.answers[question.id], words),
          changeUrl: `${scope.urls.step(step)}?from=check`,
        }));
      if (rows.length === 0) continue;
      const heading =
        step.kind === 'item'
          ? `${resolveText(step.group.title, scope.lang, fallback)}: ${itemLabel(scope, model, state, step.group.id, step.index)}`
          : step.page.title === undefined
            ? undefined
            : text(step.page.title);
      const last = sections[sections.length - 1];
      if (last !== undefined && step.kind === 'item' && last.heading === heading)
        sections[sections.length - 1] = { heading, rows: [...last.rows, ...rows] };
      else sections.push({ heading, rows });
    }
    const back = j.previous('check');
    return render(
      c,
      <CheckPage
        frame={frameFor(c, scope)}
        sections={sections}
        action={scope.urls.check()}
        backUrl={back === undefined ? undefined : scope.urls.step(back.step)}
        csrf={scope.csrf}
        renderedAt={scope.now.getTime()}
      />,
    );
  });

  app.post(`${q}/check`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    if (Object.keys(form).length > 0) throw problems.badRequest();
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const loaded = await requireResponse(c, scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    const j = journey(loaded.model, loaded.state, todayOf(scope));
    if (j.next.step.kind !== 'check') return redirect(c, scope.urls.step(j.next.step));
    await submitResponse(store, loaded.row.id, scope.now);
    return redirect(c, scope.urls.done());
  });

  app.get(`${q}/done`, async (c) => {
    const scope = await scopeOf(c);
    const loaded = await responseOf(c, scope);
    if (!loaded?.row.completed_at || loaded.row.receipt === null) return redirect(c, scope.urls.landing());
    return render(c, <DonePage frame={frameFor(c, scope)} receipt={loaded.row.receipt} />);
  });

  // ---------------------------------------------------------------- save and resume

  const savePageView = (
    c: Ctx,
    scope: Scope,
    loaded: LoadedResponse,
    extra: { sent?: boolean; issues?: ShownIssue[]; email?: string; status?: 200 | 422 },
  ) => {
    const code = getCookie(c, responseCookie(scope.ref.row.id)) ?? '';
    const j = journey(loaded.model, loaded.state, todayOf(scope));
    return render(
      c,
      <SavePage
        frame={frameFor(c, scope)}
        code={code}
        until={dateOf(scope, scope.ref.row.closes_at)}
        continueUrl={scope.urls.step(j.next.step)}
        emailAction={options.mailer === undefined ? undefined : `${scope.urls.save()}/email`}
        emailSent={extra.sent ?? false}
        issues={extra.issues ?? []}
        email={extra.email ?? ''}
        csrf={scope.csrf}
      />,
      extra.status ?? 200,
    );
  };

  app.get(`${q}/save`, async (c) => {
    const scope = await scopeOf(c);
    const loaded = await responseOf(c, scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    return savePageView(c, scope, loaded, {});
  });

  const limited = async (
    c: Ctx,
    name: string,
    limit: { attempts: number; windowSeconds: number },
    now: Date,
  ) => {
    const address = clientAddress(c);
    const count = await countAttempt(
      store.db,
      `${name}:${clientKey(options.secret, address)}`,
      now,
      limit.windowSeconds,
    );
    if (count > limit.attempts) throw problems.tooMany(Math.ceil(limit.windowSeconds / 60));
  };

  app.post(`${q}/save/email`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const loaded = await requireResponse(c, scope);
    if (loaded === undefined || options.mailer === undefined) return redirect(c, scope.urls.landing());
    const email = (form.email?.[0] ?? '').trim();
    if (Object.keys(form).some((k) => k !== 'email') || (form.email?.length ?? 0) > 1)
      throw problems.badRequest();
    // A deliberately simple check: one @, something on both sides, a dot in the domain, no spaces.
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return savePageView(c, scope, loaded, {
        issues: [{ path: 'email', message: scope.t('issue.email.invalid') }],
        email,
        status: 422,
      });
    }
    await limited(c, 'email', emailLimit, scope.now);
    const code = getCookie(c, responseCookie(scope.ref.row.id)) ?? '';
    const title = resolveText(
      scope.ref.model.definition.title,
      scope.lang,
      scope.ref.model.definition.fallbackLanguage,
    );
    const link = `${options.publicUrl}${scope.urls.resume()}?code=${encodeURIComponent(code)}`;
    try {
      await options.mailer.send({
        to: email,
        subject: scope.t('email.resume.subject', { title }),
        text: scope.t('email.resume.body', {
          title,
          link,
          date: dateOf(scope, scope.ref.row.closes_at) ?? '',
        }),
      });
    } catch (error) {
      // The address is not logged; only that sending failed.
      options.logger.warn({ err: { message: (error as Error).message } }, 'resume e-mail could not be sent');
      throw problems.unavailable();
    }
    return savePageView(c, scope, loaded, { sent: true });
  });

  const resumeView = (c: Ctx, scope: Scope, code: string, issues: ShownIssue[], status: 200 | 422) =>
    render(
      c,
      <ResumePage
        frame={frameFor(c, scope)}
        action={scope.urls.resume()}
        code={code}
        issues={issues}
        csrf={scope.csrf}
        backUrl={scope.urls.landing()}
      />,
      status,
    );

  /** Opens the response a code names on this device; wrong codes count towards the limit. */
  const resumeWith = async (c: Ctx, scope: Scope, code: string) => {
    await limited(c, 'resume', resumeLimit, scope.now);
    const found = isWellFormedCode(code) ? await loadResponse(store, catalog, scope.ref, code) : undefined;
    if (found === undefined) return undefined;
    rememberResponse(
      c,
      scope,
      normaliseCode(code)
        .match(/.{1,4}/g)!
        .join('-'),
    );
    if (found.row.completed_at) return scope.urls.done();
    return scope.urls.step(journey(found.model, found.state, todayOf(scope)).next.step);
  };

  app.get(`${q}/resume`, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const code = c.req.query('code');
    if (code !== undefined && code !== '') {
      const target = await resumeWith(c, scope, code.slice(0, 64));
      if (target !== undefined) return redirect(c, target);
      return resumeView(c, scope, '', [{ path: 'code', message: scope.t('issue.resume.unknown') }], 422);
    }
    return resumeView(c, scope, '', [], 200);
  });

  app.post(`${q}/resume`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    if (Object.keys(form).some((k) => k !== 'code')) throw problems.badRequest();
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const code = (form.code?.[0] ?? '').slice(0, 64);
    const target = code.trim() === '' ? undefined : await resumeWith(c, scope, code);
    if (target !== undefined) return redirect(c, target);
    return resumeView(c, scope, code, [{ path: 'code', message: scope.t('issue.resume.unknown') }], 422);
  });

  // ---------------------------------------------------------------- errors

  app.onError((error, c) => {
    const lang = pickLanguage(c);
    const t = translator(lang);
    if (error instanceof LanguageProblem) {
      const def = error.ref.model.definition;
      const path = new URL(c.req.url).pathname;
      const page = (
        <Layout lang={lang} t={t} title={t('error.language.title')} assets={options.assets}>
          <h1>{t('error.language.title')}</h1>
          <p>{t('error.language.body')}</p>
          <ul class="links">
            {def.languages.map((l) => (
              <li>
                <a href={path.replace(/^\/[a-z]{2}/, `/${l}`)} lang={l}>
                  {languageNames[l as keyof typeof languageNames] ?? l}
                </a>
              </li>
            ))}
          </ul>
        </Layout>
      );
      c.header('Cache-Control', 'no-store');
      return c.html(`<!doctype html>${String(page)}`, 404);
    }
    const problem =
      error instanceof PageProblem
        ? error
        : error instanceof CompletedError
          ? problems.completed()
          : isUnavailable(error)
            ? problems.unavailable()
            : undefined;
    if (problem === undefined) {
      options.logger.error({ err: error, path: new URL(c.req.url).pathname }, 'request failed');
    }
    const shown = problem ?? new PageProblem(500, 'error.server.title', 'error.server.body');
    return problemPage(c, lang, shown, options.assets);
  });

  return app;
}

class LanguageProblem extends Error {
  constructor(readonly ref: QuestionnaireRef) {
    super('language not offered');
  }
}

/** The respondent's language for an error: the path's, else the browser's. */
export function pickLanguage(c: Ctx): string {
  const first = new URL(c.req.url).pathname.split('/')[1] ?? '';
  return isUiLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'), uiLanguages);
}

export function problemPage(c: Ctx, lang: string, problem: PageProblem, assets: Assets) {
  const t = translator(lang);
  const page = (
    <Layout lang={lang} t={t} title={t(problem.titleKey)} assets={assets}>
      <h1>{t(problem.titleKey)}</h1>
      <p>{t(problem.bodyKey, problem.params)}</p>
      <p>
        <a href={homeUrl(lang)}>{t('error.start')}</a>
      </p>
    </Layout>
  );
  c.header('Cache-Control', 'no-store');
  if (problem.status === 503) c.header('Retry-After', '30');
  return c.html(`<!doctype html>${String(page)}`, problem.status);
}

/** A lost database connection: the request gets a 503 and the process carries on. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : '';
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      '57P01',
      '57P02',
      '57P03',
      '08006',
      '08001',
      '08003',
    ].includes(code) || /Connection terminated|timeout exceeded when trying to connect/i.test(message)
  );
}

function clientAddress(c: Ctx): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
