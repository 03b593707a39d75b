import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Register search writes ß as "ss" (`searchWords`), as German does in capitals, so "SÜSSWASSER"
 * and "susswasser" find "Süßwasser". Entries indexed before kept "ß" in their words and would be
 * found by none of those: their words are written again with "ss", each at the positions it had,
 * as publishing them again would. The words are letters and digits only, so each is quoted as it
 * is. Down leaves them so: a query that still kept "ß" would have missed them, as it misses the
 * entries published since.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update register_entry e set search = (
      select string_agg(
        '''' || replace(u.lexeme, 'ß', 'ss') || '''' || coalesce(':' || array_to_string(u.positions, ','), ''),
        ' ')::tsvector
      from unnest(e.search) as u)
    where strpos(e.search::text, 'ß') > 0`.execute(db);
}

export async function down(_db: Kysely<unknown>): Promise<void> {}
