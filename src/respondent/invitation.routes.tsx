import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { isWellFormedToken, tokenHash } from '../distribution/index.ts';
import { isUiLanguage, translator } from '../i18n/index.ts';
import { findContactByToken, unsubscribeContact } from '../store/index.ts';
import type { Ctx, Kit } from './kit.tsx';
import { invitationCookie, questionnairePath as q } from './kit.tsx';
import { problems } from './problem.ts';
import { Layout } from './views/layout.tsx';
import { MessagePage } from './views/pages.tsx';
import { FormGuard } from './views/parts.tsx';

/** Personal links from invitation e-mails, and the unsubscribe link every such e-mail carries. */
export function invitationRoutes(app: Hono, kit: Kit): void {
  const { scopeOf, frameFor, render, redirect, options, store } = kit;

  // The personal link: remembered in a cookie until the first page is saved, then the landing page.
  app.get(`${q}/i/:token`, async (c) => {
    const scope = await scopeOf(c);
    const token = c.req.param('token');
    const contact = isWellFormedToken(token)
      ? await findContactByToken(store.db, tokenHash(token))
      : undefined;
    const { t } = scope;
    if (contact === undefined || contact.questionnaire_id !== scope.ref.row.id)
      return render(
        c,
        <MessagePage
          frame={frameFor(c, scope)}
          title={t('invitation.invalid.title')}
          body={t('invitation.invalid.body')}
        />,
        404,
      );
    if (contact.completed_on !== null)
      return render(
        c,
        <MessagePage
          frame={frameFor(c, scope)}
          title={t('invitation.used.title')}
          body={t('invitation.used.body')}
        />,
      );
    setCookie(c, invitationCookie(scope.ref.row.id), token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookies,
      maxAge: 90 * 24 * 3600,
    });
    return redirect(c, scope.urls.landing());
  });

  const unsubscribePage = (c: Ctx, done: boolean) => {
    const lang = c.req.param('lang') ?? 'en';
    const t = translator(lang);
    const title = done ? t('unsubscribe.done.title') : t('unsubscribe.title');
    return render(
      c,
      <Layout lang={lang} t={t} title={title} assets={options.assets}>
        <h1>{title}</h1>
        <p>{done ? t('unsubscribe.done.body') : t('unsubscribe.body')}</p>
        {!done && (
          <form method="post" action={new URL(c.req.url).pathname}>
            <FormGuard csrf={kit.csrfFor(c)} />
            <button type="submit" class="button">
              {t('unsubscribe.submit')}
            </button>
          </form>
        )}
      </Layout>,
    );
  };

  const contactOf = async (c: Ctx) => {
    // A language the page is not written in names no page, as everywhere else.
    if (!isUiLanguage(c.req.param('lang') ?? '')) throw problems.notFound();
    const token = c.req.param('token') ?? '';
    const contact = isWellFormedToken(token)
      ? await findContactByToken(store.db, tokenHash(token))
      : undefined;
    if (contact === undefined) throw problems.notFound();
    return contact;
  };

  // Opening the link changes nothing (mail scanners open links); the button does.
  app.get('/:lang{[a-z]{2}}/unsubscribe/:token', async (c) => {
    const contact = await contactOf(c);
    return unsubscribePage(c, contact.unsubscribed_at !== null);
  });

  // The token is the authority here, so no CSRF token is asked: this also serves mail programs'
  // one-click unsubscribe (RFC 8058), which post "List-Unsubscribe=One-Click" and nothing else.
  app.post('/:lang{[a-z]{2}}/unsubscribe/:token', async (c) => {
    const contact = await contactOf(c);
    await unsubscribeContact(store.db, contact.id, options.now());
    return unsubscribePage(c, true);
  });
}
