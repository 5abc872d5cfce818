/** A place in an account's window, held by one request. */
export interface RateLimitSlot {
  /** The request has left for Smaily: its window counts from now rather than from when it was allowed to start. */
  sent(this: void): void;
  /** The request has ended: answered, failed or given up on. */
  release(this: void): void;
}

export interface RateLimiterRegistry {
  /** Resolves, in FIFO order, when a request to `key` may start without exceeding `maxRps`. */
  acquire(key: string, maxRps: number): Promise<RateLimitSlot>;
}

export interface RateLimiterRegistryOptions {
  /** A monotonic clock in milliseconds. */
  now?: () => number;
  windowMs?: number;
}

interface Waiter {
  maxRps: number;
  start: (slot: RateLimitSlot) => void;
}

interface Slot {
  /** When it was allowed to start, then when it was sent: Smaily counts arrivals. */
  countsFrom: number;
  ended: boolean;
}

interface KeyState {
  /** Requests that may still count against the window, oldest first. */
  slots: Slot[];
  queue: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

/**
 * A sliding window per key (a Smaily subdomain): at most maxRps requests are sent within any window, and a
 * slot is also held while its request is in flight, so that a slow Smaily never has more than maxRps of our
 * requests open at once. Smaily counts arrivals; a request may leave well after it was allowed to start (a
 * new connection, a busy event loop), so the window counts from the moment it was written to the socket.
 * What remains between sending and arriving is network transit, which the product's 4 requests/s against
 * Smaily's 5 leaves room for. (Counting a whole window from the answer instead would also be safe, but would
 * cost a sixth of the throughput at 200 ms per answer.)
 */
export function createRateLimiterRegistry(options: RateLimiterRegistryOptions = {}): RateLimiterRegistry {
  const { now = () => performance.now(), windowMs = 1000 } = options;
  const states = new Map<string, KeyState>();

  // Below one request per second a window holds one request and stretches to 1/maxRps seconds.
  const capacity = (maxRps: number) => Math.max(1, Math.floor(maxRps));
  const span = (maxRps: number) => (maxRps >= 1 ? windowMs : windowMs / maxRps);

  function pump(state: KeyState): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    for (let head = state.queue[0]; head; head = state.queue[0]) {
      const at = now();
      const reach = span(head.maxRps);
      state.slots = state.slots.filter((slot) => !slot.ended || at - slot.countsFrom < reach);
      if (state.slots.length >= capacity(head.maxRps)) {
        // The first ended slot to age out frees a place; without one, the next release pumps again.
        const ageOut = state.slots.filter((slot) => slot.ended).map((slot) => slot.countsFrom + reach - at);
        if (ageOut.length > 0) state.timer = setTimeout(() => pump(state), Math.max(1, Math.ceil(Math.min(...ageOut))));
        return;
      }
      state.queue.shift();
      const slot: Slot = { countsFrom: at, ended: false };
      state.slots.push(slot);
      head.start({
        sent: () => {
          if (!slot.ended) slot.countsFrom = now();
        },
        release: () => {
          if (slot.ended) return;
          slot.ended = true;
          pump(state);
        },
      });
    }
  }

  return {
    acquire(key, maxRps) {
      if (!(maxRps > 0)) return Promise.reject(new RangeError(`maxRps must be positive, got ${maxRps}`));
      let state = states.get(key);
      if (!state) {
        state = { slots: [], queue: [], timer: undefined };
        states.set(key, state);
      }
      const current = state;
      return new Promise<RateLimitSlot>((start) => {
        current.queue.push({ maxRps, start });
        pump(current);
      });
    },
  };
}

/** The process's one registry: probes, single pushes and jobs all draw from the same limiter per account. */
export const processRateLimiters: RateLimiterRegistry = createRateLimiterRegistry();
