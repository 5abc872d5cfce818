import { sql, type Kysely, type Migration } from 'kysely';

const codeLists = ['customer_classes', 'classification_types', 'classifications', 'object_types', 'objects'];

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const standardBooks: Migration = {
  // Contacts and their code lists can be read from the company's Standard Books server (issue 20). What is here
  // already was typed or imported: it stays 'local', and a record from Standard Books with its code is refused.
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('contacts')
      .addColumn('source', 'text', (column) => column.notNull().defaultTo('local'))
      .execute();
    for (const column of ['sb_uuid', 'sb_sequence', 'sb_seen_at', 'removed_from_sb_at']) {
      await db.schema.alterTable('contacts').addColumn(column, 'text').execute();
    }
    // A full read looks for the Standard Books contacts it did not see.
    await db.schema.createIndex('contacts_sb_seen').on('contacts').columns(['source', 'sb_seen_at']).execute();

    for (const table of codeLists) {
      await db.schema
        .alterTable(table)
        .addColumn('source', 'text', (column) => column.notNull().defaultTo('local'))
        .execute();
      await db.schema.alterTable(table).addColumn('sb_seen_at', 'text').execute();
      await db.schema.alterTable(table).addColumn('removed_from_sb_at', 'text').execute();
    }

    await db.schema
      .alterTable('push_jobs')
      .addColumn('skipped_removed', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();

    // One row, always there, like smaily_account: a failed first save has somewhere to keep its result.
    await db.schema
      .createTable('standard_books_connection')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('address', 'text')
      .addColumn('company_no', 'text')
      .addColumn('username', 'text')
      .addColumn('password_sealed', 'text') // AES-256-GCM, see src/server/secrets; never the plain password
      .addColumn('connected_at', 'text')
      .addColumn('connected_by_id', 'integer')
      .addColumn('connected_by_name', 'text')
      .addColumn('result_code', 'text') // 'connected' | 'disconnected'
      .addColumn('result_at', 'text')
      .addColumn('failure_code', 'text') // the last failed save since that result
      .addColumn('failure_at', 'text')
      .addColumn('consecutive_failures', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('last_read', 'text') // the last finished read's summary, JSON
      .addColumn('last_read_at', 'text')
      .addColumn('last_full_read_started_at', 'text')
      .addCheckConstraint('standard_books_connection_single_row', sql`id = 1`)
      .execute();
    await db.insertInto('standard_books_connection').values({ id: 1 }).execute();

    await db.schema
      .createTable('standard_books_registers')
      .addColumn('register', 'text', (column) => column.primaryKey())
      .addColumn('sequence', 'text')
      .addColumn('read_at', 'text')
      .addColumn('full_read_at', 'text')
      .addColumn('updates_supported', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
  },
};
