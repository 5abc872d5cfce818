import { readApiError, readHalHint } from './answers';
import type { AttemptResult } from './attempt';
import { parseTolerantJson } from './tolerant-json';
import type { SbOutcome, SbOutcomeKind } from './types';

type WithoutAttempts<T> = T extends unknown ? Omit<T, 'attempts'> : never;
// Arguments are checked before any attempt, so an attempt never ends as invalid-request.
export type AttemptOutcome<T> = WithoutAttempts<Exclude<SbOutcome<T>, { kind: 'invalid-request' }>>;
type Failure = Exclude<AttemptOutcome<unknown>, { kind: 'ok' }>;

/** What a 2xx answer's JSON means for one call: its body, or null when the shape is not what the call expects. */
export type BodyReader<T> = (json: unknown) => T | null;

/** The server's own trouble and transport trouble may pass; credentials, addresses and data errors will not. */
const RETRIED_KINDS: ReadonlySet<SbOutcomeKind> = new Set([
  'rate-limited',
  'server-error',
  'unreachable',
  'network-error',
  'timeout',
]);

export const isRetried = (kind: SbOutcomeKind): boolean => RETRIED_KINDS.has(kind);

const UNREACHABLE = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
]);
// OpenSSL's certificate codes (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED …), Node's ERR_TLS_* and ERR_SSL_*.
const TLS = /CERT|SSL|TLS|^EPROTO$/;

function transportFailure(cause: string): Failure {
  if (UNREACHABLE.has(cause)) return { kind: 'unreachable', cause };
  if (TLS.test(cause)) return { kind: 'tls-error', cause };
  return { kind: 'network-error', cause };
}

function statusFailure(status: number, text: string): Failure | null {
  if (status === 401) return { kind: 'unauthorized', status };
  if (status === 403) return { kind: 'forbidden', status };
  if (status === 404) {
    const hint = readHalHint(text);
    return hint === null ? { kind: 'not-found', status } : { kind: 'not-supported', status, hint };
  }
  if (status === 429) return { kind: 'rate-limited', status };
  if (status >= 500) return { kind: 'server-error', status };
  return null;
}

export function classifyAttempt<T>(result: AttemptResult, read: BodyReader<T>, timeoutMs: number): AttemptOutcome<T> {
  switch (result.kind) {
    case 'timeout':
      return { kind: 'timeout', timeoutMs };
    case 'refused':
      return { kind: 'address-refused', refusal: result.refusal };
    case 'transport-error':
      return transportFailure(result.cause);
    case 'too-large':
      return { kind: 'invalid-response', status: result.status };
    case 'answered':
      break;
  }
  const { status, text } = result;
  const byStatus = statusFailure(status, text);
  if (byStatus) return byStatus;
  const parsed = parseTolerantJson(text);
  const apiError = parsed.ok ? readApiError(parsed.value) : null;
  if (apiError) return { kind: 'api-error', status, ...apiError };
  if (status < 200 || status > 299) return { kind: 'unexpected-status', status };
  const body = parsed.ok ? read(parsed.value) : null;
  return body === null ? { kind: 'invalid-response', status } : { kind: 'ok', body };
}

/** What a log line may say about a failure: never an error description or hint, which can echo record data. */
export function describeFailure(failure: Failure): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  if ('status' in failure) details.status = failure.status;
  if ('cause' in failure) details.cause = failure.cause;
  if ('timeoutMs' in failure) details.timeoutMs = failure.timeoutMs;
  if (failure.kind === 'api-error') Object.assign(details, { code: failure.code, field: failure.field });
  if (failure.kind === 'address-refused') details.reason = failure.refusal.reason;
  return details;
}
