import type { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { isWellFormedToken, tokenHash } from '../distribution/index.ts';
import type { LocalizedText } from '../questionnaire/index.ts';
import {
  answerText,
  emptyState,
  journey,
  resolveText,
  submitPage,
  takesAnswer,
} from '../questionnaire/index.ts';
import { findContactByToken } from '../store/index.ts';
import { readForm, secondsSince } from './form.ts';
import type { Ctx, Kit, Scope } from './kit.tsx';
import { invitationCookie, questionnairePath as q, responseCookie } from './kit.tsx';
import { problems } from './problem.ts';
import type { ItemLost } from './respondent.service.ts';
import {
  deleteResponse,
  itemFieldFor,
  placeItem,
  savePage,
  stateOf,
  submitResponse,
} from './respondent.service.ts';
import { eraseUrl } from './urls.ts';
import type { CheckSection } from './views/pages.tsx';
import { CheckPage, DonePage, LandingPage, MessagePage } from './views/pages.tsx';

/** Landing page, question pages, check your answers, submission and thanks. */
export function questionnaireRoutes(app: Hono, kit: Kit): void {
  const {
    checkCsrf,
    frameFor,
    scopeOf,
    render,
    redirect,
    dateOf,
    statusPage,
    rememberResponse,
    wordsFor,
    texter,
    itemLabel,
    savedValues,
    renderQuestionPage,
    nextAfter,
    pageStep,
    requireResponse,
    store,
  } = kit;
  app.get(q, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const { ref, lang } = scope;
    const def = ref.model.definition;
    const fallback = def.fallbackLanguage;
    const loaded = scope.loaded;
    const first = journey(ref.model, emptyState, scope.today).steps[0]!;
    let continueUrl: string | undefined;
    if (loaded !== undefined && loaded.row.completed_at === null) {
      continueUrl = scope.urls.step(journey(loaded.model, loaded.state, scope.today).next.step);
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

  /** A page step, at top level or in a repeat item: show it. */
  const showStep = async (c: Ctx, key: string) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const { loaded, model, state, journey: j, visited, elsewhere } = pageStep(scope, key);
    if (loaded?.row.completed_at) return redirect(c, scope.urls.done());
    if (visited === undefined) return redirect(c, elsewhere);
    return renderQuestionPage(
      c,
      scope,
      { model, state, journey: j },
      visited,
      savedValues(scope, visited),
      [],
      200,
    );
  };

  /** The invitation a personal link left in a cookie, if it is still unused. */
  const invitationOf = async (c: Ctx, scope: Scope): Promise<number | undefined> => {
    const token = getCookie(c, invitationCookie(scope.ref.row.id));
    if (token === undefined || !isWellFormedToken(token)) return undefined;
    const contact = await findContactByToken(store.db, tokenHash(token));
    return contact?.questionnaire_id === scope.ref.row.id ? contact.id : undefined;
  };

  /** Nothing of a page of a repeat item was stored: its item was removed, or its group is full. */
  const itemLost = (c: Ctx, scope: Scope, lost: ItemLost) => {
    const { t } = scope;
    return render(
      c,
      <MessagePage
        frame={frameFor(c, scope)}
        title={t(lost.kind === 'removed' ? 'repeat.gone.title' : 'repeat.full.title')}
        body={lost.kind === 'removed' ? t('repeat.gone.body') : t('repeat.full.body', { max: lost.max })}
        link={{ href: scope.urls.summary(lost.groupId), text: t('repeat.toList') }}
      />,
      409,
    );
  };

  /** A page step: decode, validate with the engine, store in one transaction, go on. */
  const saveStep = async (c: Ctx, key: string) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    if (scope.loaded?.row.completed_at) throw problems.completed();
    // A page of a repeat item goes to the item its form names, wherever that item is now.
    const placed = placeItem(
      scope.loaded?.model ?? scope.ref.model,
      scope.loaded?.cells ?? [],
      key,
      system.item,
    );
    if (placed.kind !== 'at') return itemLost(c, scope, placed);
    const { loaded, model, state, journey: j, visited, elsewhere } = pageStep(scope, placed.key);
    if (visited === undefined) return redirect(c, elsewhere);
    const item =
      visited.step.kind !== 'item'
        ? undefined
        : (placed.item ?? itemFieldFor(model, loaded?.cells ?? [], visited.step));
    // Leaving to come back later keeps what was answered even with a question still open; a
    // response is only begun (consent given) by a page that is whole.
    const leaving = system.action === 'save' && loaded !== undefined;
    const result = submitPage(model, visited, form, scope.lang, leaving);
    if (result.kind === 'forged') throw problems.badRequest();
    if (result.kind === 'invalid')
      return renderQuestionPage(
        c,
        scope,
        { model, state, journey: j },
        visited,
        form,
        result.issues,
        422,
        item,
      );

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
    const saved = await savePage(store, loaded?.row.version_id ?? scope.ref.versionId, loaded, {
      visited,
      answers: result.answers,
      language: scope.lang,
      seconds: secondsSince(system.renderedAt, scope.now),
      now: scope.now,
      invitation: loaded === undefined ? await invitationOf(c, scope) : undefined,
      honeypot: system.honeypot,
      item,
    });
    if (saved.kind !== 'saved') return itemLost(c, scope, saved);
    if (saved.resumeCode !== undefined) {
      rememberResponse(c, scope, saved.resumeCode);
      deleteCookie(c, invitationCookie(scope.ref.row.id), { path: '/' });
    }
    if (system.action === 'save') return redirect(c, scope.urls.save());
    const fromCheck = c.req.query('from') === 'check';
    return redirect(c, nextAfter(scope, model, stateOf(model, saved.cells), saved.key, fromCheck));
  };

  app.get(`${q}/p/:page`, (c) => showStep(c, c.req.param('page')));
  app.post(`${q}/p/:page`, (c) => saveStep(c, c.req.param('page')));
  app.get(`${q}/r/:group/new`, (c) => showStep(c, `${c.req.param('group')}/new`));
  const itemStepKey = (c: Ctx) =>
    `${c.req.param('group')}/${Number(c.req.param('index'))}/${c.req.param('page')}`;
  app.get(`${q}/r/:group/:index{[0-9]{1,3}}/:page`, (c) => showStep(c, itemStepKey(c)));
  app.post(`${q}/r/:group/:index{[0-9]{1,3}}/:page`, (c) => saveStep(c, itemStepKey(c)));

  // ---------------------------------------------------------------- check, submit, done

  app.get(`${q}/check`, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const loaded = scope.loaded;
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    const { model, state } = loaded;
    const j = journey(model, state, scope.today);
    if (j.next.step.kind !== 'check') {
      // Not reachable yet: the page still to answer first, whose saving leads back here.
      const next = j.next.step;
      const fromCheck = next.kind === 'page' || next.kind === 'item' ? '?from=check' : '';
      return redirect(c, `${scope.urls.step(next)}${fromCheck}`);
    }
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
    const loaded = requireResponse(scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    // Whether the answers reach "check your answers" is decided on the answers as stored when the
    // response is locked, not as this request read them: a page saved in another tab may come between.
    const sent = await submitResponse(store, loaded.model, loaded.row.id, scope.now, scope.today);
    return redirect(c, sent.kind === 'completed' ? scope.urls.done() : scope.urls.step(sent.next));
  });

  app.get(`${q}/done`, async (c) => {
    const scope = await scopeOf(c);
    const loaded = scope.loaded;
    if (!loaded?.row.completed_at || loaded.row.receipt === null) return redirect(c, scope.urls.landing());
    return render(
      c,
      <DonePage
        frame={frameFor(c, scope)}
        receipt={loaded.row.receipt}
        eraseUrl={eraseUrl(scope.lang, scope.ref.study.slug)}
      />,
    );
  });
}
