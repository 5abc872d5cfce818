import type { Selectable, Updateable } from 'kysely';
import type { Db } from '../db/database';
import type { StandardBooksConnectionTable } from '../db/schema';

export type ConnectionRow = Selectable<StandardBooksConnectionTable>;

/** The one row (migration 0011 creates it). */
export const readConnectionRow = (db: Db): Promise<ConnectionRow> =>
  db.selectFrom('standard_books_connection').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export async function updateConnectionRow(db: Db, change: Updateable<StandardBooksConnectionTable>): Promise<void> {
  await db.updateTable('standard_books_connection').set(change).where('id', '=', 1).execute();
}

/** Everything a save stored, for a deactivation to remove. */
export const noConnection = {
  address: null,
  company_no: null,
  username: null,
  password_sealed: null,
  connected_at: null,
  connected_by_id: null,
  connected_by_name: null,
} satisfies Updateable<StandardBooksConnectionTable>;

export const hasConnection = (row: ConnectionRow): boolean => row.address !== null || row.password_sealed !== null;
