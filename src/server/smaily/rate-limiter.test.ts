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
    void registry.acquire(key, maxRps).then((slot) => {
      started.push([i, Date.now()]);
      slot.sent();
      if (durationMs === 0) slot.release();
      else setTimeout(slot.release, durationMs);
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

  it('holds a slot for a window from its start: a quick answer does not free it early', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 3, 2, 300);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([0, 0, 1000]);
  });

  it('counts the window from when a request was sent, not from when it was allowed to start', async () => {
    const registry = fakeClockRegistry();
    const first = await registry.acquire('acme', 1);
    await vi.advanceTimersByTimeAsync(400);
    first.sent();
    first.release();
    const started = burst(registry, 'acme', 1, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([1400]);
  });

  it('holds a slot while its request is in flight, past the window', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 3, 2, 1500);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([0, 0, 1500]);
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
    const slot = await registry.acquire('acme', 1);
    slot.release();
    slot.release();
    const started = burst(registry, 'acme', 2, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started.map(([, at]) => at)).toEqual([1000, 2000]);
  });

  it('refuses a limit that is not positive', async () => {
    await expect(createRateLimiterRegistry().acquire('x', 0)).rejects.toThrow(RangeError);
  });
});
