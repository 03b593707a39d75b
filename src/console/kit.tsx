import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Mailer } from '../mail/index.ts';
import { resolveText, studySchema } from '../questionnaire/index.ts';
import type { Assets } from '../respondent/index.ts';
import type { AccountRow, MembershipRow, Store, StudyRow } from '../store/index.ts';
import {
  accountByApiToken,
  findProvider,
  findSession,
  findStudy,
  membershipsOf,
  providersOfAccount,
  touchSession,
} from '../store/index.ts';
import type { Permission } from './access.ts';
import { allows, isCurator, languageBound, roleIn } from './access.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import { consoleTranslator } from './messages/index.ts';
import { ConsoleProblem } from './problem.ts';
import type { ConsoleFrame } from './views/layout.tsx';

export interface ConsoleOptions {
  readonly store: Store;
  readonly logger: Logger;
  readonly mailer: Mailer | undefined;
  readonly secret: string;
  readonly publicUrl: string;
  readonly assets: Assets;
  readonly now: () => Date;
  readonly secureCookies: boolean;
  /** Releases of more tables than this go to the job queue instead of running in the request. */
  readonly releaseInlineTables: number;
}

/** Who is asking, once the session (or API token) is known. */
export interface Principal {
  readonly account: AccountRow;
  readonly memberships: readonly MembershipRow[];
  /** The session's id (hash of its cookie), for CSRF tokens; undefined for API tokens. */
  readonly sessionId: string | undefined;
}

export type ConsoleEnv = {
  Variables: {
    principal: Principal | undefined;
    study: StudyRow | undefined;
    membership: MembershipRow | undefined;
  };
};
export type ConsoleContext = Context<ConsoleEnv>;

/**
 * What a route requires: nothing (sign-in pages), a signed-in account, or a permission in the
 * study named by `:study` (and, for language-bound permissions, the language in `:lang`).
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'signedIn' }
  | { readonly kind: 'study'; readonly permission: Permission }
  /** The register's curators: owners and researchers (of any study, or of every study). */
  | { readonly kind: 'register' }
  /** The provider named by `:provider`: its own accounts, and the register's curators. */
  | { readonly kind: 'provider' };

export interface RouteRule {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly access: Access;
}

export const sessionCookie = 'cm_session';
/** A session ends after two hours without a request, and after twelve hours in any case. */
export const sessionLimits = { idleMs: 2 * 3600 * 1000, absoluteMs: 12 * 3600 * 1000 };

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

/** A study's title in a language, for headings and breadcrumbs. */
export function studyTitle(study: StudyRow, lang: string): string {
  const definition = studySchema.parse(study.definition);
  return resolveText(definition.title, lang, definition.fallbackLanguage);
}

export type Handler = (c: ConsoleContext) => Response | Promise<Response>;

export function consoleKit(options: ConsoleOptions) {
  const rules: RouteRule[] = [];
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    // Strict: no other site can make a signed-in request, not even a top-level link.
    sameSite: 'Strict' as const,
    secure: options.secureCookies,
  };

  /**
   * Who is asking. The API knows only bearer tokens (so no other site can make a browser call it
   * with cookies); the console knows only its session cookie, extended while in use, never past
   * its absolute limit.
   */
  const loadPrincipal: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
    c.set('principal', undefined);
    if (new URL(c.req.url).pathname.startsWith('/api/')) {
      // The scheme in any case, then one space or more (RFC 9110, sections 11.1 and 11.4).
      const bearer = /^bearer +([A-Za-z0-9_-]{10,100})$/i.exec(c.req.header('authorization') ?? '')?.[1];
      const account =
        bearer === undefined
          ? undefined
          : await accountByApiToken(options.store.db, sha256(bearer), options.now());
      if (account !== undefined)
        c.set('principal', {
          account,
          memberships: await membershipsOf(options.store.db, account.id),
          sessionId: undefined,
        });
      return next();
    }
    const token = getCookie(c, sessionCookie);
    if (token !== undefined && token.length >= 32 && token.length <= 64) {
      const id = sha256(token);
      const now = options.now();
      const found = await findSession(options.store.db, id, now);
      if (found !== undefined) {
        const absoluteEnd = found.createdAt.getTime() + sessionLimits.absoluteMs;
        // Written at most once a minute, so reading pages does not mean writing rows.
        if (now.getTime() - found.lastSeenAt.getTime() > 60_000) {
          const expires = new Date(Math.min(absoluteEnd, now.getTime() + sessionLimits.idleMs));
          await touchSession(options.store.db, id, now, expires);
        }
        c.set('principal', {
          account: found.account,
          memberships: await membershipsOf(options.store.db, found.account.id),
          sessionId: id,
        });
      }
    }
    await next();
  };

  const startSession = (c: ConsoleContext, token: string) =>
    setCookie(c, sessionCookie, token, { ...cookieOptions, maxAge: sessionLimits.absoluteMs / 1000 });
  const endSession = (c: ConsoleContext) => deleteCookie(c, sessionCookie, cookieOptions);

  /** A form's CSRF token: an HMAC of the session, so no other page can make one. */
  const csrfFor = (c: ConsoleContext): string => {
    const session = c.get('principal')?.sessionId ?? preSession(c);
    return createHmac('sha256', options.secret).update(`console-csrf:${session}`).digest('base64url');
  };

  /** Before sign-in, the sign-in form is tied to a cookie of its own. */
  const preSession = (c: ConsoleContext): string => {
    let value = getCookie(c, 'cm_console');
    if (value === undefined || value.length < 32 || value.length > 64) {
      value = newToken();
      setCookie(c, 'cm_console', value, { ...cookieOptions, sameSite: 'Lax' });
    }
    return value;
  };

  const checkCsrf = (c: ConsoleContext, sent: string | undefined) => {
    const expected = Buffer.from(csrfFor(c));
    const given = Buffer.from(sent ?? '');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw ConsoleProblem.expired();
  };

  const guard =
    (access: Access): MiddlewareHandler<ConsoleEnv> =>
    async (c, next) => {
      c.set('study', undefined);
      c.set('membership', undefined);
      if (access.kind === 'public') return next();
      const principal = c.get('principal');
      if (principal === undefined) {
        if (new URL(c.req.url).pathname.startsWith('/api/')) throw ConsoleProblem.unauthorized();
        const back = new URL(c.req.url).pathname;
        c.header('Cache-Control', 'no-store');
        return c.redirect(`/console/login?next=${encodeURIComponent(back)}`, 303);
      }
      if (access.kind === 'signedIn') return next();
      if (access.kind === 'register') {
        if (!isCurator(principal.memberships)) throw ConsoleProblem.forbidden();
        return next();
      }
      if (access.kind === 'provider') {
        const providerId = c.req.param('provider') ?? '';
        if (isCurator(principal.memberships)) {
          if ((await findProvider(options.store.db, providerId)) === undefined)
            throw ConsoleProblem.notFound();
          return next();
        }
        const mine = await providersOfAccount(options.store.db, principal.account.id);
        // A provider the account does not speak for does not exist for it.
        if (!mine.some((p) => p.id === providerId)) throw ConsoleProblem.notFound();
        return next();
      }
      const study = await findStudy(options.store.db, c.req.param('study') ?? '');
      const membership = study === undefined ? undefined : roleIn(principal.memberships, study.id);
      // A study the account has no role in does not exist for it.
      if (study === undefined || membership === undefined) throw ConsoleProblem.notFound();
      const language = languageBound.has(access.permission) ? c.req.param('lang') : undefined;
      if (!allows(membership, access.permission, language)) throw ConsoleProblem.forbidden();
      c.set('study', study);
      c.set('membership', membership);
      return next();
    };

  /** Registers a route with its rule; a route cannot exist without one. */
  const route = (
    app: Hono<ConsoleEnv>,
    method: RouteRule['method'],
    path: string,
    access: Access,
    handler: Handler,
  ) => {
    rules.push({ method, path, access });
    app.on(method, path, guard(access), handler);
  };

  const principalOf = (c: ConsoleContext): Principal => {
    const p = c.get('principal');
    if (p === undefined) throw ConsoleProblem.unauthorized();
    return p;
  };
  const studyOf = (c: ConsoleContext): StudyRow => {
    const s = c.get('study');
    if (s === undefined) throw ConsoleProblem.notFound();
    return s;
  };

  const t = (c: ConsoleContext): ConsoleTranslate =>
    consoleTranslator(c.get('principal')?.account.language ?? 'en');

  /** What every console page's layout needs; breadcrumbs start at the list of studies. */
  const frame = (c: ConsoleContext, crumbs: ConsoleFrame['crumbs'] = [], home = true): ConsoleFrame => {
    const translate = t(c);
    return {
      t: translate,
      lang: translate.lang,
      assets: options.assets,
      csrf: csrfFor(c),
      who: c.get('principal')?.account.name,
      crumbs: home
        ? [{ href: '/console', label: translate('console.studies.title') }, ...(crumbs ?? [])]
        : [],
    };
  };

  /** The same, for a page inside a study: the study's title is the second breadcrumb. */
  const studyFrame = (c: ConsoleContext, study: StudyRow, extra: ConsoleFrame['crumbs'] = []): ConsoleFrame =>
    frame(c, [{ href: `/console/s/${study.slug}`, label: studyTitle(study, t(c).lang) }, ...(extra ?? [])]);

  const redirect = (c: ConsoleContext, location: string) => {
    c.header('Cache-Control', 'no-store');
    return c.redirect(location, 303);
  };

  return {
    options,
    rules,
    route,
    loadPrincipal,
    startSession,
    endSession,
    csrfFor,
    checkCsrf,
    principalOf,
    studyOf,
    t,
    frame,
    studyFrame,
    redirect,
  };
}

export type ConsoleKit = ReturnType<typeof consoleKit>;
