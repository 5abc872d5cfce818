import type { Selectable } from 'kysely';
import {
  activeJobStatuses,
  jobStatusSchema,
  stopReasons,
  type JobCounts,
  type PushFilters,
  type PushJob,
  type StopReason,
} from '../../shared/push-jobs';
import type { SkipReason } from '../../shared/push-rules';
import type { Db } from '../db/database';
import type { PushJobsTable } from '../db/schema';

export type JobRow = Selectable<PushJobsTable>;

/** A job still sending or finishing its batch in flight: the one per account that blocks starts and activation. */

export const skipColumns = {
  forgotten: 'skipped_forgotten',
  'removed-from-standard-books': 'skipped_removed',
  closed: 'skipped_closed',
  'no-email': 'skipped_no_email',
  'invalid-email': 'skipped_invalid_email',
  'duplicate-email': 'skipped_duplicate_email',
} as const satisfies Record<SkipReason, keyof PushJobsTable>;

export function jobFilters(row: Pick<JobRow, 'filter_cust_cat' | 'filter_classification'>): PushFilters {
  return {
    ...(row.filter_cust_cat !== null && { custCat: row.filter_cust_cat }),
    ...(row.filter_classification !== null && { classification: row.filter_classification }),
  };
}

export function jobCounts(row: JobRow): JobCounts {
  const decided = row.sent + row.skipped + row.failed + row.not_sent;
  return {
    total: row.total,
    sent: row.sent,
    skipped: row.skipped,
    failed: row.failed,
    notSent: row.not_sent,
    pending: row.total - decided,
  };
}

const asStopReason = (value: string | null): StopReason | null =>
  stopReasons.find((reason) => reason === value) ?? null;

export function toPushJob(row: JobRow): PushJob {
  return {
    id: row.id,
    status: jobStatusSchema.parse(row.status),
    filters: jobFilters(row),
    subdomain: row.subdomain,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    startedBy: { id: row.started_by_id, name: row.started_by_name },
    resendOf: row.resend_of,
    counts: jobCounts(row),
    skippedByReason: {
      forgotten: row.skipped_forgotten,
      'removed-from-standard-books': row.skipped_removed,
      closed: row.skipped_closed,
      'no-email': row.skipped_no_email,
      'invalid-email': row.skipped_invalid_email,
      'duplicate-email': row.skipped_duplicate_email,
    },
    batches: { total: row.batches_total, acknowledged: row.batches_acknowledged },
    stopReason: asStopReason(row.stop_reason),
    detailsDeletedAt: row.details_deleted_at,
  };
}

export const readJobRow = (db: Db, id: number): Promise<JobRow | undefined> =>
  db.selectFrom('push_jobs').selectAll().where('id', '=', id).executeTakeFirst();

/** The job that is running or finishing its batch, if any (at most one per account; this installation has one). */
export const findActiveJob = (db: Db): Promise<JobRow | undefined> =>
  db
    .selectFrom('push_jobs')
    .selectAll()
    .where('status', 'in', activeJobStatuses)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

export async function listJobs(db: Db, page: number, pageSize: number): Promise<{ items: PushJob[]; total: number }> {
  const { total } = await db
    .selectFrom('push_jobs')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('push_jobs')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map(toPushJob), total: Number(total) };
}

/** The running job if any, else the newest. */
export async function latestJob(db: Db): Promise<PushJob | null> {
  const row =
    (await findActiveJob(db)) ??
    (await db.selectFrom('push_jobs').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst());
  return row ? toPushJob(row) : null;
}
