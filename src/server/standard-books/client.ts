import { backoffDelay } from '../smaily/backoff';
import { parseServerAddress } from './address';
import { readEnvelope } from './answers';
import { sendAttempt } from './attempt';
import { createSbLogger } from './logging';
import { classifyAttempt, describeFailure, isRetried } from './outcomes';
import { InvalidRequestPart, checkName, listQueryString, registerPath, setFieldsBody } from './request-parts';
import type {
  SbClientOptions,
  SbConnection,
  SbListQuery,
  SbOutcome,
  SbPage,
  SbRegisterKey,
  StandardBooksClient,
} from './types';

interface CallSpec {
  method: 'GET' | 'PATCH';
  register: string;
  /** Builds path and body; throws InvalidRequestPart for an argument that may not be sent. */
  prepare: (companyNo: string) => { path: string; body?: string };
  timeoutMs: number;
  attempts?: number;
}

const FORM = 'application/x-www-form-urlencoded; charset=UTF-8';
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settings mistakes stop the start; they are not outcomes of a call. */
function assertOptions(options: SbClientOptions): void {
  const { timeoutMs, checkTimeoutMs, pageSize, maxResponseBytes, retry } = options;
  const positive = { timeoutMs, checkTimeoutMs, pageSize, maxResponseBytes, 'retry.attempts': retry.attempts };
  for (const [name, value] of Object.entries(positive)) {
    if (!(value > 0)) throw new RangeError(`Standard Books client: ${name} must be positive, got ${value}`);
  }
  if (!(retry.baseDelayMs >= 0 && retry.maxDelayMs >= 0 && options.pauseBetweenPagesMs >= 0)) {
    throw new RangeError('Standard Books client: delays must not be negative');
  }
  for (const [key, name] of Object.entries(options.registers)) {
    try {
      checkName(name, key);
    } catch {
      throw new RangeError(`Standard Books client: register name for ${key} is not a register name: ${name}`);
    }
  }
}

function authorization({ username, password }: SbConnection): string {
  // A colon would move the rest of the user name into the password; control characters have no place in either.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (typeof username !== 'string' || username === '' || /[:\u0000-\u001f\u007f]/.test(username)) {
    throw new InvalidRequestPart('username');
  }
  if (typeof password !== 'string') throw new InvalidRequestPart('password');
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * The one way the app talks to a Standard Books server's REST API. Every method answers with a typed outcome
 * instead of throwing for HTTP or network trouble, retries what may pass (5xx, 429, network errors, timeouts)
 * with the Smaily client's backoff, and connects only where the address rules allow (see attempt.ts).
 */
export function createStandardBooksClient(options: SbClientOptions): StandardBooksClient {
  assertOptions(options);
  const { retry, random, registers, pageSize, sleep = defaultSleep } = options;
  const log = createSbLogger(options.logger);
  const userAgent = options.userAgent ?? 'standard-books-smaily-sync';

  async function call(connection: SbConnection, spec: CallSpec): Promise<SbOutcome<SbPage>> {
    const parsed = parseServerAddress(connection.address);
    const where = { register: spec.register, method: spec.method, host: parsed.ok ? parsed.address.hostname : null };
    if (!parsed.ok) {
      log.warn({ outcome: 'address-refused', ...where, reason: parsed.refusal.reason }, 'Standard Books call refused');
      return { kind: 'address-refused', refusal: parsed.refusal, attempts: 0 };
    }
    let request: { path: string; body?: string };
    let auth: string;
    try {
      auth = authorization(connection);
      request = spec.prepare(connection.companyNo);
    } catch (error) {
      if (!(error instanceof InvalidRequestPart)) throw error;
      log.warn({ outcome: 'invalid-request', ...where, field: error.field }, 'Standard Books call refused');
      return { kind: 'invalid-request', field: error.field, attempts: 0 };
    }
    const headers: Record<string, string> = {
      authorization: auth,
      accept: 'application/json',
      'user-agent': userAgent,
    };
    if (request.body !== undefined) headers['content-type'] = FORM;
    const maxAttempts = Math.max(1, Math.min(spec.attempts ?? retry.attempts, retry.attempts));

    for (let attempt = 1; ; attempt += 1) {
      const answer = await sendAttempt({
        server: parsed.address,
        method: spec.method,
        path: request.path,
        headers,
        body: request.body,
        timeoutMs: spec.timeoutMs,
        maxResponseBytes: options.maxResponseBytes,
        allowPrivate: options.allowPrivateAddresses,
        resolve: options.resolve,
        ca: options.ca,
      });
      const result = classifyAttempt(answer, (json) => readEnvelope(json, spec.register), spec.timeoutMs);
      if (result.kind === 'ok') return { ...result, attempts: attempt };
      if (result.kind === 'address-refused') {
        log.warn({ outcome: result.kind, ...where, ...describeFailure(result) }, 'Standard Books call refused');
        return { ...result, attempts: attempt - 1 };
      }
      const details = { outcome: result.kind, ...where, attempt, ...describeFailure(result) };
      if (!isRetried(result.kind) || attempt >= maxAttempts) {
        log.warn({ ...details, attempts: attempt }, `Standard Books call failed: ${result.kind}`);
        return { ...result, attempts: attempt };
      }
      const retryInMs = backoffDelay(attempt, retry, random);
      log.warn({ ...details, retryInMs }, `Standard Books attempt failed: ${result.kind}, retrying`);
      await sleep(retryInMs);
    }
  }

  const listPage: StandardBooksClient['listPage'] = (
    connection,
    key: SbRegisterKey,
    query: SbListQuery = {},
    callOptions,
  ) =>
    call(connection, {
      method: 'GET',
      register: registers[key],
      prepare: (companyNo) => ({ path: registerPath(companyNo, registers[key]) + listQueryString(query, pageSize) }),
      timeoutMs: options.timeoutMs,
      attempts: callOptions?.attempts,
    });

  return {
    async check(connection, callOptions) {
      const outcome = await call(connection, {
        method: 'GET',
        register: registers.contacts,
        prepare: (companyNo) => ({
          path: registerPath(companyNo, registers.contacts) + listQueryString({ limit: 1, fields: ['Code'] }, 1),
        }),
        timeoutMs: options.checkTimeoutMs,
        attempts: callOptions?.attempts,
      });
      // Every company has a contacts register, so a plain 404 for it means no such company (a model: see README).
      if (outcome.kind === 'not-found') return { ...outcome, kind: 'unknown-company' };
      if (outcome.kind !== 'ok') return outcome;
      const { register, sequence, systemVersion } = outcome.body;
      return { kind: 'ok', attempts: outcome.attempts, body: { register, sequence, systemVersion } };
    },

    listPage,

    async *readPages(connection, key, query = {}) {
      const limit = query.limit ?? pageSize;
      let previousFirst: unknown;
      for (let offset = 0; ; offset += limit) {
        if (offset > 0) await sleep(options.pauseBetweenPagesMs);
        const outcome = await listPage(connection, key, { ...query, limit, offset });
        const first = outcome.kind === 'ok' ? outcome.body.records[0]?.['@url'] : undefined;
        // A server that ignores offset sends the first page for ever; stop rather than loop.
        if (first !== undefined && first === previousFirst) {
          log.warn({ outcome: 'invalid-response', register: registers[key], offset }, 'Standard Books repeated a page');
          yield { kind: 'invalid-response', status: 200, attempts: outcome.attempts };
          return;
        }
        yield outcome;
        if (outcome.kind !== 'ok' || outcome.body.records.length < limit) return;
        previousFirst = first;
      }
    },

    async readRecord(connection, key, code) {
      const outcome = await call(connection, {
        method: 'GET',
        register: registers[key],
        prepare: (companyNo) => ({ path: registerPath(companyNo, registers[key], code) }),
        timeoutMs: options.timeoutMs,
      });
      return outcome.kind === 'ok' ? { ...outcome, body: outcome.body.records[0] ?? null } : outcome;
    },

    patchContact: (connection, code, fields) =>
      call(connection, {
        method: 'PATCH',
        register: registers.contacts,
        prepare: (companyNo) => ({
          path: registerPath(companyNo, registers.contacts, code),
          body: setFieldsBody(fields),
        }),
        timeoutMs: options.timeoutMs,
      }),
  };
}
