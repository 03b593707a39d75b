import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import * as savePage from './0011-save-page.ts';
import * as savePages from './0013-save-pages.ts';

/**
 * Repeat items keep a key of their own, so that a page of an item is stored on that item even when
 * another tab has removed an item before it (and the items after it moved up by one), and is not
 * stored at all when its item was removed.
 *
 * The key is the value of the item's `#item` row (it used to be `true`); the items that exist get
 * a key now. `credmap_save_page` takes the item a page belongs to as `p_item`, `{group, key, index,
 * creates, max}` (null for a page outside repeat groups, or a form that does not say), and, once it
 * holds the response's lock, finds the item by its key:
 * - found at `index`: the page is stored as it comes;
 * - found at another number: the page's rows of item `index` are stored at that number instead;
 * - not found, on the first page of a new item (`creates`): the item is added after the last one,
 *   unless the group already has `max` items;
 * - not found otherwise: the item was removed, and nothing is stored.
 * The answer is the item the page was stored in (0 outside repeat groups), or why nothing was
 * stored: -1 the response is completed or gone, -2 the item was removed, -3 the group is full.
 * `credmap_save_pages` answers the same, page by page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update answer set value = to_jsonb(gen_random_uuid()::text)
    where part = '#item' and jsonb_typeof(value) <> 'string'`.execute(db);
  await sql`drop function credmap_save_pages(jsonb)`.execute(db);
  await sql`drop function credmap_save_page(uuid, jsonb, jsonb, text, integer, text, boolean, timestamptz)`.execute(
    db,
  );
  await sql`create function credmap_save_page(
      p_response uuid, p_clear jsonb, p_cells jsonb, p_step text, p_seconds integer, p_language text,
      p_honeypot boolean, p_now timestamptz, p_item jsonb)
    returns integer language plpgsql as $$
    declare
      v_item integer := 0;
      v_from integer;
      v_count integer;
    begin
      perform 1 from response where id = p_response and completed_at is null for update;
      if not found then
        return -1;
      end if;
      if p_item is not null and jsonb_typeof(p_item) = 'object' then
        v_from := (p_item->>'index')::integer;
        select a.item into v_item from answer a
          where a.response_id = p_response and a.question_id = p_item->>'group' and a.part = '#item'
            and a.value = p_item->'key'
          order by a.item limit 1;
        if not found then
          if not coalesce((p_item->>'creates')::boolean, false) then
            return -2;
          end if;
          select count(*), coalesce(max(a.item), 0) + 1 into v_count, v_item from answer a
            where a.response_id = p_response and a.question_id = p_item->>'group' and a.part = '#item';
          if v_count >= (p_item->>'max')::integer then
            return -3;
          end if;
        end if;
        if v_item <> v_from then
          select coalesce(jsonb_agg(case when (k.value->>1)::integer = v_from
              then jsonb_build_array(k.value->0, v_item) else k.value end order by k.n), '[]')
            into p_clear from jsonb_array_elements(p_clear) with ordinality as k(value, n);
          select coalesce(jsonb_agg(case when (c.value->>1)::integer = v_from
              then jsonb_set(c.value, '{1}', to_jsonb(v_item)) else c.value end order by c.n), '[]')
            into p_cells from jsonb_array_elements(p_cells) with ordinality as c(value, n);
        end if;
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
      return coalesce(v_item, 0);
    end $$`.execute(db);
  await sql`create function credmap_save_pages(p_pages jsonb) returns integer[] language plpgsql as $$
    declare
      page jsonb;
      saved integer[] := '{}';
    begin
      for page in select e.value from jsonb_array_elements(p_pages) with ordinality as e(value, n) order by e.n loop
        saved := saved || credmap_save_page((page->>0)::uuid, page->1, page->2, page->>3,
          (page->>4)::integer, page->>5, (page->>6)::boolean, (page->>7)::timestamptz, page->8);
      end loop;
      return saved;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function credmap_save_pages(jsonb)`.execute(db);
  await sql`drop function credmap_save_page(uuid, jsonb, jsonb, text, integer, text, boolean, timestamptz, jsonb)`.execute(
    db,
  );
  // The functions as they were; the items keep their keys, which nothing before read.
  await savePage.up(db);
  await savePages.up(db);
}
