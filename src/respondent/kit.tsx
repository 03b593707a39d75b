import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Translate } from '../i18n/index.ts';
import {
  countryName,
  formatAnswerNumber,
  formatDateTime,
  formatIsoDate,
  formatList,
  issueMessage,
  isUiLanguage,
  todayIn,
  translator,
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
  repeatOf,
  resolveText,
  takesAnswer,
} from '../questionnaire/index.ts';
import type { Store } from '../store/index.ts';
import { countAttempt, refundAttempt } from '../store/index.ts';
import { clientKey, csrfMatches, csrfToken, randomToken } from './codes.ts';
import type { ItemField } from './form.ts';
import { itemFieldValue } from './form.ts';
import { problems } from './problem.ts';
import type { Catalog, LoadedResponse, QuestionnaireRef } from './respondent.service.ts';
import { itemFieldFor, loadResponse, scheduleAt } from './respondent.service.ts';
import { sendPage } from './send-page.ts';
import { privacyUrl, questionnaireUrls } from './urls.ts';
import type { Assets } from './views/layout.tsx';
import { Layout } from './views/layout.tsx';
import type { PageFrame } from './views/pages.tsx';
import { MessagePage, QuestionPage } from './views/pages.tsx';
import type { ShownIssue } from './views/parts.tsx';
import { isolated } from './views/parts.tsx';

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
export const questionnairePath = '/:lang{[a-z]{2}}/s/:study/:questionnaire';
export const responseCookie = (questionnaireId: number) => `cm_r${questionnaireId}`;
/** A personal link's token, kept from the link to the first saved page. */
export const invitationCookie = (questionnaireId: number) => `cm_i${questionnaireId}`;
export const resumeLimit = { attempts: 10, windowSeconds: 15 * 60 };
export const emailLimit = { attempts: 5, windowSeconds: 60 * 60 };

export type Ctx = Context;

/** Everything a questionnaire request knows once its path is resolved. */
export interface Scope {
  readonly lang: string;
  readonly t: Translate;
  readonly ref: QuestionnaireRef;
  readonly urls: ReturnType<typeof questionnaireUrls>;
  readonly now: Date;
  /** The day `now` falls on in the study's time zone: what date rules compare with. */
  readonly today: string;
  readonly csrf: string;
  /** The response the browser's resume cookie opens, as it was when the request came. */
  readonly loaded: LoadedResponse | undefined;
}

/**
 * What every respondent route shares: the request's scope (language, questionnaire, CSRF token),
 * rendering, redirects, the schedule, the respondent's response, and the words for answers.
 */
export function respondentKit(options: RespondentOptions) {
  const { store, catalog } = options;
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
    const url = new URL(c.req.url);
    // The language switcher keeps where the respondent came from: "Change" on "check your answers"
    // leads back there in the other language too. Only this known parameter is kept: nothing else of
    // the query string goes into links.
    const fromCheck = url.searchParams.get('from') === 'check';
    return {
      lang,
      t: scope.t,
      assets: options.assets,
      path: fromCheck ? `${url.pathname}?from=check` : url.pathname,
      languages: ref.model.definition.languages,
      heading: resolveText(ref.model.definition.title, lang, fallback),
      privacyUrl: privacyUrl(lang, ref.study.slug),
      contactEmail: ref.study.contact.email,
    };
  };

  /** Resolves language, study and questionnaire from the path, or answers 404 in the best language there is. */
  const scopeOf = async (c: Ctx): Promise<Scope> => {
    const lang = c.req.param('lang') ?? '';
    const opened = await catalog.open(c.req.param('study') ?? '', c.req.param('questionnaire') ?? '', (id) =>
      getCookie(c, responseCookie(id)),
    );
    if (opened === undefined) throw problems.notFound();
    const { ref, loaded } = opened;
    if (!ref.model.definition.languages.includes(lang)) throw new LanguageProblem(ref);
    const now = options.now();
    return {
      lang,
      t: translator(lang),
      ref,
      urls: questionnaireUrls(lang, ref.study.slug, ref.row.slug),
      now,
      today: todayIn(ref.study.timeZone, now),
      csrf: csrfFor(c),
      loaded,
    };
  };

  const render = (c: Ctx, node: unknown, status: 200 | 404 | 409 | 422 = 200) => sendPage(c, node, status);

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
    return sendPage(c, page, method === 'GET' ? 200 : 403);
  };

  /** The respondent's response read again, after the request has changed it. */
  const reloadResponse = (c: Ctx, scope: Scope): Promise<LoadedResponse | undefined> =>
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
    // As the form fields show them (`savedValues`): what is read back is what was typed.
    number: (value) => formatAnswerNumber(scope.lang, value),
    date: (iso) => formatIsoDate(scope.lang, iso),
  });

  /**
   * A text of the questionnaire in the respondent's language, earlier answers piped in, each one
   * isolated so that its direction (or a control character in it) cannot reorder the text around.
   */
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
            ? repeatOf(state, group.id)?.items[visited.step.index - 1]
            : undefined;
        return isolated(answerText(q, (group === undefined ? state.answers : item)?.[id], words));
      });
    };
  };

  const itemLabel = (scope: Scope, model: Model, state: ResponseState, groupId: string, index: number) => {
    const group = model.groups.get(groupId)!;
    const item = repeatOf(state, groupId)?.items[index - 1] ?? {};
    const words = wordsFor(scope, model);
    const label = renderTemplate(
      resolveText(group.itemLabel, scope.lang, model.definition.fallbackLanguage),
      (id: string) => {
        const q = model.questions.get(id);
        return q === undefined ? '' : isolated(answerText(q, item[id], words));
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
    const values: Record<string, string[]> = {};
    for (const q of visited.questions)
      Object.assign(
        values,
        encodeAnswer(q, visited.answers[q.id], (n) => formatAnswerNumber(scope.lang, n)),
      );
    return values;
  };

  const renderQuestionPage = (
    c: Ctx,
    scope: Scope,
    /** The journey `visited` was found on (`pageStep`). */
    loaded: { model: Model; state: ResponseState; journey: Journey },
    visited: VisitedStep,
    values: FormInput,
    issues: readonly AnswerIssue[],
    status: 200 | 422,
    /** The repeat item the form names, as it was sent (a page shown again with its errors). */
    sentItem?: ItemField,
  ) => {
    const { model, state, journey: j } = loaded;
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
    const item =
      step.kind === 'item' ? (sentItem ?? itemFieldFor(model, scope.loaded?.cells ?? [], step)) : undefined;
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
          // From "check your answers", back there; but a page a change opened comes before the check
          // page can be reached again, so back from it is the page before, still on the way to it.
          fromCheck && j.next.step.key !== step.key
            ? scope.urls.check()
            : back === undefined
              ? scope.urls.landing()
              : `${scope.urls.step(back.step)}${fromCheck && back.step.kind !== 'summary' ? '?from=check' : ''}`
        }
        progress={progressOf(j.steps, step.key)}
        csrf={scope.csrf}
        renderedAt={scope.now.getTime()}
        item={item === undefined ? undefined : itemFieldValue(item)}
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
    const j = journey(model, state, scope.today);
    if (fromCheck) {
      // A change that opens pages not answered yet goes through them, and from them back to "check
      // your answers", not on through every page after them.
      const next = j.next.step;
      const url = scope.urls.step(next);
      return next.kind === 'page' || next.kind === 'item' ? `${url}?from=check` : url;
    }
    const i = j.steps.findIndex((s) => s.step.key === key);
    const nextIndex = j.steps.indexOf(j.next);
    const target = i >= 0 && i + 1 <= nextIndex ? j.steps[i + 1]! : j.next;
    return scope.urls.step(target.step);
  };

  /** A study page's language and study, or a 404. */
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
    hasErrors = false,
  ) => (
    <Layout
      lang={lang}
      t={t}
      title={title}
      hasErrors={hasErrors}
      path={new URL(c.req.url).pathname}
      languages={study.languages}
      heading={resolveText(study.title, lang, study.fallbackLanguage)}
      footer={{ privacy: privacyUrl(lang, study.slug), contact: study.contact.email }}
      assets={options.assets}
    >
      {children as never}
    </Layout>
  );

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
    const count = group === undefined ? 0 : (repeatOf(state, group)?.items.length ?? 0);
    if (g !== undefined && Number(index) === count + 1 && g.pages[0]?.id === page) return j.newItem(g.id);
    return j.visit(key);
  };

  /** The page step a URL names for this respondent, or where to send them instead. */
  const pageStep = (scope: Scope, key: string) => {
    const loaded = scope.loaded;
    const model = loaded?.model ?? scope.ref.model;
    const state = loaded?.state ?? emptyState;
    const j = journey(model, state, scope.today);
    const visited = visitStep(j, model, state, key);
    const isPage = visited !== undefined && (visited.step.kind === 'page' || visited.step.kind === 'item');
    return {
      loaded,
      model,
      state,
      journey: j,
      visited: isPage ? visited : undefined,
      elsewhere: scope.urls.step(j.next.step),
    };
  };

  /** The respondent's response, for steps that need one: undefined without one, 409 once completed. */
  const requireResponse = (scope: Scope) => {
    const loaded = scope.loaded;
    if (loaded === undefined) return undefined;
    if (loaded.row.completed_at) throw problems.completed();
    return loaded;
  };

  /** Whose attempts these are: the client's address, never stored as such. */
  const attemptKey = (c: Ctx, name: string) => `${name}:${clientKey(options.secret, clientAddress(c))}`;

  /**
   * Counts an attempt from the client's address, refused with 429 past `limit`. Returns what takes
   * it back: a guess of a secret that turns out right (a resume code, a receipt) is taken back, so
   * that only wrong ones count and people behind one address (a company, a training centre) who
   * come back with their own codes are not turned away.
   */
  const limited = async (
    c: Ctx,
    name: string,
    limit: { attempts: number; windowSeconds: number },
    now: Date,
  ): Promise<() => Promise<void>> => {
    const key = attemptKey(c, name);
    const count = await countAttempt(store.db, key, now, limit.windowSeconds);
    if (count > limit.attempts) throw problems.tooMany(Math.ceil(limit.windowSeconds / 60));
    return () => refundAttempt(store.db, key, now, limit.windowSeconds);
  };

  return {
    options,
    store,
    catalog,
    csrfFor,
    checkCsrf,
    frameFor,
    scopeOf,
    render,
    redirect,
    dateOf,
    statusPage,
    reloadResponse,
    rememberResponse,
    wordsFor,
    texter,
    itemLabel,
    shownIssues,
    progressOf,
    savedValues,
    renderQuestionPage,
    nextAfter,
    studyScope,
    studyFrame,
    visitStep,
    pageStep,
    requireResponse,
    limited,
  };
}

export type Kit = ReturnType<typeof respondentKit>;

/** The questionnaire exists but not in the language asked for. */
export class LanguageProblem extends Error {
  constructor(readonly ref: QuestionnaireRef) {
    super('language not offered');
  }
}

/** The client's address, for rate limits only (never stored as such). */
export function clientAddress(c: Ctx): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
