import type { FastifyBaseLogger } from 'fastify';
import { activeJobStatuses } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import type { SmailyClient } from '../smaily/types';
import { commitBatch, nextPendingBatch, readBatchRows } from './batch-store';
import { finishCancelled, finishCompleted, stopJob } from './finish-job';
import { readJobRow, type JobRow } from './job-store';
import { planJob } from './plan-job';
import { sendBatch } from './send-batch';

export interface RunnerDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
  log: FastifyBaseLogger;
  /** A second connection for a planner's snapshot (read-connection.ts). */
  openSnapshot: () => Db;
}

interface PlanProgress {
  /** Grows with every page the planner writes. */
  generation: number;
  wake: (() => void)[];
}

const closing = Symbol('closing');

/** Batch `batch` is whole once the planner has written every contact up to its last one. */
const isWhole = (job: JobRow, batch: number) => job.planned === 1 || job.planned_send >= (batch + 1) * job.batch_size;

/**
 * Runs jobs: per job a planner (writing its contacts' rows page by page) and a sender (one batch in flight, so
 * the account's rate limiter and the client's retries pace it; a batch goes as soon as it is whole). Every step
 * starts from what the database says, so a job begun before a restart simply goes on from the first batch Smaily
 * has not acknowledged.
 */
export class PushJobRunner {
  private readonly loops = new Map<number, Promise<void>>();
  private readonly kickedAgain = new Set<number>();
  private readonly planning = new Map<number, PlanProgress>();
  private isClosing = false;
  private signalClose: () => void = () => undefined;
  private readonly closed = new Promise<typeof closing>((resolve) => {
    this.signalClose = () => resolve(closing);
  });

  constructor(private readonly deps: RunnerDeps) {}

  /** On start: every job that was running, cancelling or still being planned when the server stopped goes on. */
  async resumeInterrupted(): Promise<void> {
    const rows = await this.deps.db
      .selectFrom('push_jobs')
      .select('id')
      .where((eb) => eb.or([eb('status', 'in', activeJobStatuses), eb('planned', '=', 0)]))
      .execute();
    for (const { id } of rows) {
      this.deps.log.info({ jobId: id }, 'push job continues after a restart');
      this.kick(id);
    }
  }

  /** Makes sure the job is being worked on (the work ends by itself when there is nothing left to do). */
  kick(jobId: number): void {
    if (this.isClosing) return;
    if (this.loops.has(jobId)) {
      // The work may be past its last look at the job: it starts again once it ends.
      this.kickedAgain.add(jobId);
      return;
    }
    const loop = this.run(jobId)
      .catch((error: unknown) => {
        // The job stays as the database has it and goes on at the next start (or the next kick).
        this.deps.log.error({ err: error, jobId }, 'push job failed to run');
      })
      .finally(() => {
        this.loops.delete(jobId);
        if (this.kickedAgain.delete(jobId)) this.kick(jobId);
      });
    this.loops.set(jobId, loop);
  }

  /**
   * On close: no new page or batch starts, and a batch in flight is abandoned without writing anything — it is
   * still pending, so the next start sends it again (harmless: an upsert by e-mail).
   */
  async stop(): Promise<void> {
    this.isClosing = true;
    this.signalClose();
    await Promise.all(this.loops.values());
  }

  private async run(jobId: number): Promise<void> {
    const job = await readJobRow(this.deps.db, jobId);
    if (!job) return;
    const planner = job.planned === 1 ? null : this.plan(jobId);
    try {
      await this.send(jobId);
    } finally {
      await planner;
    }
  }

  private async plan(jobId: number): Promise<void> {
    const progress: PlanProgress = { generation: 0, wake: [] };
    this.planning.set(jobId, progress);
    const progressed = () => {
      progress.generation += 1;
      for (const wake of progress.wake.splice(0)) wake();
    };
    const { db, openSnapshot } = this.deps;
    try {
      await planJob({ db, openSnapshot, isClosing: () => this.isClosing, onProgress: progressed }, jobId);
    } catch (error) {
      this.deps.log.error({ err: error, jobId }, 'push job planning failed');
    } finally {
      this.planning.delete(jobId);
      progressed();
    }
  }

  /** Resolves once the planner has written more than it had at `generation`, has ended, or the app closes. */
  private async planProgressed(jobId: number, generation: number): Promise<void> {
    const progress = this.planning.get(jobId);
    if (progress?.generation !== generation) return;
    await Promise.race([new Promise<void>((wake) => progress.wake.push(wake)), this.closed]);
  }

  private async send(jobId: number): Promise<void> {
    const { db, smaily, secrets } = this.deps;
    while (!this.isClosing) {
      const generation = this.planning.get(jobId)?.generation;
      const job = await readJobRow(db, jobId);
      if (job?.status !== 'running' && job?.status !== 'cancelling') return;
      const batch = job.status === 'running' ? await nextPendingBatch(db, jobId) : null;
      if (job.planned === 0 && (batch === null || !isWhole(job, batch))) {
        // Wait for the planner; without one (it failed) the job goes on at the next start.
        if (generation === undefined) return;
        await this.planProgressed(jobId, generation);
        continue;
      }
      if (job.status === 'cancelling') {
        await finishCancelled(db, jobId);
        return;
      }
      if (batch === null) {
        await finishCompleted(db, jobId);
        return;
      }
      // The current credentials, for every batch: a resumed job uses the account as it is now.
      const active = await loadActiveSmailyAccount(db, secrets);
      if (active.status !== 'active' || active.account.subdomain !== job.subdomain) {
        await stopJob(db, jobId, { reason: 'account-inactive', status: null });
        return;
      }
      const rows = await readBatchRows(db, jobId, batch);
      const result = await Promise.race([sendBatch(smaily, active.account, rows), this.closed]);
      if (result === closing) return;
      await commitBatch(db, jobId, batch, result);
    }
  }
}
