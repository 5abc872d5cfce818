import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RateLimiterRegistry, type RequestPriority, createRateLimiterRegistry } from './rate-limiter';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

const fakeClockRegistry = () => createRateLimiterRegistry({ now: () => Date.now() });

/**
 * Starts `count` requests to `key`, each sent as soon as it may start and taking `durationMs`, and records in
 * order when each one was allowed to start.
 */
function burst(
  registry: RateLimiterRegistry,
  key: string,
  count: number,
  maxRps: number,
  {
    durationMs = 0,
    priority = 'batch',
    label = '',
  }: { durationMs?: number; priority?: RequestPriority; label?: string } = {},
) {
  const started: Array<[string, number]> = [];
  for (let i = 0; i < count; i++) {
    void registry.acquire(key, maxRps, { priority }).then((slot) => {
      started.push([`${label}${i}`, Date.now()]);
      slot.sent();
      if (durationMs === 0) slot.release();
      else setTimeout(slot.release, durationMs);
    });
  }
  return started;
}

const times = (started: Array<[string, number]>) => started.map(([, at]) => at);

/** The most starts within any window of `windowMs`, as Smaily counts them (the oldest one just out). */
const busiestWindow = (at: number[], windowMs = 1000) =>
  Math.max(...at.map((end) => at.filter((time) => time > end - windowMs && time <= end).length));

describe('rate limiter', () => {
  it('spreads starts evenly at maxRps per second, in FIFO order', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 5, 2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toEqual([
      ['0', 0],
      ['1', 500],
      ['2', 1000],
      ['3', 1500],
      ['4', 2000],
    ]);
  });

  it('counts starts only: requests still in flight do not hold back the next ones', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 4, 2, { durationMs: 3000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(times(started)).toEqual([0, 500, 1000, 1500]);
  });

  it('makes up a start the event loop held up, but never starts two closer than half an interval', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 4, 4);
    await vi.advanceTimersByTimeAsync(0);
    // The event loop is busy for 150 ms: the start due at 250 goes at 400; the next is due at 500, but goes no
    // sooner than 125 ms after it.
    vi.setSystemTime(Date.now() + 150);
    await vi.advanceTimersByTimeAsync(2000);
    expect(times(started)).toEqual([0, 400, 525, 775]);
  });

  it('waits for a granted request to be sent before pacing the next one', async () => {
    const registry = fakeClockRegistry();
    const first = await registry.acquire('acme', 1);
    const started = burst(registry, 'acme', 1, 1);
    await vi.advanceTimersByTimeAsync(400);
    expect(started).toEqual([]);
    first.sent();
    await vi.advanceTimersByTimeAsync(5000);
    first.release();
    expect(times(started)).toEqual([1400]);
  });

  it('never lets more than maxRps (rounded down) start within a second, whatever the fraction', async () => {
    const started = burst(fakeClockRegistry(), 'acme', 8, 2.5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(times(started)).toEqual([0, 400, 1000, 1400, 2000, 2400, 3000, 3400]);
    expect(busiestWindow(times(started))).toBe(2);
  });

  it('keeps accounts apart', async () => {
    const registry = fakeClockRegistry();
    const a = burst(registry, 'a', 2, 1);
    const b = burst(registry, 'b', 2, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect([times(a), times(b)]).toEqual([
      [0, 1000],
      [0, 1000],
    ]);
  });

  it('stretches the window below one request per second', async () => {
    const started = burst(fakeClockRegistry(), 'slow', 3, 0.5);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(times(started)).toEqual([0, 2000, 4000]);
  });

  it('lets an interactive request go ahead of every batch request still waiting', async () => {
    const registry = fakeClockRegistry();
    const batches = burst(registry, 'acme', 4, 2, { label: 'batch ' });
    await vi.advanceTimersByTimeAsync(600);
    const person = burst(registry, 'acme', 1, 2, { priority: 'interactive', label: 'card ' });
    await vi.advanceTimersByTimeAsync(5000);
    expect([...batches, ...person].sort((x, y) => x[1] - y[1])).toEqual([
      ['batch 0', 0],
      ['batch 1', 500],
      ['card 0', 1000],
      ['batch 2', 1500],
      ['batch 3', 2000],
    ]);
  });

  it('takes back a waiting request when its signal aborts, and the ones behind move up', async () => {
    const registry = fakeClockRegistry();
    const first = burst(registry, 'acme', 1, 2);
    const withdraw = new AbortController();
    const withdrawn = registry.acquire('acme', 2, { priority: 'batch', signal: withdraw.signal });
    const rest = burst(registry, 'acme', 1, 2, { label: 'next ' });
    withdraw.abort();
    await expect(withdrawn).rejects.toThrow(/abort/i);
    await vi.advanceTimersByTimeAsync(5000);
    expect([...first, ...rest]).toEqual([
      ['0', 0],
      ['next 0', 500],
    ]);
    await expect(registry.acquire('acme', 2, { signal: withdraw.signal })).rejects.toThrow(/abort/i);
  });

  it('ignores a second release of the same slot', async () => {
    const registry = fakeClockRegistry();
    const slot = await registry.acquire('acme', 1);
    slot.sent();
    slot.release();
    expect(slot.release('rate-limited')).toBeNull();
    const started = burst(registry, 'acme', 2, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(times(started)).toEqual([1000, 2000]);
  });

  it('refuses a limit that is not positive', async () => {
    await expect(createRateLimiterRegistry().acquire('x', 0)).rejects.toThrow(RangeError);
  });
});
