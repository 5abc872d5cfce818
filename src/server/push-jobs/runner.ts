import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import type { SmailyClient } from '../smaily/types';
import { commitBatch, nextPendingBatch, readBatchRows } from './batch-store';
import { finishCancelled, finishCompleted, stopJob } from './finish-job';
import { activeStatuses, readJobRow } from './job-store';
import { sendBatch } from './send-batch';

export interface RunnerDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
  log: FastifyBaseLogger;
}

const closing = Symbol('closing');

/**
 * Runs jobs: one loop per job, one batch in flight per loop, so the account's rate limiter and the client's
 * retries pace it. Every step starts from what the database says, so a loop begun after a restart simply
 * continues from the first batch Smaily has not acknowledged. `changes` tells listeners (the events stream)
 * which job changed, and when the server closes.
 */
export class PushJobRunner {
  readonly changes = new EventEmitter<{ change: [jobId: number]; closing: [] }>();
  private readonly loops = new Map<number, Promise<void>>();
  private readonly kickedAgain = new Set<number>();
  private isClosing = false;
  private signalClose: () => void = () => undefined;
  private readonly closed = new Promise<typeof closing>((resolve) => {
    this.signalClose = () => resolve(closing);
  });

  constructor(private readonly deps: RunnerDeps) {
    this.changes.setMaxListeners(0); // one per open events stream
  }

  /** On start: every job that was running or cancelling when the server stopped goes on. */
  async resumeInterrupted(): Promise<void> {
    const rows = await this.deps.db.selectFrom('push_jobs').select('id').where('status', 'in', activeStatuses).execute();
    for (const { id } of rows) {
      this.deps.log.info({ jobId: id }, 'push job continues after a restart');
      this.kick(id);
    }
  }

  /** Makes sure a loop is working on the job (it ends by itself when the job is no longer running). */
  kick(jobId: number): void {
    if (this.isClosing) return;
    if (this.loops.has(jobId)) {
      // The loop may be past its last look at the job: it starts again once it ends.
      this.kickedAgain.add(jobId);
      return;
    }
    const loop = this.run(jobId)
      .catch((error: unknown) => {
        // The job stays running in the database and goes on at the next start (or the next kick).
        this.deps.log.error({ err: error, jobId }, 'push job loop failed');
      })
      .finally(() => {
        this.loops.delete(jobId);
        if (this.kickedAgain.delete(jobId)) this.kick(jobId);
      });
    this.loops.set(jobId, loop);
  }

  changed(jobId: number): void {
    this.changes.emit('change', jobId);
  }

  /**
   * On close: no new batch starts, and a batch in flight is abandoned without writing anything — it is still
   * pending, so the next start sends it again (harmless: an upsert by e-mail).
   */
  async stop(): Promise<void> {
    this.isClosing = true;
    this.signalClose();
    this.changes.emit('closing');
    await Promise.all(this.loops.values());
  }

  private async run(jobId: number): Promise<void> {
    const { db, smaily, secrets } = this.deps;
    while (!this.isClosing) {
      const job = await readJobRow(db, jobId);
      if (job?.status === 'cancelling') {
        await finishCancelled(db, jobId);
        return this.changed(jobId);
      }
      if (job?.status !== 'running') return;
      const batch = await nextPendingBatch(db, jobId);
      if (batch === null) {
        await finishCompleted(db, jobId);
        return this.changed(jobId);
      }
      // The current credentials, for every batch: a resumed job uses the account as it was fixed.
      const active = await loadActiveSmailyAccount(db, secrets);
      if (active.status !== 'active' || active.account.subdomain !== job.subdomain) {
        await stopJob(db, jobId, { reason: 'account-inactive', status: null });
        return this.changed(jobId);
      }
      const rows = await readBatchRows(db, jobId, batch);
      const result = await Promise.race([sendBatch(smaily, active.account, rows), this.closed]);
      if (result === closing) return;
      await commitBatch(db, jobId, batch, result);
      this.changed(jobId);
    }
  }
}
