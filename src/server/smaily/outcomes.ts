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

/** Body code 202: the API user has no API access (smaily-api.md §3, D-codes "Forbidden"). */
const NO_API_ACCESS = 202;

/**
 * Body code 205, "Could not add or update provided contact": a failure "for an unknown reason, probably something
 * in Smaily" (smaily-api.md §3, D-codes), not the data's fault. Worth one more attempt, not the whole policy:
 * unlike a 5xx it is a definite answer, and a second 205 is one.
 */
export const RETRIED_ONCE_CODE = 205;

export const isRetriedOnce = (outcome: { kind: SmailyOutcomeKind; code?: number }): boolean =>
  outcome.kind === 'smaily-error' && outcome.code === RETRIED_ONCE_CODE;

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
  if (reading.kind === 'invalid-response') return { kind: 'invalid-response', status };
  // Whatever the endpoint: the account cannot use the API (202), which no single call or batch can help.
  if (reading.kind === 'smaily-error' && reading.code === NO_API_ACCESS)
    return { kind: 'no-api-access', code: NO_API_ACCESS, message: reading.message };
  return reading;
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
