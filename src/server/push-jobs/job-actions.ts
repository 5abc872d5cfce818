import type { SessionUser } from '../../shared/auth';
import { smailyHost } from '../../shared/smaily-account';
import type { PushFilters, StartPushJobInput } from '../../shared/push-jobs';
import { isActiveJobStatus } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import { fieldError, notFound, RequestError } from '../http/request-error';
import type { SecretBox } from '../secrets/secret-box';
import { refuseBrokenSavedMapping } from '../smaily-fields/mapping-check';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import type { SmailyAccount } from '../smaily/types';
import { forgetClosedContacts } from '../consent/forget';
import { requireSmailyConsent, type ConsentDeps } from '../consent/read-consent';
import { countByFilters } from './contact-pages';
import { createJob } from './create-job';
import { checkFilters } from './dry-run';
import { refuseWhileJobRuns } from './job-guard';
import { jobMessages } from './job-messages';
import { logJobResumed } from './job-log';
import { jobFilters, readJobRow, type JobRow } from './job-store';
import type { PushJobRunner } from './runner';

export interface JobActionDeps {
  db: Db;
  secrets: SecretBox;
  runner: PushJobRunner;
  batchSize: number;
  /** Consent is read from Smaily before a job is created: a push never runs on stale consent. */
  consent: ConsentDeps;
}

type Actor = Pick<SessionUser, 'id' | 'name'>;

/**
 * What must happen before a job exists, in this order: no other job runs (asked before Smaily is), Smaily's
 * unsubscribed list is read and stored (a failure refuses with a 502 and no job), and closed contacts are
 * forgotten when an administrator asked. The job then reads consent and forgotten e-mails with its contacts.
 */
async function prepareJob(
  deps: JobActionDeps,
  account: SmailyAccount,
  user: Actor,
  trigger: 'job' | 'resend',
  forget?: { filters: PushFilters; count: number },
): Promise<void> {
  await refuseWhileJobRuns(deps.db);
  await requireSmailyConsent(deps.consent, account, user, trigger);
  if (forget) await forgetClosedContacts(deps.consent, account, forget.filters, forget.count, user);
}

/** An empty filter means "not set", as the dialog's cleared field sends it. */
export function cleanFilters(input: PushFilters): PushFilters {
  return {
    ...(input.custCat && { custCat: input.custCat }),
    ...(input.classification && { classification: input.classification }),
  };
}

/** The active Smaily account, or a 409 saying it must be activated (again) first. */
export async function activeAccountOrRefuse(db: Db, secrets: SecretBox): Promise<SmailyAccount> {
  const active = await loadActiveSmailyAccount(db, secrets);
  if (active.status === 'inactive') throw new RequestError(409, jobMessages.smailyInactive);
  if (active.status === 'needs-reactivation') throw new RequestError(409, jobMessages.needsReactivation);
  return active.account;
}

function started({ runner }: JobActionDeps, row: JobRow): JobRow {
  runner.kick(row.id);
  return row;
}

async function existingJob(db: Db, jobId: number): Promise<JobRow> {
  const row = await readJobRow(db, jobId);
  if (!row) throw notFound();
  return row;
}

/**
 * A new job over the contacts the filters select; with neither filter the user must confirm "all contacts". A
 * grid that breaks today's rules is refused before anything else is set up (mapping-check.ts). Forgetting the
 * closed contacts first is for administrators only.
 */
export async function startJob(
  deps: JobActionDeps,
  input: StartPushJobInput,
  user: Pick<SessionUser, 'id' | 'name' | 'role'>,
): Promise<JobRow> {
  const filters = cleanFilters(input);
  if (!filters.custCat && !filters.classification && input.confirmAll !== true) {
    throw fieldError({ confirmAll: { text: jobMessages.confirmAll } });
  }
  if (input.forgetClosed && user.role !== 'admin') throw new RequestError(403, 'forbidden');
  await checkFilters(deps.db, filters);
  await refuseBrokenSavedMapping(deps.db);
  const account = await activeAccountOrRefuse(deps.db, deps.secrets);
  const forget = input.forgetClosed ? { filters, count: input.forgetClosed.count } : undefined;
  await prepareJob(deps, account, user, 'job', forget);
  const total = (db: Db) => countByFilters(db, filters);
  return started(
    deps,
    await createJob(deps.db, {
      subdomain: account.subdomain,
      filters,
      resendOf: null,
      user,
      batchSize: deps.batchSize,
      total,
    }),
  );
}

/**
 * A new job of only the failed and not-sent contacts of an earlier one, as their cards are now (an e-mail
 * fixed after Smaily refused it goes out fixed; a contact closed since is skipped), under today's mapping and
 * the rules of a push applied among these contacts, to the account active now.
 */
export async function resendJob(deps: JobActionDeps, jobId: number, user: Actor): Promise<JobRow> {
  const source = await existingJob(deps.db, jobId);
  if (source.details_deleted_at !== null)
    throw new RequestError(409, jobMessages.detailsDeleted, {}, { id: source.id });
  if (isActiveJobStatus(source.status)) throw new RequestError(409, jobMessages.jobRunning, {}, { id: source.id });
  if (source.failed + source.not_sent === 0)
    throw new RequestError(409, jobMessages.nothingToResend, {}, { id: source.id });
  await refuseBrokenSavedMapping(deps.db);
  const account = await activeAccountOrRefuse(deps.db, deps.secrets);
  await prepareJob(deps, account, user, 'resend');
  const job = {
    subdomain: account.subdomain,
    filters: jobFilters(source),
    resendOf: source.id,
    user,
    batchSize: deps.batchSize,
    total: () => Promise.resolve(source.failed + source.not_sent),
  };
  return started(deps, await createJob(deps.db, job));
}

/**
 * A stopped job goes on with the account's current credentials: its not-sent contacts are pending again and
 * the batches continue from the first one Smaily has not acknowledged. Refused if the address has changed.
 */
export async function resumeJob(deps: JobActionDeps, jobId: number, user: Actor): Promise<JobRow> {
  const { db } = deps;
  const account = await activeAccountOrRefuse(db, deps.secrets);
  const row = await db.transaction().execute(async (trx) => {
    const job = await existingJob(trx, jobId);
    if (job.details_deleted_at !== null) throw new RequestError(409, jobMessages.detailsDeleted, {}, { id: job.id });
    if (job.status !== 'stopped') throw new RequestError(409, jobMessages.notResumable, {}, { id: job.id });
    if (job.subdomain !== account.subdomain) {
      const params = { id: job.id, from: smailyHost(job.subdomain), to: smailyHost(account.subdomain) };
      throw new RequestError(409, jobMessages.addressChanged, {}, params);
    }
    await refuseWhileJobRuns(trx);
    const again = await trx
      .updateTable('push_job_contacts')
      .set({ outcome: 'pending', reason: null })
      .where('job_id', '=', jobId)
      .where('outcome', '=', 'not-sent')
      .executeTakeFirst();
    await trx
      .updateTable('push_jobs')
      .set((eb) => ({
        status: 'running',
        not_sent: eb('not_sent', '-', Number(again.numUpdatedRows)),
        stop_reason: null,
        stop_status: null,
        finished_at: null,
      }))
      .where('id', '=', jobId)
      .execute();
    const resumed = await existingJob(trx, jobId);
    await logJobResumed(trx, resumed, user, new Date());
    return resumed;
  });
  return started(deps, row);
}

/** Cancel: the batch in flight finishes, then the rest becomes "not sent". Asking twice is harmless. */
export async function cancelJob(deps: JobActionDeps, jobId: number, user: Actor): Promise<JobRow> {
  const row = await deps.db.transaction().execute(async (trx) => {
    const job = await existingJob(trx, jobId);
    if (job.status === 'cancelling') return job;
    if (job.status !== 'running') throw new RequestError(409, jobMessages.alreadyEnded, {}, { id: job.id });
    await trx
      .updateTable('push_jobs')
      .set({ status: 'cancelling', cancelled_by_name: user.name })
      .where('id', '=', jobId)
      .execute();
    return existingJob(trx, jobId);
  });
  return started(deps, row);
}
