import type { z } from 'zod';
import type { SmailyLogEntry, SmailyLogPage, smailyLogQuerySchema } from '../../shared/smaily-log';
import type { Db } from '../db/database';
import type { SmailyLogTable } from '../db/schema';
import type { Selectable } from 'kysely';

type Query = z.output<typeof smailyLogQuerySchema>;

function parseDetails(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Written by appendLogEntry, so always JSON; a hand-edited row still lists.
    return text;
  }
}

function toEntry(row: Selectable<SmailyLogTable>): SmailyLogEntry {
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
export async function listLogEntries(db: Db, { kind, outcome, page, pageSize }: Query): Promise<SmailyLogPage> {
  let filtered = db.selectFrom('smaily_log');
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
