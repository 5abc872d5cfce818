import { z } from 'zod';

/**
 * Smaily logi: one entry per event that touched Smaily or its settings. Writers (src/server/smaily-log/log-store.ts)
 * use these kinds and outcomes; the screen has a label for each, and shows an unknown one as it is.
 */
export const smailyLogKinds = [
  'activation',
  'deactivation',
  /** Smaily päringu väljad saved; details {added, removed, changed, reordered, rows}. */
  'mapping',
  /** One contact from its card; subject = the contact's code. */
  'push',
  /** A bulk push; subject = the job's id, details its filters and counts. */
  'job',
] as const;
export type SmailyLogKind = (typeof smailyLogKinds)[number];

export const smailyLogOutcomes = ['ok', 'failed', 'skipped', 'not-sent', 'partial', 'cancelled'] as const;
export type SmailyLogOutcome = (typeof smailyLogOutcomes)[number];

/** The setting an activation or deactivation entry is about. */
export const smailyAccountSubject = 'smaily_account';

export const smailyLogQuerySchema = z.object({
  kind: z.enum(smailyLogKinds).optional(),
  outcome: z.enum(smailyLogOutcomes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
/** What a caller may send; the server fills in the defaults. */
export type SmailyLogQuery = Partial<z.output<typeof smailyLogQuerySchema>>;

export const smailyLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string().nullable(),
  // Plain strings: an entry written by a newer kind of writer still lists.
  kind: z.string(),
  subject: z.string().nullable(),
  outcome: z.string(),
  smailyCode: z.number().int().nullable(),
  smailyMessage: z.string().nullable(),
  details: z.unknown(),
});
export type SmailyLogEntry = z.infer<typeof smailyLogEntrySchema>;

export const smailyLogPageSchema = z.object({
  items: z.array(smailyLogEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SmailyLogPage = z.infer<typeof smailyLogPageSchema>;

export const isSmailyLogKind = (value: string): value is SmailyLogKind =>
  (smailyLogKinds as readonly string[]).includes(value);
export const isSmailyLogOutcome = (value: string): value is SmailyLogOutcome =>
  (smailyLogOutcomes as readonly string[]).includes(value);
