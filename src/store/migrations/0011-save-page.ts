import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Storing a respondent's page in one round trip (`writePage` in src/store/responses.repository.ts).
 *
 * `credmap_save_page` first locks the response, refusing one that is completed or gone (false), so
 * two saves of one response queue up. Each statement of a PL/pgSQL function takes a new snapshot,
 * so the write after the lock sees every row a save before it committed; one statement with the
 * lock in a CTE would not. Then, in one statement: the rows of `clear` (`[[id, item], ...]`) that
 * `cells` (`[[question_id, item, part, value as JSON text, missing], ...]`) do not name are deleted,
 * the cells are written over what is there, the step's seconds are added to, and the response is
 * marked saved in the page's language. The sub-statements touch different rows, so their order,
 * which PostgreSQL leaves open, does not matter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function credmap_save_page(
      p_response uuid, p_clear jsonb, p_cells jsonb, p_step text, p_seconds integer, p_language text,
      p_honeypot boolean, p_now timestamptz)
    returns boolean language plpgsql as $$
    begin
      perform 1 from response where id = p_response and completed_at is null for update;
      if not found then
        return false;
      end if;
      with cells as (
        select c->>0 as question_id, (c->>1)::integer as item, c->>2 as part, (c->>3)::jsonb as value,
          c->>4 as missing
        from jsonb_array_elements(p_cells) c
      ),
      cleared as (
        delete from answer a
        using jsonb_array_elements(p_clear) k
        where a.response_id = p_response and a.question_id = k->>0 and a.item = (k->>1)::integer
          and not exists (select from cells c
            where c.question_id = a.question_id and c.item = a.item and c.part = a.part)
      ),
      written as (
        insert into answer (response_id, question_id, item, part, value, missing, updated_at)
        select p_response, c.question_id, c.item, c.part, c.value, c.missing, p_now from cells c
        on conflict (response_id, question_id, item, part) do update
          set value = excluded.value, missing = excluded.missing, updated_at = excluded.updated_at,
            counted = true
      ),
      timed as (
        insert into page_time (response_id, step, seconds, first_saved_at, last_saved_at)
        values (p_response, p_step, p_seconds, p_now, p_now)
        on conflict (response_id, step) do update
          set seconds = page_time.seconds + excluded.seconds, last_saved_at = excluded.last_saved_at
      )
      update response set last_saved_at = p_now, language = p_language, honeypot = honeypot or p_honeypot
      where id = p_response;
      return true;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function credmap_save_page`.execute(db);
}
