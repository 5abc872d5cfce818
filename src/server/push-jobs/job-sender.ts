import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import type { SmailyAccount, SmailyClient } from '../smaily/types';
import { commitBatch, nextPendingBatch, readBatchRows } from './batch-store';
import { finishCancelled, finishCompleted, stopJob } from './finish-job';
import type { JobRow } from './job-store';
import { readJobRow } from './job-store';
import { sendBatch } from './send-batch';
import type { JobStop } from './split-batch';

/** Lets a loop sleep until something it watches has changed; a change made before the wait is not lost. */
export class ChangeSignal {
  private version = 0;
  private waiters: (() => void)[] = [];

  get seen(): number {
    return this.version;
  }

  notify(): void {
    this.version += 1;
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves at the next change after `version` (at once if there has been one). */
  async since(version: number): Promise<void> {
    if (version !== this.version) return;
    await new Promise<void>((wake) => this.waiters.push(wake));
  }
}

export interface SenderDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
  maxInFlight: number;
  /** Wakes the loop: the planner wrote a page, a batch ended, a person cancelled, the app closes. */
  changes: ChangeSignal;
  /** Aborted when the app closes: a batch still waiting for Smaily's answer is abandoned, still pending. */
  closing: AbortSignal;
  /** Whether the job's planner is still writing its rows. */
  isPlanning: () => boolean;
}

/** Batch `batch` is whole once the planner has written every contact up to its last one. */
const isWhole = (job: JobRow, batch: number) => job.planned === 1 || job.planned_send >= (batch + 1) * job.batch_size;

const abandoned = Symbol('abandoned');

/** The work's result, or `abandoned` as soon as the app closes (the work itself goes on unobserved). */
function unlessClosing<T>(work: Promise<T>, closing: AbortSignal): Promise<T | typeof abandoned> {
  if (closing.aborted) return Promise.resolve(abandoned);
  return new Promise((resolve) => {
    const onClose = () => resolve(abandoned);
    closing.addEventListener('abort', onClose, { once: true });
    void work.then(resolve).finally(() => closing.removeEventListener('abort', onClose));
  });
}

/**
 * Sends a job's batches, several at once: the next one starts as soon as the account's rate limiter lets it, up
 * to `maxInFlight` (batches of a job never share an e-mail, so their order at Smaily does not matter). Each batch
 * is written when Smaily has answered it. A cancel or Smaily's refusal of the account starts no new batch and
 * takes back the ones still waiting for their turn; the ones Smaily has are written as it answers them, and only
 * then does the job take its final status. Every step starts from what the database says, so a job begun before
 * a restart goes on from the batches Smaily has not acknowledged.
 */
export async function sendJob(deps: SenderDeps, jobId: number): Promise<void> {
  const { db, changes } = deps;
  const inFlight = new Map<number, Promise<void>>();
  // Takes back the batches still waiting at the rate limiter (a started batch is not affected).
  const withdraw = new AbortController();
  // Set by batches as they end: Smaily's refusal of the account, or a write that failed.
  const found: { stop: JobStop | null; failure: { error: unknown } | null } = { stop: null, failure: null };
  let lastStarted = -1;

  async function sendOne(batch: number, account: SmailyAccount): Promise<void> {
    const rows = await readBatchRows(db, jobId, batch);
    const sending = sendBatch(deps.smaily, account, rows, withdraw.signal).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    const answer = await unlessClosing(sending, deps.closing);
    if (answer === abandoned) return;
    if ('error' in answer) {
      if (withdraw.signal.aborted) return; // taken back before it was sent: still pending
      throw answer.error;
    }
    const { result } = answer;
    if (result.stop) {
      // At once, not after the write: a batch waiting for its turn must not go in the meantime.
      found.stop ??= result.stop;
      withdraw.abort();
    }
    await commitBatch(db, jobId, batch, result);
  }

  function start(batch: number, account: SmailyAccount): void {
    lastStarted = batch;
    const flight = sendOne(batch, account)
      .catch((error: unknown) => {
        found.failure ??= { error };
      })
      .finally(() => {
        inFlight.delete(batch);
        changes.notify();
      });
    inFlight.set(batch, flight);
  }

  const drain = async () => {
    withdraw.abort();
    await Promise.all(inFlight.values());
  };

  try {
    for (;;) {
      const seen = changes.seen;
      if (deps.closing.aborted) return await drain();
      if (found.failure) {
        await drain();
        throw found.failure.error;
      }
      const job = await readJobRow(db, jobId);
      if (job?.status !== 'running' && job?.status !== 'cancelling') return await drain();

      const { stop } = found;
      if (stop !== null || job.status === 'cancelling') {
        // Nothing new starts; what Smaily has is written as it answers, before the job takes its final status.
        withdraw.abort();
        if (inFlight.size > 0) {
          await changes.since(seen);
        } else if (job.status === 'running' && stop !== null) {
          return await stopJob(db, jobId, stop);
        } else if (job.planned === 1) {
          return await finishCancelled(db, jobId);
        } else if (!deps.isPlanning()) {
          return; // the planner failed: the job goes on at the next start
        } else {
          await changes.since(seen); // every contact must have its row before the rest is "not sent"
        }
        continue;
      }

      if (inFlight.size >= deps.maxInFlight) {
        await changes.since(seen);
        continue;
      }
      const batch = await nextPendingBatch(db, jobId, lastStarted);
      if (batch === null || !isWhole(job, batch)) {
        if (inFlight.size === 0 && job.planned === 1) {
          // A batch before the last one started may be pending still (it was never answered): send it again.
          if ((await nextPendingBatch(db, jobId)) === null) return await finishCompleted(db, jobId);
          lastStarted = -1;
          continue;
        }
        if (inFlight.size === 0 && !deps.isPlanning()) return; // the planner failed: on at the next start
        await changes.since(seen);
        continue;
      }
      // The current credentials, for every batch: a resumed job uses the account as it is now.
      const active = await loadActiveSmailyAccount(db, deps.secrets);
      if (active.status !== 'active' || active.account.subdomain !== job.subdomain) {
        found.stop = { reason: 'account-inactive', status: null };
        continue;
      }
      start(batch, active.account);
    }
  } finally {
    withdraw.abort();
  }
}
