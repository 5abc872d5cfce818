import type { FastifyBaseLogger } from 'fastify';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { activeJobStatuses } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import type { SmailyClient } from '../smaily/types';
import { ChangeSignal, sendJob } from './job-sender';
import { readJobRow } from './job-store';
import { planJob } from './plan-job';

export interface RunnerDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
  log: FastifyBaseLogger;
  /** A second connection for a planner's snapshot (read-connection.ts). */
  openSnapshot: () => Db;
  /** Batches of one job in flight at once (SMAILY_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Log the longest event-loop stall of each job's run (BENCH_DIAGNOSTICS). */
  diagnostics?: boolean;
}

const stallResolutionMs = 10;

/** Measures how long the event loop was held up while `work` ran: each sample is a timer's lateness. */
async function measuringStalls(work: () => Promise<void>): Promise<{ maxMs: number; p99Ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: stallResolutionMs });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - stallResolutionMs) * 10) / 10);
  return { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)) };
}

/**
 * Runs jobs: per job a planner (writing its contacts' rows page by page) and a sender (job-sender.ts: several
 * batches in flight, paced by the account's rate limiter; a batch goes as soon as it is whole). Every step starts
 * from what the database says, so a job begun before a restart simply goes on from the batches Smaily has not
 * acknowledged.
 */
export class PushJobRunner {
  private readonly loops = new Map<number, Promise<void>>();
  private readonly kickedAgain = new Set<number>();
  private readonly changes = new Map<number, ChangeSignal>();
  private readonly planning = new Set<number>();
  private readonly closing = new AbortController();

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
    if (this.closing.signal.aborted) return;
    if (this.loops.has(jobId)) {
      // The work looks at the job again (a cancel); should it be past its last look, it starts again once it ends.
      this.kickedAgain.add(jobId);
      this.changes.get(jobId)?.notify();
      return;
    }
    const loop = this.runMeasured(jobId)
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
   * On close: no new page or batch starts, batches waiting for their turn are taken back, and a batch Smaily has
   * not answered is abandoned without writing anything — it is still pending, so the next start sends it again
   * (harmless: an upsert by e-mail). Writes already under way finish first.
   */
  async stop(): Promise<void> {
    this.closing.abort();
    for (const changes of this.changes.values()) changes.notify();
    await Promise.all(this.loops.values());
  }

  private async runMeasured(jobId: number): Promise<void> {
    if (!this.deps.diagnostics) return this.run(jobId);
    const stalls = await measuringStalls(() => this.run(jobId));
    this.deps.log.info(
      { jobId, eventLoopStallMaxMs: stalls.maxMs, eventLoopStallP99Ms: stalls.p99Ms },
      'push job run: event loop stalls',
    );
  }

  private async run(jobId: number): Promise<void> {
    const job = await readJobRow(this.deps.db, jobId);
    if (!job) return;
    const changes = new ChangeSignal();
    this.changes.set(jobId, changes);
    const planner = job.planned === 1 ? null : this.plan(jobId, changes);
    const { db, smaily, secrets, maxInFlight } = this.deps;
    try {
      await sendJob(
        {
          db,
          smaily,
          secrets,
          maxInFlight,
          changes,
          closing: this.closing.signal,
          isPlanning: () => this.planning.has(jobId),
        },
        jobId,
      );
    } finally {
      await planner;
      this.changes.delete(jobId);
    }
  }

  private async plan(jobId: number, changes: ChangeSignal): Promise<void> {
    this.planning.add(jobId);
    const { db, openSnapshot } = this.deps;
    const isClosing = () => this.closing.signal.aborted;
    try {
      await planJob({ db, openSnapshot, isClosing, onProgress: () => changes.notify() }, jobId);
    } catch (error) {
      this.deps.log.error({ err: error, jobId }, 'push job planning failed');
    } finally {
      this.planning.delete(jobId);
      changes.notify();
    }
  }
}
