import type { Hono } from 'hono';
import type { AnswerIssue } from '../questionnaire/index.ts';
import { journey, repeatOf, resolveText, submitSummary } from '../questionnaire/index.ts';
import { readForm, secondsSince } from './form.ts';
import type { Ctx, Kit, Scope } from './kit.tsx';
import { questionnairePath as q } from './kit.tsx';
import { problems } from './problem.ts';
import type { LoadedResponse } from './respondent.service.ts';
import { finishGroup, itemKeysIn, removeGroupItem } from './respondent.service.ts';
import { RemovePage, SummaryPage } from './views/pages.tsx';

/** Repeat groups: the summary with "add another?", and removing an item. */
export function repeatRoutes(app: Hono, kit: Kit): void {
  const {
    checkCsrf,
    frameFor,
    scopeOf,
    render,
    redirect,
    statusPage,
    reloadResponse,
    itemLabel,
    shownIssues,
    nextAfter,
    requireResponse,
    store,
  } = kit;
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
    const j = journey(model, state, scope.today);
    const items = repeatOf(state, groupId)?.items ?? [];
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

  app.get(`${q}/r/:group`, async (c) => {
    const scope = await scopeOf(c);
    const closed = statusPage(c, scope, 'GET');
    if (closed !== undefined) return closed;
    const loaded = scope.loaded;
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    if (loaded.row.completed_at) return redirect(c, scope.urls.done());
    const groupId = c.req.param('group');
    const j = journey(loaded.model, loaded.state, scope.today);
    if (j.visit(groupId)?.step.kind !== 'summary') return redirect(c, scope.urls.step(j.next.step));
    return summaryPage(c, scope, loaded, groupId, [], 200);
  });

  app.post(`${q}/r/:group`, async (c) => {
    const scope = await scopeOf(c);
    const { form, system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    const loaded = requireResponse(scope);
    if (loaded === undefined) return redirect(c, scope.urls.landing());
    const groupId = c.req.param('group');
    const j = journey(loaded.model, loaded.state, scope.today);
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
    const after = await reloadResponse(c, scope);
    return redirect(c, nextAfter(scope, loaded.model, after!.state, groupId, false));
  });

  /**
   * The item a remove page names: by its number in the URL to show it; by the key its form carries
   * to remove it, wherever the item is by then (undefined: by the number, for a form without one).
   */
  const removeTarget = async (c: Ctx, key?: string) => {
    const scope = await scopeOf(c);
    const loaded = requireResponse(scope);
    const groupId = c.req.param('group') ?? '';
    const index = Number(c.req.param('index'));
    const count = loaded === undefined ? 0 : (repeatOf(loaded.state, groupId)?.items.length ?? 0);
    const j = loaded === undefined ? undefined : journey(loaded.model, loaded.state, scope.today);
    const allowed =
      loaded !== undefined &&
      j?.visit(groupId)?.step.kind === 'summary' &&
      (key !== undefined || (index >= 1 && index <= count));
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
        itemKey={itemKeysIn(loaded.model, loaded.cells, groupId)[index - 1]}
        action={scope.urls.remove(groupId, index)}
        cancelUrl={scope.urls.summary(groupId)}
        csrf={scope.csrf}
      />,
    );
  });

  app.post(`${q}/r/:group/:index{[0-9]{1,3}}/remove`, async (c) => {
    const { system } = await readForm(c);
    checkCsrf(c, system.csrf);
    const key = system.item?.key;
    const { scope, loaded, groupId, index, allowed } = await removeTarget(c, key);
    const closed = statusPage(c, scope, 'POST');
    if (closed !== undefined) return closed;
    if (!allowed || loaded === undefined) return redirect(c, scope.urls.landing());
    await removeGroupItem(store, loaded.model, loaded.row.id, groupId, { index, key }, scope.now);
    const after = await reloadResponse(c, scope);
    const j = journey(loaded.model, after!.state, scope.today);
    return redirect(
      c,
      j.visit(groupId) !== undefined ? scope.urls.summary(groupId) : scope.urls.step(j.next.step),
    );
  });
}
