import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const loginAttempts: Migration = {
  // Sign-in limits (src/server/auth/login-limiter.ts) live here rather than in memory, so that a restart does not
  // hand an attacker a fresh allowance; expires_at lets old rows be deleted with one indexed query.
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('login_attempts')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('attempts', 'integer', (column) => column.notNull())
      .addColumn('window_ends', 'text', (column) => column.notNull())
      .addColumn('locks', 'integer', (column) => column.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('login_attempts_expires_at').on('login_attempts').column('expires_at').execute();
  },
};
