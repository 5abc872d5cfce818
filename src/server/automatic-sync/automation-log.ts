import type { SessionUser } from '../../shared/auth';
import type { AutomaticSyncPauseReason } from '../../shared/automatic-sync';
import type { Db } from '../db/database';
import { appendLogEntry } from '../sync-log/log-store';
import { updateAutomationRow, type AutomationRow } from './settings-store';

/** Entries of kind `automatic-sync`: subject null, details {action, …}. Runs themselves are `job` entries. */
const kind = 'automatic-sync';

export const logAutomation = (
  db: Db,
  user: Pick<SessionUser, 'id' | 'name'> | null,
  outcome: 'ok' | 'failed' | 'skipped',
  details: Record<string, unknown>,
  at: Date,
) => appendLogEntry(db, { user, kind, outcome, details, at });

/**
 * A run with nothing due: the first of a row writes one entry ("nothing to send since …"), the ones after it only
 * update that entry (how many runs, the last one), so that a quiet day is one line, not one per slot.
 */
export async function recordNothingToSend(db: Db, row: AutomationRow, at: Date): Promise<void> {
  const iso = at.toISOString();
  if (row.last_run_outcome === 'nothing-to-send' && row.nothing_log_id !== null && row.nothing_since !== null) {
    const entry = await db
      .selectFrom('sync_log')
      .select('details')
      .where('id', '=', row.nothing_log_id)
      .executeTakeFirst();
    if (entry) {
      const runs = Number((JSON.parse(entry.details ?? '{}') as { runs?: unknown }).runs ?? 1) + 1;
      const details = { action: 'nothing-to-send', since: row.nothing_since, lastAt: iso, runs };
      await db
        .updateTable('sync_log')
        .set({ details: JSON.stringify(details) })
        .where('id', '=', row.nothing_log_id)
        .execute();
      await updateAutomationRow(db, { last_run_at: iso, last_run_outcome: 'nothing-to-send', waiting_for_job: 0 });
      return;
    }
  }
  const id = await logAutomation(
    db,
    null,
    'skipped',
    { action: 'nothing-to-send', since: iso, lastAt: iso, runs: 1 },
    at,
  );
  await updateAutomationRow(db, {
    last_run_at: iso,
    last_run_outcome: 'nothing-to-send',
    last_run_job_id: null,
    nothing_since: iso,
    nothing_log_id: id,
    waiting_for_job: 0,
  });
}

/** No runs until an administrator resumes it. */
export async function pauseAutomation(
  db: Db,
  reason: AutomaticSyncPauseReason,
  detail: string | null,
  at: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateAutomationRow(trx, {
      paused_reason: reason,
      paused_since: at.toISOString(),
      paused_detail: detail,
      waiting_for_job: 0,
    });
    await logAutomation(trx, null, 'failed', { action: 'paused', reason, ...(detail !== null && { detail }) }, at);
  });
}
