import {
  AdaptiveRate,
  defaultAdaptiveRate,
  type AdaptiveRateOptions,
  type RateChange,
  type RequestAnswer,
} from './adaptive-rate';

/** A person waits for an interactive request (a card's push, a probe); a job's batches can wait for them. */
export type RequestPriority = 'interactive' | 'batch';

export interface AcquireOptions {
  /** Default 'interactive': it goes ahead of every 'batch' request still waiting. */
  priority?: RequestPriority;
  /** Aborting withdraws a request still waiting for its turn: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** One request's start, granted by the limiter. */
export interface RateLimitSlot {
  /** The request has left for Smaily: it counts from now rather than from when it was allowed to start. */
  sent(this: void): void;
  /** The request has ended; its answer adjusts the account's rate. Returns the change it caused, if any. */
  release(this: void, answer?: RequestAnswer): RateChange | null;
  /** Set when a long quiet spell restored the account's full rate as this request started. */
  readonly restored: RateChange | null;
}

export interface RateLimiterRegistry {
  /** Resolves when a request to `key` may start: interactive requests first, each priority in FIFO order. */
  acquire(key: string, maxRps: number, options?: AcquireOptions): Promise<RateLimitSlot>;
}

export interface RateLimiterRegistryOptions {
  /** A monotonic clock in milliseconds. */
  now?: () => number;
  windowMs?: number;
  adaptive?: Partial<AdaptiveRateOptions>;
}

interface Waiter {
  maxRps: number;
  grant: (slot: RateLimitSlot) => void;
}

interface Start {
  grantedAt: number;
  /** When it was allowed to start, then when it was sent: Smaily counts arrivals. */
  countsFrom: number;
  sent: boolean;
  ended: boolean;
  windowCount: number;
  maxRps: number;
}

interface KeyState {
  /** Starts that may still count against a window, oldest first. */
  recent: Start[];
  /** Granted and not yet sent: the next start is paced from its sending, so it waits for that. */
  unsent: number;
  last: Start | undefined;
  /** When the next start is due at the configured rate: a late start (a busy event loop) is partly made up. */
  due: number;
  queues: Record<RequestPriority, Waiter[]>;
  timer: NodeJS.Timeout | undefined;
  rate: AdaptiveRate;
}

/**
 * Paces the requests to each key (a Smaily subdomain): starts are spread evenly at the account's current rate,
 * and never more than maxRps fall within any window. Only starts are counted — how many requests are open at
 * once is the callers' business (a job keeps up to SMAILY_MAX_IN_FLIGHT batches going), so a slow Smaily does
 * not slow the rate. Smaily counts arrivals, and a request may leave well after it was allowed to start (a new
 * connection, a busy event loop), so a start counts in the window from the moment it was written to the socket,
 * and the next one is not allowed before that moment. What remains between sending and arriving is network
 * transit, which 4 requests/s against Smaily's 5 leaves room for. The rate adapts to 429s (adaptive-rate.ts), as
 * Smaily's limit is shared.
 */
export function createRateLimiterRegistry(options: RateLimiterRegistryOptions = {}): RateLimiterRegistry {
  const { now = () => performance.now(), windowMs = 1000 } = options;
  const adaptive = { ...defaultAdaptiveRate, ...options.adaptive };
  const states = new Map<string, KeyState>();

  // Below one request per second a window holds one request and stretches to 1/maxRps seconds.
  const capacity = (maxRps: number) => Math.max(1, Math.floor(maxRps));
  const span = (maxRps: number) => (maxRps >= 1 ? windowMs : windowMs / maxRps);

  /**
   * When the next request may start: when the window has room, and then at the account's rate. At the configured
   * rate the next start is due one interval after the last one was due, so a start the event loop held up is
   * made up (never closer than half an interval; the window's count and Smaily's fifth request a second leave
   * room for it). At a lowered rate — Smaily's limit shared, with no room to spare — starts are spaced from the
   * moment the previous one was sent.
   */
  function readyAt(state: KeyState, maxRps: number, at: number): number {
    const keep = Math.max(windowMs, span(maxRps));
    state.recent = state.recent.filter((start) => !start.sent || at - start.countsFrom < keep);
    const inWindow = state.recent.filter((start) => at - start.countsFrom < span(maxRps));
    let ready = at;
    const full = inWindow.length - capacity(maxRps);
    if (full >= 0) ready = (inWindow[full]?.countsFrom ?? at) + span(maxRps);
    const rate = state.rate.current(maxRps);
    if (state.last) ready = Math.max(ready, rate < maxRps ? state.last.countsFrom + windowMs / rate : state.due);
    return ready;
  }

  function nextDue(state: KeyState, maxRps: number, at: number): number {
    const interval = windowMs / maxRps;
    // No debt to make up below the configured rate (readyAt spaces starts from the last sending then), nor after
    // more than a whole interval, nor at the first start.
    if (state.rate.current(maxRps) < maxRps || at - state.due >= interval) return at + interval;
    return Math.max(state.due + interval, at + interval / 2);
  }

  function markSent(state: KeyState, start: Start): void {
    if (start.sent) return;
    start.sent = true;
    start.countsFrom = Math.max(start.countsFrom, now());
    start.windowCount = state.recent.filter(
      (other) => other.sent && start.countsFrom - other.countsFrom < windowMs && other.countsFrom <= start.countsFrom,
    ).length;
    state.unsent -= 1;
  }

  function grant(state: KeyState, waiter: Waiter, at: number): void {
    const restored = state.rate.use(waiter.maxRps, at);
    const start: Start = {
      grantedAt: at,
      countsFrom: at,
      sent: false,
      ended: false,
      windowCount: 1,
      maxRps: waiter.maxRps,
    };
    state.recent.push(start);
    state.last = start;
    state.due = nextDue(state, waiter.maxRps, at);
    state.unsent += 1;
    waiter.grant({
      restored,
      sent: () => {
        if (start.ended || start.sent) return;
        markSent(state, start);
        pump(state);
      },
      release: (answer) => {
        if (start.ended) return null;
        start.ended = true;
        // Never reported sent (it failed on the way): it may have arrived until now, so it counts from now.
        markSent(state, start);
        const change = answer ? state.rate.record(start, answer, now()) : null;
        pump(state);
        return change;
      },
    });
  }

  function pump(state: KeyState): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    for (;;) {
      const queue = state.queues.interactive.length > 0 ? state.queues.interactive : state.queues.batch;
      const head = queue[0];
      if (!head || state.unsent > 0) return;
      const at = now();
      const ready = readyAt(state, head.maxRps, at);
      if (ready > at) {
        state.timer = setTimeout(() => pump(state), Math.max(1, Math.ceil(ready - at)));
        return;
      }
      queue.shift();
      grant(state, head, at);
    }
  }

  function stateOf(key: string): KeyState {
    let state = states.get(key);
    if (!state) {
      state = {
        recent: [],
        unsent: 0,
        last: undefined,
        due: Number.NEGATIVE_INFINITY,
        queues: { interactive: [], batch: [] },
        timer: undefined,
        rate: new AdaptiveRate(adaptive),
      };
      states.set(key, state);
    }
    return state;
  }

  return {
    acquire(key, maxRps, { priority = 'interactive', signal } = {}) {
      if (!(maxRps > 0)) return Promise.reject(new RangeError(`maxRps must be positive, got ${maxRps}`));
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      const state = stateOf(key);
      return new Promise<RateLimitSlot>((resolve, reject) => {
        const queue = state.queues[priority];
        const withdraw = () => {
          const index = queue.indexOf(waiter);
          if (index === -1) return;
          queue.splice(index, 1);
          reject(signal?.reason as Error);
          pump(state);
        };
        const waiter: Waiter = {
          maxRps,
          grant: (slot) => {
            signal?.removeEventListener('abort', withdraw);
            resolve(slot);
          },
        };
        signal?.addEventListener('abort', withdraw, { once: true });
        queue.push(waiter);
        pump(state);
      });
    },
  };
}

/** The process's one registry: probes, single pushes and jobs all draw from the same limiter per account. */
export const processRateLimiters: RateLimiterRegistry = createRateLimiterRegistry();
