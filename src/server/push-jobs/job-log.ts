import type { SessionUser } from '../../shared/auth';
import type { SyncLogOutcome } from '../../shared/sync-log';
import { smailyHost } from '../../shared/smaily-account';
import type { Db } from '../db/database';
import { appendLogEntry } from '../sync-log/log-store';
import { toPushJob, type JobRow } from './job-store';

type Actor = Pick<SessionUser, 'id' | 'name'>;

const starter = (row: JobRow): Actor | null =>
  row.started_by_id === null ? null : { id: row.started_by_id, name: row.started_by_name ?? '' };

/** What every entry of a job says: where it sends, what it selected and where it stands. */
function facts(row: JobRow) {
  const job = toPushJob(row);
  return {
    address: smailyHost(row.subdomain),
    filters: job.filters,
    ...(job.resendOf !== null && { resendOf: job.resendOf }),
    counts: job.counts,
    // Only the reasons that skipped someone: a row of zeros would hide the one that matters.
    skippedByReason: Object.fromEntries(Object.entries(job.skippedByReason).filter(([, count]) => count > 0)),
    batches: job.batches,
  };
}

/** Sünkroniseerimise logi: a job has started (who, where to, its filters and how many contacts it covers). */
export function logJobStarted(db: Db, row: JobRow, at: Date) {
  const { address, filters } = facts(row);
  const details = {
    action: 'started',
    address,
    filters,
    ...(row.resend_of !== null && { resendOf: row.resend_of }),
    total: row.total,
  };
  return appendLogEntry(db, { user: starter(row), kind: 'job', subject: String(row.id), outcome: 'ok', details, at });
}

/** Sünkroniseerimise logi: someone resumed a stopped job. */
export const logJobResumed = (db: Db, row: JobRow, user: Actor, at: Date) =>
  appendLogEntry(db, {
    user,
    kind: 'job',
    subject: String(row.id),
    outcome: 'ok',
    details: { action: 'resumed', ...facts(row) },
    at,
  });

function endOutcome(row: JobRow): SyncLogOutcome {
  if (row.status === 'cancelled') return 'cancelled';
  if (row.status === 'stopped') return 'failed';
  return row.failed > 0 ? 'partial' : 'ok';
}

/** Sünkroniseerimise logi: a job has ended (completed, cancelled or stopped), under the name of who started it. */
export const logJobEnded = (db: Db, row: JobRow, at: Date) =>
  appendLogEntry(db, {
    user: starter(row),
    kind: 'job',
    subject: String(row.id),
    outcome: endOutcome(row),
    smailyCode: row.stop_status,
    details: {
      action: row.status,
      ...facts(row),
      ...(row.stop_reason !== null && { stopReason: row.stop_reason }),
      ...(row.cancelled_by_name !== null && { cancelledBy: row.cancelled_by_name }),
    },
    at,
  });
