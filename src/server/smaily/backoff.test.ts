import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffSchedule } from './backoff';

const production = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

describe('backoffSchedule', () => {
  it('doubles from the base, the wait being the upper half of each step chosen by the jitter', () => {
    expect(backoffSchedule(production, () => 0)).toEqual([500, 1000, 2000, 4000]);
    expect(backoffSchedule(production, () => 0.5)).toEqual([750, 1500, 3000, 6000]);
    expect(backoffSchedule(production, () => 0.999999)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never waits longer than the cap', () => {
    expect(backoffSchedule({ ...production, attempts: 9 }, () => 1)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffSchedule({ attempts: 4, baseDelayMs: 100, maxDelayMs: 250 }, () => 0)).toEqual([50, 100, 125]);
  });

  it('has no waits for a single attempt, and keeps a jitter source outside [0, 1) from breaking the bounds', () => {
    expect(backoffSchedule({ ...production, attempts: 1 }, () => 0.5)).toEqual([]);
    expect(backoffDelay(1, production, () => 7)).toBe(1000);
    expect(backoffDelay(1, production, () => -3)).toBe(500);
  });
});
