import { setImmediate as nextTurn } from 'node:timers/promises';
import type { JobStatus } from '../../shared/push-jobs';
import type { Db } from '../db/database';

export interface RetentionResult {
  /** Jobs whose per-contact outcomes were deleted in this run (their summary rows stay). */
  jobs: number;
  outcomes: number;
  logEntries: number;
}

/** Jobs that will not change again by themselves; a stopped one could be resumed, until its outcomes go. */
const endedStatuses = ['completed', 'cancelled', 'stopped'] as const satisfies readonly JobStatus[];

/**
 * Deletes what grows with every run and is worth little after a while: the per-contact outcomes of jobs that
 * ended before `cutoff`, and Sünkroniseerimise logi's entries written before it. A job's own row stays with its counts, and
 * says when its outcomes went (its report then says so, and it can no longer be resumed or re-sent).
 *
 * Rows go in chunks with a turn of the event loop between them: a job of 100 000 contacts must not stop every
 * request (and the push runner) for the seconds one big delete would take.
 */
export async function deleteOldDetails(
  db: Db,
  { cutoff, now, chunkSize = 5000 }: { cutoff: Date; now: Date; chunkSize?: number },
): Promise<RetentionResult> {
  const before = cutoff.toISOString();
  // Marked first, in one statement whose conditions a resume or re-send cannot slip between: those check the
  // mark in their own transaction. A job whose re-send is still reading its contacts is left for the next run.
  const marked = await db
    .updateTable('push_jobs')
    .set({ details_deleted_at: now.toISOString() })
    .where('details_deleted_at', 'is', null)
    .where('status', 'in', endedStatuses)
    .where('finished_at', '<', before)
    .where('id', 'not in', (eb) =>
      eb
        .selectFrom('push_jobs as resend')
        .select('resend.resend_of')
        .where('resend.resend_of', 'is not', null)
        .where('resend.planned', '=', 0),
    )
    .executeTakeFirst();

  // Also the rows of a job marked by a run that did not finish (a restart in the middle).
  const jobs = await db
    .selectFrom('push_jobs')
    .select('id')
    .where('details_deleted_at', 'is not', null)
    .where((eb) => eb.exists(eb.selectFrom('push_job_contacts').select('seq').whereRef('job_id', '=', 'push_jobs.id')))
    .execute();
  let outcomes = 0;
  for (const { id } of jobs) {
    for (;;) {
      const result = await db
        .deleteFrom('push_job_contacts')
        .where('job_id', '=', id)
        .where('seq', 'in', (eb) =>
          eb.selectFrom('push_job_contacts').select('seq').where('job_id', '=', id).orderBy('seq').limit(chunkSize),
        )
        .executeTakeFirst();
      const deleted = Number(result.numDeletedRows);
      outcomes += deleted;
      if (deleted < chunkSize) break;
      await nextTurn();
    }
  }

  let logEntries = 0;
  for (;;) {
    const result = await db
      .deleteFrom('sync_log')
      .where('id', 'in', (eb) => eb.selectFrom('sync_log').select('id').where('at', '<', before).limit(chunkSize))
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows);
    logEntries += deleted;
    if (deleted < chunkSize) break;
    await nextTurn();
  }

  return { jobs: Number(marked.numUpdatedRows), outcomes, logEntries };
}
