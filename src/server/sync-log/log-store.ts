import type { SessionUser } from '../../shared/auth';
import type { Db } from '../db/database';

/** One event of Sünkroniseerimise logi: who did what, with what outcome and what Smaily answered. */
export interface LogEntryInput {
  user: Pick<SessionUser, 'id' | 'name'> | null;
  kind: string;
  subject?: string | null;
  outcome: string;
  smailyCode?: number | null;
  smailyMessage?: string | null;
  details?: unknown;
  at?: Date;
}

export async function appendLogEntry(db: Db, entry: LogEntryInput): Promise<number> {
  const { id } = await db
    .insertInto('sync_log')
    .values({
      at: (entry.at ?? new Date()).toISOString(),
      user_id: entry.user?.id ?? null,
      user_name: entry.user?.name ?? null,
      kind: entry.kind,
      subject: entry.subject ?? null,
      outcome: entry.outcome,
      smaily_code: entry.smailyCode ?? null,
      smaily_message: entry.smailyMessage ?? null,
      details: entry.details === undefined ? null : JSON.stringify(entry.details),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
