import type { Logger } from 'pino';

/** What the sandbox does instead of (or on top of) a normal answer to one request of an account. */
export type SandboxFault =
  /** Answer with this HTTP status without processing; `body` is sent as is (default: a small JSON message). */
  | { kind: 'status'; status: number; body?: string }
  /** HTTP 200 with a Smaily body code other than 101, without processing. */
  | { kind: 'code'; code: number; message?: string }
  /** Process normally, but answer only after `delayMs` (longer than the client's timeout, to make it give up). */
  | { kind: 'slow'; delayMs: number }
  /** Destroy the socket without any answer. */
  | { kind: 'drop' }
  /** Never answer; the connection stays open until the sandbox closes. */
  | { kind: 'hold' };

/** A bare number is shorthand for `{ kind: 'status', status }`. */
export type SandboxFaultInput = SandboxFault | number;

export interface SandboxWorkflow {
  id: number;
  title: string;
}

/** One start of a workflow through POST autoresponder.php. */
export interface SandboxTrigger {
  /** The workflow asked for; null when the request named none (Smaily's opt-in workflow). */
  autoresponder: number | null;
  email: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface SandboxAccountInput {
  subdomain: string;
  username: string;
  password: string;
  workflows?: SandboxWorkflow[];
}

export interface SandboxContact {
  /** As last written by a client; matching is case-insensitive. */
  email: string;
  /** Custom fields, always stored as strings. */
  fields: Record<string, string>;
  isUnsubscribed: boolean;
  isDeleted: boolean;
  createdAt: number;
  modifiedAt: number;
  subscribedAt: number | null;
  unsubscribedAt: number | null;
}

export interface SandboxRequest {
  /** Order of arrival, from 1. */
  seq: number;
  /** Epoch milliseconds (sub-millisecond precision) when the request arrived. */
  receivedAt: number;
  method: string;
  /** Lowercased account from the path; null when the path is not `/{subdomain}/api/….php`. */
  subdomain: string | null;
  /** e.g. `contact.php`, `contact/forget.php`; null when the path is not an API path. */
  endpoint: string | null;
  query: Record<string, string>;
  contentType: string | null;
  /** The user name presented with Basic auth, if any (never the password). */
  user: string | null;
  rawBody: string;
  /** JSON value for JSON bodies, decoded object/array for form bodies, undefined when empty or unparseable. */
  body: unknown;
  /** null until answered, and for ever for a dropped or held request. */
  status: number | null;
  /** The Smaily body code of the answer, when it had one. */
  code: number | null;
  fault: SandboxFault | null;
}

export interface SandboxOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Requests per account admitted within any 1000 ms; above it 429 and the request is not processed. Default 5. */
  maxRps?: number;
  /** Added to every answer, e.g. for a benchmark. Default 0. */
  latencyMs?: number;
  /**
   * The clock requests arrive by (epoch ms): their receivedAt and the maxRps window. A test moves it instead of
   * waiting for the window to pass. Default: the wall clock with sub-millisecond precision.
   */
  now?: () => number;
  accounts?: SandboxAccountInput[];
  /** Receives one line per answered (or faulted) request. Default: silent. */
  logger?: Logger;
}

export interface SmailySandbox {
  port: number;
  /** e.g. `http://127.0.0.1:4010/{subdomain}`, the value for SMAILY_URL_TEMPLATE. */
  urlTemplate: string;
  close(): Promise<void>;
  addAccount(account: SandboxAccountInput): void;
  updateAccount(subdomain: string, change: { username?: string; password?: string }): void;
  removeAccount(subdomain: string): void;
  requests(subdomain?: string): SandboxRequest[];
  contacts(subdomain: string): SandboxContact[];
  getContact(subdomain: string, email: string): SandboxContact | undefined;
  /** Stores a contact as a client's upsert would (fields become strings); for arranging a test. */
  putContact(subdomain: string, row: Record<string, string | number>): void;
  /**
   * The person opts out in Smaily (an unsubscribe link), at `at` (default now): the contact is unsubscribed, created
   * when missing, and its `unsubscribed_at` is that moment in Tallinn time.
   */
  unsubscribe(subdomain: string, email: string, at?: Date): void;
  /** The person opts in again in Smaily (a sign-up form), at `at` (default now): `subscribed_at` is that moment. */
  resubscribe(subdomain: string, email: string, at?: Date): void;
  /** The workflows started through POST autoresponder.php, oldest first. */
  triggered(subdomain: string): SandboxTrigger[];
  /** The sandbox answers 204/203 for these addresses, even though they look valid. */
  markInvalid(subdomain: string, emails: string[]): void;
  /** Queues faults for the next requests of this account, one request each, in order. */
  failNext(subdomain: string, faults: SandboxFaultInput[]): void;
  /** Faults queued and not yet used. */
  pendingFaults(subdomain: string): SandboxFault[];
}
