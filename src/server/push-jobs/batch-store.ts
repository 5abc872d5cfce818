import { sql } from 'kysely';
import { isActiveJobStatus } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import type { SmailyRow } from '../smaily/types';
import { readJobRow } from './job-store';
import type { BatchRow } from './send-batch';
import type { SplitResult } from './split-batch';

/**
 * The first batch after `after` with a contact Smaily has not acknowledged, or null when every such batch is
 * written (a sender passes the last batch it has started, so that batches in flight are not picked again).
 */
export async function nextPendingBatch(db: Db, jobId: number, after = -1): Promise<number | null> {
  const row = await db
    .selectFrom('push_job_contacts')
    .select('batch')
    .where('job_id', '=', jobId)
    .where('outcome', '=', 'pending')
    .where('batch', '>', after)
    .orderBy('batch')
    .limit(1)
    .executeTakeFirst();
  return row?.batch ?? null;
}

/** The batch's contacts still pending, with the payloads fixed at the start. */
export async function readBatchRows(db: Db, jobId: number, batch: number): Promise<BatchRow[]> {
  const rows = await db
    .selectFrom('push_job_contacts')
    .select(['seq', 'payload'])
    .where('job_id', '=', jobId)
    .where('outcome', '=', 'pending')
    .where('batch', '=', batch)
    // `seq + 0`: ordered by the bare column, SQLite would walk the primary key through every row of the job
    // (tens of milliseconds at 100 000 contacts, with the event loop held) rather than the batch's index entries.
    .orderBy(sql`seq + 0`)
    .execute();
  return rows.map((row) => ({ seq: row.seq, payload: JSON.parse(row.payload ?? '{}') as SmailyRow }));
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/**
 * Writes what Smaily answered for one batch — each contact's outcome, the job's counters and its
 * acknowledgement — in ONE transaction. A crash before it leaves the whole batch pending (it is sent again after
 * a restart); after it, the batch is never sent again. Only rows still pending are changed and the counters grow
 * by the rows actually changed, so no contact gets two outcomes and no count is doubled. When Smaily refused the
 * account, the rows it did not decide stay pending: the sender stops the job once its other batches in flight
 * are written too (job-sender.ts).
 */
export async function commitBatch(
  db: Db,
  jobId: number,
  batch: number,
  result: SplitResult<BatchRow>,
  at = new Date(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await readJobRow(trx, jobId);
    if (!job || !isActiveJobStatus(job.status)) return;

    let failed = 0;
    for (const { row, failure } of result.failed) {
      const updated = await trx
        .updateTable('push_job_contacts')
        .set({
          outcome: 'failed',
          reason: failure.reason,
          detail: failure.detail,
          smaily_code: failure.smailyCode,
          smaily_message: failure.smailyMessage,
        })
        .where('job_id', '=', jobId)
        .where('seq', '=', row.seq)
        .where('outcome', '=', 'pending')
        .executeTakeFirst();
      failed += Number(updated.numUpdatedRows);
    }

    let sent = 0;
    const markSent = trx
      .updateTable('push_job_contacts')
      .set({ outcome: 'sent' })
      .where('job_id', '=', jobId)
      .where('batch', '=', batch)
      .where('outcome', '=', 'pending');
    if (result.failed.length === 0 && !result.stop) {
      sent = Number((await markSent.executeTakeFirst()).numUpdatedRows);
    } else {
      for (const part of chunks(result.sent, 500)) {
        const updated = await markSent
          .where(
            'seq',
            'in',
            part.map((row) => row.seq),
          )
          .executeTakeFirst();
        sent += Number(updated.numUpdatedRows);
      }
    }
    if (sent > 0) {
      await trx
        .updateTable('contacts')
        .set({ last_sent_at: at.toISOString() })
        .where('code', 'in', (eb) =>
          eb
            .selectFrom('push_job_contacts')
            .select('code')
            .where('job_id', '=', jobId)
            .where('outcome', '=', 'sent')
            .where('batch', '=', batch),
        )
        .execute();
    }

    await trx
      .updateTable('push_jobs')
      .set((eb) => ({
        sent: eb('sent', '+', sent),
        failed: eb('failed', '+', failed),
        // A batch cut short by a stop is acknowledged when its rest is sent after the resume.
        batches_acknowledged: eb('batches_acknowledged', '+', result.stop ? 0 : 1),
      }))
      .where('id', '=', jobId)
      .execute();
  });
}
