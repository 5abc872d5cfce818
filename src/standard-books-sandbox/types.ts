import type { Logger } from 'pino';

/** What the sandbox does instead of (or on top of) a normal answer to one request of a company. */
export type SbSandboxFault =
  /** Answer with this status without processing; `body` as is (default: an error payload). */
  | { kind: 'status'; status: number; body?: string }
  /** `{"error": {…}}` (on a 200 unless `status` says otherwise), without processing: nothing is written. */
  | { kind: 'error-payload'; status?: number; code: string; field?: string; description: string }
  /** A 302 to `location`, without processing. */
  | { kind: 'redirect'; location: string }
  /** Process normally (a PATCH is written), then answer with JSON cut off in the middle. */
  | { kind: 'malformed' }
  /** Process normally, then write control characters inside strings raw, as real servers do. */
  | { kind: 'control-characters' }
  /** Process normally, then answer with both Content-Length and Transfer-Encoding: chunked. */
  | { kind: 'both-lengths' }
  /** Process normally, but answer the first page whatever offset was asked (an old server's habit). */
  | { kind: 'ignore-offset' }
  /** Process normally, but answer only after `delayMs`. */
  | { kind: 'slow'; delayMs: number }
  /**
   * Run `change` first (what someone at the desktop does meanwhile, e.g. delete a record between two pages a
   * client reads), then process normally.
   */
  | { kind: 'change'; change: () => void }
  /** Destroy the socket without any answer. */
  | { kind: 'drop' }
  /** Never answer; the connection stays open until the sandbox closes. */
  | { kind: 'hold' };

/** A bare number is shorthand for `{ kind: 'status', status }`. */
export type SbSandboxFaultInput = SbSandboxFault | number;

export interface SbSandboxUser {
  username: string;
  password: string;
  /** Companies this user has the Rest API right in; default: all. Any other company answers 403. */
  companies?: string[];
}

export interface SbSandboxCompanyInput {
  /** Default: the next free number. */
  companyNo?: string;
  /** Demo contacts from the fixed seed (src/server/seed); the code lists always come along. Default 20. */
  contacts?: number;
  /** Where the company's sequence starts, e.g. beyond 2^53 to prove a client keeps it as text. Default 0. */
  startSequence?: bigint;
}

/** A stored record: its fields as text (as the server sends them) and its sequence as text. */
export interface SbSandboxRecord {
  fields: Record<string, string>;
  sequence: string;
}

export interface SbSandboxRequest {
  /** Order of arrival, from 1. */
  seq: number;
  receivedAt: number;
  method: string;
  /** Path and query as received. */
  url: string;
  companyNo: string | null;
  register: string | null;
  /** Decoded from the path. */
  code: string | null;
  query: Record<string, string>;
  host: string | null;
  accept: string | null;
  contentType: string | null;
  /** The user name presented with Basic auth, if any (never the password). */
  user: string | null;
  rawBody: string;
  /** `set_field.*` of a PATCH as the sandbox decoded them (garbled when the body had no charset=UTF-8). */
  setFields: Record<string, string> | null;
  /** null until answered, and for ever for a dropped or held request. */
  status: number | null;
  fault: SbSandboxFault | null;
}

export interface SbSandboxOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: company "1" with 20 demo contacts. */
  companies?: SbSandboxCompanyInput[];
  users?: SbSandboxUser[];
  /** Registers whose `updates_after` answers 404 with a HAL hint, as registers without a sync index do. */
  registersWithoutUpdates?: string[];
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
  /** Receives one line per answered (or faulted) request. Default: silent. */
  logger?: Logger;
  /** The sandbox's clock, for DateChanged. */
  now?: () => Date;
}

export interface StandardBooksSandbox {
  port: number;
  /** e.g. `http://127.0.0.1:4020`: what an administrator would type as the server's address. */
  url: string;
  close(): Promise<void>;
  /** Adds a company filled from the demo generator; returns its number. */
  addCompany(input?: SbSandboxCompanyInput): string;
  addUser(user: SbSandboxUser): void;
  requests(companyNo?: string): SbSandboxRequest[];
  /** TCP (or TLS) connections accepted so far, whether or not a request followed. */
  connections(): number;
  /** Every record of a register, by code. */
  records(companyNo: string, register: string): SbSandboxRecord[];
  record(companyNo: string, register: string, code: string): SbSandboxRecord | undefined;
  /** Creates or changes a record (fields merged, by `Code`) as a user at the desktop would; bumps the sequence. */
  putRecord(companyNo: string, register: string, fields: Record<string, string>): SbSandboxRecord;
  /** Deletes a record; the company's sequence moves on (deletes_after still answers 204 empty). */
  deleteRecord(companyNo: string, register: string, code: string): void;
  /** Renumbers every record from 1, as after an upgrade; returns the new, lower company sequence. */
  resetSequence(companyNo: string): string;
  sequence(companyNo: string): string;
  /** Queues faults for the next requests of this company, one request each, in order. */
  failNext(companyNo: string, faults: SbSandboxFaultInput[]): void;
  pendingFaults(companyNo: string): SbSandboxFault[];
}
