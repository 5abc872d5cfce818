import type { JobNotSentReason } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import { logJobEnded } from './job-log';
import { readJobRow } from './job-store';
import type { JobStop } from './split-batch';

/** Every contact still pending becomes "not sent" with the reason; returns how many. */
async function markRestNotSent(trx: Db, jobId: number, reason: JobNotSentReason): Promise<number> {
  const result = await trx
    .updateTable('push_job_contacts')
    .set({ outcome: 'not-sent', reason })
    .where('job_id', '=', jobId)
    .where('outcome', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

async function logEnd(trx: Db, jobId: number, at: Date): Promise<void> {
  const row = await readJobRow(trx, jobId);
  if (row) await logJobEnded(trx, row, at);
}

/**
 * Smaily refused the account: the rest of the job is "not sent" and the job waits, stopped, to be resumed.
 * Run inside the transaction that writes the outcomes of the batch that met the refusal.
 */
export async function stopJobIn(trx: Db, jobId: number, stop: JobStop, at: Date): Promise<void> {
  const notSent = await markRestNotSent(trx, jobId, stop.reason);
  await trx
    .updateTable('push_jobs')
    .set((eb) => ({
      status: 'stopped',
      not_sent: eb('not_sent', '+', notSent),
      stop_reason: stop.reason,
      stop_status: stop.status,
      finished_at: at.toISOString(),
    }))
    .where('id', '=', jobId)
    .execute();
  await logEnd(trx, jobId, at);
}

export const stopJob = (db: Db, jobId: number, stop: JobStop, at = new Date()): Promise<void> =>
  db.transaction().execute((trx) => stopJobIn(trx, jobId, stop, at));

/** A cancel asked for: once the batches in flight are written, the rest is "not sent". */
export async function finishCancelled(db: Db, jobId: number, at = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await readJobRow(trx, jobId);
    // Every contact must have its row first: the runner waits for the planner before it gets here.
    if (row?.status !== 'cancelling' || row.planned !== 1) return;
    const notSent = await markRestNotSent(trx, jobId, 'cancelled');
    await trx
      .updateTable('push_jobs')
      .set((eb) => ({ status: 'cancelled', not_sent: eb('not_sent', '+', notSent), finished_at: at.toISOString() }))
      .where('id', '=', jobId)
      .execute();
    await logEnd(trx, jobId, at);
  });
}

/** Every batch is written: the job is complete. */
export async function finishCompleted(db: Db, jobId: number, at = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await readJobRow(trx, jobId);
    if (row?.status !== 'running' || row.planned !== 1) return;
    await trx
      .updateTable('push_jobs')
      .set({ status: 'completed', finished_at: at.toISOString() })
      .where('id', '=', jobId)
      .execute();
    await logEnd(trx, jobId, at);
  });
}
