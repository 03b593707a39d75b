import type { Hono } from 'hono';
import { formatDateTime, isUiLanguage, languageNames, uiLanguages } from '../i18n/index.ts';
import {
  apiTokensOf,
  deleteSessionsOf,
  insertApiToken,
  insertSession,
  parseRowId,
  revokeApiToken,
  setAccountLanguage,
  setPasswordHash,
} from '../store/index.ts';
import { formIssues, readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { newToken, sessionLimits, sha256 } from './kit.tsx';
import { passwordProblemKey } from './labels.ts';
import { consoleTranslator } from './messages/index.ts';
import { hashPassword, passwordProblem, passwordRules, verifyPassword } from './passwords.ts';
import { ConsoleProblem } from './problem.ts';
import { clipText } from './stored-text.ts';
import type { FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/** API tokens are shown once; what is kept is their SHA-256 (256 random bits need no slow hash). */
export const apiTokenPrefix = 'cm_';

export function accountRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { options } = kit;
  const { store } = options;

  const page = async (
    c: ConsoleContext,
    state: { issues?: FieldIssue[]; newToken?: string; notice?: string } = {},
    status: 200 | 422 = 200,
  ) => {
    const principal = kit.principalOf(c);
    const t = kit.t(c);
    const csrf = kit.csrfFor(c);
    const tokens = await apiTokensOf(store.db, principal.account.id);
    const err = (f: string) => state.issues?.find((i) => i.field === f)?.message;
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.frame(c)}
        title={t('console.account.title')}
        hasErrors={(state.issues?.length ?? 0) > 0}
      >
        <h1>{t('console.account.title')}</h1>
        <IssueSummary t={t} issues={state.issues ?? []} />
        {state.notice !== undefined && (
          <div class="panel" role="status">
            <p>{state.notice}</p>
          </div>
        )}
        <p>
          {principal.account.name} · {principal.account.email}
        </p>
        <form method="post" action="/console/account/language">
          <Csrf value={csrf} />
          <Field id="language" label={t('console.account.language')}>
            <select id="language" name="language">
              {uiLanguages.map((l) => (
                <option value={l} lang={l} selected={l === principal.account.language}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          </Field>
          <div class="actions">
            <button type="submit" class="button button-secondary">
              {t('console.account.languageSave')}
            </button>
          </div>
        </form>

        <h2>{t('console.account.passwordSave')}</h2>
        <form method="post" action="/console/account/password" novalidate>
          <Csrf value={csrf} />
          <Field
            id="current"
            label={t('console.account.currentPassword')}
            type="password"
            autocomplete="current-password"
            error={err('current')}
          />
          <Field
            id="password"
            label={t('console.account.newPassword')}
            hint={t('console.account.passwordHint', { min: passwordRules.min })}
            type="password"
            autocomplete="new-password"
            error={err('password')}
          />
          <div class="actions">
            <button type="submit" class="button button-secondary">
              {t('console.account.passwordSave')}
            </button>
          </div>
        </form>

        <h2>{t('console.account.tokens')}</h2>
        <p>{t('console.account.tokensIntro')}</p>
        {state.newToken !== undefined && (
          <div class="panel" role="status">
            <p>{t('console.account.tokenCreated')}</p>
            <p class="code">{state.newToken}</p>
          </div>
        )}
        {tokens.length === 0 ? (
          <p>{t('console.account.tokenNone')}</p>
        ) : (
          <ul class="items">
            {tokens.map((tok) => (
              <li>
                <span class="item-label">{tok.name}</span>{' '}
                <span class="meta">
                  {t('console.account.tokenLastUsed')}:{' '}
                  {tok.last_used_at === null
                    ? t('console.account.tokenNever')
                    : formatDateTime(t.lang, tok.last_used_at, 'UTC')}
                </span>
                <form method="post" action={`/console/account/tokens/${tok.id}/revoke`} class="item-actions">
                  <Csrf value={csrf} />
                  <button type="submit" class="button button-secondary">
                    {t('console.account.tokenRevoke')}
                    <span class="visually-hidden"> {tok.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form method="post" action="/console/account/tokens" novalidate>
          <Csrf value={csrf} />
          <Field id="token_name" label={t('console.account.tokenName')} error={err('token_name')} />
          <div class="actions">
            <button type="submit" class="button button-secondary">
              {t('console.account.tokenCreate')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/account', { kind: 'signedIn' }, (c) => page(c));

  kit.route(app, 'POST', '/console/account/language', { kind: 'signedIn' }, async (c) => {
    const form = await readConsoleForm(c, kit);
    const language = form.value('language');
    if (!isUiLanguage(language)) throw ConsoleProblem.badRequest();
    await setAccountLanguage(store.db, kit.principalOf(c).account.id, language);
    return kit.redirect(c, '/console/account');
  });

  kit.route(app, 'POST', '/console/account/password', { kind: 'signedIn' }, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const principal = kit.principalOf(c);
    const t = kit.t(c);
    const current = form.fields.current?.[0] ?? '';
    const password = form.fields.password?.[0] ?? '';
    const issues: FieldIssue[] = [];
    if (!(await verifyPassword(principal.account.password_hash, current)))
      issues.push({ field: 'current', message: t('console.account.passwordWrong') });
    const problem = passwordProblem(password, principal.account.email);
    if (problem !== undefined)
      issues.push({
        field: 'password',
        message: t(passwordProblemKey[problem], { min: passwordRules.min, max: passwordRules.max }),
      });
    const all = formIssues(form, t, issues);
    if (all.length > 0) return page(c, { issues: all }, 422);
    const hash = await hashPassword(password);
    const now = options.now();
    const token = newToken();
    // Every other session ends; this one is replaced by a new id.
    await store.db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, principal.account.id, hash);
      await deleteSessionsOf(trx, principal.account.id);
      await insertSession(trx, {
        id: sha256(token),
        accountId: principal.account.id,
        now,
        expiresAt: new Date(now.getTime() + sessionLimits.idleMs),
      });
    });
    kit.startSession(c, token);
    const lang = consoleTranslator(principal.account.language);
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={{
          t: lang,
          lang: lang.lang,
          assets: options.assets,
          csrf: kit.csrfFor(c),
          who: principal.account.name,
        }}
        title={t('console.account.title')}
      >
        <h1>{t('console.account.title')}</h1>
        <div class="panel" role="status">
          <p>{t('console.account.passwordChanged')}</p>
        </div>
        <p>
          <a href="/console/account">{t('console.account.title')}</a>
        </p>
      </ConsoleLayout>,
    );
  });

  kit.route(app, 'POST', '/console/account/tokens', { kind: 'signedIn' }, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const principal = kit.principalOf(c);
    const t = kit.t(c);
    const name = clipText(form.value('token_name'), 100);
    const issues = formIssues(
      form,
      t,
      name === '' ? [{ field: 'token_name', message: t('console.account.nameMissing') }] : [],
    );
    if (issues.length > 0) return page(c, { issues }, 422);
    const token = `${apiTokenPrefix}${newToken()}`;
    await insertApiToken(store.db, { accountId: principal.account.id, name, tokenHash: sha256(token) });
    return page(c, { newToken: token });
  });

  kit.route(app, 'POST', '/console/account/tokens/:id/revoke', { kind: 'signedIn' }, async (c) => {
    await readConsoleForm(c, kit);
    const id = parseRowId(c.req.param('id'));
    if (
      id === undefined ||
      !(await revokeApiToken(store.db, kit.principalOf(c).account.id, id, options.now()))
    )
      throw ConsoleProblem.notFound();
    return kit.redirect(c, '/console/account');
  });
}
