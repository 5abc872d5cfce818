import type { Insertable } from 'kysely';
import { setImmediate } from 'node:timers/promises';
import { z } from 'zod';
import { mappingRowSchema } from '../../shared/smaily-fields';
import { buildSmailyPayload, mappingLookupsFrom } from '../../shared/mapping-engine';
import { skipReasons } from '../../shared/push-rules';
import { lookupsSchema } from '../../shared/registers';
import type { Db } from '../db/database';
import type { PushJobContactsTable } from '../db/schema';
import { contactsByFilters, contactsToResend } from './contact-pages';
import { JobPlan, type PlannedContact } from './job-plan';
import { jobFilters, readJobRow, skipColumns, type JobRow } from './job-store';

export interface PlannerDeps {
  db: Db;
  /**
   * A connection of its own, used for one read transaction: every page is read from the same snapshot, taken
   * as planning begins, while the app's connection goes on writing (SQLite WAL lets a reader keep its snapshot).
   */
  openSnapshot: () => Db;
  isClosing: () => boolean;
  /** After each page is written, and when planning ends. */
  onProgress: () => void;
}

const mappingSnapshotSchema = z.array(mappingRowSchema);
const lookupsSnapshotSchema = lookupsSchema.pick({ customerClasses: true, classifications: true, objects: true });

function outcomeRow(
  jobId: number,
  contact: PlannedContact,
  notSentReason: string | null,
): Insertable<PushJobContactsTable> {
  const toSend = contact.send !== null;
  return {
    job_id: jobId,
    seq: contact.seq,
    code: contact.code,
    name: contact.name,
    email: contact.email,
    batch: contact.send?.batch ?? null,
    payload: contact.send ? JSON.stringify(contact.send.payload) : null,
    outcome: toSend ? (notSentReason ? 'not-sent' : 'pending') : 'skipped',
    reason: contact.skip?.reason ?? (toSend ? notSentReason : null),
    detail: contact.skip?.duplicateOf ?? null,
  };
}

/** A page's rows and the plan's counters, in one transaction: the counters always describe the rows written. */
async function writePage(
  db: Db,
  jobId: number,
  planned: PlannedContact[],
  cursor: string,
  plan: JobPlan,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const job = await readJobRow(trx, jobId);
    if (!job) return;
    // A job stopped (or cancelled) while it was still being planned: its later contacts are "not sent" at once.
    const notSentReason = job.status === 'stopped' ? job.stop_reason : job.status === 'cancelled' ? 'cancelled' : null;
    if (planned.length > 0) {
      await trx
        .insertInto('push_job_contacts')
        .values(planned.map((contact) => outcomeRow(jobId, contact, notSentReason)))
        .execute();
    }
    const notSent = notSentReason ? planned.filter((contact) => contact.send !== null).length : 0;
    await trx
      .updateTable('push_jobs')
      .set((eb) => ({
        planned_count: plan.total,
        planned_send: plan.sendCount,
        skipped: skipReasons.reduce((sum, reason) => sum + plan.skipped[reason], 0),
        ...Object.fromEntries(skipReasons.map((reason) => [skipColumns[reason], plan.skipped[reason]])),
        batches_total: plan.batches,
        plan_cursor: cursor,
        not_sent: eb('not_sent', '+', notSent),
      }))
      .where('id', '=', jobId)
      .execute();
  });
}

/** The plan as the rows written so far left it: after a restart, planning goes on exactly where it was. */
async function resumePlan(db: Db, job: JobRow): Promise<JobPlan> {
  const mapping = mappingSnapshotSchema.parse(JSON.parse(job.mapping));
  const lookups = mappingLookupsFrom(lookupsSnapshotSchema.parse(JSON.parse(job.lookups)));
  const skipped = Object.fromEntries(
    skipReasons.map((reason) => [reason, job[skipColumns[reason]]]),
  ) as JobPlan['skipped'];
  const plan = new JobPlan(
    job.batch_size,
    (contact) => ({ ...buildSmailyPayload(contact, mapping, lookups), email: contact.eMail }), // the email row, spelled out for the type
    { seq: job.planned_count, toSend: job.planned_send, skipped },
  );
  for (let afterSeq = -1; ;) {
    const rows = await db
      .selectFrom('push_job_contacts')
      .select(['seq', 'code', 'email'])
      .where('job_id', '=', job.id)
      .where('batch', 'is not', null)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(5000)
      .execute();
    for (const row of rows) plan.remember(row.code, row.email);
    const last = rows.at(-1);
    if (!last) return plan;
    afterSeq = last.seq;
  }
}

/**
 * Gives each contact of a job its row — its outcome if skipped, else its batch and payload — a page at a time
 * in code order, each page in a transaction of its own, so that the first batches go to Smaily while later pages
 * are still being read and no single write holds the database for long. Stops between pages when the app
 * closes; the next start goes on from the cursor.
 */
export async function planJob(deps: PlannerDeps, jobId: number): Promise<void> {
  const { db } = deps;
  const job = await readJobRow(db, jobId);
  if (!job || job.planned === 1) return;
  const plan = await resumePlan(db, job);
  const snapshot = deps.openSnapshot();
  let finished = false;
  try {
    await snapshot.transaction().execute(async (snap) => {
      const pages =
        job.resend_of === null
          ? contactsByFilters(snap, jobFilters(job), job.plan_cursor)
          : contactsToResend(snap, job.resend_of, job.plan_cursor);
      for await (const page of pages) {
        // The database calls are synchronous underneath: without a turn of the event loop between reading a
        // page and writing it, and after each page, a plan would keep the batches' answers (and every other
        // request) waiting for as long as it takes.
        await setImmediate();
        if (deps.isClosing()) return;
        await writePage(
          db,
          jobId,
          page.contacts.map((contact) => plan.add(contact)),
          page.cursor,
          plan,
        );
        deps.onProgress();
        await setImmediate();
      }
      finished = !deps.isClosing();
    });
  } finally {
    await snapshot.destroy();
  }
  if (!finished) return;
  await db
    .updateTable('push_jobs')
    .set((eb) => ({ planned: 1, total: eb.ref('planned_count') }))
    .where('id', '=', jobId)
    .execute();
  deps.onProgress();
}
