import type { MessageKey } from '../i18n/index.ts';
import { isUiLanguage, languageName, negotiateLanguage, translator, uiLanguages } from '../i18n/index.ts';
import type { Ctx, RespondentOptions } from './kit.tsx';
import { LanguageProblem } from './kit.tsx';
import { PageProblem, problems } from './problem.ts';
import { CompletedError, GoneError } from './respondent.service.ts';
import { sendPage } from './send-page.ts';
import { homeUrl, questionnaireUrls, registerUrl, verifyUrl, withLanguage } from './urls.ts';
import type { Assets } from './views/layout.tsx';
import { Layout } from './views/layout.tsx';

/** Problems said to the respondent in their language; anything unexpected is logged and gets a 500 page. */
export function respondentErrors(options: Pick<RespondentOptions, 'logger' | 'assets'>) {
  return (error: Error, c: Ctx) => {
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
                <a href={withLanguage(path, l)} lang={l}>
                  {languageName(l)}
                </a>
              </li>
            ))}
          </ul>
        </Layout>
      );
      return sendPage(c, page, 404);
    }
    if (error instanceof GoneError) {
      // The response was deleted while this request waited for it (consent withdrawn in another
      // tab): there is nothing left to change or send, so the respondent is where a new one starts.
      const { lang: at = lang, study, questionnaire } = c.req.param() as Record<string, string | undefined>;
      const landing =
        study === undefined || questionnaire === undefined
          ? homeUrl(lang)
          : questionnaireUrls(at, study, questionnaire).landing();
      c.header('Cache-Control', 'no-store');
      return c.redirect(landing, 303);
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
      options.logger.error({ err: error, path: loggablePath(new URL(c.req.url).pathname) }, 'request failed');
    }
    const shown = problem ?? new PageProblem(500, 'error.server.title', 'error.server.body');
    return problemPage(c, lang, shown, options.assets);
  };
}

/**
 * A path as a log may keep it: the segment after `/i/` (a personal invitation), `/unsubscribe/` and
 * `/console/link/` (a sign-in or set-up link) is a credential, and is replaced by `…`; so is any
 * segment with an `@` in it, written as it is or percent-encoded (once or more: `%40`, `%2540`),
 * since it may be an e-mail address someone typed into the address bar.
 */
export function loggablePath(path: string): string {
  return path
    .replace(/(\/(?:i|unsubscribe|link)\/)[^/]+/g, '$1…')
    .replace(/(^|\/)[^/]*(?:@|%(?:25)*40)[^/]*/gi, '$1…');
}

/** The respondent's language for an error: the path's, else the browser's. */
export function pickLanguage(c: Ctx): string {
  const first = new URL(c.req.url).pathname.split('/')[1] ?? '';
  return isUiLanguage(first) ? first : negotiateLanguage(c.req.header('accept-language'), uiLanguages);
}

interface Start {
  readonly href: string;
  readonly label: MessageKey;
  /** Said on a "page not found": where to start again. */
  readonly notFound: MessageKey;
}

/**
 * Where an error page leads: the start of the part of the site the request was in (the register's
 * search, the credential check), else the list of questionnaires.
 */
function startOf(path: string, lang: string): Start {
  const area = /^\/[a-z]{2}\/(register|verify)(?:\/|$)/.exec(path)?.[1];
  if (area === 'register')
    return { href: registerUrl(lang), label: 'error.start.register', notFound: 'error.notFound.bodyLink' };
  if (area === 'verify')
    return { href: verifyUrl(lang), label: 'error.start.verify', notFound: 'error.notFound.bodyLink' };
  return { href: homeUrl(lang), label: 'error.start', notFound: 'error.notFound.body' };
}

/** A problem as a page in the respondent's language, with a way back to the start. */
export function problemPage(c: Ctx, lang: string, problem: PageProblem, assets: Assets) {
  const t = translator(lang);
  const start = startOf(new URL(c.req.url).pathname, lang);
  const body = problem.bodyKey === 'error.notFound.body' ? start.notFound : problem.bodyKey;
  const page = (
    <Layout lang={lang} t={t} title={t(problem.titleKey)} assets={assets}>
      <h1>{t(problem.titleKey)}</h1>
      <p>{t(body, problem.params)}</p>
      <p>
        <a href={start.href}>{t(start.label)}</a>
      </p>
    </Layout>
  );
  if (problem.status === 503) c.header('Retry-After', '30');
  // A client over a limit is told how long to wait: the limit's window (problems.tooMany), in seconds.
  const { minutes } = problem.params;
  if (problem.status === 429 && typeof minutes === 'number' && Number.isSafeInteger(minutes) && minutes > 0)
    c.header('Retry-After', String(minutes * 60));
  return sendPage(c, page, problem.status);
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
    ].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect|is not queryable/i.test(message)
  );
}
