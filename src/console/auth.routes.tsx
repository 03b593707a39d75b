import { createHmac } from 'node:crypto';
import type { Hono } from 'hono';
import { isEmailAddress } from '../mail/index.ts';
import type { Store } from '../store/index.ts';
import {
  attemptsSoFar,
  countAccounts,
  countAttempt,
  deleteSession,
  deleteSessionsOf,
  ensureAccount,
  findAccount,
  findAccountByEmail,
  findAccountLink,
  insertAccountLink,
  insertSession,
  recordAudit,
  setMembership,
  setPasswordHash,
  useAccountLink,
} from '../store/index.ts';
import { formIssues, readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { newToken, sessionLimits, sha256 } from './kit.tsx';
import { passwordProblemKey } from './labels.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { consoleTranslator, pickConsoleLanguage } from './messages/index.ts';
import { hashPassword, passwordProblem, passwordRules, verifyPassword } from './passwords.ts';
import { ConsoleProblem } from './problem.ts';
import { clipText } from './stored-text.ts';
import type { ConsoleFrame, FieldIssue } from './views/layout.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/**
 * Failed sign-ins are counted per address (whether or not an account has it, so a lockout tells
 * nothing about who has an account) and per client.
 */
export const loginLimits = {
  perAddress: { attempts: 5, windowSeconds: 15 * 60 },
  perClient: { attempts: 30, windowSeconds: 15 * 60 },
};

const linkLifetimeMs = 7 * 24 * 3600 * 1000;

/** A one-time link that lets its holder set a password: for an account, or for the first owner. */
export async function createAccountLink(
  store: Store,
  publicUrl: string,
  accountId: number | null,
  now: Date,
): Promise<string> {
  const token = newToken();
  await insertAccountLink(store.db, {
    id: sha256(token),
    accountId,
    expiresAt: new Date(now.getTime() + linkLifetimeMs),
  });
  return `${publicUrl}/console/link/${token}`;
}

/** On an installation without accounts: the link that creates its first owner, or undefined. */
export async function setupLinkIfNeeded(
  store: Store,
  publicUrl: string,
  now: Date,
): Promise<string | undefined> {
  if ((await countAccounts(store.db)) > 0) return undefined;
  return createAccountLink(store, publicUrl, null, now);
}

export function authRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit): void {
  const { options } = kit;
  const { store } = options;

  const frameOf = (c: ConsoleContext, t: ConsoleTranslate): ConsoleFrame => ({
    t,
    lang: t.lang,
    assets: options.assets,
    csrf: kit.csrfFor(c),
  });
  const limitKey = (kind: string, value: string) =>
    `login-${kind}:${createHmac('sha256', options.secret).update(value).digest('base64url').slice(0, 22)}`;
  // The socket's address: a forwarded-for header is the client's to write, so it cannot limit anyone.
  const clientAddress = (c: ConsoleContext) =>
    (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
      ?.remoteAddress ?? 'local';

  const loginPage = (
    c: ConsoleContext,
    t: ConsoleTranslate,
    state: { email?: string | undefined; issues?: FieldIssue[]; next?: string | undefined },
    status: 200 | 401 | 422 | 429 = 200,
  ) =>
    sendConsolePage(
      c,
      <ConsoleLayout
        frame={frameOf(c, t)}
        title={t('console.login.title')}
        hasErrors={(state.issues?.length ?? 0) > 0}
      >
        <h1>{t('console.login.title')}</h1>
        <IssueSummary t={t} issues={state.issues ?? []} />
        <form method="post" action="/console/login" novalidate>
          <Csrf value={kit.csrfFor(c)} />
          {state.next !== undefined && <input type="hidden" name="next" value={state.next} />}
          <Field
            id="email"
            label={t('console.login.email')}
            type="email"
            autocomplete="username"
            value={state.email}
            required
          />
          <Field
            id="password"
            label={t('console.login.password')}
            type="password"
            autocomplete="current-password"
            required
          />
          <div class="actions">
            <button type="submit" class="button">
              {t('console.login.submit')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      status,
    );

  /** Only paths inside the console are followed after sign-in: no open redirect. */
  const safeNext = (next: string | undefined) =>
    next !== undefined && /^\/console(\/[A-Za-z0-9_\-./]*)?$/.test(next) && !next.includes('//')
      ? next
      : '/console';

  kit.route(app, 'GET', '/console/login', { kind: 'public' }, (c) => {
    if (c.get('principal') !== undefined) return kit.redirect(c, '/console');
    const t = consoleTranslator(pickConsoleLanguage(c.req.header('accept-language')));
    return loginPage(c, t, { next: c.req.query('next') });
  });

  kit.route(app, 'POST', '/console/login', { kind: 'public' }, async (c) => {
    const t = consoleTranslator(pickConsoleLanguage(c.req.header('accept-language')));
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const email = clipText(form.value('email').toLowerCase(), 320);
    const password = form.fields.password?.[0] ?? '';
    const next = form.value('next') || undefined;
    // No account has such an address or password: said on the field, and not counted as an attempt.
    const unstorable = formIssues(form, t, [], (name) =>
      name === 'email' || name === 'password' ? name : '',
    );
    if (unstorable.length > 0)
      return loginPage(c, t, { email, next: safeNext(next), issues: unstorable }, 422);
    const now = options.now();
    const addressKey = limitKey('address', email);
    const clientKey = limitKey('client', clientAddress(c));
    const { perAddress, perClient } = loginLimits;
    if (
      (await attemptsSoFar(store.db, addressKey, now, perAddress.windowSeconds)) >= perAddress.attempts ||
      (await attemptsSoFar(store.db, clientKey, now, perClient.windowSeconds)) >= perClient.attempts
    ) {
      const minutes = perAddress.windowSeconds / 60;
      return loginPage(
        c,
        t,
        { email, next, issues: [{ field: 'email', message: t('console.login.locked', { minutes }) }] },
        429,
      );
    }
    const account = email === '' ? undefined : await findAccountByEmail(store.db, email);
    const ok =
      (await verifyPassword(account?.password_hash ?? null, password)) &&
      account !== undefined &&
      account.disabled_at === null;
    if (!ok || account === undefined) {
      await countAttempt(store.db, addressKey, now, perAddress.windowSeconds);
      await countAttempt(store.db, clientKey, now, perClient.windowSeconds);
      return loginPage(
        c,
        t,
        { email, next, issues: [{ field: 'email', message: t('console.login.wrong') }] },
        401,
      );
    }
    // A new session id at every sign-in: a session fixed before sign-in is never carried over.
    const token = newToken();
    await insertSession(store.db, {
      id: sha256(token),
      accountId: account.id,
      now,
      expiresAt: new Date(now.getTime() + sessionLimits.idleMs),
    });
    kit.startSession(c, token);
    return kit.redirect(c, safeNext(next));
  });

  kit.route(app, 'POST', '/console/logout', { kind: 'signedIn' }, async (c) => {
    await readConsoleForm(c, kit);
    const principal = kit.principalOf(c);
    if (principal.sessionId !== undefined) await deleteSession(store.db, principal.sessionId);
    kit.endSession(c);
    return kit.redirect(c, '/console/login');
  });

  const linkPage = async (
    c: ConsoleContext,
    state: { issues?: FieldIssue[]; name?: string | undefined; email?: string | undefined },
    status: 200 | 422 = 200,
  ) => {
    const token = c.req.param('token') ?? '';
    const link = await findAccountLink(store.db, sha256(token), options.now());
    const t = consoleTranslator(pickConsoleLanguage(c.req.header('accept-language')));
    if (link === undefined) throw new ConsoleProblem(404, 'console.link.invalid');
    const account = link.accountId === null ? undefined : await findAccount(store.db, link.accountId);
    const first = link.accountId === null;
    const title = first ? t('console.setup.title') : t('console.link.title');
    return sendConsolePage(
      c,
      <ConsoleLayout frame={frameOf(c, t)} title={title} hasErrors={(state.issues?.length ?? 0) > 0}>
        <h1>{title}</h1>
        <p>{first ? t('console.setup.intro') : t('console.link.intro', { email: account?.email ?? '' })}</p>
        <IssueSummary t={t} issues={state.issues ?? []} />
        <form method="post" action={`/console/link/${token}`} novalidate>
          <Csrf value={kit.csrfFor(c)} />
          {first && (
            <>
              <Field
                id="name"
                label={t('console.account.name')}
                autocomplete="name"
                value={state.name}
                required
                error={state.issues?.find((i) => i.field === 'name')?.message}
              />
              <Field
                id="email"
                label={t('console.login.email')}
                type="email"
                autocomplete="username"
                value={state.email}
                required
                error={state.issues?.find((i) => i.field === 'email')?.message}
              />
            </>
          )}
          <Field
            id="password"
            label={t('console.account.newPassword')}
            hint={t('console.account.passwordHint', { min: passwordRules.min })}
            type="password"
            autocomplete="new-password"
            required
            error={state.issues?.find((i) => i.field === 'password')?.message}
          />
          <div class="actions">
            <button type="submit" class="button">
              {t('console.link.submit')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      status,
    );
  };

  kit.route(app, 'GET', '/console/link/:token', { kind: 'public' }, (c) => linkPage(c, {}));

  kit.route(app, 'POST', '/console/link/:token', { kind: 'public' }, async (c) => {
    const form = await readConsoleForm(c, kit, { fieldIssues: true });
    const t = consoleTranslator(pickConsoleLanguage(c.req.header('accept-language')));
    const id = sha256(c.req.param('token') ?? '');
    const now = options.now();
    const link = await findAccountLink(store.db, id, now);
    if (link === undefined) throw new ConsoleProblem(404, 'console.link.invalid');
    const first = link.accountId === null;
    const name = clipText(form.value('name'), 200);
    const email = form.value('email').toLowerCase();
    const password = form.fields.password?.[0] ?? '';
    const issues: FieldIssue[] = [];
    if (first && name === '') issues.push({ field: 'name', message: t('console.account.nameMissing') });
    if (first && !isEmailAddress(email))
      issues.push({ field: 'email', message: t('console.account.emailInvalid') });
    const account = first ? undefined : await findAccount(store.db, link.accountId!);
    const problem = passwordProblem(password, first ? email : (account?.email ?? ''));
    if (problem !== undefined)
      issues.push({
        field: 'password',
        message: t(passwordProblemKey[problem], { min: passwordRules.min, max: passwordRules.max }),
      });
    const all = formIssues(form, t, issues);
    if (all.length > 0) return linkPage(c, { issues: all, name, email }, 422);
    const hash = await hashPassword(password);
    const accountId = await store.db.transaction().execute(async (trx) => {
      if (!(await useAccountLink(trx, id, now))) throw new ConsoleProblem(404, 'console.link.invalid');
      if (first) {
        const created = await ensureAccount(trx, { email, name, language: t.lang });
        await setMembership(trx, { accountId: created.account.id, studyId: null, role: 'owner' });
        await setPasswordHash(trx, created.account.id, hash);
        await recordAudit(trx, {
          accountId: created.account.id,
          actor: name,
          studyId: null,
          action: 'account.setup',
        });
        return created.account.id;
      }
      await setPasswordHash(trx, link.accountId!, hash);
      await deleteSessionsOf(trx, link.accountId!);
      return link.accountId!;
    });
    const token = newToken();
    await insertSession(store.db, {
      id: sha256(token),
      accountId,
      now,
      expiresAt: new Date(now.getTime() + sessionLimits.idleMs),
    });
    kit.startSession(c, token);
    return kit.redirect(c, '/console');
  });
}
