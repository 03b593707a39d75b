import { describe, expect, it } from 'vitest';
import type { Permission, RouteRule } from '../../src/console/index.ts';
import { grants, roles } from '../../src/console/index.ts';
import { sha256 } from '../../src/console/kit.tsx';
import { hashPassword } from '../../src/console/passwords.ts';
import { createEntry, saveProvider } from '../../src/register/index.ts';
import type { Role } from '../../src/store/index.ts';
import { addProviderMember, ensureAccount, insertApiToken, setPasswordHash } from '../../src/store/index.ts';
import { Browser, testApp } from '../support/app.ts';
import { member, signIn, testPassword } from '../support/console.ts';

/**
 * Every console route, tried by every role, by someone with no role in the study, and by nobody:
 * allowed where the rules say so and refused everywhere else. A route added without a rule cannot
 * be registered; a route registered outside the rules fails the first test.
 */

const study = 'microcredentials';

/** Real values for each path parameter, so an allowed request reaches its handler's real work. */
function pathOf(rule: RouteRule, ids: { dummy: number; entry: string }, lang = 'fi'): string {
  return rule.path
    .replace(':study', study)
    .replace(':provider', provider)
    .replace(':entry', ids.entry)
    .replace(':q', 'employees')
    .replace(':lang', lang)
    .replace(':account', String(ids.dummy))
    .replace(':token', 'x'.repeat(43))
    .replace(':id', '999999')
    .replace(':n', '1')
    .replace(
      ':file',
      rule.path.includes('/translations/')
        ? 'texts.xlf'
        : rule.path.includes('/qr/')
          ? `${lang}.svg`
          : '1.json',
    )
    .concat(rule.path.endsWith('/diff') ? '?from=1&to=1' : '');
}

const allowed = (role: Role, permission: Permission) => grants[role].includes(permission);

/** The register's curators: owners and researchers, of any study. */
const curates = (role: Role) => role === 'owner' || role === 'researcher';

const provider = 'prov-fi-access';

describe('console access rules', () => {
  it('every console route has a rule', async () => {
    const t = await testApp('pglite');
    try {
      const registered = t.app.routes
        .filter((r) => (r.path.startsWith('/console') || r.path.startsWith('/api/v1')) && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`);
      const ruled = new Set(t.app.consoleRules.map((r) => `${r.method} ${r.path}`));
      expect(registered.length).toBeGreaterThan(20);
      expect(registered.filter((r) => !ruled.has(r))).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('allows and refuses every route for every role, an outsider and an anonymous visitor', async () => {
    const t = await testApp('pglite');
    try {
      const browsers = new Map<Role | 'outsider' | 'provider', Browser>();
      const tokens = new Map<string, string>();
      const withToken = async (who: string, accountId: number) => {
        const token = `cm_${who}-token-${'x'.repeat(30)}`;
        await insertApiToken(t.store.db, { accountId, name: 'test', tokenHash: sha256(token) });
        tokens.set(who, token);
      };
      for (const role of roles) {
        const id = await member(t.store, `${role}@example.org`, role, {
          study,
          languages: role === 'translator' ? ['fi'] : [],
        });
        browsers.set(role, await signIn(t, `${role}@example.org`));
        await withToken(role, id);
      }
      await withToken('outsider', await member(t.store, 'outsider@example.org', 'owner', { study: 'demo' }));
      browsers.set('outsider', await signIn(t, 'outsider@example.org'));
      await saveProvider(
        t.store.db,
        {
          id: provider,
          name: { fi: 'Pääsy' },
          country: 'FI',
          type: 'public_vet',
          accreditation: { status: 'unknown' },
        },
        new Date(),
      );
      const entry = await createEntry(t.store.db, {
        record: {
          title: { fi: 'Pääsy' },
          issuerCountries: ['FI'],
          awardingBodies: [{ name: { fi: 'Pääsy' } }],
        },
        origin: 'provider',
        providerId: provider,
        now: new Date(),
      });
      // Someone who speaks for the provider and has no role in any study.
      const { account: speaker } = await ensureAccount(t.store.db, {
        email: 'provider@example.org',
        name: 'Provider',
      });
      await setPasswordHash(t.store.db, speaker.id, await hashPassword(testPassword));
      await addProviderMember(t.store.db, speaker.id, provider);
      browsers.set('provider', await signIn(t, 'provider@example.org'));
      await withToken('provider', speaker.id);
      const ids = { dummy: await member(t.store, 'dummy@example.org', 'viewer', { study }), entry: entry.id };
      const anonymous = new Browser(t.app);
      await anonymous.get('/console/login');

      // Signing out ends the session the other checks need: it goes last.
      const rules = [...t.app.consoleRules].sort(
        (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
      );
      const failures: string[] = [];
      const check = async (
        who: string,
        browser: Browser,
        rule: RouteRule,
        path: string,
        expected: 'allowed' | 'refused' | 'hidden' | 'signIn',
      ) => {
        let reply: { status: number; location: string | null };
        if (path.startsWith('/api/')) {
          // The API: bearer tokens only; the browser's session cookie must not count.
          const token = tokens.get(who.split(' ')[0]!);
          const res = await t.app.request(`http://127.0.0.1:3000${path}`, {
            method: rule.method,
            headers: {
              ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
              cookie: `cm_session=${browser.cookie('cm_session') ?? ''}`,
            },
          });
          reply = { status: res.status, location: res.headers.get('location') };
        } else {
          // A fresh form token from a page this browser may see.
          if (rule.method === 'POST')
            await browser.get(who === 'anonymous' ? '/console/login' : '/console/account');
          reply = rule.method === 'GET' ? await browser.get(path) : await browser.post(path, {});
        }
        const toSignIn = path.startsWith('/api/')
          ? reply.status === 401
          : reply.status === 303 && (reply.location ?? '').startsWith('/console/login');
        // Allowed: the handler ran (it may still find the empty form wanting); a study route's
        // handler finds everything the path names, so a 404 there would be a refusal in disguise.
        const ok =
          expected === 'allowed'
            ? reply.status < 500 &&
              reply.status !== 403 &&
              // Signing in with an empty form is the one public 401: wrong credentials.
              (reply.status !== 401 || rule.path === '/console/login') &&
              !(toSignIn && rule.access.kind !== 'public' && !rule.path.endsWith('/logout')) &&
              !(rule.access.kind === 'study' && reply.status === 404)
            : expected === 'refused'
              ? reply.status === 403
              : expected === 'hidden'
                ? reply.status === 404
                : toSignIn;
        if (!ok) failures.push(`${who} ${rule.method} ${path}: expected ${expected}, got ${reply.status}`);
      };

      for (const rule of rules) {
        const path = pathOf(rule, ids);
        for (const role of roles) {
          const expected =
            rule.access.kind === 'register'
              ? curates(role)
                ? 'allowed'
                : 'refused'
              : rule.access.kind === 'provider'
                ? curates(role)
                  ? 'allowed'
                  : 'hidden'
                : rule.access.kind !== 'study' || allowed(role, rule.access.permission)
                  ? 'allowed'
                  : 'refused';
          await check(role, browsers.get(role)!, rule, path, expected);
        }
        if (rule.access.kind === 'register' || rule.access.kind === 'provider') {
          // An owner of another study curates the register too; the provider's own account sees
          // its provider's pages, except who speaks for it (curators decide that).
          await check('outsider', browsers.get('outsider')!, rule, path, 'allowed');
          await check(
            'provider',
            browsers.get('provider')!,
            rule,
            path,
            rule.access.kind === 'register'
              ? 'refused'
              : rule.path.includes('/members') || rule.path.endsWith('/record')
                ? 'refused'
                : 'allowed',
          );
          await check('anonymous', anonymous, rule, path, 'signIn');
        } else if (rule.access.kind === 'study') {
          await check('outsider', browsers.get('outsider')!, rule, path, 'hidden');
          await check('anonymous', anonymous, rule, path, 'signIn');
          if (
            rule.path.includes(':lang') &&
            allowed('translator', rule.access.permission) &&
            rule.access.permission === 'translation.edit'
          )
            await check(
              'translator (other language)',
              browsers.get('translator')!,
              rule,
              pathOf(rule, ids, 'de'),
              'refused',
            );
        } else if (rule.access.kind === 'signedIn') {
          await check('anonymous', anonymous, rule, path, 'signIn');
        }
      }
      expect(failures).toEqual([]);
    } finally {
      await t.close();
    }
  }, 120_000);
});
