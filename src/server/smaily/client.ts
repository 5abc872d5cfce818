import {
  type BodyReader,
  readAutoresponders,
  readContact,
  readListRows,
  readWorkflows,
  readWriteAnswer,
} from './answers';
import type { RateChange, RequestAnswer } from './adaptive-rate';
import { type AttemptResult, sendAttempt } from './attempt';
import { backoffDelay } from './backoff';
import { createSyncLogger } from './logging';
import { classifyAttempt, describeFailure, isRetried, isRetriedOnce } from './outcomes';
import { processRateLimiters } from './rate-limiter';
import { assertUrlTemplate, buildSmailyUrl } from './smaily-url';
import type {
  SmailyAccount,
  SmailyCallOptions,
  SmailyClient,
  SmailyClientOptions,
  SmailyOutcome,
  SmailyWorkflow,
} from './types';

interface CallSpec<T> extends SmailyCallOptions {
  method: 'GET' | 'POST';
  endpoint: string;
  query?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  read: BodyReader<T>;
}

/** What an attempt's answer says about the account's rate (adaptive-rate.ts). */
function rateAnswer(answer: AttemptResult): RequestAnswer {
  if (answer.kind !== 'answered' || answer.status >= 500) return 'failed';
  return answer.status === 429 ? 'rate-limited' : 'accepted';
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settings mistakes stop the start; they are not outcomes of a call. */
function assertTimings({ maxRps, timeoutMs, probeTimeoutMs, retry }: SmailyClientOptions): void {
  const positive = { maxRps, timeoutMs, probeTimeoutMs, 'retry.attempts': retry.attempts };
  for (const [name, value] of Object.entries(positive)) {
    if (!(value > 0)) throw new RangeError(`Smaily client: ${name} must be positive, got ${value}`);
  }
  if (!(retry.baseDelayMs >= 0 && retry.maxDelayMs >= 0)) {
    throw new RangeError('Smaily client: retry delays must not be negative');
  }
}

const basicAuth = ({ username, password }: SmailyAccount) =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;

/**
 * The one way the app talks to Smaily. Every method answers with a typed outcome instead of throwing for
 * HTTP or network trouble, retries what may pass (429, 5xx, network errors, timeouts; a 205 once) with backoff, and
 * shares one rate limiter per Smaily account with every other client of the process. It throws only when the
 * caller's `signal` withdraws a call that has not been sent yet.
 */
export function createSmailyClient(options: SmailyClientOptions): SmailyClient {
  assertUrlTemplate(options.urlTemplate);
  assertTimings(options);
  const { urlTemplate, maxRps, retry, random, sleep = defaultSleep } = options;
  const limiters = options.rateLimiters ?? processRateLimiters;
  const log = createSyncLogger(options.logger);
  const userAgent = options.userAgent ?? 'standard-books-smaily-sync';

  function logRateChange(subdomain: string, change: RateChange | null): void {
    if (!change) return;
    const details = { subdomain, fromRps: change.from, toRps: change.to, cause: change.cause, maxRps };
    if (change.cause === 'rate-limited') log.warn(details, "Smaily answered 429: the account's rate is lowered");
    else log.info(details, "the account's rate to Smaily is raised");
  }

  async function call<T>(account: SmailyAccount, spec: CallSpec<T>): Promise<SmailyOutcome<T>> {
    const { endpoint, timeoutMs } = spec;
    const url = buildSmailyUrl(urlTemplate, account.subdomain, endpoint, spec.query);
    if (!url) {
      log.warn({ outcome: 'invalid-address', endpoint }, 'Smaily call refused: the address is not a Smaily subdomain');
      return { kind: 'invalid-address', attempts: 0 };
    }
    const headers: Record<string, string> = {
      authorization: basicAuth(account),
      accept: 'application/json',
      'user-agent': userAgent,
    };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const where = { endpoint, subdomain: account.subdomain };
    const maxAttempts = Math.max(1, Math.min(spec.attempts ?? retry.attempts, retry.attempts));

    let triedOnceMore = false;
    for (let attempt = 1; ; attempt += 1) {
      // The signal may withdraw the call only before anything was sent: after that it goes on to its outcome.
      const signal = attempt === 1 ? spec.signal : undefined;
      const slot = await limiters.acquire(account.subdomain, maxRps, { priority: spec.priority, signal });
      logRateChange(account.subdomain, slot.restored);
      let answer: AttemptResult | undefined;
      try {
        answer = await sendAttempt({ url, method: spec.method, headers, body, timeoutMs, onSent: slot.sent });
      } finally {
        logRateChange(account.subdomain, slot.release(answer ? rateAnswer(answer) : 'failed'));
      }
      const result = classifyAttempt(answer, spec.read, timeoutMs);
      if (result.kind === 'ok') return { ...result, attempts: attempt };

      const details = { outcome: result.kind, ...where, attempt, ...describeFailure(result) };
      const onceMore: boolean = !triedOnceMore && isRetriedOnce(result);
      if (!(isRetried(result.kind) || onceMore) || attempt >= maxAttempts) {
        log.warn({ ...details, attempts: attempt }, `Smaily call failed: ${result.kind}`);
        return { ...result, attempts: attempt };
      }
      triedOnceMore ||= onceMore;
      const retryInMs = backoffDelay(attempt, retry, random);
      log.warn({ ...details, retryInMs }, `Smaily attempt failed: ${result.kind}, retrying`);
      await sleep(retryInMs);
    }
  }

  /**
   * The plugins' probe is the legacy workflows.php (smaily-api.md §2), which Smaily's current documentation no
   * longer lists. Its 404 means "no such account" to every plugin, but would also be Smaily retiring the endpoint:
   * so before calling the account unknown, the documented autoresponder.php?limit=1 (D-arlist) is asked.
   */
  async function probe(account: SmailyAccount, callOptions?: SmailyCallOptions) {
    const timing = { timeoutMs: options.probeTimeoutMs, attempts: callOptions?.attempts };
    const legacy = await call(account, {
      method: 'GET',
      endpoint: 'workflows.php',
      query: { trigger_type: 'form_submitted' },
      read: readWorkflows,
      ...timing,
    });
    if (legacy.kind !== 'unknown-account') return legacy;
    const documented = await call(account, {
      method: 'GET',
      endpoint: 'autoresponder.php',
      query: { limit: '1' },
      read: readAutoresponders,
      ...timing,
    });
    if (documented.kind === 'invalid-address') return documented;
    return { ...documented, attempts: legacy.attempts + documented.attempts } satisfies SmailyOutcome<SmailyWorkflow[]>;
  }

  return {
    probe,
    upsertContacts: (account, rows, callOptions) =>
      call(account, {
        method: 'POST',
        endpoint: 'contact.php',
        body: rows,
        timeoutMs: options.timeoutMs,
        read: readWriteAnswer,
        ...callOptions,
      }),
    upsertContact: (account, row, callOptions) =>
      call(account, {
        method: 'POST',
        endpoint: 'contact.php',
        body: row,
        timeoutMs: options.timeoutMs,
        read: readWriteAnswer,
        ...callOptions,
      }),
    getContact: (account, email) =>
      call(account, {
        method: 'GET',
        endpoint: 'contact.php',
        query: { email },
        timeoutMs: options.timeoutMs,
        read: readContact,
      }),
    forgetContacts: (account, emails) =>
      call(account, {
        method: 'POST',
        endpoint: 'contact/forget.php',
        body: emails,
        timeoutMs: options.timeoutMs,
        read: readWriteAnswer,
      }),
    listUnsubscribers: (account, { page, limit, fields }) =>
      call(account, {
        method: 'GET',
        endpoint: 'contact.php',
        query: {
          list: '2',
          offset: String(page),
          limit: String(limit),
          ...(fields ? { fields: fields.join(',') } : {}),
        },
        timeoutMs: options.timeoutMs,
        read: readListRows,
      }),
  };
}
