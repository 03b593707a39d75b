import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../src/store/index.ts';
import { openStore } from '../../src/store/index.ts';

export type Engine = 'pglite' | 'postgresql';

let warned = false;

/**
 * The engines the database suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Under CI=true a missing PostgreSQL fails instead of skipping.
 */
export function engines(): Engine[] {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') {
    if (process.env.CI === 'true')
      throw new Error(
        'CI=true: TEST_DATABASE_URL must name a PostgreSQL database; the PostgreSQL suites may not skip',
      );
    if (!warned) {
      warned = true;
      console.warn(
        'PostgreSQL suites skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them.',
      );
    }
    return ['pglite'];
  }
  return ['pglite', 'postgresql'];
}

/**
 * A freshly migrated, empty database on `engine`; close() drops it. `port`: on PostgreSQL, the port
 * the store connects to instead of the server's own (a proxy in front of it, say).
 */
export async function freshStore(engine: Engine, options: { port?: number } = {}): Promise<Store> {
  if (engine === 'pglite') return openStore({});
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `credmap_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  if (options.port !== undefined) url.port = String(options.port);
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    ...store,
    async close() {
      await store.close();
      const drop = new pg.Client({ connectionString: base.toString() });
      await drop.connect();
      try {
        await drop.query(`drop database if exists ${name} with (force)`);
      } finally {
        await drop.end();
      }
    },
  };
}
