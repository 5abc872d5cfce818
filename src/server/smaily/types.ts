import type { Logger } from 'pino';
import type { SmailySubdomain } from '../../shared/smaily-address';
import type { RateLimiterRegistry, RequestPriority } from './rate-limiter';

export interface SmailyAccount {
  /** Only ever from parseSmailyAddress; the client checks it again before building a URL. */
  subdomain: SmailySubdomain;
  username: string;
  password: string;
}

/** One contact as Smaily's contact.php takes it: `email` plus custom fields (and `is_unsubscribed`/`is_deleted`). */
export type SmailyRow = Readonly<Record<string, string | number>> & { readonly email: string };

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface SmailyWorkflow {
  id: number;
  title: string;
}

export interface SmailyContact {
  email: string;
  isUnsubscribed: boolean;
  /** Every other field Smaily returned (custom and system ones), as text. */
  fields: Record<string, string>;
}

/** A row of a segment listing: `email` plus the fields asked for, as text. */
export type SmailyListRow = Record<string, string> & { email: string };

export interface SmailyWriteAnswer {
  code: 101;
  message: string;
}

export type SmailyFailure =
  /** The subdomain did not pass parseSmailyAddress; no connection was made. */
  | { kind: 'invalid-address'; attempts: 0 }
  | { kind: 'unauthorized'; status: number; attempts: number }
  | { kind: 'unknown-account'; status: number; attempts: number }
  | { kind: 'rate-limited'; status: number; attempts: number }
  | { kind: 'server-error'; status: number; attempts: number }
  /** A status no rule covers (a redirect, 400, 405, …); never retried. */
  | { kind: 'unexpected-status'; status: number; attempts: number }
  /** `cause` is the transport's error code or message, e.g. ECONNREFUSED. */
  | { kind: 'network-error'; cause: string; attempts: number }
  | { kind: 'timeout'; timeoutMs: number; attempts: number }
  /**
   * HTTP 200 with body code 202, "Forbidden – user does not have access to API" (smaily-api.md §3, D-codes): the
   * API user may not use the API at all. Account-wide like a 401, so never retried and never one batch's fault.
   */
  | { kind: 'no-api-access'; code: 202; message: string; attempts: number }
  /**
   * HTTP 200 with a body code other than 101: bad data or an account problem. Not retried, except 205 ("could not
   * add or update", probably Smaily's own trouble), which is tried once more (outcomes.ts).
   */
  | { kind: 'smaily-error'; code: number; message: string; attempts: number }
  /** HTTP 200 with a body that is not JSON or not the expected shape. */
  | { kind: 'invalid-response'; status: number; attempts: number };

export type SmailyOutcome<T> = { kind: 'ok'; body: T; attempts: number } | SmailyFailure;

export type SmailyOutcomeKind = SmailyOutcome<unknown>['kind'];

export interface SmailyClientOptions {
  /** e.g. `https://{subdomain}.sendsmaily.net`; `/api/<endpoint>.php` is appended. */
  urlTemplate: string;
  /**
   * Requests per Smaily account that may start within any second, retries and other clients included; the rate
   * drops below it for a while after a 429 (rate-limiter.ts).
   */
  maxRps: number;
  timeoutMs: number;
  probeTimeoutMs: number;
  retry: RetryPolicy;
  /** Jitter source in [0, 1); Math.random in production, a constant in tests. */
  random: () => number;
  /** Waits between attempts; tests record the delays instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  logger: Logger;
  /** Default: the one registry of the process, so all clients share one limiter per account. */
  rateLimiters?: RateLimiterRegistry;
  userAgent?: string;
}

/** Per-call limits on top of the client's settings. */
export interface SmailyCallOptions {
  /** Attempts in all for this call, e.g. fewer for a check a user waits for; never more than `retry.attempts`. */
  attempts?: number;
  /** Default 'interactive' (a person waits for it); a job's batches are 'batch' and let those go first. */
  priority?: RequestPriority;
  /**
   * Withdraws the call while it still waits for its first turn at the rate limiter: it then rejects with the
   * signal's reason and nothing reached Smaily. Once the first attempt is sent, the call goes on to its outcome.
   */
  signal?: AbortSignal;
}

export interface SmailyClient {
  /**
   * The credential check the plugins use (workflows.php); when that answers 404, the documented autoresponder.php
   * decides whether the account exists. On success the account's workflows; `attempts` counts both calls.
   */
  probe(account: SmailyAccount, options?: SmailyCallOptions): Promise<SmailyOutcome<SmailyWorkflow[]>>;
  /** Upserts a batch (JSON array). 203/204 come back as `smaily-error`. */
  upsertContacts(
    account: SmailyAccount,
    rows: readonly SmailyRow[],
    options?: SmailyCallOptions,
  ): Promise<SmailyOutcome<SmailyWriteAnswer>>;
  upsertContact(
    account: SmailyAccount,
    row: SmailyRow,
    options?: SmailyCallOptions,
  ): Promise<SmailyOutcome<SmailyWriteAnswer>>;
  /** `body` is null when Smaily does not know the address (code 206). */
  getContact(account: SmailyAccount, email: string): Promise<SmailyOutcome<SmailyContact | null>>;
  /** Forgets these addresses for good (contact/forget.php, a JSON array; Smaily suggests up to 10 000 per call). */
  forgetContacts(account: SmailyAccount, emails: readonly string[]): Promise<SmailyOutcome<SmailyWriteAnswer>>;
  /** One page of the unsubscribers list (`list=2`); `page` is a page number, from 0. */
  listUnsubscribers(
    account: SmailyAccount,
    page: { page: number; limit: number; fields?: string[] },
  ): Promise<SmailyOutcome<SmailyListRow[]>>;
}
