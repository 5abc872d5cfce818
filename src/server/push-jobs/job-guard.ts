import type { Db } from '../db/database';
import { RequestError } from '../http/request-error';
import { jobMessages } from './job-messages';
import { findActiveJob } from './job-store';

/**
 * One job per Smaily account at a time, and the account stays as it is while a job runs: refuses with a 409
 * naming the running (or cancelling) job. `account` words it for activation and deactivation.
 */
export async function refuseWhileJobRuns(db: Db, about: 'job' | 'account' = 'job'): Promise<void> {
  const running = await findActiveJob(db);
  if (!running) return;
  throw new RequestError(
    409,
    about === 'job' ? jobMessages.jobRunning : jobMessages.accountLockedByJob,
    {},
    { id: running.id },
  );
}
