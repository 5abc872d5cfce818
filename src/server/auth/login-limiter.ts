/**
 * Counts failed sign-ins per key (an address, an account) in a fixed window. Once a key reaches the limit,
 * every attempt for it is refused — even with the right password — until its window has passed.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; windowEnds: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the first blocked key opens again, or 0 when none of the keys is blocked. */
  retryAfterMs(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      if (entry.windowEnds <= now) this.failures.delete(key);
      else if (entry.count >= this.maxFailures) wait = Math.max(wait, entry.windowEnds - now);
    }
    return wait;
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry || entry.windowEnds <= now) this.failures.set(key, { count: 1, windowEnds: now + this.windowMs });
      else entry.count += 1;
    }
  }

  reset(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
