/** Call when the request has ended: answered, failed or given up on. */
export type ReleaseSlot = () => void;

export interface RateLimiterRegistry {
  /** Resolves, in FIFO order, when a request to `key` may start without exceeding `maxRps`. */
  acquire(key: string, maxRps: number): Promise<ReleaseSlot>;
}

export interface RateLimiterRegistryOptions {
  /** A monotonic clock in milliseconds. */
  now?: () => number;
  windowMs?: number;
}

interface Waiter {
  maxRps: number;
  start: (release: ReleaseSlot) => void;
}

interface KeyState {
  inFlight: number;
  /** When recent requests ended, oldest first. */
  ended: number[];
  queue: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

/**
 * A sliding window per key (a Smaily subdomain). A slot is taken when a request starts and is held until a
 * window has passed since the request *ended*. Smaily sees each request arrive somewhere between our start
 * and our end, however long a fresh connection or a busy event loop delays sending; counting from the end
 * is what guarantees that no more than maxRps arrive within any window as Smaily measures it, and therefore
 * that no more than maxRps start within any window either.
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
      state.ended = state.ended.filter((end) => at - end < reach);
      if (state.inFlight + state.ended.length >= capacity(head.maxRps)) {
        // Without an ended request to age out, the next release pumps again.
        const oldest = state.ended[0];
        if (oldest !== undefined)
          state.timer = setTimeout(() => pump(state), Math.max(1, Math.ceil(oldest + reach - at)));
        return;
      }
      state.queue.shift();
      state.inFlight += 1;
      let released = false;
      head.start(() => {
        if (released) return;
        released = true;
        state.inFlight -= 1;
        state.ended.push(now());
        pump(state);
      });
    }
  }

  return {
    acquire(key, maxRps) {
      if (!(maxRps > 0)) return Promise.reject(new RangeError(`maxRps must be positive, got ${maxRps}`));
      let state = states.get(key);
      if (!state) {
        state = { inFlight: 0, ended: [], queue: [], timer: undefined };
        states.set(key, state);
      }
      const current = state;
      return new Promise<ReleaseSlot>((start) => {
        current.queue.push({ maxRps, start });
        pump(current);
      });
    },
  };
}

/** The process's one registry: probes, single pushes and jobs all draw from the same limiter per account. */
export const processRateLimiters: RateLimiterRegistry = createRateLimiterRegistry();
