import type { SessionUser } from '../../shared/auth';
import { smailyHost } from '../../shared/smaily-account';
import type { SmailySubdomain } from '../../shared/smaily-address';
import { smailyAccountSubject } from '../../shared/sync-log';
import type { Db } from '../db/database';
import { refuseWhileJobRuns } from '../push-jobs/job-guard';
import type { SecretBox } from '../secrets/secret-box';
import { appendLogEntry } from '../sync-log/log-store';
import type { SmailyClient } from '../smaily/types';
import { hasCredentials, noCredentials, readAccountRow, updateAccountRow } from './account-store';
import { SMAILY_PASSWORD_PURPOSE } from './active-account';
import { describeProbeFailure, type ProbeFailure } from './probe-failure';

export interface ActivationDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
}

export interface ActivationRequest {
  subdomain: SmailySubdomain;
  username: string;
  password: string;
}

// A user waits in the dialog: one retry covers a blip, and "Smaily did not answer" comes in seconds, not minutes.
export const ACTIVATION_PROBE_ATTEMPTS = 2;

type Actor = Pick<SessionUser, 'id' | 'name'>;

/**
 * Checks the credentials with Smaily and saves them only when Smaily accepts them. A failure is remembered and
 * logged, but changes neither the saved credentials nor the last success.
 */
export async function activateSmaily(
  { db, smaily, secrets }: ActivationDeps,
  request: ActivationRequest,
  user: Actor,
): Promise<{ ok: true } | { ok: false; failure: ProbeFailure }> {
  // Issue 8: no re-activation while a push job runs (409 naming it) — checked before the probe, and again
  // where the credentials are saved, in case a job started while Smaily was being asked.
  await refuseWhileJobRuns(db, 'account');
  const outcome = await smaily.probe(request, { attempts: ACTIVATION_PROBE_ATTEMPTS });
  const at = new Date();
  const address = smailyHost(request.subdomain);

  if (outcome.kind === 'ok') {
    const sealed = secrets.seal(request.password, SMAILY_PASSWORD_PURPOSE);
    await db.transaction().execute(async (trx) => {
      await refuseWhileJobRuns(trx, 'account'); // issue 8, see above
      await updateAccountRow(trx, {
        subdomain: request.subdomain,
        username: request.username,
        password_sealed: sealed,
        activated_at: at.toISOString(),
        activated_by_id: user.id,
        activated_by_name: user.name,
        result_code: 'activated',
        result_at: at.toISOString(),
        failure_code: null,
        failure_at: null,
      });
      await appendLogEntry(trx, {
        user,
        kind: 'activation',
        subject: smailyAccountSubject,
        outcome: 'ok',
        details: { address, result: 'activated' },
        at,
      });
    });
    return { ok: true };
  }

  const failure = describeProbeFailure(outcome);
  await db.transaction().execute(async (trx) => {
    await updateAccountRow(trx, { failure_code: failure.code, failure_at: at.toISOString() });
    await appendLogEntry(trx, {
      user,
      kind: 'activation',
      subject: smailyAccountSubject,
      outcome: 'failed',
      smailyCode: failure.smailyCode,
      smailyMessage: failure.smailyMessage,
      details: { address, result: failure.code, ...(failure.cause && { cause: failure.cause }) },
      at,
    });
  });
  return { ok: false, failure };
}

/** Removes the saved credentials; false when there were none (nothing is logged then). */
export async function deactivateSmaily(db: Db, user: Actor): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await refuseWhileJobRuns(trx, 'account'); // issue 8: no deactivation while a push job runs (409 naming it)
    const row = await readAccountRow(trx);
    if (!hasCredentials(row)) return false;
    const at = new Date();
    await updateAccountRow(trx, {
      ...noCredentials,
      result_code: 'deactivated',
      result_at: at.toISOString(),
      failure_code: null,
      failure_at: null,
    });
    await appendLogEntry(trx, {
      user,
      kind: 'deactivation',
      subject: smailyAccountSubject,
      outcome: 'ok',
      details: { address: row.subdomain === null ? null : smailyHost(row.subdomain), result: 'deactivated' },
      at,
    });
    return true;
  });
}
