import type { SessionUser } from '../../shared/auth';
import type { PushFilters } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import { loadMappingRows } from '../smaily-fields/mapping-store';
import { loadLookups } from '../lookups/routes';
import { refuseWhileJobRuns } from './job-guard';
import { logJobStarted } from './job-log';
import { readJobRow, type JobRow } from './job-store';

export interface NewJob {
  /** The active account's subdomain; its credentials are read again for every batch. */
  subdomain: string;
  filters: PushFilters;
  resendOf: number | null;
  /** Null for the automatic sync: the job is then started by "süsteem". */
  user: Pick<SessionUser, 'id' | 'name'> | null;
  batchSize: number;
  /** Only the contacts due since Smaily last acknowledged them (src/server/automatic-sync/due-contacts.ts). */
  incremental?: boolean;
  /** How many contacts the job will cover, counted now; its contacts are read right after (plan-job.ts). */
  total: (db: Db) => Promise<number>;
}

/**
 * Starts a job in one short transaction: one job per account, the mapping and the code lists it will use fixed
 * now (editing them later does not change the job), its total counted, and its start in Sünkroniseerimise logi. The
 * contacts themselves are then read and given their rows by the planner, from a snapshot of this moment.
 */
export async function createJob(db: Db, job: NewJob): Promise<JobRow> {
  return db.transaction().execute(async (trx) => {
    await refuseWhileJobRuns(trx);
    const mapping = await loadMappingRows(trx);
    const { customerClasses, classifications, objects } = await loadLookups(trx);
    const at = new Date();
    const { id } = await trx
      .insertInto('push_jobs')
      .values({
        status: 'running',
        subdomain: job.subdomain,
        filter_cust_cat: job.filters.custCat ?? null,
        filter_classification: job.filters.classification ?? null,
        resend_of: job.resendOf,
        mapping: JSON.stringify(mapping),
        lookups: JSON.stringify({ customerClasses, classifications, objects }),
        batch_size: job.batchSize,
        total: await job.total(trx),
        started_at: at.toISOString(),
        started_by_id: job.user?.id ?? null,
        started_by_name: job.user?.name ?? null,
        incremental: job.incremental === true ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await readJobRow(trx, id);
    if (!row) throw new Error(`job ${id} vanished while it was created`);
    await logJobStarted(trx, row, at);
    return row;
  });
}
