import { z } from 'zod';
import { pushFiltersSchema, pushJobSchema } from './push-jobs';

/**
 * Kliendihaldus › Seadistused › Smaily automaatne edastus: the sync runs by itself on a schedule (Tallinn time)
 * and each run sends only the contacts that changed since Smaily last acknowledged them. A run is an ordinary push
 * job started by "süsteem".
 *
 * /api/automatic-sync (administrators):
 * - GET / → AutomaticSyncStatus.
 * - PUT / (AutomaticSyncSettings) → AutomaticSyncStatus; 409 when turned on while Smaily is not active.
 * - POST /run ("Käivita kohe") → 202 AutomaticSyncStatus: a run now, whatever the schedule; 409 while a job runs
 *   ("Töö #12 on pooleli…") or when Smaily is not active.
 * - POST /resume → AutomaticSyncStatus: clears a pause once the cause is fixed (409 while Smaily is not active).
 * GET /api/health (public) carries `automaticSync: 'off' | 'on' | 'paused'` for monitoring.
 */
export const automaticSyncSchedules = ['every-15-minutes', 'hourly', 'daily'] as const;
export type AutomaticSyncSchedule = (typeof automaticSyncSchedules)[number];

export const automaticSyncSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  schedule: z.enum(automaticSyncSchedules),
  /** HH:MM in Tallinn time; used by `daily`, kept as typed for the others. */
  dailyAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time'),
  /** The same selection as the bulk push dialog; both empty means every contact. */
  filters: pushFiltersSchema,
});
export type AutomaticSyncSettings = z.infer<typeof automaticSyncSettingsSchema>;

/** Why the automation stopped itself until an administrator resumes it. */
export const automaticSyncPauseReasons = [
  'smaily-refused',
  'consent-read-failed',
  'standard-books-read-failed',
] as const;
export type AutomaticSyncPauseReason = (typeof automaticSyncPauseReasons)[number];

/** What the last run did. */
export const automaticSyncRunOutcomes = [
  'job', // a job was started: see `job`
  'nothing-to-send', // nothing was due
  'consent-read-failed', // Smaily's unsubscribed list could not be read: nothing sent, tried at the next slot
  'standard-books-read-failed', // the read from Standard Books before the run failed: nothing sent
  'waiting-for-job', // a person's job was running: the run follows it
] as const;
export type AutomaticSyncRunOutcome = (typeof automaticSyncRunOutcomes)[number];

export const automaticSyncStatusSchema = z.object({
  settings: automaticSyncSettingsSchema,
  /** ISO instant of the next scheduled run; null while off or paused. */
  nextRunAt: z.string().nullable(),
  lastRun: z
    .object({
      /** ISO instant the run was decided. */
      at: z.string(),
      outcome: z.enum(automaticSyncRunOutcomes),
      /** The job of an outcome `job` (its current state). */
      job: pushJobSchema.nullable(),
      /** For `nothing-to-send`: since when nothing has been due (one log entry covers these runs). */
      nothingSince: z.string().nullable(),
    })
    .nullable(),
  paused: z
    .object({
      reason: z.enum(automaticSyncPauseReasons),
      /** ISO instant. */
      since: z.string(),
      /** Smaily's or Standard Books' answer, in plain words, when there is one. */
      detail: z.string().nullable(),
    })
    .nullable(),
  /** True after a change of the mapping, the selection or the Smaily account: the next run sends the whole selection. */
  wholeSelectionDue: z.boolean(),
});
export type AutomaticSyncStatus = z.infer<typeof automaticSyncStatusSchema>;

export const defaultAutomaticSyncSettings: AutomaticSyncSettings = {
  enabled: false,
  schedule: 'hourly',
  dailyAt: '03:30',
  filters: {},
};
