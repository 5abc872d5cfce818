import { z } from 'zod';

/**
 * Sünkroniseerimise logi: one entry per event that touched Smaily or Standard Books or a setting that matters, with who and when — the one
 * place to look. Writers (src/server/sync-log/log-store.ts) use these kinds and outcomes; the screen has a label
 * for each, and shows an unknown one as it is.
 *
 * Adding a kind (a new setting to audit):
 * 1. add it below with a comment saying what its subject and details are (details never hold a secret);
 * 2. write it with appendLogEntry in the same transaction as the change it records, with the acting user;
 * 3. give it a label in src/web/locales/{et,en}/sync-log.json `kinds`, and words for any new detail keys
 *    (`detailKeys`) and coded values (`values`); the log screen's test fails until every kind has its label.
 */
export const syncLogKinds = [
  'activation',
  'deactivation',
  /** Smaily päringu väljad saved; details {added, removed, changed, reordered, rows}. */
  'mapping',
  /** One contact from its card; subject = the contact's code. */
  'push',
  /** A bulk push; subject = the job's id, details its filters and counts. */
  'job',
  /** Kasutajad: a user created or changed; subject = that user's name, details {action, email, role?, name?}. */
  'users',
  /**
   * Consent read from Smaily: subject = null for the whole unsubscribed list, or the contact's code for one
   * contact; details {scope: 'full' | 'contact', trigger, read, new, known, resubscribed, conflicts, notHeld} and,
   * for a full read, the first e-mails that subscribed again and the codes of contacts in conflict.
   */
  'consent',
  /**
   * Unusta Smailys: subject = the contact's code, details {email}; or, for the closed contacts of a bulk push,
   * subject = null and details {scope: 'closed', filters, count}.
   */
  'forget',
  /**
   * Standard Books ühendus saved (or its save refused) or removed; subject = standard_books_connection, details
   * {address, companyNo, result, status?, cause?}.
   */
  'standard-books-connection',
  /**
   * A read from Standard Books; subject = standard_books_connection, details {mode, trigger, read, created,
   * updated, unchanged, removed, rejected, failure?, register?, sequenceReset?, registers, rejections}.
   */
  'standard-books-read',
  /** A person's choice for a code clash; subject = the code, details {choice, previous}. */
  'standard-books-clash',
  /**
   * A write to Standard Books (a Smaily unsubscribe as NoMailPosting 1); subject = the contact's code, details
   * {field, value, cause, trigger, causedBy, run, attempt, failure?, apiCode?}.
   */
  'standard-books-write',
  /** Kirjuta Smaily loobumised Standard Booksi turned on or off; subject = standard_books_write_back. */
  'standard-books-setting',
] as const;
export type SyncLogKind = (typeof syncLogKinds)[number];

/** What happened to a user in a `users` entry. */
export const userAuditActions = [
  'created',
  'role-changed',
  'renamed',
  'deactivated',
  'reactivated',
  /** An administrator set a new password for them. */
  'password-reset',
  /** They changed their own password. */
  'password-changed',
] as const;
export type UserAuditAction = (typeof userAuditActions)[number];

export const syncLogOutcomes = ['ok', 'failed', 'skipped', 'not-sent', 'partial', 'cancelled'] as const;
export type SyncLogOutcome = (typeof syncLogOutcomes)[number];

/** The setting an activation or deactivation entry is about. */
export const smailyAccountSubject = 'smaily_account';

export const syncLogQuerySchema = z.object({
  kind: z.enum(syncLogKinds).optional(),
  outcome: z.enum(syncLogOutcomes).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
/** What a caller may send; the server fills in the defaults. */
export type SyncLogQuery = Partial<z.output<typeof syncLogQuerySchema>>;

export const syncLogEntrySchema = z.object({
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
export type SyncLogEntry = z.infer<typeof syncLogEntrySchema>;

export const syncLogPageSchema = z.object({
  items: z.array(syncLogEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SyncLogPage = z.infer<typeof syncLogPageSchema>;

export const isSyncLogKind = (value: string): value is SyncLogKind =>
  (syncLogKinds as readonly string[]).includes(value);
export const isSyncLogOutcome = (value: string): value is SyncLogOutcome =>
  (syncLogOutcomes as readonly string[]).includes(value);
