import type { DatabaseSchema, Transaction } from '../store/index.ts';
import { insertContacts } from '../store/index.ts';
import type { ContactLine } from './contact-list.ts';
import { invitationToken, newSalt, tokenHash } from './tokens.ts';

/**
 * Stores checked contact lines under their questionnaires, each with a fresh salt for its personal
 * link; addresses already on a questionnaire's list are left as they are. Returns how many are new.
 */
export async function addContacts(
  trx: Transaction<DatabaseSchema>,
  secret: string,
  questionnaires: ReadonlyMap<string, number>,
  lines: readonly ContactLine[],
): Promise<number> {
  let added = 0;
  for (const [slug, id] of questionnaires) {
    const mine = lines.filter((l) => l.instrument === slug);
    if (mine.length === 0) continue;
    added += await insertContacts(
      trx,
      id,
      mine.map((l) => {
        const salt = newSalt();
        return {
          email: l.email,
          language: l.language,
          country: l.country,
          tokenSalt: salt,
          tokenHash: tokenHash(invitationToken(secret, salt)),
        };
      }),
    );
  }
  return added;
}
