import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const consent: Migration = {
  // Consent comes back from Smaily (src/server/consent): a person's unsubscribe there is a fact of its own, kept
  // by e-mail key and never a rewrite of "Ära koosta massmaile"; "Unusta Smailys" keeps an e-mail out for good.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('smaily_unsubscribes')
      .addColumn('email_key', 'text', (column) => column.primaryKey()) // trimmed, lower case: contacts.email_key
      .addColumn('email', 'text', (column) => column.notNull()) // as Smaily listed it
      .addColumn('unsubscribed_at_text', 'text', (column) => column.notNull()) // as Smaily gave it, Tallinn time
      .addColumn('unsubscribed_at', 'text') // the same moment in UTC, for comparing; null when Smaily gave none
      .addColumn('learned_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('smaily_forgotten')
      .addColumn('email_key', 'text', (column) => column.primaryKey())
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('forgotten_at', 'text', (column) => column.notNull())
      .addColumn('forgotten_by_id', 'integer', (column) => column.references('users.id'))
      .addColumn('forgotten_by_name', 'text')
      .execute();
    // One row: when the whole unsubscribed list was last read, which the bulk push's dry run shows.
    await db.schema
      .createTable('consent_reads')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('last_full_read_at', 'text')
      .addCheckConstraint('consent_reads_single_row', sql`id = 1`)
      .execute();
    await db.insertInto('consent_reads').values({ id: 1 }).execute();
    // A conflict is a flag cleared here after the person unsubscribed in Smaily: so when it last changed is kept.
    // Unknown (null) for contacts saved before this migration, which then never count as conflicts.
    await db.schema.alterTable('contacts').addColumn('no_mail_posting_changed_at', 'text').execute();
    await db.schema
      .alterTable('push_jobs')
      .addColumn('skipped_forgotten', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();
  },
};
