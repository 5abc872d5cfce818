import type { RetryPolicy } from './types';

/**
 * The wait after failed attempt number `failedAttempt` (1-based): the step doubles from `baseDelayMs` up to
 * `maxDelayMs`, and the wait is the step's upper half chosen by `random` ("equal jitter"). Half the step is
 * fixed so a retry never comes back too soon; the other half is random so that clients hit by the same
 * outage do not retry in lockstep.
 */
export function backoffDelay(
  failedAttempt: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  const jitter = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * jitter);
}

/** Every wait of a call that fails all its attempts: `attempts - 1` delays. */
export function backoffSchedule(policy: RetryPolicy, random: () => number): number[] {
  return Array.from({ length: Math.max(0, policy.attempts - 1) }, (_, index) =>
    backoffDelay(index + 1, policy, random),
  );
}
