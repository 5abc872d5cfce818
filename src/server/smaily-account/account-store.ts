import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../db/database';
import type { SmailyAccountTable } from '../db/schema';

export type AccountRow = Selectable<SmailyAccountTable>;

/** The one row (migration 0003 creates it). */
export const readAccountRow = (db: Db): Promise<AccountRow> =>
  db.selectFrom('smaily_account').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export async function updateAccountRow(db: Db, change: Updateable<SmailyAccountTable>): Promise<void> {
  await db.updateTable('smaily_account').set(change).where('id', '=', 1).execute();
}

/** Everything an activation stored, for a deactivation to remove. */
export const noCredentials = {
  subdomain: null,
  username: null,
  password_sealed: null,
  activated_at: null,
  activated_by_id: null,
  activated_by_name: null,
} satisfies Updateable<SmailyAccountTable>;

export const hasCredentials = (row: AccountRow): boolean => row.subdomain !== null || row.password_sealed !== null;
