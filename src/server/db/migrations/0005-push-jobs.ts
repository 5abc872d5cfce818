import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const pushJobs: Migration = {
  async up(db: Kysely<any>) {
    // A bulk push: what it was started with (fixed at its start) and its counters, kept per batch so that
    // reading a job's progress is one row.
    await db.schema
      .createTable('push_jobs')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('subdomain', 'text', (column) => column.notNull())
      .addColumn('filter_cust_cat', 'text')
      .addColumn('filter_classification', 'text')
      .addColumn('resend_of', 'integer', (column) => column.references('push_jobs.id'))
      .addColumn('mapping', 'text', (column) => column.notNull()) // the grid's rows as JSON, as they were at the start
      .addColumn('lookups', 'text', (column) => column.notNull()) // the code lists the mapping reads, as JSON
      .addColumn('batch_size', 'integer', (column) => column.notNull())
      // Contacts are planned page by page after the start; these say how far, so that planning survives a restart.
      .addColumn('planned', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('plan_cursor', 'text')
      .addColumn('planned_count', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('planned_send', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('started_at', 'text', (column) => column.notNull())
      .addColumn('finished_at', 'text')
      .addColumn('started_by_id', 'integer', (column) => column.references('users.id'))
      .addColumn('started_by_name', 'text')
      .addColumn('cancelled_by_name', 'text')
      .addColumn('total', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('sent', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('skipped', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('failed', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('not_sent', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('skipped_closed', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('skipped_no_email', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('skipped_invalid_email', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('skipped_duplicate_email', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('batches_total', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('batches_acknowledged', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('stop_reason', 'text')
      .addColumn('stop_status', 'integer') // Smaily's HTTP status when it refused the account
      .execute();
    // One job per Smaily account at a time, whatever race two starts run: the database refuses the second.
    await db.schema
      .createIndex('push_jobs_one_active')
      .on('push_jobs')
      .column('subdomain')
      .unique()
      .where(sql.ref('status'), 'in', ['running', 'cancelling'])
      .execute();

    // One row per contact of a job: who it was at the start, its payload, its batch and its one outcome.
    await db.schema
      .createTable('push_job_contacts')
      .addColumn('job_id', 'integer', (column) => column.notNull().references('push_jobs.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (column) => column.notNull()) // place in code order
      .addColumn('code', 'text', (column) => column.notNull())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('email', 'text', (column) => column.notNull())
      .addColumn('batch', 'integer') // null for a contact skipped at the start
      .addColumn('payload', 'text') // the JSON row sent to Smaily; null when skipped
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('reason', 'text')
      .addColumn('detail', 'text') // the duplicate's first contact, an HTTP status or a transport error
      .addColumn('smaily_code', 'integer')
      .addColumn('smaily_message', 'text')
      .addPrimaryKeyConstraint('push_job_contacts_pk', ['job_id', 'seq'])
      .execute();
    // The runner's questions: the first batch still pending, and that batch's rows.
    await db.schema
      .createIndex('push_job_contacts_outcome')
      .on('push_job_contacts')
      .columns(['job_id', 'outcome', 'batch'])
      .execute();
  },
};
