import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { addressRefused, isEmailAddress, smtpCodes } from '../mail/index.ts';
import { journey, resolveText } from '../questionnaire/index.ts';
import { isWellFormedCode, normaliseCode } from './codes.ts';
import { readForm } from './form.ts';
import type { Ctx, Kit, Scope } from './kit.tsx';
import { emailLimit, questionnairePath as q, responseCookie, resumeLimit } from './kit.tsx';
import { problems } from './problem.ts';
import type { LoadedResponse } from './respondent.service.ts';
import { loadResponse } from './respondent.service.ts';
import { ResumePage, SavePage } from './views/pages.tsx';
import type { ShownIssue } from './views/parts.tsx';

/** Save and continue later: the resume code, the e-mailed link, and resuming. */
export function resumeRoutes(app: Hono, kit: Kit): void {
  const {
    checkCsrf,
    frameFor,
    scopeOf,
    render,
    redirect,
    dateOf,
    statusPage,
    rememberResponse,
    requireResponse,
    limited,
    options,
    store,
    catalog,
  } = kit;
  const savePageView = (
    c: Ctx,
    scope: Scope,
    loaded: LoadedResponse,
    extra: { sent?: boolean; issues?: ShownIssue[]; email?: string; status?: 200 | 422 },
  ) => {
    const code = getCookie(c, responseCookie(scope.ref.row.id)) ?? '';
    const j = journey(loaded.model, loaded.state, scope.today);
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
    // Once closed, there is nothing to come back to: the page that says so, not a way to save.
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const loaded = scope.loaded;
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    return savePageView(c, scope, loaded, {});
  });

  app.post(`${q}/save/email`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    // No link to a questionnaire that no longer takes answers.
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const loaded = requireResponse(scope);
    if (loaded === undefined || options.mailer === undefined) return redirect(c, scope.urls.landing());
    const email = (form.email?.[0] ?? '').trim();
    if (Object.keys(form).some((k) => k !== 'email') || (form.email?.length ?? 0) > 1)
      throw problems.badRequest();
    const invalid = () =>
      savePageView(c, scope, loaded, {
        issues: [{ path: 'email', message: scope.t('issue.email.invalid') }],
        email,
        status: 422,
      });
    // A deliberately simple check: one @, something on both sides, a dot in the domain, no spaces.
    if (!isEmailAddress(email)) return invalid();
    await limited(c, 'email', emailLimit, scope.now);
    const code = getCookie(c, responseCookie(scope.ref.row.id)) ?? '';
    const title = resolveText(
      scope.ref.model.definition.title,
      scope.lang,
      scope.ref.model.definition.fallbackLanguage,
    );
    const link = `${options.publicUrl}${scope.urls.resume()}?code=${encodeURIComponent(code)}`;
    const closes = dateOf(scope, scope.ref.row.closes_at);
    try {
      await options.mailer.send({
        to: email,
        subject: scope.t('email.resume.subject', { title }),
        text: scope.t('email.resume.body', {
          title,
          link,
          deadline: closes === undefined ? '' : scope.t('email.resume.deadline', { date: closes }),
        }),
      });
    } catch (error) {
      // Only what SMTP said in codes: a server's reply text often repeats the address.
      const smtp = smtpCodes(error);
      // The mail server would not take the address: as wrong as one the form refuses. It still
      // counts towards the limit, so that the form cannot be used to ask the server which mailboxes exist.
      // Noted all the same: a relay that refuses every address is the service's fault, not the respondent's.
      if (addressRefused(smtp)) {
        options.logger.warn({ smtp }, 'resume e-mail address refused by the mail server');
        return invalid();
      }
      options.logger.warn({ smtp }, 'resume e-mail could not be sent');
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

  /** Opens the response a code names on this device; only wrong codes count towards the limit. */
  const resumeWith = async (c: Ctx, scope: Scope, code: string) => {
    const right = await limited(c, 'resume', resumeLimit, scope.now);
    const found = isWellFormedCode(code) ? await loadResponse(store, catalog, scope.ref, code) : undefined;
    if (found === undefined) return undefined;
    await right();
    rememberResponse(
      c,
      scope,
      normaliseCode(code)
        .match(/.{1,4}/g)!
        .join('-'),
    );
    if (found.row.completed_at) return scope.urls.done();
    return scope.urls.step(journey(found.model, found.state, scope.today).next.step);
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
    if (code.trim() === '')
      return resumeView(c, scope, code, [{ path: 'code', message: scope.t('issue.resume.empty') }], 422);
    const target = await resumeWith(c, scope, code);
    if (target !== undefined) return redirect(c, target);
    return resumeView(c, scope, code, [{ path: 'code', message: scope.t('issue.resume.unknown') }], 422);
  });
}
