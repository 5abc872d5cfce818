import type { SbRegisterKey } from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import { registerTable } from './read-types';

// Each of the six tables has code, source, sb_seen_at and removed_from_sb_at; Kysely is told one of them.
const tableOf = (key: SbRegisterKey) => registerTable(key) as 'contacts';
const chunk = 500;

/**
 * The rows read from Standard Books that a full read begun at `readStart` did not see and that are not yet
 * marked removed: candidates for the mark, once a second look confirms they are gone.
 */
export async function unseenCodes(db: Db, key: SbRegisterKey, readStart: string): Promise<string[]> {
  const rows = await db
    .selectFrom(tableOf(key))
    .select('code')
    .where('source', '=', 'standard-books')
    .where('removed_from_sb_at', 'is', null)
    .where((eb) => eb.or([eb('sb_seen_at', 'is', null), eb('sb_seen_at', '<', readStart)]))
    .orderBy('code')
    .execute();
  return rows.map((row) => row.code);
}

/** Rows the full read missed but a second look found: they are there, so they are seen. */
export async function markSeen(db: Db, key: SbRegisterKey, codes: readonly string[], seenAt: string): Promise<void> {
  for (let start = 0; start < codes.length; start += chunk) {
    await db
      .updateTable(tableOf(key))
      .set({ sb_seen_at: seenAt })
      .where('code', 'in', codes.slice(start, start + chunk))
      .execute();
  }
}

/** Marks rows as no longer in Standard Books. They stay (never deleted silently) and a later read un-marks them. */
export async function markRemoved(db: Db, key: SbRegisterKey, codes: readonly string[], at: string): Promise<void> {
  for (let start = 0; start < codes.length; start += chunk) {
    await db
      .updateTable(tableOf(key))
      .set({ removed_from_sb_at: at })
      .where('code', 'in', codes.slice(start, start + chunk))
      .where('removed_from_sb_at', 'is', null)
      .execute();
  }
}
