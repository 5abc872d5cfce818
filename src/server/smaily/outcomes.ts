import type { BodyReader } from './answers';
import type { AttemptResult } from './attempt';
import type { SmailyOutcome, SmailyOutcomeKind } from './types';

type WithoutAttempts<T> = T extends unknown ? Omit<T, 'attempts'> : never;
// An attempt is only made once the address has passed, so it never ends as invalid-address.
export type AttemptOutcome<T> = WithoutAttempts<Exclude<SmailyOutcome<T>, { kind: 'invalid-address' }>>;

/** Rate limits, Smaily's own failures and transport trouble may pass; credentials and data errors will not. */
export const RETRIED_KINDS: ReadonlySet<SmailyOutcomeKind> = new Set([
  'rate-limited',
  'server-error',
  'network-error',
  'timeout',
]);

export const isRetried = (kind: SmailyOutcomeKind): boolean => RETRIED_KINDS.has(kind);

export function classifyAttempt<T>(result: AttemptResult, read: BodyReader<T>, timeoutMs: number): AttemptOutcome<T> {
  if (result.kind === 'timeout') return { kind: 'timeout', timeoutMs };
  if (result.kind === 'network-error') return result;
  const { status, text } = result;
  if (status === 401 || status === 403) return { kind: 'unauthorized', status };
  if (status === 404) return { kind: 'unknown-account', status };
  if (status === 429) return { kind: 'rate-limited', status };
  if (status >= 500) return { kind: 'server-error', status };
  if (status !== 200) return { kind: 'unexpected-status', status };
  let json: unknown;
  try {
    // Smaily labels its JSON text/html, so the header is ignored.
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid-response', status };
  }
  const reading = read(json);
  return reading.kind === 'invalid-response' ? { kind: 'invalid-response', status } : reading;
}

/** What a log line may say about a failure: never the message, which can echo an e-mail address. */
export function describeFailure(
  failure: Exclude<AttemptOutcome<unknown>, { kind: 'ok' }>,
): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  if ('status' in failure) details.status = failure.status;
  if ('code' in failure) details.code = failure.code;
  if ('cause' in failure) details.cause = failure.cause;
  if ('timeoutMs' in failure) details.timeoutMs = failure.timeoutMs;
  return details;
}
