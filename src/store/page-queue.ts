import type { Kysely } from 'kysely';
import type { PageOutcome, PageWrite } from './responses.repository.ts';
import { writePage, writePages } from './responses.repository.ts';
import type { DatabaseSchema } from './tables.ts';

export interface PageQueueOptions {
  /** Groups of pages written at once, each in a connection and a transaction of its own. */
  readonly groups: number;
  /** Pages in one group, at most. */
  readonly groupSize: number;
}

interface Waiting {
  readonly responseId: string;
  readonly write: PageWrite;
  readonly resolve: (outcome: PageOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Respondents' page saves, written together when they arrive together. A save that finds a group
 * free is written at once, alone, as `writePage` would; saves that arrive while every group is
 * busy wait, and the next group to start writes all of them (up to `groupSize`) in one round trip
 * and one transaction (`writePages`). So a quiet server writes each page as it comes, and a busy
 * one commits many pages at a time instead of queueing them one by one for a connection.
 *
 * A save resolves only once its transaction has committed, as `writePage` does: the respondent is
 * told a page is stored only when it is. If a group fails, each of its pages is written again
 * alone, so one page's failure (or a deadlock with another transaction) fails that page only.
 */
export class PageQueue {
  readonly #db: Kysely<DatabaseSchema>;
  readonly #options: PageQueueOptions;
  #waiting: Waiting[] = [];
  #running = 0;
  #drained: (() => void)[] = [];

  constructor(db: Kysely<DatabaseSchema>, options: PageQueueOptions) {
    this.#db = db;
    this.#options = options;
  }

  /** Stores a page, as `writePage` does, and says what became of it. */
  write(responseId: string, write: PageWrite): Promise<PageOutcome> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ responseId, write, resolve, reject });
      this.#start();
    });
  }

  /** Resolves once every save handed in so far has been written or has failed. */
  drain(): Promise<void> {
    if (this.#running === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drained.push(resolve));
  }

  #start(): void {
    while (this.#running < this.#options.groups && this.#waiting.length > 0) {
      const group = this.#waiting.splice(0, this.#options.groupSize);
      this.#running++;
      void this.#writeGroup(group).finally(() => {
        this.#running--;
        this.#start();
        if (this.#running === 0) for (const resolve of this.#drained.splice(0)) resolve();
      });
    }
  }

  async #writeGroup(group: readonly Waiting[]): Promise<void> {
    if (group.length === 1)
      return settle(group[0]!, () => writePage(this.#db, group[0]!.responseId, group[0]!.write));
    // In the order of their responses (a stable sort: one response's saves keep the order they came
    // in), so two groups written at once lock the responses they share in the same order.
    const ordered = group.toSorted((a, b) =>
      a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0,
    );
    let saved: PageOutcome[];
    try {
      saved = await writePages(this.#db, ordered);
    } catch {
      // Nothing of the group was stored. Each page again on its own, one response's pages in order.
      const byResponse = new Map<string, Waiting[]>();
      for (const page of ordered) {
        const pages = byResponse.get(page.responseId);
        if (pages === undefined) byResponse.set(page.responseId, [page]);
        else pages.push(page);
      }
      await Promise.all(
        [...byResponse.values()].map(async (pages) => {
          for (const page of pages)
            await settle(page, () => writePage(this.#db, page.responseId, page.write));
        }),
      );
      return;
    }
    for (const [i, page] of ordered.entries()) page.resolve(saved[i]!);
  }
}

async function settle(page: Waiting, write: () => Promise<PageOutcome>): Promise<void> {
  try {
    page.resolve(await write());
  } catch (error) {
    page.reject(error);
  }
}
