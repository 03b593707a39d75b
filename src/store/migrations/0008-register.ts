import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The register of microcredentials: providers (awarding bodies), entries with a working copy and a
 * published copy, the accounts that may speak for a provider, signing keys per awarding body, the
 * status lists that revoke what credmap issued, and the credentials issued (without any learner data).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('register_provider')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The Provider record (src/register/model/providers.ts). */
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('register_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The working copy: a MicrocredentialDraft, under review or as published. */
    .addColumn('record', 'jsonb', (c) => c.notNull())
    /** pending: awaiting review; current: the working copy is what is published (or was rejected); merged. */
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('pending', 'current', 'rejected', 'merged')`),
    )
    .addColumn('origin', 'text', (c) =>
      c.notNull().check(sql`origin in ('study', 'provider', 'import', 'console')`),
    )
    /** The study a candidate came from; no link to any response. */
    .addColumn('study_id', 'integer', (c) => c.references('study.id').onDelete('set null'))
    /**
     * What makes a second harvest or import of the same thing update rather than add: for a study
     * candidate, a keyed hash of the response and item that cannot be reversed without the
     * installation's secret; for an import, the credential's or row's own id.
     */
    .addColumn('source_key', 'text', (c) => c.unique())
    /** The provider whose accounts may update the entry. */
    .addColumn('provider_id', 'text', (c) => c.references('register_provider.id').onDelete('set null'))
    .addColumn('merged_into', 'text', (c) => c.references('register_entry.id').onDelete('set null'))
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    /** The public copy (a Microcredential draft that passed review); null while not published. */
    .addColumn('published', 'jsonb')
    .addColumn('published_at', 'timestamptz')
    // Facets of the published copy, set with it, so searching never reads the JSON.
    .addColumn('search', sql`tsvector`)
    .addColumn('title_sort', 'text')
    .addColumn('countries', sql`text[]`)
    .addColumn('eqf', 'text')
    .addColumn('fields', sql`text[]`)
    .addColumn('ects', 'double precision')
    .addColumn('hours', 'double precision')
    /** ECTS, or hours at 27.5 to a credit, in bands: see the register's facets. */
    .addColumn('workload', 'text')
    .addColumn('participation', 'text')
    .addColumn('assessment', sql`text[]`)
    .addColumn('quality', sql`text[]`)
    .addColumn('provider_type', 'text')
    .addColumn('stackability', 'text')
    .addColumn('languages', sql`text[]`)
    .addColumn('completeness', 'double precision')
    .execute();
  await sql`create index register_entry_search on register_entry using gin (search)`.execute(db);
  await sql`create index register_entry_state on register_entry (state, origin)`.execute(db);
  await sql`create index register_entry_published on register_entry (published_at) where published is not null`.execute(
    db,
  );

  await db.schema
    .createTable('register_provider_member')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('register_provider.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('register_provider_member_pk', ['account_id', 'provider_id'])
    .execute();

  await db.schema
    .createTable('register_issuer_key')
    .addColumn('provider_id', 'text', (c) =>
      c.primaryKey().references('register_provider.id').onDelete('cascade'),
    )
    .addColumn('did', 'text', (c) => c.notNull())
    /** The key pair as exported by the register (secret included): the database is where the key lives. */
    .addColumn('key', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('register_status_list')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('register_provider.id').onDelete('cascade'),
    )
    /** One bit per credential, index order, uncompressed. */
    .addColumn('bits', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('next_index', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('register_issued')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('register_entry.id').onDelete('cascade'))
    .addColumn('provider_id', 'text', (c) =>
      c.notNull().references('register_provider.id').onDelete('cascade'),
    )
    .addColumn('list_id', 'integer', (c) => c.notNull().references('register_status_list.id'))
    .addColumn('list_index', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addUniqueConstraint('register_issued_slot', ['list_id', 'list_index'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'register_issued',
    'register_status_list',
    'register_issuer_key',
    'register_provider_member',
    'register_entry',
    'register_provider',
  ])
    await db.schema.dropTable(table).execute();
}
