import { hashPassword } from '../../src/console/passwords.ts';
import type { Role, Store } from '../../src/store/index.ts';
import { ensureAccount, findStudy, setMembership, setPasswordHash } from '../../src/store/index.ts';
import type { TestApp } from './app.ts';
import { Browser } from './app.ts';

export const testPassword = 'correct horse battery staple';

/** An account with a password and a role (in one study, or in every study when none is named). */
export async function member(
  store: Store,
  email: string,
  role: Role,
  options: { study?: string; languages?: string[] } = {},
): Promise<number> {
  const { account } = await ensureAccount(store.db, { email, name: email.split('@')[0]! });
  const study = options.study === undefined ? undefined : await findStudy(store.db, options.study);
  if (options.study !== undefined && study === undefined) throw new Error(`no study ${options.study}`);
  await setMembership(store.db, {
    accountId: account.id,
    studyId: study?.id ?? null,
    role,
    languages: options.languages ?? [],
  });
  await setPasswordHash(store.db, account.id, await hashPassword(testPassword));
  return account.id;
}

/** A browser signed in to the console. */
export async function signIn(t: TestApp, email: string, password = testPassword): Promise<Browser> {
  const browser = new Browser(t.app, { 'accept-language': 'en' });
  await browser.get('/console/login');
  const reply = await browser.post('/console/login', { email, password });
  if (reply.status !== 303) throw new Error(`sign-in as ${email} failed: ${reply.status}`);
  return browser;
}
