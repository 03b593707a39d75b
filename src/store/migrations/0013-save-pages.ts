import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Storing the pages of several respondents in one round trip and one transaction (`writePages` in
 * src/store/responses.repository.ts, called by the page queue of src/store/page-queue.ts).
 *
 * `p_pages` is `[[response, clear, cells, step, seconds, language, honeypot, now], ...]`, each page
 * as `credmap_save_page` takes it; they are stored in that order, each by `credmap_save_page`, so a
 * page is stored exactly as it would be alone, and the answer says, page by page, whether it was
 * (false: its response is completed or gone). The caller orders the pages by response, so that two
 * calls at once take the locks of the responses they share in the same order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create function credmap_save_pages(p_pages jsonb) returns boolean[] language plpgsql as $$
    declare
      page jsonb;
      saved boolean[] := '{}';
    begin
      for page in select e.value from jsonb_array_elements(p_pages) with ordinality as e(value, n) order by e.n loop
        saved := saved || credmap_save_page((page->>0)::uuid, page->1, page->2, page->>3,
          (page->>4)::integer, page->>5, (page->>6)::boolean, (page->>7)::timestamptz);
      end loop;
      return saved;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function credmap_save_pages`.execute(db);
}
