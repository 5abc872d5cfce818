import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdaptiveRateOptions, RateChange, RequestAnswer } from './adaptive-rate';
import { createRateLimiterRegistry, type RateLimiterRegistry } from './rate-limiter';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

// Round numbers, so that a test reads the rule rather than the production tuning.
const rules: AdaptiveRateOptions = {
  decreaseFactor: 0.5,
  admittedMargin: 1,
  largestDecrease: 1,
  raiseStep: 1,
  raiseEveryMs: 0,
  raiseAfter: 2,
  minRps: 0.5,
  restoreAfterIdleMs: 60_000,
};
const registry = (overrides: Partial<AdaptiveRateOptions> = {}) =>
  createRateLimiterRegistry({ now: () => Date.now(), adaptive: { ...rules, ...overrides } });

/**
 * Sends one request after another as the limiter allows: each is sent at once and answered `answer` after
 * `latencyMs`. Returns when each started and the rate changes the answers caused.
 */
async function requests(limiter: RateLimiterRegistry, maxRps: number, answers: RequestAnswer[], latencyMs = 0) {
  const starts: number[] = [];
  const changes: RateChange[] = [];
  const answered = answers.map(async (answer) => {
    const slot = await limiter.acquire('acme', maxRps);
    starts.push(Date.now());
    slot.sent();
    if (slot.restored) changes.push(slot.restored);
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const change = slot.release(answer);
    if (change) changes.push(change);
  });
  await vi.advanceTimersByTimeAsync(60_000);
  await Promise.all(answered);
  return { starts, changes, gaps: starts.slice(1).map((at, index) => at - (starts[index] ?? 0)) };
}

describe('the adaptive rate of an account', () => {
  it('a 429 lowers the rate: the next requests are spread wider', async () => {
    const answers: RequestAnswer[] = ['accepted', 'accepted', 'accepted', 'rate-limited', 'accepted', 'accepted'];
    const { gaps, changes } = await requests(registry({ raiseAfter: 100 }), 4, answers);
    // 4/s, then 2/s from the 429 on: the rate halves (Smaily took the three before it, which allows more).
    expect(gaps).toEqual([250, 250, 250, 500, 500]);
    expect(changes).toEqual([{ from: 4, to: 2, cause: 'rate-limited' }]);
  });

  it('lowers no further for 429s to requests that started before it was lowered', async () => {
    // Answered after 900 ms: four requests are out before the first 429 comes back.
    const limiter = registry({ raiseAfter: 100 });
    const { changes } = await requests(limiter, 4, ['rate-limited', 'rate-limited', 'rate-limited', 'accepted'], 900);
    expect(changes).toEqual([{ from: 4, to: 0.5, cause: 'rate-limited' }]);
  });

  it('never goes above what got through in the refused request’s second', async () => {
    // The fourth request of its second is refused: Smaily took three, so the rate becomes 3 (not 4 × 0.9).
    const { changes } = await requests(registry({ decreaseFactor: 0.9 }), 4, [
      'accepted',
      'accepted',
      'accepted',
      'rate-limited',
    ]);
    expect(changes).toEqual([{ from: 4, to: 3, cause: 'rate-limited' }]);
  });

  it('successes raise it back step by step, and never above the configured maximum', async () => {
    const answers: RequestAnswer[] = ['rate-limited', ...Array<RequestAnswer>(9).fill('accepted')];
    const { changes, gaps } = await requests(registry({ minRps: 1 }), 3, answers);
    expect(changes).toEqual([
      { from: 3, to: 1, cause: 'rate-limited' },
      { from: 1, to: 2, cause: 'accepted' },
      { from: 2, to: 3, cause: 'accepted' },
    ]);
    // At the full rate starts keep to their schedule, to the millisecond: a third of a second is 333 or 334 ms.
    expect(gaps).toEqual([1000, 1000, 500, 500, 334, 333, 334, 333, 333]);
  });

  it('takes at most the largest decrease away at once, however little got through', async () => {
    const { changes } = await requests(registry({ largestDecrease: 0.5 }), 4, ['rate-limited']);
    // Alone in its second and still refused: another client's burst, not a reason to stop.
    expect(changes).toEqual([{ from: 4, to: 2, cause: 'rate-limited' }]);
  });

  it('raises it no sooner than the wait after its last change, however many successes', async () => {
    const answers: RequestAnswer[] = ['rate-limited', ...Array<RequestAnswer>(6).fill('accepted')];
    const { starts, changes } = await requests(registry({ minRps: 1, raiseEveryMs: 4000 }), 3, answers);
    expect(changes).toEqual([
      { from: 3, to: 1, cause: 'rate-limited' },
      { from: 1, to: 2, cause: 'accepted' },
    ]);
    // At 1/s from the 429 until the answer at 4 s, then 2/s.
    expect(starts).toEqual([0, 1000, 2000, 3000, 4000, 4500, 5000]);
  });

  it('does not go below its floor however many 429s', async () => {
    const answers = Array<RequestAnswer>(5).fill('rate-limited');
    const { changes, gaps } = await requests(registry({ minRps: 0.5 }), 4, answers);
    expect(changes.map((change) => change.to)).toEqual([0.5]);
    expect(gaps).toEqual([2000, 2000, 2000, 2000]);
  });

  it('ignores answers that say nothing about the rate: a 5xx or no answer', async () => {
    const { changes, gaps } = await requests(registry(), 2, ['failed', 'failed', 'failed']);
    expect(changes).toEqual([]);
    expect(gaps).toEqual([500, 500]);
  });

  it('is back at the full rate after a quiet spell', async () => {
    const limiter = registry({ raiseAfter: 100, restoreAfterIdleMs: 10_000 });
    await requests(limiter, 4, ['rate-limited']);
    await vi.advanceTimersByTimeAsync(10_000);
    const { changes, gaps } = await requests(limiter, 4, ['accepted', 'accepted']);
    expect(changes).toEqual([{ from: 0.5, to: 4, cause: 'idle' }]);
    expect(gaps).toEqual([250]);
  });
});
