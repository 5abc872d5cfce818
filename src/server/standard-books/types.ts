import type { Logger } from 'pino';
import type { RetryPolicy } from '../smaily/types';
import type { AddressRefusal } from './address';

/** Where and as whom to read one company's registers; `address` is `https://host[:port]` as an administrator typed it. */
export interface SbConnection {
  address: string;
  /** The company number, the first column of the Companies setting, e.g. "1". */
  companyNo: string;
  username: string;
  password: string;
}

/** The registers the app reads, by role; their names are settings (SB_REGISTER_*). */
export type SbRegisterKey =
  'contacts' | 'customerClasses' | 'classificationTypes' | 'classifications' | 'objectTypes' | 'objects';

export type SbRegisterNames = Record<SbRegisterKey, string>;

/** One record as the server sent it; its fields are the later reader's to validate. */
export type SbRecord = Record<string, unknown> & { '@sequence'?: string; '@url'?: string };

/** The answer's envelope: `@sequence` stays text (compare with compareSequences), never a JS number. */
export interface SbPage {
  register: string;
  sequence: string | null;
  systemVersion: string | null;
  records: SbRecord[];
  /** The server's `messages` (warnings such as "Already registered"), as text. */
  messages: string[];
}

export interface SbListQuery {
  /** Default: the client's pageSize. */
  limit?: number;
  offset?: number;
  fields?: readonly string[];
  /** A sequence as text: only records changed after it. */
  updatesAfter?: string;
  /** Exact matches, `filter.<Field>=value`. */
  filter?: Readonly<Record<string, string>>;
}

/** The server's own error: `{"error": {"@code", "@field", "@description"}}`, on a 200 as often as not. */
export interface SbApiError {
  code: string;
  field: string;
  description: string;
}

export type SbFailure =
  /** The address may not be connected to; `attempts` counts requests sent before (0 unless DNS changed in between). */
  | { kind: 'address-refused'; refusal: AddressRefusal; attempts: number }
  /** An argument the client will not put into a request (company number, code, field name …); nothing was sent. */
  | { kind: 'invalid-request'; field: string; attempts: 0 }
  /** The name does not resolve, or nothing answers there (ENOTFOUND, ECONNREFUSED, EHOSTUNREACH …). */
  | { kind: 'unreachable'; cause: string; attempts: number }
  /** The TLS handshake failed: an untrusted or expired certificate, a name mismatch, no TLS on that port. */
  | { kind: 'tls-error'; cause: string; attempts: number }
  /** The connection broke after it was made (reset, closed before the whole answer). */
  | { kind: 'network-error'; cause: string; attempts: number }
  | { kind: 'timeout'; timeoutMs: number; attempts: number }
  /** 401: wrong user or password. */
  | { kind: 'unauthorized'; status: number; attempts: number }
  /** 403: the REST API is not enabled, the user lacks the Rest API right, or the address is not allowed. */
  | { kind: 'forbidden'; status: number; attempts: number }
  /** Only from check(): a 404 for the contacts register, which every company has. */
  | { kind: 'unknown-company'; status: number; attempts: number }
  /** 404 without a HAL hint: unknown register, record or company. */
  | { kind: 'not-found'; status: number; attempts: number }
  /** 404 with a HAL hint, e.g. "updates_after not supported for this register. Add this code to halcust/…". */
  | { kind: 'not-supported'; status: number; hint: string; attempts: number }
  /** The server's error payload, on a 200 or a 4xx. Never retried. */
  | ({ kind: 'api-error'; status: number; attempts: number } & SbApiError)
  | { kind: 'rate-limited'; status: number; attempts: number }
  | { kind: 'server-error'; status: number; attempts: number }
  /** A status no rule covers: redirects (never followed), 400 without an error payload, 405 … */
  | { kind: 'unexpected-status'; status: number; attempts: number }
  /** Not JSON even after the usual repairs, not the envelope, or larger than maxResponseBytes. */
  | { kind: 'invalid-response'; status: number; attempts: number };

export type SbOutcome<T> = { kind: 'ok'; body: T; attempts: number } | SbFailure;

export type SbOutcomeKind = SbOutcome<unknown>['kind'];

/** Resolves a host name to every address it has; the default is the system resolver (dns.lookup, all). */
export type SbResolver = (hostname: string) => Promise<string[]>;

export interface SbClientOptions {
  timeoutMs: number;
  /** Of check(), which a person waits for. */
  checkTimeoutMs: number;
  retry: RetryPolicy;
  /** Records per page when a query names no limit; the vendor advises 1 000–5 000. */
  pageSize: number;
  /** Waited between the pages of readPages, as the vendor advises (about 1 s). */
  pauseBetweenPagesMs: number;
  /** Private and loopback addresses (on-premise servers); link-local and metadata addresses never. */
  allowPrivateAddresses: boolean;
  maxResponseBytes: number;
  registers: SbRegisterNames;
  /** Jitter source in [0, 1); Math.random in production, a constant in tests. */
  random: () => number;
  /** Waits between attempts and pages; tests record them instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  resolve?: SbResolver;
  /** Extra certificate authorities to trust (PEM), besides the system's. */
  ca?: string;
  logger: Logger;
  userAgent?: string;
}

/** Per-call limits on top of the client's settings. */
export interface SbCallOptions {
  /** Attempts in all for this call, e.g. 1 for a check a person waits for; never more than `retry.attempts`. */
  attempts?: number;
}

export interface SbCheck {
  register: string;
  sequence: string | null;
  systemVersion: string | null;
}

export interface StandardBooksClient {
  /** One record of the contacts register (`limit=1`, `fields=Code`): can we read this company's contacts? */
  check(connection: SbConnection, options?: SbCallOptions): Promise<SbOutcome<SbCheck>>;
  listPage(
    connection: SbConnection,
    register: SbRegisterKey,
    query?: SbListQuery,
    options?: SbCallOptions,
  ): Promise<SbOutcome<SbPage>>;
  /**
   * Page after page (offset paging) until a short page or a failure, which is yielded last. For an incremental
   * read keep the FIRST page's `sequence` as the next cursor: a record changed while paging has a higher one.
   */
  readPages(
    connection: SbConnection,
    register: SbRegisterKey,
    query?: Omit<SbListQuery, 'offset'>,
  ): AsyncGenerator<SbOutcome<SbPage>>;
  /** `body` is null when the server answers with no record. */
  readRecord(connection: SbConnection, register: SbRegisterKey, code: string): Promise<SbOutcome<SbRecord | null>>;
  /** PATCH the contact's header fields (`set_field.<Field>=value`); ok only for an answer without an error. */
  patchContact(
    connection: SbConnection,
    code: string,
    fields: Readonly<Record<string, string>>,
  ): Promise<SbOutcome<SbPage>>;
}
