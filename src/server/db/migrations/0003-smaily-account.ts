import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const smailyAccount: Migration = {
  async up(db: Kysely<any>) {
    // One row, always there: a failed first activation has somewhere to keep its result.
    await db.schema
      .createTable('smaily_account')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('subdomain', 'text')
      .addColumn('username', 'text')
      .addColumn('password_sealed', 'text') // AES-256-GCM, see src/server/secrets; never the plain password
      .addColumn('activated_at', 'text')
      .addColumn('activated_by_id', 'integer')
      .addColumn('activated_by_name', 'text')
      .addColumn('result_code', 'text') // 'activated' | 'deactivated'
      .addColumn('result_at', 'text')
      .addColumn('failure_code', 'text') // the last failed activation since that result
      .addColumn('failure_at', 'text')
      .addCheckConstraint('smaily_account_single_row', sql`id = 1`)
      .execute();
    await db.insertInto('smaily_account').values({ id: 1 }).execute();
    // Smaily logi is filtered by outcome as well as by kind (which 0001 indexed).
    await db.schema.createIndex('smaily_log_outcome').on('smaily_log').columns(['outcome', 'id']).execute();
  },
};
