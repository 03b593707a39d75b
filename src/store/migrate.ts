import type { Kysely, Migration, MigrationResultSet } from 'kysely';
import { Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.ts';
import * as console from './migrations/0002-console.ts';
import * as distribution from './migrations/0003-distribution.ts';
import * as monitor from './migrations/0004-monitor.ts';
import * as results from './migrations/0005-results.ts';
import * as releases from './migrations/0006-results-release.ts';
import * as weights from './migrations/0007-weights.ts';
import * as register from './migrations/0008-register.ts';
import * as runningTotals from './migrations/0009-running-totals.ts';
import * as completedXid from './migrations/0010-completed-xid.ts';
import * as savePage from './migrations/0011-save-page.ts';
import * as exclusionChanges from './migrations/0012-exclusion-changes.ts';
import * as savePages from './migrations/0013-save-pages.ts';
import * as itemKeys from './migrations/0014-item-keys.ts';
import * as mailOutcomes from './migrations/0015-mail-outcomes.ts';
import * as completedContactStart from './migrations/0016-completed-contact-start.ts';
import * as sharpSSearch from './migrations/0017-sharp-s-search.ts';

/** Migrations in code, in order; a new one is added here with the next number. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-console': console,
  '0003-distribution': distribution,
  '0004-monitor': monitor,
  '0005-results': results,
  '0006-results-release': releases,
  '0007-weights': weights,
  '0008-register': register,
  '0009-running-totals': runningTotals,
  '0010-completed-xid': completedXid,
  '0011-save-page': savePage,
  '0012-exclusion-changes': exclusionChanges,
  '0013-save-pages': savePages,
  '0014-item-keys': itemKeys,
  '0015-mail-outcomes': mailOutcomes,
  '0016-completed-contact-start': completedContactStart,
  '0017-sharp-s-search': sharpSSearch,
};

export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error !== undefined) throw result.error;
  return result;
}
