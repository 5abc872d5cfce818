import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const standardBooksMaster: Migration = {
  // Standard Books is the master of its contacts (issue 21): a record whose code is a local contact's waits for a
  // person's choice, and a Smaily unsubscribe can be written back to Standard Books.
  async up(db: Kysely<any>) {
    // "Kirjuta Smaily loobumised Standard Booksi", off until an administrator turns it on.
    await db.schema
      .alterTable('standard_books_connection')
      .addColumn('write_back_consent', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();

    // One row per code a read found both here (a local contact) and in Standard Books.
    await db.schema
      .createTable('standard_books_clashes')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('sb_record', 'text', (column) => column.notNull()) // the record's fields as last read, JSON
      .addColumn('found_at', 'text', (column) => column.notNull())
      .addColumn('seen_at', 'text', (column) => column.notNull())
      .addColumn('choice', 'text') // null until chosen: 'replace' | 'keep-local'
      .addColumn('chosen_at', 'text')
      .addColumn('chosen_by_id', 'integer')
      .addColumn('chosen_by_name', 'text')
      .execute();

    // Unsubscribes to write to Standard Books, per contact code, until written or no longer wanted.
    await db.schema
      .createTable('standard_books_write_backs')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('email_key', 'text', (column) => column.notNull())
      .addColumn('queued_at', 'text', (column) => column.notNull())
      .addColumn('cause_trigger', 'text', (column) => column.notNull()) // what learned the unsubscribe
      .addColumn('caused_by_id', 'integer')
      .addColumn('caused_by_name', 'text')
      .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('last_attempt_at', 'text')
      .addColumn('failure_code', 'text')
      .addColumn('failure_api_code', 'text')
      .execute();
  },
};
