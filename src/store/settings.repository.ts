import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './tables.ts';

/**
 * A value kept in the database, created by `make` the first time it is asked for. Several
 * processes asking at once all get the one that was stored first.
 */
export async function getOrCreateSetting(
  db: Kysely<DatabaseSchema>,
  key: string,
  make: () => string,
): Promise<string> {
  await db
    .insertInto('setting')
    .values({ key, value: make() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
