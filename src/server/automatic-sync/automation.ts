import type { SessionUser } from '../../shared/auth';
import type { AutomaticSyncSettings, AutomaticSyncStatus } from '../../shared/automatic-sync';
import { isActiveJobStatus, type StopReason } from '../../shared/push-jobs';
import { activeAccountOrRefuse, cleanFilters } from '../push-jobs/job-actions';
import { checkFilters } from '../push-jobs/dry-run';
import { refuseWhileJobRuns } from '../push-jobs/job-guard';
import { findActiveJob, readJobRow, toPushJob } from '../push-jobs/job-store';
import { logAutomation, pauseAutomation } from './automation-log';
import { runOnce, type RunDeps } from './run-once';
import { latestSlot, nextSlot } from './schedule';
import {
  healthOf,
  isWholeSelectionDue,
  pauseReasonOf,
  readAutomationRow,
  runOutcomeOf,
  settingsOf,
  updateAutomationRow,
} from './settings-store';

type Actor = Pick<SessionUser, 'id' | 'name'>;

/** Stops by which Smaily refused the account itself (401/403/404/202, or an account no longer usable). */
const refusals: readonly StopReason[] = ['unauthorized', 'unknown-account', 'no-api-access', 'account-inactive'];

/**
 * Smaily automaatne edastus: decides when a run is due (croner's slots in Tallinn time against the last slot
 * handled, on the app's clock), runs it (run-once.ts) and follows the end of its job. Everything it does goes
 * through one queue, so a slot, "Käivita kohe" and a settings change never interleave.
 */
export class AutomaticSync {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RunDeps) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Called every AUTOMATIC_SYNC_CHECK_INTERVAL_MS (and by tests after moving the clock). */
  tick(): Promise<void> {
    return this.serial(async () => {
      await this.settle();
      const row = await readAutomationRow(this.deps.db);
      if (row.enabled !== 1 || row.paused_reason !== null) return;
      const slot = latestSlot(settingsOf(row), this.deps.now());
      const slotDue = slot !== null && row.last_slot_at !== null && slot.getTime() > Date.parse(row.last_slot_at);
      if (slotDue) await updateAutomationRow(this.deps.db, { last_slot_at: slot.toISOString() });
      if (!slotDue && row.waiting_for_job !== 1) return;
      // Still waiting for that job: nothing to write until it has ended.
      if (!slotDue && (await findActiveJob(this.deps.db))) return;
      await runOnce(this.deps);
    });
  }

  /** "Käivita kohe": a run now, whatever the schedule; 409 while a job runs or Smaily is not active. */
  runNow(): Promise<AutomaticSyncStatus> {
    return this.serial(async () => {
      await this.settle();
      await refuseWhileJobRuns(this.deps.db);
      await activeAccountOrRefuse(this.deps.db, this.deps.secrets);
      await runOnce(this.deps);
      return this.describe();
    });
  }

  /** Clears a pause once its cause is fixed: the next check runs at once. 409 while Smaily is not active. */
  resume(user: Actor): Promise<AutomaticSyncStatus> {
    return this.serial(async () => {
      await activeAccountOrRefuse(this.deps.db, this.deps.secrets);
      const row = await readAutomationRow(this.deps.db);
      if (row.paused_reason !== null) {
        const at = new Date(this.deps.now());
        await this.deps.db.transaction().execute(async (trx) => {
          await updateAutomationRow(trx, {
            paused_reason: null,
            paused_since: null,
            paused_detail: null,
            consent_failures: 0,
            sb_failures: 0,
            waiting_for_job: 1,
          });
          await logAutomation(trx, user, 'ok', { action: 'resumed', reason: row.paused_reason }, at);
        });
      }
      return this.describe();
    });
  }

  save(input: AutomaticSyncSettings, user: Actor): Promise<AutomaticSyncStatus> {
    return this.serial(async () => {
      const { db } = this.deps;
      const filters = cleanFilters(input.filters);
      await checkFilters(db, filters);
      const before = await readAutomationRow(db);
      if (input.enabled && before.enabled !== 1) await activeAccountOrRefuse(db, this.deps.secrets);
      const previous = settingsOf(before);
      const now = this.deps.now();
      const settings = { ...input, filters };
      const selectionChanged =
        (previous.filters.custCat ?? null) !== (filters.custCat ?? null) ||
        (previous.filters.classification ?? null) !== (filters.classification ?? null);
      const scheduleChanged =
        previous.schedule !== settings.schedule || previous.dailyAt !== settings.dailyAt || !previous.enabled;
      await db.transaction().execute(async (trx) => {
        await updateAutomationRow(trx, (row) => ({
          enabled: settings.enabled ? 1 : 0,
          schedule: settings.schedule,
          daily_at: settings.dailyAt,
          filter_cust_cat: filters.custCat ?? null,
          filter_classification: filters.classification ?? null,
          // Slots before this save are not owed: the first run is the first slot after it.
          ...(scheduleChanged && { last_slot_at: (latestSlot(settings, now) ?? new Date(now)).toISOString() }),
          ...(selectionChanged && { whole_due_gen: row.whole_due_gen + 1 }),
        }));
        await logAutomation(trx, user, 'ok', { action: 'settings', ...settings }, new Date(now));
      });
      return this.describe();
    });
  }

  status(): Promise<AutomaticSyncStatus> {
    return this.serial(async () => {
      await this.settle();
      return this.describe();
    });
  }

  /** For /api/health: off, on, or paused (after looking at the end of the last run's job). */
  health(): Promise<'off' | 'on' | 'paused'> {
    return this.serial(async () => {
      await this.settle();
      return healthOf(await readAutomationRow(this.deps.db));
    });
  }

  /** Lets a run under way finish deciding (its job goes on in the push runner). */
  async stop(): Promise<void> {
    await this.queue;
  }

  /**
   * The last run's job has ended: a completed one clears the whole-selection mark it covered; one that Smaily
   * stopped (the account refused) pauses the automation.
   */
  private async settle(): Promise<void> {
    const { db } = this.deps;
    const row = await readAutomationRow(db);
    if (row.last_job_settled === 1 || row.last_run_job_id === null) return;
    const job = await readJobRow(db, row.last_run_job_id);
    if (job && isActiveJobStatus(job.status)) return;
    await updateAutomationRow(db, {
      last_job_settled: 1,
      running_whole_gen: null,
      ...(job?.status === 'completed' &&
        row.running_whole_gen !== null && { whole_done_gen: Math.max(row.whole_done_gen, row.running_whole_gen) }),
    });
    const stop = job?.stop_reason as StopReason | null | undefined;
    if (job?.status === 'stopped' && stop && refusals.includes(stop) && row.paused_reason === null) {
      const detail = job.stop_status === null ? stop : `${stop} (${job.stop_status})`;
      await pauseAutomation(db, 'smaily-refused', detail, new Date(this.deps.now()));
    }
  }

  private async describe(): Promise<AutomaticSyncStatus> {
    const { db } = this.deps;
    const row = await readAutomationRow(db);
    const settings = settingsOf(row);
    const reason = pauseReasonOf(row);
    const outcome = runOutcomeOf(row);
    const job = row.last_run_job_id === null ? undefined : await readJobRow(db, row.last_run_job_id);
    const next = settings.enabled && reason === null ? nextSlot(settings, this.deps.now()) : null;
    return {
      settings,
      nextRunAt: next?.toISOString() ?? null,
      lastRun:
        row.last_run_at === null || outcome === null
          ? null
          : {
              at: row.last_run_at,
              outcome,
              job: outcome === 'job' && job ? toPushJob(job) : null,
              nothingSince: outcome === 'nothing-to-send' ? row.nothing_since : null,
            },
      paused:
        reason === null || row.paused_since === null
          ? null
          : { reason, since: row.paused_since, detail: row.paused_detail },
      wholeSelectionDue: isWholeSelectionDue(row),
    };
  }
}
