import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const syncLog: Migration = {
  // Smaily logi becomes Sünkroniseerimise logi: reads from Standard Books are entries of the same log as pushes.
  // Its indexes keep their names; only the table's name follows the log's.
  async up(db: Kysely<any>) {
    await db.schema.alterTable('smaily_log').renameTo('sync_log').execute();
  },
};
