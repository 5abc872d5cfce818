import type { FastifyBaseLogger } from 'fastify';
import type { AutomaticSyncRunOutcome } from '../../shared/automatic-sync';
import { failureDetails, readSmailyConsent, type ConsentDeps } from '../consent/read-consent';
import type { Db } from '../db/database';
import { RequestError } from '../http/request-error';
import { countByFilters } from '../push-jobs/contact-pages';
import { createJob } from '../push-jobs/create-job';
import { findActiveJob } from '../push-jobs/job-store';
import type { PushJobRunner } from '../push-jobs/runner';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import { logAutomation, pauseAutomation, recordNothingToSend } from './automation-log';
import { countDue } from './due-count';
import { isWholeSelectionDue, settingsOf, updateAutomationRow } from './settings-store';

export interface RunDeps {
  db: Db;
  secrets: SecretBox;
  runner: PushJobRunner;
  consent: ConsentDeps;
  batchSize: number;
  now: () => number;
  log: FastifyBaseLogger;
  /** Consent reads failed in a row before the automation pauses. */
  consentFailuresToPause: number;
  /** Before the consent read: a read from Standard Books when one is due (false: nothing may be sent). */
  beforeRun?: (at: Date) => Promise<boolean>;
}

/** Says that a person's (or an earlier automatic) job is running: the run follows once it has ended. */
async function waitForJob(db: Db, at: Date): Promise<AutomaticSyncRunOutcome> {
  await updateAutomationRow(db, {
    waiting_for_job: 1,
    last_run_at: at.toISOString(),
    last_run_outcome: 'waiting-for-job',
  });
  return 'waiting-for-job';
}

/**
 * One run: never beside another job; Smaily's consent read first (a failure sends nothing and is tried at the next
 * slot, three in a row pause); then the due contacts — or the whole selection after a change of the mapping, the
 * selection or the account — as an ordinary job started by "süsteem", or one "nothing to send" entry.
 */
export async function runOnce(deps: RunDeps): Promise<AutomaticSyncRunOutcome | 'not-run'> {
  const { db } = deps;
  const at = new Date(deps.now());
  if (await findActiveJob(db)) return waitForJob(db, at);
  const active = await loadActiveSmailyAccount(db, deps.secrets);
  if (active.status !== 'active') {
    await pauseAutomation(db, 'smaily-refused', active.status, at);
    return 'not-run';
  }
  const { account } = active;
  if (deps.beforeRun && !(await deps.beforeRun(at))) return 'standard-books-read-failed';

  const read = await readSmailyConsent(deps.consent, account, null, 'automatic', { quietWhenUnchanged: true });
  if (!read.ok) {
    const row = await updateAutomationRow(db, (current) => ({
      consent_failures: current.consent_failures + 1,
      last_run_at: at.toISOString(),
      last_run_outcome: 'consent-read-failed',
      waiting_for_job: 0,
    }));
    await logAutomation(db, null, 'failed', { action: 'consent-read-failed', ...failureDetails(read.failure) }, at);
    deps.log.warn({ failure: read.failure.kind, inRow: row.consent_failures }, 'automatic sync: consent read failed');
    if (row.consent_failures >= deps.consentFailuresToPause) {
      await pauseAutomation(db, 'consent-read-failed', read.failure.kind, at);
    }
    return 'consent-read-failed';
  }

  const row = await updateAutomationRow(db, { consent_failures: 0 });
  const { filters } = settingsOf(row);
  const whole = isWholeSelectionDue(row);
  const count = whole ? await countByFilters(db, filters) : await countDue(db, filters, account.subdomain);
  if (count === 0) {
    await recordNothingToSend(db, row, at);
    return 'nothing-to-send';
  }
  let job;
  try {
    job = await createJob(db, {
      subdomain: account.subdomain,
      filters,
      resendOf: null,
      user: null,
      batchSize: deps.batchSize,
      incremental: !whole,
      total: () => Promise.resolve(count),
    });
  } catch (error) {
    // A person started a job in the meantime.
    if (error instanceof RequestError && error.statusCode === 409) return waitForJob(db, at);
    throw error;
  }
  await updateAutomationRow(db, {
    last_run_at: at.toISOString(),
    last_run_outcome: 'job',
    last_run_job_id: job.id,
    last_job_settled: 0,
    running_whole_gen: whole ? row.whole_due_gen : null,
    nothing_since: null,
    nothing_log_id: null,
    waiting_for_job: 0,
  });
  deps.log.info({ jobId: job.id, total: count, whole }, 'automatic sync: job started');
  deps.runner.kick(job.id);
  return 'job';
}
