import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * The study team's tables: accounts, roles per study, sessions, one-time links, API tokens, the
 * audit log, questionnaire drafts and what each translation was made from.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // Kept in lower case, so one person cannot hold two accounts by changing case.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // argon2id in PHC string form; null until the person has set a password through their link.
    .addColumn('password_hash', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('disabled_at', 'timestamptz')
    .execute();

  // A role in one study, or in every study when study_id is null (the owners of the installation).
  await db.schema
    .createTable('membership')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('study_id', 'integer', (c) => c.references('study.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('owner', 'researcher', 'analyst', 'translator', 'viewer')`),
    )
    // Translators only: the languages whose texts they may change, comma separated.
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`create unique index membership_account_study on membership (account_id, coalesce(study_id, 0))`.execute(
    db,
  );

  await db.schema
    .createTable('account_session')
    // SHA-256 of the cookie's token: a copy of the table opens no session.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // Links that set a password: the installation's first one (account_id null), or one per new account.
  await db.schema
    .createTable('account_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.references('account.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The account's id and, separately, its name at the time: the log outlives deleted accounts.
    .addColumn('account_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('study_id', 'integer', (c) => c.references('study.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_event_study').on('audit_event').columns(['study_id', 'id']).execute();

  // What the team is working on; publishing copies it into an immutable questionnaire_version.
  await db.schema
    .createTable('questionnaire_draft')
    .addColumn('questionnaire_id', 'integer', (c) =>
      c.primaryKey().references('questionnaire.id').onDelete('cascade'),
    )
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  // For each translated text: a hash of the source text it was translated from. When the source
  // changes, the translation is outdated until someone translates it again.
  await db.schema
    .createTable('translation_source')
    .addColumn('questionnaire_id', 'integer', (c) =>
      c.notNull().references('questionnaire.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_source_pk', ['questionnaire_id', 'language', 'key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'translation_source',
    'questionnaire_draft',
    'audit_event',
    'api_token',
    'account_link',
    'account_session',
    'membership',
    'account',
  ])
    await db.schema.dropTable(table).execute();
}
