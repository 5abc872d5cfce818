import type { z } from 'zod';
import type { SyncLogEntry, SyncLogPage, syncLogQuerySchema } from '../../shared/sync-log';
import type { Db } from '../db/database';
import type { SyncLogTable } from '../db/schema';
import type { Selectable } from 'kysely';

type Query = z.output<typeof syncLogQuerySchema>;

function parseDetails(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Written by appendLogEntry, so always JSON; a hand-edited row still lists.
    return text;
  }
}

function toEntry(row: Selectable<SyncLogTable>): SyncLogEntry {
  return {
    id: row.id,
    at: row.at,
    userName: row.user_name,
    kind: row.kind,
    subject: row.subject,
    outcome: row.outcome,
    smailyCode: row.smaily_code,
    smailyMessage: row.smaily_message,
    details: parseDetails(row.details),
  };
}

/** Newest first (by id: entries are appended in time order), one page, filtered by kind and outcome. */
export async function listLogEntries(db: Db, { kind, outcome, page, pageSize }: Query): Promise<SyncLogPage> {
  let filtered = db.selectFrom('sync_log');
  if (kind) filtered = filtered.where('kind', '=', kind);
  if (outcome) filtered = filtered.where('outcome', '=', outcome);
  const [{ total }, rows] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    filtered
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { items: rows.map(toEntry), total: Number(total), page, pageSize };
}
