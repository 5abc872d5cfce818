import type { Insertable } from 'kysely';
import type { SessionUser } from '../../shared/auth';
import type { Contact } from '../../shared/contacts';
import { buildSmailyPayload, mappingLookupsFrom } from '../../shared/mapping-engine';
import type { PushFilters } from '../../shared/push-jobs';
import { skipReasons } from '../../shared/push-rules';
import type { Db } from '../db/database';
import type { PushJobContactsTable } from '../db/schema';
import { loadMappingRows } from '../mapping/mapping-store';
import { loadLookups } from '../registers/lookups-routes';
import { refuseWhileJobRuns } from './job-guard';
import { JobPlan, type PlannedContact } from './job-plan';
import { logJobStarted } from './job-log';
import { readJobRow, skipColumns, type JobRow } from './job-store';

export interface NewJob {
  /** The active account's subdomain; its credentials are read again for every batch. */
  subdomain: string;
  filters: PushFilters;
  resendOf: number | null;
  user: Pick<SessionUser, 'id' | 'name'>;
  batchSize: number;
}

function outcomeRow(jobId: number, contact: PlannedContact): Insertable<PushJobContactsTable> {
  return {
    job_id: jobId,
    seq: contact.seq,
    code: contact.code,
    name: contact.name,
    email: contact.email,
    batch: contact.send?.batch ?? null,
    payload: contact.send ? JSON.stringify(contact.send.payload) : null,
    outcome: contact.send ? 'pending' : 'skipped',
    reason: contact.skip?.reason ?? null,
    detail: contact.skip?.duplicateOf ?? null,
  };
}

/**
 * Starts a job in one transaction: either it exists with every contact's row, or not at all. It fixes what it
 * sends now — the contacts in code order, their payloads under the mapping and code lists of this moment, and
 * their batches — so that editing the mapping or a contact later does not change it. Contacts are read and
 * their rows written a page at a time.
 */
export async function createJob(db: Db, job: NewJob, contacts: (db: Db) => AsyncIterable<Contact[]>): Promise<JobRow> {
  return db.transaction().execute(async (trx) => {
    await refuseWhileJobRuns(trx);
    const mapping = await loadMappingRows(trx);
    const lookups = mappingLookupsFrom(await loadLookups(trx));
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
        batch_size: job.batchSize,
        started_at: at.toISOString(),
        started_by_id: job.user.id,
        started_by_name: job.user.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    // The mapping keeps its e-mail row; spelled out because the payload's type cannot say so.
    const plan = new JobPlan(job.batchSize, (contact) => ({ ...buildSmailyPayload(contact, mapping, lookups), email: contact.eMail }));
    for await (const page of contacts(trx)) {
      await trx
        .insertInto('push_job_contacts')
        .values(page.map((contact) => outcomeRow(id, plan.add(contact))))
        .execute();
    }
    const skipped = skipReasons.reduce((sum, reason) => sum + plan.skipped[reason], 0);
    await trx
      .updateTable('push_jobs')
      .set({
        total: plan.total,
        skipped,
        ...Object.fromEntries(skipReasons.map((reason) => [skipColumns[reason], plan.skipped[reason]])),
        batches_total: plan.batches,
      })
      .where('id', '=', id)
      .execute();
    const row = await readJobRow(trx, id);
    if (!row) throw new Error(`job ${id} vanished while it was created`);
    await logJobStarted(trx, row, at);
    return row;
  });
}
