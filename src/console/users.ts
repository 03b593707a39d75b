import { isEmailAddress } from '../mail/index.ts';
import type { Role, Store } from '../store/index.ts';
import { ensureAccount, findStudy, recordAudit, setMembership } from '../store/index.ts';
import { roles } from './access.ts';
import { createAccountLink } from './auth.routes.tsx';

export class UserInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserInputError';
  }
}

/**
 * Gives a person a role, creating their account if it is new, from the command line: in one study,
 * or in every study when none is named. Returns the link that sets their password when they have none.
 */
export async function addUser(
  store: Store,
  publicUrl: string,
  input: { email: string; name?: string; role: string; study?: string; languages?: readonly string[] },
  now: Date,
): Promise<{ link: string | undefined; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  if (!isEmailAddress(email)) throw new UserInputError(`Not an e-mail address: ${input.email}`);
  if (!(roles as readonly string[]).includes(input.role))
    throw new UserInputError(`Unknown role ${input.role}; roles are ${roles.join(', ')}.`);
  const role = input.role as Role;
  if (role === 'translator' && (input.languages ?? []).length === 0)
    throw new UserInputError('A translator needs --languages, e.g. --languages fi,sl.');
  const study = input.study === undefined ? undefined : await findStudy(store.db, input.study);
  if (input.study !== undefined && study === undefined) throw new UserInputError(`No study ${input.study}.`);
  const result = await store.db.transaction().execute(async (trx) => {
    const { account, created } = await ensureAccount(trx, {
      email,
      name: input.name?.trim() || email.split('@')[0]!,
    });
    await setMembership(trx, {
      accountId: account.id,
      studyId: study?.id ?? null,
      role,
      languages: input.languages ?? [],
    });
    await recordAudit(trx, {
      accountId: null,
      actor: 'credmap (command line)',
      studyId: study?.id ?? null,
      action: 'member.set',
      detail: {
        account: account.id,
        role,
        languages: input.languages ?? [],
        everyStudy: study === undefined,
      },
    });
    return { account, created };
  });
  const link =
    result.account.password_hash === null
      ? await createAccountLink(store, publicUrl, result.account.id, now)
      : undefined;
  return { link, created: result.created };
}
