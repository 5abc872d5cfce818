import { z } from 'zod';
import { skipReasons } from './push-rules';
import { textField } from './text-field';

/**
 * The bulk push ("Kontaktide andmed Smaily keskkonda") as the API offers it: a dry run, durable jobs with one
 * outcome per contact, their progress and their report. Both filters are optional; together they mean AND; an
 * empty filter means "not set".
 *
 * /api/push-jobs (every signed-in user):
 * - POST /dry-run (PushFilters) → DryRun. POST / (StartPushJobInput) → 201 PushJob; 400 on `confirmAll` without
 *   a filter, 409 while a job runs ("Töö #12 on pooleli…") or when Smaily is not active / must be activated again.
 *   A start (and a re-send) first reads Smaily's unsubscribed list (src/shared/consent.ts): when that fails it
 *   answers 502 and no job is created. `forgetClosed` (administrators only, else 403) then forgets in Smaily the
 *   e-mails of the selection's closed contacts, as many as the user confirmed (409 when the count has changed).
 * - GET / (?page&pageSize) → newest first; GET /latest → {job}: the running job, else the newest (a reopened
 *   dialog shows it); GET /:id; GET /:id/events → server-sent events `job` (PushJob JSON) on every change, the
 *   stream ends with the final state (polling GET /:id works as well).
 * - POST /:id/cancel → the batch in flight finishes, then the rest is "not sent" (status cancelling → cancelled).
 * - POST /:id/resume → only a `stopped` job, with the account's current credentials; 409 if the address changed.
 * - POST /:id/resend → 201 a new job of that job's failed and not-sent contacts, as their cards are NOW (an
 *   e-mail fixed since goes out fixed, a contact closed since is skipped), under today's mapping, to the account
 *   active now; the push rules are applied among these contacts.
 * - GET /:id/report.csv → every contact's outcome (Excel CSV, Estonian headers unless English is preferred).
 * A job knows its `total` at once; its contacts are read in the first seconds (about 20 000 a second), during
 * which `skippedByReason` and `batches.total` still grow. A batch that still fails after the client's retries
 * (5xx, 429, timeout, dropped connection) fails its contacts with that reason and the job goes on; re-send them.
 */
export const pushFiltersSchema = z.strictObject({
  custCat: textField(5).optional(),
  classification: textField(20).optional(),
});
export type PushFilters = z.infer<typeof pushFiltersSchema>;

export const startPushJobSchema = pushFiltersSchema.extend({
  /** Required when neither filter is given: the user confirmed that every contact will be sent. */
  confirmAll: z.boolean().optional(),
  /** Forget the closed contacts' e-mails in Smaily first; `count` is the dry run's `closedToForget` confirmed. */
  forgetClosed: z.strictObject({ count: z.number().int().min(1).max(10_000_000) }).optional(),
});
export type StartPushJobInput = z.infer<typeof startPushJobSchema>;

const skippedByReasonSchema = z.object(
  Object.fromEntries(skipReasons.map((reason) => [reason, z.number().int()])) as Record<
    (typeof skipReasons)[number],
    z.ZodNumber
  >,
);

export const dryRunSchema = z.object({
  /** Contacts the filters select. */
  matching: z.number().int(),
  /** Of those, how many would be sent. */
  toSend: z.number().int(),
  /** Of those sent, how many would go as unsubscribed: "Ära koosta massmaile", or unsubscribed in Smaily. */
  unsubscribed: z.number().int(),
  skipped: skippedByReasonSchema,
  /**
   * E-mails of the selection's closed contacts that "forget closed contacts" would forget: valid, not forgotten
   * yet, and held by no open contact of the register.
   */
  closedToForget: z.number().int(),
  /** When Smaily's unsubscribed list was last read in full; null before the first read. */
  consentReadAt: z.string().nullable(),
});
export type DryRun = z.infer<typeof dryRunSchema>;

export const jobStatuses = [
  'running', // batches are being sent (also right after a restart, until it resumes)
  'cancelling', // cancel asked: the batch in flight finishes, the rest becomes "not sent"
  'completed', // every contact has its outcome
  'cancelled', // stopped by the user; the rest is "not sent"
  'stopped', // Smaily refused the account (401/403/404, body code 202): the rest is "not sent"; it can be resumed
] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

/** A job that is still working: it holds the account (no other job, no re-activation) and its page polls it. */
export const activeJobStatuses = ['running', 'cancelling'] as const satisfies readonly JobStatus[];
export const isActiveJobStatus = (status: string): status is (typeof activeJobStatuses)[number] =>
  (activeJobStatuses as readonly string[]).includes(status);

export const contactOutcomes = ['pending', 'sent', 'skipped', 'failed', 'not-sent'] as const;
export const contactOutcomeSchema = z.enum(contactOutcomes);
export type ContactOutcome = z.infer<typeof contactOutcomeSchema>;

/**
 * Why a job stopped by itself: Smaily's refusal of the account (401/403, 404, or body code 202 "user does not have
 * access to API", smaily-api.md §3), as the client reports it, or the account the job was started for is no longer
 * usable here (deactivated, or its password no longer opens after a change of SECRET_KEY). Each can be resumed
 * once the account is fixed.
 */
export const stopReasons = ['unauthorized', 'unknown-account', 'no-api-access', 'account-inactive'] as const;
export type StopReason = (typeof stopReasons)[number];

/**
 * Why a contact failed: Smaily refused its row (`smaily-error`, with Smaily's code and message, e.g. 204 for a
 * bad address found by splitting a batch answered 203), or its batch still failed after every retry of the
 * client (the job then goes on with the next batch; a re-send tries these contacts again).
 */
export const jobFailureReasons = [
  'smaily-error',
  'server-error',
  'rate-limited',
  'timeout',
  'network-error',
  'unexpected-status',
  'invalid-response',
] as const;
export type JobFailureReason = (typeof jobFailureReasons)[number];

/** Why a contact was not sent: the job was cancelled, or it stopped (and was not resumed). */
export const jobNotSentReasons = ['cancelled', ...stopReasons] as const;
export type JobNotSentReason = (typeof jobNotSentReasons)[number];

export const jobCountsSchema = z.object({
  total: z.number().int(),
  sent: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  notSent: z.number().int(),
  pending: z.number().int(),
});
export type JobCounts = z.infer<typeof jobCountsSchema>;

export const pushJobSchema = z.object({
  id: z.number().int(),
  status: jobStatusSchema,
  filters: pushFiltersSchema,
  /** The Smaily account (subdomain) the job was started for. */
  subdomain: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  startedBy: z.object({ id: z.number().int().nullable(), name: z.string().nullable() }),
  /** For a re-send: the job whose failed and not-sent contacts this one sends again. */
  resendOf: z.number().int().nullable(),
  counts: jobCountsSchema,
  skippedByReason: skippedByReasonSchema,
  batches: z.object({ total: z.number().int(), acknowledged: z.number().int() }),
  stopReason: z.enum(stopReasons).nullable(),
  /** When retention (RETENTION_DAYS) deleted the per-contact outcomes: the job can no longer be resumed or re-sent. */
  detailsDeletedAt: z.string().nullable(),
});
export type PushJob = z.infer<typeof pushJobSchema>;

export const pushJobParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const pushJobListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Newest first. */
export const pushJobListSchema = z.object({
  items: z.array(pushJobSchema),
  total: z.number().int(),
});

/** The job a reopened dialog shows: the running one if any, else the newest; null before the first job. */
export const latestPushJobSchema = z.object({ job: pushJobSchema.nullable() });
export type LatestPushJob = z.infer<typeof latestPushJobSchema>;
