import { sql, type Kysely, type Migration } from 'kysely';

/** The columns of a contact that a push can send or that decide whether it is sent. */
const contactDataColumns = [
  'code',
  'name',
  'cust_type',
  'cust_cat',
  'email',
  'phone',
  'mobile',
  'person',
  'country_code',
  'inv_addr0',
  'inv_addr1',
  'inv_addr2',
  'inv_addr3',
  'inv_addr4',
  'vat_nr',
  'reg_nr1',
  'comment',
  'no_mail_posting',
  'blocked',
  'date_created',
  'date_changed',
  'removed_from_sb_at',
];

/** Takes the next number of the one counter and gives it to the contacts `where` selects. */
const bump = (where: string) => `
    UPDATE change_counter SET seq = seq + 1 WHERE id = 1;
    UPDATE contacts SET change_seq = (SELECT seq FROM change_counter WHERE id = 1) WHERE ${where};`;

/** Link tables: a classification or an object added to or taken off a contact. */
const linkTables = ['contact_classifications', 'contact_objects'];

/** Code lists a contact sends as Kirjeldus, and how to find the contacts that use an entry. */
const describedLists = [
  { table: 'customer_classes', contacts: 'cust_cat = NEW.code' },
  {
    table: 'classifications',
    contacts: 'id IN (SELECT contact_id FROM contact_classifications WHERE classification_code = NEW.code)',
  },
  { table: 'objects', contacts: 'id IN (SELECT contact_id FROM contact_objects WHERE object_code = NEW.code)' },
];

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const automaticSync: Migration = {
  // Issue 19: the automatic sync sends only what changed since Smaily acknowledged it. What changed is told by a
  // sequence that grows with each committed change (never wall-clock time: a clock change cannot skip anything),
  // kept by triggers so that a card edit, an import, a read from Standard Books and a consent fact all count alike.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('change_counter')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('seq', 'integer', (column) => column.notNull().defaultTo(0))
      .addCheckConstraint('change_counter_single_row', sql`id = 1`)
      .execute();
    await db.insertInto('change_counter').values({ id: 1, seq: 0 }).execute();
    // 0 for the contacts already here: Smaily has acknowledged none of them through this mechanism yet.
    await db.schema
      .alterTable('contacts')
      .addColumn('change_seq', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();

    const changed = contactDataColumns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
    await sql
      .raw(`CREATE TRIGGER contacts_changed_insert AFTER INSERT ON contacts BEGIN ${bump('id = NEW.id')} END`)
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER contacts_changed_update AFTER UPDATE ON contacts WHEN ${changed} BEGIN ${bump('id = NEW.id')} END`,
      )
      .execute(db);
    for (const table of linkTables) {
      await sql
        .raw(`CREATE TRIGGER ${table}_insert AFTER INSERT ON ${table} BEGIN ${bump('id = NEW.contact_id')} END`)
        .execute(db);
      await sql
        .raw(`CREATE TRIGGER ${table}_delete AFTER DELETE ON ${table} BEGIN ${bump('id = OLD.contact_id')} END`)
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${table}_update AFTER UPDATE ON ${table} BEGIN ${bump('id IN (OLD.contact_id, NEW.contact_id)')} END`,
        )
        .execute(db);
    }
    for (const { table, contacts } of describedLists) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_renamed AFTER UPDATE OF name ON ${table} WHEN OLD.name IS NOT NEW.name BEGIN ${bump(contacts)} END`,
        )
        .execute(db);
    }
    // Consent facts go to Smaily with the contact (or keep it from being sent): the contacts with that e-mail. An
    // unsubscribe changes nothing sent for a contact with "Ära koosta massmaile" (it goes unsubscribed anyway): left
    // out, or Smaily listing what a push just told it would make that contact due again.
    const consentFacts = [
      { table: 'smaily_unsubscribes', also: ' AND no_mail_posting = 0' },
      { table: 'smaily_forgotten', also: '' },
    ];
    for (const { table, also } of consentFacts) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_insert AFTER INSERT ON ${table} BEGIN ${bump(`email_key = NEW.email_key${also}`)} END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${table}_delete AFTER DELETE ON ${table} BEGIN ${bump(`email_key = OLD.email_key${also}`)} END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${table}_update AFTER UPDATE ON ${table} BEGIN ${bump(`email_key IN (OLD.email_key, NEW.email_key)${also}`)} END`,
        )
        .execute(db);
    }

    // What Smaily acknowledged, per account and contact code: the change_seq of the contact as the acknowledged
    // push planned it. `skipped` = 1 when that push decided to skip it (nothing reached Smaily): such a contact is
    // due again as soon as the rules would send it (e.g. the contact whose duplicate it was is closed).
    await db.schema
      .createTable('contact_acks')
      .addColumn('subdomain', 'text', (column) => column.notNull())
      .addColumn('code', 'text', (column) => column.notNull())
      .addColumn('acked_seq', 'integer', (column) => column.notNull())
      .addColumn('skipped', 'integer', (column) => column.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('contact_acks_pk', ['subdomain', 'code'])
      .execute();
    // The contact's change_seq as a job planned it (null for jobs before this migration).
    await db.schema.alterTable('push_job_contacts').addColumn('change_seq', 'integer').execute();
    // 1 for an automatic run narrowed to the due contacts.
    await db.schema
      .alterTable('push_jobs')
      .addColumn('incremental', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();

    // The automation's settings and state: one row.
    await db.schema
      .createTable('automatic_sync')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('enabled', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('schedule', 'text', (column) => column.notNull().defaultTo('hourly'))
      .addColumn('daily_at', 'text', (column) => column.notNull().defaultTo('03:30'))
      .addColumn('filter_cust_cat', 'text')
      .addColumn('filter_classification', 'text')
      .addColumn('paused_reason', 'text')
      .addColumn('paused_since', 'text')
      .addColumn('paused_detail', 'text')
      .addColumn('consent_failures', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('sb_failures', 'integer', (column) => column.notNull().defaultTo(0))
      // The last scheduled slot handled (run, skipped or deferred): a slot missed while down is caught up once.
      .addColumn('last_slot_at', 'text')
      .addColumn('last_run_at', 'text')
      .addColumn('last_run_outcome', 'text')
      .addColumn('last_run_job_id', 'integer')
      // 1 once the end of that job has been looked at (its completion clears the whole-selection mark).
      .addColumn('last_job_settled', 'integer', (column) => column.notNull().defaultTo(1))
      .addColumn('nothing_since', 'text')
      .addColumn('nothing_log_id', 'integer')
      // A run is owed once the person's job that blocked it ends.
      .addColumn('waiting_for_job', 'integer', (column) => column.notNull().defaultTo(0))
      // The whole selection is due while whole_due_gen > whole_done_gen; the run covering it remembers the
      // generation it planned under, so a change made during that run is not cleared by its completion.
      .addColumn('whole_due_gen', 'integer', (column) => column.notNull().defaultTo(1))
      .addColumn('whole_done_gen', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('running_whole_gen', 'integer')
      .addCheckConstraint('automatic_sync_single_row', sql`id = 1`)
      .execute();
    await db.insertInto('automatic_sync').values({ id: 1 }).execute();
    // The mapping or the Smaily account changed: every contact of the selection must be sent again, whoever
    // changed it and however.
    const wholeDue = 'UPDATE automatic_sync SET whole_due_gen = whole_due_gen + 1 WHERE id = 1;';
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER smaily_field_mappings_${event.toLowerCase()} AFTER ${event} ON smaily_field_mappings BEGIN ${wholeDue} END`,
        )
        .execute(db);
    }
    await sql
      .raw(
        `CREATE TRIGGER smaily_account_changed AFTER UPDATE OF subdomain ON smaily_account WHEN OLD.subdomain IS NOT NEW.subdomain BEGIN ${wholeDue} END`,
      )
      .execute(db);
  },
};
