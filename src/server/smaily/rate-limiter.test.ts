import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RateLimiterRegistry, createRateLimiterRegistry } from './rate-limiter';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const fakeClockRegistry = () => createRateLimiterRegistry({ now: () => Date.now() });

/**
 * Starts `count` requests to `key`, each taking `durationMs`, and records in order when each one was
 * allowed to start.
 */
function burst(registry: RateLimiterRegistry, key: string, count: number, maxRps: number, durationMs = 0) {
  const started: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    void registry.acquire(key, maxRps).then((release) => {
      started.push([i, Date.now()]);
      if (durationMs === 0) release();
      else setTimeout(release, durationMs);
    });
  }
  return started;
}

describe('rate limiter', () => {
  it('lets maxRps start at once, then more as ended requests leave the window, in FIFO order', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 7, 3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 1000],
      [4, 1000],
      [5, 1000],
      [6, 2000],
    ]);
  });

  it('counts a request from its end, so a slow request holds its slot for its duration plus the window', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 3, 2, 300);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([0, 0, 1300]);
  });

  it('keeps accounts apart', async () => {
    const registry = fakeClockRegistry();
    const a = burst(registry, 'a', 2, 1);
    const b = burst(registry, 'b', 2, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect([a.map(([, at]) => at), b.map(([, at]) => at)]).toEqual([
      [0, 1000],
      [0, 1000],
    ]);
  });

  it('stretches the window below one request per second', async () => {
    const started = burst(fakeClockRegistry(), 'slow', 3, 0.5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started.map(([, at]) => at)).toEqual([0, 2000, 4000]);
  });

  it('ignores a second release of the same slot', async () => {
    const registry = fakeClockRegistry();
    const release = await registry.acquire('acme', 1);
    release();
    release();
    const started = burst(registry, 'acme', 2, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([1000, 2000]);
  });

  it('refuses a limit that is not positive', async () => {
    await expect(createRateLimiterRegistry().acquire('x', 0)).rejects.toThrow(RangeError);
  });
});
