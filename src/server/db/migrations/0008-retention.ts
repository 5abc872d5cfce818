import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const retention: Migration = {
  // Retention (src/server/retention) deletes the per-contact outcomes of old jobs and old log entries. A job's
  // own row stays with its counts and says when its outcomes went, so that its report can say so; the log's
  // time gets an index so that finding its old entries is not a scan of every entry, every hour.
  async up(db: Kysely<any>) {
    await db.schema.alterTable('push_jobs').addColumn('details_deleted_at', 'text').execute();
    await db.schema.createIndex('smaily_log_at').on('smaily_log').column('at').execute();
  },
};
