import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock.ts';
import { migrateToLatest } from './migrate.ts';
import { PageQueue } from './page-queue.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DatabaseSchema } from './tables.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Store {
  readonly db: Kysely<DatabaseSchema>;
  readonly kind: DatabaseKind;
  /** Respondents' page saves, written together when many arrive at once. */
  readonly pages: PageQueue;
  /** Answers whether the database responds now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type StoreOptions =
  | { readonly databaseUrl: string }
  /** dataDir undefined: in memory (tests); loadDataDir: start from a saved template. */
  | { readonly dataDir?: string; readonly loadDataDir?: Blob };

// int8 (count(*), sums) and numeric come back as strings from `pg`; both engines give numbers here.
const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);

/** Opens the database, runs the migrations and returns the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = 'databaseUrl' in options ? openPostgres(options.databaseUrl) : await openPGlite(options);
  try {
    await migrateToLatest(store.db as Kysely<unknown>);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Connections each process keeps to PostgreSQL, at most. */
export const poolSize = 10;

/**
 * Groups of page saves written at once on PostgreSQL: enough to keep its two or more cores busy
 * while leaving most of the pool to the reads that render pages. The embedded database runs one
 * transaction at a time, so it writes one group at a time.
 */
const pageGroups = { postgresql: 4, pglite: 1 } as const;
const pageGroupSize = 50;

function openPostgres(url: string): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    // Connections to a server that went away without closing them are found dead by TCP keepalive
    // (probes from 10 s of silence on) instead of being kept for ever.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC
          ? toNumber
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A server restart breaks connections; the pool replaces them, the process must not die. The pool
  // listens on idle connections only: one lent out when the server goes away (between the queries of
  // a transaction) needs a listener of its own. Its next query fails, and the request gets a 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return storeOf(new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) }), 'postgresql');
}

async function openPGlite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Store> {
  const release = options.dataDir === undefined ? () => {} : lockDataDir(options.dataDir);
  try {
    // Loaded only here: a process on PostgreSQL (a server, an export) never holds the embedded engine.
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create({
      ...(options.dataDir === undefined ? {} : { dataDir: join(options.dataDir, 'pgdata') }),
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
      parsers: { [INT8]: toNumber, [NUMERIC]: toNumber },
    });
    return storeOf(new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(client) }), 'pglite', release);
  } catch (error) {
    release();
    throw error;
  }
}

/** The store over `db`; closing it finishes the page saves accepted, then closes the database. */
function storeOf(db: Kysely<DatabaseSchema>, kind: DatabaseKind, release = () => {}): Store {
  const pages = new PageQueue(db, { groups: pageGroups[kind], groupSize: pageGroupSize });
  return {
    db,
    kind,
    pages,
    ping: () => ping(db),
    async close() {
      await pages.drain();
      await db.destroy();
      release();
    },
  };
}

async function ping(db: Kysely<DatabaseSchema>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
